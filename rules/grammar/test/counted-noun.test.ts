import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { countedNoun } from '../src/counted-noun.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/counted-noun', () => {
  it.each([
    'يضم المجلس 87 عضوًا من الدول.',
    'يضم المجلس 87 عضواً من الدول.',
    'يضم المجلس ٨٧ عضوا من الدول.',
    // idafa: a noun or a currency follows
    'يضم 87 عضو برلمان.',
    'قدمنا 15 مليون دولار.',
    'قدمنا 15 مليون جنيه إسترليني.',
    // unknown follower: not sure, say nothing
    'يضم 87 عضو يشكلون التحالف.',
    // feminine nouns in ة show no alif
    'وقعت 25 دولة على البيان.',
    'قدمنا 3 ملايين جنيه و100 مليون دولار و3000 شخص.',
    // decimals take the singular
    'بلغ 4.3 مليار جنيه و٢٫٥ مليون دولار.',
    // dates, times, ranges and labels are not counts
    'في 2024/11 شهر الحصاد.',
    'منذ عام 2014 عضو في التحالف.',
    'المادة 15 عضو المجلس.',
    // 2 + singular is accepted unless `dual` is on
    'تبرع بـ2 مليون دولار.',
    '30 سبتمبر 2024',
  ])('valid: %j', async (c) => {
    await expectValid(countedNoun, c);
  });

  it('11–99 + singular: suggestion of the accusative', async () => {
    await expectInvalid(countedNoun, {
      text: 'يضم 87 عضو الذين يشكلون التحالف.',
      errors: [
        {
          line: 1,
          column: 8,
          endColumn: 11,
          messageId: 'accusative',
          message: 'After a number from 11 to 99 the noun is singular and accusative: “عضوًا”, not “عضو”.',
          suggestions: ['يضم 87 عضوًا الذين يشكلون التحالف.'],
        },
      ],
    });
  });

  it('the tanween option', async () => {
    await expectInvalid(countedNoun, {
      text: 'سقط 15 قتيل.',
      options: { tanween: 'on-alif' },
      errors: [{ line: 1, column: 8, endColumn: 12, messageId: 'accusative', suggestions: ['سقط 15 قتيلاً.'] }],
    });
    await expectInvalid(countedNoun, {
      text: 'سقط ١١٥ قتيل.',
      options: { tanween: 'none' },
      errors: [{ line: 1, column: 9, endColumn: 13, messageId: 'accusative', suggestions: ['سقط ١١٥ قتيلا.'] }],
    });
  });

  it('3–10 + scale word: fixed; other nouns and numbers over 100: suggested', async () => {
    await expectInvalid(countedNoun, {
      text: 'قدمنا 3 مليون جنيه و٥ مليار دولار وبـ4 ألف سلة و7 عضو و103 مليون.',
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 14,
          messageId: 'plural',
          message: 'After a number from 3 to 10 the noun is plural: “ملايين”, not “مليون”.',
        },
        { line: 1, column: 23, endColumn: 28, messageId: 'plural' },
        { line: 1, column: 40, endColumn: 43, messageId: 'plural' },
        {
          line: 1,
          column: 51,
          endColumn: 54,
          messageId: 'plural',
          suggestions: ['قدمنا 3 مليون جنيه و٥ مليار دولار وبـ4 ألف سلة و7 أعضاء و103 مليون.'],
        },
        {
          line: 1,
          column: 60,
          endColumn: 65,
          messageId: 'plural',
          suggestions: ['قدمنا 3 مليون جنيه و٥ مليار دولار وبـ4 ألف سلة و7 عضو و103 ملايين.'],
        },
      ],
      output: 'قدمنا 3 ملايين جنيه و٥ مليارات دولار وبـ4 آلاف سلة و7 عضو و103 مليون.',
    });
  });

  it('11–99 + plural, round hundreds + plural, decimals + plural', async () => {
    await expectInvalid(countedNoun, {
      text: 'أصيب 25 أشخاص، وعمل 200 موظفين برواتب 12 ملايين دولار، ورصدنا و4.3 مليارات.',
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 14,
          messageId: 'accusative',
          suggestions: ['أصيب 25 شخصًا، وعمل 200 موظفين برواتب 12 ملايين دولار، ورصدنا و4.3 مليارات.'],
        },
        {
          line: 1,
          column: 25,
          endColumn: 31,
          messageId: 'singular',
          suggestions: ['أصيب 25 أشخاص، وعمل 200 موظف برواتب 12 ملايين دولار، ورصدنا و4.3 مليارات.'],
        },
        {
          line: 1,
          column: 42,
          endColumn: 48,
          messageId: 'accusative',
          suggestions: [
            'أصيب 25 أشخاص، وعمل 200 موظفين برواتب 12 مليون دولار، ورصدنا و4.3 مليارات.',
            'أصيب 25 أشخاص، وعمل 200 موظفين برواتب 12 مليونًا دولار، ورصدنا و4.3 مليارات.',
          ],
        },
        {
          line: 1,
          column: 68,
          endColumn: 75,
          messageId: 'decimal',
          suggestions: ['أصيب 25 أشخاص، وعمل 200 موظفين برواتب 12 ملايين دولار، ورصدنا و4.3 مليار.'],
        },
      ],
    });
  });

  it('the dual, when asked for', async () => {
    await expectInvalid(countedNoun, {
      text: 'وقعت 2 دولة.',
      options: { dual: true },
      errors: [
        { line: 1, column: 8, endColumn: 12, messageId: 'dual', suggestions: ['وقعت 2 دولتان.', 'وقعت 2 دولتين.'] },
      ],
    });
  });

  it('in a Markdown table cell and in HTML', async () => {
    await expectInvalid(countedNoun, {
      format: 'markdown',
      text: '| البند | العدد |\n| --- | --- |\n| المنح | 5 مليار |\n',
      errors: [{ line: 3, column: 13, endColumn: 18, messageId: 'plural' }],
      output: '| البند | العدد |\n| --- | --- |\n| المنح | 5 مليارات |\n',
    });
    await expectInvalid(countedNoun, {
      format: 'html',
      text: '<p>قدمنا <strong>3</strong> مليون <a href="/x?n=3 مليون">جنيه</a></p>',
      errors: [{ line: 1, column: 29, endColumn: 34, messageId: 'plural' }],
      output: '<p>قدمنا <strong>3</strong> ملايين <a href="/x?n=3 مليون">جنيه</a></p>',
    });
  });

  it("the seed release's slip, in a text of our own: «87 عضو الذي يشكلون» gets the suggestion «87 عضوًا» and nothing else is reported", async () => {
    const text = [
      'هذا الاجتماع الدولي يضم وزراء وممثلين عن 87 عضو الذي يشكلون التحالف الدولي.',
      '',
      'فمنذ عام 2014، دربت المملكة المتحدة أكثر من 120,000 من عناصر قوات الأمن، وقدمت ما يزيد عن 500 مليون جنيه إسترليني، ثم أكثر من 4.3 مليار جنيه إسترليني.',
      '',
      'تاريخ النشر 30 سبتمبر 2024',
    ].join('\n');
    const { findings, output, suggestionOutputs } = await checkRule(countedNoun, text);
    expect(findings.map((f) => [f.actual, f.messageId, f.line, f.column])).toEqual([['عضو', 'accusative', 1, 45]]);
    expect(findings[0]!.fix).toBeUndefined();
    expect(output).toBe(text);
    expect(suggestionOutputs[0]).toEqual([text.replace('87 عضو الذي', '87 عضوًا الذي')]);
  });

  it('an adjective right after the noun agrees after 11–99', async () => {
    await expectInvalid(countedNoun, {
      text: 'وصل 12 طبيب سوداني إلى المخيم، و١٥ لاجئًا عراقي.',
      errors: [
        {
          line: 1,
          column: 8,
          endColumn: 19,
          messageId: 'accusative',
          message:
            'After a number from 11 to 99 the noun is singular and accusative: “طبيبًا سودانيًا”, not “طبيب سوداني”.',
          suggestions: ['وصل 12 طبيبًا سودانيًا إلى المخيم، و١٥ لاجئًا عراقي.'],
        },
        {
          line: 1,
          column: 43,
          endColumn: 48,
          messageId: 'adjective',
          message:
            'After a number from 11 to 99 the adjective of the accusative noun is accusative too: “عراقيًا”, not “عراقي”.',
          suggestions: ['وصل 12 طبيب سوداني إلى المخيم، و١٥ لاجئًا عراقيًا.'],
        },
      ],
    });
  });

  it.each([
    'وصل 12 طبيبًا سودانيًا إلى المخيم.',
    'وصل 12 طبيباً سودانياً إلى المخيم.',
    'انضم 25 عضوًا جديدًا.',
    'يضم 87 عضو نادي.',
    'نزح 15 مليون سوري.',
    'وصل 5 أطباء سودانيين.',
  ])('valid with adjectives: %j', async (c) => {
    await expectValid(countedNoun, c);
  });

  it('the sound-plural nouns of data/sound-plurals.yaml count too', async () => {
    const text = 'ودرب البرنامج 60 معلم على المناهج، و٣ مهندس.';
    await expectInvalid(countedNoun, {
      text,
      errors: [
        {
          line: 1,
          column: 18,
          endColumn: 22,
          messageId: 'accusative',
          suggestions: [text.replace('60 معلم', '60 معلمًا')],
        },
        {
          line: 1,
          column: 39,
          endColumn: 44,
          messageId: 'plural',
          suggestions: [text.replace('٣ مهندس', '٣ مهندسين')],
        },
      ],
    });
  });

  it('nouns the lists do not have, from the lexicon (sound plurals); never adjectives such as «آخرون»', async () => {
    const text = 'وصل 25 صحفي و٣ صحفي و٢٢ نائب.';
    await expectInvalid(countedNoun, {
      text,
      errors: [
        {
          line: 1,
          column: 8,
          endColumn: 12,
          messageId: 'accusative',
          suggestions: [text.replace('25 صحفي', '25 صحفيًا')],
        },
        { line: 1, column: 16, endColumn: 20, messageId: 'plural', suggestions: [text.replace('٣ صحفي', '٣ صحفيين')] },
        { line: 1, column: 25, endColumn: 29, messageId: 'accusative', suggestions: [text.replace('نائب', 'نائبًا')] },
      ],
    });
    await expectInvalid(countedNoun, {
      text: 'ونشر الفريق 11 تقرير خلال العام.',
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 21,
          messageId: 'accusative',
          suggestions: ['ونشر الفريق 11 تقريرًا خلال العام.'],
        },
      ],
    });
    await expectValid(countedNoun, 'وقتل في الهجوم 13 مدنيا وأصيب 20 آخرون.');
    // a year is not a count; a three-letter word after a number may be a past verb
    await expectValid(countedNoun, 'وفي 2019 عمل في الوزارة، وفي 2021 صدر قرار جديد.');
    await expectValid(countedNoun, 'والقانون 15 صدر في العام نفسه.');
    await expectValid(countedNoun, 'وصل الوفد يوم 15 سبتمبر.');
  });

  it('inside quotation marks, with Arabic-Indic digits', async () => {
    const text = 'وقال: «حضر 40 مشارك، و٣ طبيب».';
    await expectInvalid(countedNoun, {
      text,
      errors: [
        {
          line: 1,
          column: 15,
          endColumn: 20,
          messageId: 'accusative',
          suggestions: [text.replace('40 مشارك', '40 مشاركًا')],
        },
        { line: 1, column: 25, endColumn: 29, messageId: 'plural', suggestions: [text.replace('٣ طبيب', '٣ أطباء')] },
      ],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(countedNoun, 'بقي 3 يوم.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('بعد عدد من 3 إلى 10 يأتي المعدود جمعًا: «أيام» لا «يوم».');
  });
});

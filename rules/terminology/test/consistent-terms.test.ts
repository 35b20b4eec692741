import { checkRule, RuleTester, type Format } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { consistentTerms } from '../src/consistent-terms.js';
import { govUk, place } from './helpers.js';

const ID = 'terminology/consistent-terms';
const tester = new RuleTester();

describe('terminology/consistent-terms: valid', () => {
  const valid: Array<{ text: string; format?: Format }> = [
    { text: 'زار الوزير سورية، ثم عاد من سورية إلى العراق وسورية.' },
    { text: 'زار الوزير سوريا، ثم عاد من سوريا.' },
    // «السورية» and «سورية» after a feminine noun are the adjective, not the country.
    { text: 'التقى ممثلي الحكومة السورية والقوات السورية في سوريا.' },
    { text: 'وصلت قوات سورية وعراقية إلى الحدود، وحكومة سورية جديدة تتشكل، والوزير في سوريا.' },
    { text: 'أكد السفير البريطاني والحكومة البريطانية التزام المملكة المتحدة.' },
    { text: 'قال المسؤول الأمريكي إن أمريكا والقوات الأمريكية شريكة.' },
    { text: 'عقد الاجتماع في 30 سبتمبر 2024، والتالي في 1 أكتوبر 2024.' },
    { text: 'صدر القرار في 20 نوفمبر/تشرين الثاني 2015 وعُدّل في 3 مارس/آذار 2016.' },
    // Month names that are not in a date: «مارس» the verb, «آب» without a number.
    { text: 'مارس الفريق عمله في آب كالعادة، ثم عاد في 4 فبراير 2024.' },
    // «جنية» alone may be a word of its own; only mixing with «جنيه» is a slip.
    { text: 'حكت الأم لطفلها قصة الجنية الطيبة.' },
    { text: 'في `سوريا` وفي سورية.', format: 'markdown' },
  ];
  for (const { text, format } of valid) {
    it(text, async () => {
      await tester.assertValid(consistentTerms, { text, format: format ?? 'text' });
    });
  }
});

interface Invalid {
  name: string;
  text: string;
  format?: Format;
  style?: Record<string, unknown>;
  actual: string;
  nth?: number;
  expected: string;
  counts: string;
  output: string;
  suggestion?: string;
  messageId?: 'mixed' | 'chosen';
}

const invalid: Invalid[] = [
  {
    name: 'minority سوريا fixed',
    text: 'في سورية ومن سورية إلى سوريا.',
    actual: 'سوريا',
    expected: 'سورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: 'في سورية ومن سورية إلى سورية.',
  },
  {
    name: 'minority سورية only suggested (it may be the adjective)',
    text: 'زار سوريا ثم بسوريا ثم سورية.',
    actual: 'سورية',
    expected: 'سوريا',
    counts: '“سوريا” 2 times, “سورية” 1 time',
    output: 'زار سوريا ثم بسوريا ثم سورية.',
    suggestion: 'زار سوريا ثم بسوريا ثم سوريا.',
  },
  {
    name: 'tie goes to the preferred form',
    text: 'من سوريا إلى سورية.',
    actual: 'سورية',
    expected: 'سوريا',
    counts: '“سوريا” 1 time, “سورية” 1 time',
    output: 'من سوريا إلى سورية.',
    suggestion: 'من سوريا إلى سوريا.',
  },
  {
    name: 'proclitics kept',
    text: 'زار سورية وبسورية ولسوريا.',
    actual: 'ولسوريا',
    expected: 'ولسورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: 'زار سورية وبسورية ولسورية.',
  },
  {
    name: 'quote and tatweel idiom kept',
    text: 'زار سورية ثم سورية ولـ«سوريا».',
    actual: 'ولـ«سوريا',
    expected: 'ولـ«سورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: 'زار سورية ثم سورية ولـ«سورية».',
  },
  {
    name: 'a nisba right after a feminine noun is not counted',
    text: 'زار سورية ثم سورية ومنطقة سورية وسوريا.',
    actual: 'وسوريا',
    expected: 'وسورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: 'زار سورية ثم سورية ومنطقة سورية وسورية.',
  },
  {
    name: 'inflections with the article',
    text: 'قال المسؤول الأمريكي إن الجانب الأمريكي والقوات الأميركية متفقون.',
    actual: 'الأميركية',
    expected: 'الأمريكية',
    counts: '“أمريكي” 2 times, “أميركية” 1 time',
    output: 'قال المسؤول الأمريكي إن الجانب الأمريكي والقوات الأمريكية متفقون.',
  },
  {
    name: 'hamza difference',
    text: 'قدمت مليون جنيه إسترليني ثم مليوني جنيه إسترليني و3 ملايين جنيه استرليني.',
    actual: 'استرليني',
    expected: 'إسترليني',
    counts: '“إسترليني” 2 times, “استرليني” 1 time',
    output: 'قدمت مليون جنيه إسترليني ثم مليوني جنيه إسترليني و3 ملايين جنيه إسترليني.',
  },
  {
    name: 'ل before a name with the article',
    text: 'دعمت المملكة المتحدة الشركاء، والمملكة المتحدة عضو، ولبريطانيا دور.',
    actual: 'ولبريطانيا',
    expected: 'وللمملكة المتحدة',
    counts: '“المملكة المتحدة” 2 times, “بريطانيا” 1 time',
    output: 'دعمت المملكة المتحدة الشركاء، والمملكة المتحدة عضو، وللمملكة المتحدة دور.',
  },
  {
    name: 'لل before a name without the article',
    text: 'دعمت بريطانيا الشركاء، وبريطانيا عضو، وللمملكة المتحدة دور.',
    actual: 'وللمملكة المتحدة',
    expected: 'ولبريطانيا',
    counts: '“بريطانيا” 2 times, “لمملكة المتحدة” 1 time',
    output: 'دعمت بريطانيا الشركاء، وبريطانيا عضو، ولبريطانيا دور.',
  },
  {
    name: 'article as a proclitic',
    text: 'بلغ الدين مليار دولار ثم 3 مليارات، وتجاوز البليون الأول.',
    actual: 'البليون',
    expected: 'المليار',
    counts: '“مليار” 1 time, “مليارات” 1 time, “بليون” 1 time'.replace(
      '“مليار” 1 time, “مليارات” 1 time',
      '“مليار” 2 times',
    ),
    output: 'بلغ الدين مليار دولار ثم 3 مليارات، وتجاوز المليار الأول.',
  },
  {
    name: 'Gregorian and Levantine month names',
    text: 'عقد الأول في 3 مارس 2024، والثاني في 5 نيسان 2024، والثالث في 9 مايو.',
    actual: 'نيسان',
    expected: 'أبريل',
    counts: '“مارس” 2 times, “نيسان” 1 time',
    output: 'عقد الأول في 3 مارس 2024، والثاني في 5 أبريل 2024، والثالث في 9 مايو.',
  },
  {
    name: 'month after «شهر»',
    text: 'يبدأ البرنامج في شهر أيلول، وينتهي في 3 مارس و4 مايو.',
    actual: 'أيلول',
    expected: 'سبتمبر',
    counts: '“أيلول” 1 time, “مارس” 2 times',
    output: 'يبدأ البرنامج في شهر سبتمبر، وينتهي في 3 مارس و4 مايو.',
  },
  {
    name: 'order of month pairs',
    text: 'في 20 نوفمبر/تشرين الثاني 2015، و5 كانون الأول/ديسمبر 2015، و7 يناير/كانون الثاني 2016.',
    actual: 'كانون الأول/ديسمبر',
    expected: 'ديسمبر/كانون الأول',
    counts: '“نوفمبر/تشرين الثاني” 2 times, “كانون الأول/ديسمبر” 1 time',
    output: 'في 20 نوفمبر/تشرين الثاني 2015، و5 ديسمبر/كانون الأول 2015، و7 يناير/كانون الثاني 2016.',
  },
  {
    name: 'lone month name among pairs',
    text: 'في 20 نوفمبر / تشرين الثاني 2015، و7 يناير / كانون الثاني 2016، و3 مارس 2016.',
    actual: 'مارس',
    nth: 0,
    expected: 'مارس/آذار',
    counts: '“نوفمبر / تشرين الثاني” 2 times, “مارس” 1 time',
    output: 'في 20 نوفمبر / تشرين الثاني 2015، و7 يناير / كانون الثاني 2016، و3 مارس/آذار 2016.',
  },
  {
    name: 'جنية beside جنيه',
    text: 'قدمت 5 ملايين جنيه ثم 3 ملايين جنية.',
    actual: 'جنية',
    expected: 'جنيه',
    counts: '“جنيه” 1 time, “جنية” 1 time',
    output: 'قدمت 5 ملايين جنيه ثم 3 ملايين جنية.',
    suggestion: 'قدمت 5 ملايين جنيه ثم 3 ملايين جنيه.',
  },
  {
    name: 'house choice in style',
    style: { termChoices: { syria: 'سورية' } },
    text: 'زار الوزير سوريا.',
    actual: 'سوريا',
    expected: 'سورية',
    counts: '“سوريا” 1 time',
    output: 'زار الوزير سورية.',
    messageId: 'chosen',
  },
  {
    name: 'house choice of month pairs',
    style: { termChoices: { 'month-names': 'سبتمبر/أيلول' } },
    text: 'نُشر في 30 سبتمبر 2024.',
    actual: 'سبتمبر',
    expected: 'سبتمبر/أيلول',
    counts: '“سبتمبر” 1 time',
    output: 'نُشر في 30 سبتمبر/أيلول 2024.',
    messageId: 'chosen',
  },
  {
    name: 'inside Markdown emphasis and links',
    format: 'markdown',
    text: 'زار [سورية](https://example.org) ثم سورية ثم **سوريا**.',
    actual: 'سوريا',
    expected: 'سورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: 'زار [سورية](https://example.org) ثم سورية ثم **سورية**.',
  },
  {
    name: 'HTML inline elements',
    format: 'html',
    text: '<p>زار <a href="https://example.org/syria">سورية</a> ثم <b>سورية</b> ثم <i>سوريا</i>.</p>',
    actual: 'سوريا',
    expected: 'سورية',
    counts: '“سورية” 2 times, “سوريا” 1 time',
    output: '<p>زار <a href="https://example.org/syria">سورية</a> ثم <b>سورية</b> ثم <i>سورية</i>.</p>',
  },
];

describe('terminology/consistent-terms: invalid', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      // Place, message id, whole message, output and suggestions: core's RuleTester.
      await tester.assertInvalid(consistentTerms, {
        text: c.text,
        style: c.style ?? {},
        format: c.format ?? 'text',
        errors: [
          {
            ...place(c.text, c.actual, c.nth),
            messageId: c.messageId ?? 'mixed',
            message:
              c.messageId === 'chosen'
                ? `The house style writes “${c.expected}”, not “${c.actual}” (found ${c.counts}).`
                : `This document mixes spellings of one term (${c.counts}); write “${c.expected}” instead of “${c.actual}”.`,
            suggestions: c.suggestion !== undefined ? [c.suggestion] : [],
          },
        ],
        output: c.output,
      });
      // What a RuleTester case does not say: the finding's actual and expected text, fix or not.
      const { findings, suggestionOutputs } = await checkRule(consistentTerms, c.text, {
        style: c.style ?? {},
        format: c.format ?? 'text',
      });
      const finding = findings[0]!;
      expect(finding).toMatchObject({ ruleId: ID, actual: c.actual, expected: [c.expected] });
      if (c.suggestion !== undefined) {
        expect(finding.fix).toBeUndefined();
        expect(suggestionOutputs).toEqual([[c.suggestion]]);
      } else {
        expect(finding.fix).toBeDefined();
        expect(suggestionOutputs).toEqual([[]]);
      }
    });
  }

  it('reports every جنية beside a جنيه, even when جنية is more frequent', async () => {
    const text = 'قدمت 5 ملايين جنية ثم 3 ملايين جنية ثم مليون جنيه.';
    const { findings, suggestionOutputs } = await checkRule(consistentTerms, text, {});
    expect(findings.map((f) => [f.actual, f.column, f.endColumn, f.expected])).toEqual([
      ['جنية', place(text, 'جنية').column, place(text, 'جنية').endColumn, ['جنيه']],
      ['جنية', place(text, 'جنية', 1).column, place(text, 'جنية', 1).endColumn, ['جنيه']],
    ]);
    expect(findings[0]!.message).toBe(
      'This document mixes spellings of one term (“جنية” 2 times, “جنيه” 1 time); write “جنيه” instead of “جنية”.',
    );
    expect(suggestionOutputs).toEqual([
      ['قدمت 5 ملايين جنيه ثم 3 ملايين جنية ثم مليون جنيه.'],
      ['قدمت 5 ملايين جنية ثم 3 ملايين جنيه ثم مليون جنيه.'],
    ]);
  });

  it('works the same with the gov-uk house style on', async () => {
    const text = 'في سورية ومن سورية إلى سوريا.';
    const { output } = await checkRule(consistentTerms, text, { style: govUk });
    expect(output).toBe('في سورية ومن سورية إلى سورية.');
  });

  it('writes the message and the counts in Arabic', async () => {
    const { findings } = await checkRule(consistentTerms, 'في سورية ومن سورية إلى سوريا.', { locale: 'ar' });
    expect(findings[0]!.message).toBe(
      'يخلط البيان بين صيغ المصطلح نفسه («سورية» مرتين، «سوريا» مرة واحدة)؛ اكتب «سورية» بدل «سوريا».',
    );
  });
});

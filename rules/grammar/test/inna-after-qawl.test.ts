import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { innaAfterQawl } from '../src/inna-after-qawl.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/inna-after-qawl', () => {
  it.each([
    'قال الوزير إن الحكومة ستدعم الأسر.',
    'وقال الوزير إنّه سيزور المدينة.',
    'فإنه سيزور المدينة كما قال.',
    // other verbs take «أنّ»
    'أكد الوزير أن الحكومة ستدعم الأسر.',
    'وأوضح المتحدث أنه سيزور المدينة.',
    // «أن» before a verb
    'قال الوزير إنه يريد أن يكون الحل سلميا.',
    'قالت الوزارة إنها تأمل أن لا يتأخر الدعم.',
    // another clause in between: a verb that takes «أنّ», a relative pronoun, an earlier «إنّ»
    'قال الوزير إن الحكومة ترى أن الاتفاق نهائي.',
    'قال الوزير، مشيرًا إلى أن الاتفاق نهائي، إن العمل مستمر.',
    'قال الوزير الذي أكد أن الاتفاق نهائي إن العمل مستمر.',
    // a governor right before «أن»
    'قال الوزير بعد أن التقى نظيره إن العمل مستمر.',
    'قال الوزير ذلك إلا أن الوفد لم يصل.',
    // a sentence end or a line break ends the search
    'هكذا قال الوزير. أن الحكومة ستدعم الأسر أمر معروف.',
    'قال الوزير\nأن الحكومة',
    // too far: more than eight words in between
    'قال الوزير في كلمة ألقاها أمام الحضور في قاعة المؤتمرات الكبرى بالعاصمة أن الدعم مستمر.',
    // direct speech: «أن» inside the quotation belongs to its own verbs
    'قال الوزير للصحفيين: «ندرك أن الطريق طويل».',
    'وقال: "نحن ندرك تماما أن المهمة صعبة".',
    // «أن» followed by a Latin word or a number is still reported; here it is «إن» already
    'قال المتحدث إن 40 مشاركا حضروا.',
  ])('valid: %j', async (text) => {
    await expectValid(innaAfterQawl, text);
  });

  it('«قال الوزير … أنّه» → «إنّه», with a phrase in between; not after «أكد»', async () => {
    await expectInvalid(innaAfterQawl, {
      text: 'وقال الوزير في بيان صدر اليوم أنّه سيزور 3 مدن، وأكد أن الحكومة تدعم «أن يكون» الحل سلميا.',
      errors: [
        {
          line: 1,
          column: 31,
          endColumn: 35,
          messageId: 'inna',
          message: 'After the verb of saying “وقال” the reported clause starts with «إنّ» (kasra): “إنّه”, not “أنّه”.',
          suggestions: ['وقال الوزير في بيان صدر اليوم إنّه سيزور 3 مدن، وأكد أن الحكومة تدعم «أن يكون» الحل سلميا.'],
        },
      ],
    });
  });

  it('quotes, clitics, suffixes, the hamza-less spelling and Arabic-Indic digits', async () => {
    const text = 'فقالت: «انها بدأت»، ويقولون أننا نعمل، ونقول أنّ ٤٠ مشاركًا حضروا.';
    await expectInvalid(innaAfterQawl, {
      text,
      errors: [
        { line: 1, column: 9, endColumn: 13, messageId: 'inna', suggestions: [text.replace('انها', 'إنها')] },
        { line: 1, column: 29, endColumn: 33, messageId: 'inna', suggestions: [text.replace('أننا', 'إننا')] },
        { line: 1, column: 46, endColumn: 49, messageId: 'inna', suggestions: [text.replace('أنّ ٤٠', 'إنّ ٤٠')] },
      ],
    });
  });

  it('a noun that looks like a verb, known to the lexicon («أن تطوير»), is still a noun', async () => {
    const text = 'قالت الوكالة أن تطوير الموانئ سيستغرق عامين.';
    await expectInvalid(innaAfterQawl, {
      text,
      errors: [
        { line: 1, column: 14, endColumn: 16, messageId: 'inna', suggestions: [text.replace('أن تطوير', 'إن تطوير')] },
      ],
    });
  });

  it('in Markdown, inside emphasis', async () => {
    await expectInvalid(innaAfterQawl, {
      format: 'markdown',
      text: '- قال المتحدث **أن** الاجتماع انتهى.\n',
      errors: [
        {
          line: 1,
          column: 17,
          endColumn: 19,
          messageId: 'inna',
          suggestions: ['- قال المتحدث **إن** الاجتماع انتهى.\n'],
        },
      ],
    });
  });

  it('speaks Arabic, and never fixes on its own', async () => {
    const { findings, output } = await checkRule(innaAfterQawl, 'قال الوزير أنه سيزور المدينة.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('بعد فعل القول «قال» تُكسر همزة «إنّ» في أول الكلام المحكي: «إنه» لا «أنه».');
    expect(findings[0]?.fix).toBeUndefined();
    expect(output).toBe('قال الوزير أنه سيزور المدينة.');
  });
});

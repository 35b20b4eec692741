import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { currency } from '../src/currency.js';
import { expectInvalid, expectValid } from './table.js';
import { HAS_SEED, SEED_PATH } from '../../../tests/support/seed.js';

const SEED = SEED_PATH;

describe('numbers/currency', () => {
  it.each([
    'قدمت الحكومة 500 مليون جنيه إسترليني.',
    'قدمت الحكومة ٥٠٠ مليون جنيه مصري.',
    // «جنّية» (a female jinn) is a real word: left alone away from amounts.
    'تحكي القصة عن جنية تعيش في الغابة.',
    'رأى الطفل الجنية في الحلم.',
    // a voweled «جنّية» is meant as written, even after a number
    'رسم 3 جنّية في اللوحة.',
    'بلغ الدين 4.3 مليار دولار أمريكي.',
    // «بليون» away from amounts may be «ب» + «ليون» (in Lyon)
    'عُقد الاجتماع بليون الفرنسية.',
    { text: 'أنفقت 3 بلايين دولار.', style: { billion: 'any' } },
    // symbols are fine in a table and in English text
    { format: 'markdown', text: '| المبلغ | العملة |\n| --- | --- |\n| 5 | GBP |\n| £3 | مليون |\n' },
    'The grant was £5 million in 2024, said the minister.',
    // a bare pound in a document that never names sterling is the Egyptian pound
    'بلغ السعر 20 جنيه للكيلو.',
    // «يورو 2024» is a tournament, not an amount
    'تابع الجمهور بطولة يورو 2024 بحماس.',
  ])('valid: %j', async (c) => {
    await expectValid(currency, c);
  });

  it('fixes «جنية» after a number, a scale word, and before an adjective, keeping clitics and tanween', async () => {
    await expectInvalid(currency, {
      text: 'دفع 500 جنية مصري ثم ٣ آلاف جنية مصري، وبالجنية المصري، ونحو 10 ملايين جنيةً.',
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 13,
          messageId: 'pound',
          message: '“جنية” in an amount is a misspelling of “جنيه” (final ه, not ة).',
        },
        { line: 1, column: 29, endColumn: 33, messageId: 'pound' },
        { line: 1, column: 40, endColumn: 48, messageId: 'pound' },
        { line: 1, column: 72, endColumn: 77, messageId: 'pound' },
      ],
      output: 'دفع 500 جنيه مصري ثم ٣ آلاف جنيه مصري، وبالجنيه المصري، ونحو 10 ملايين جنيهً.',
    });
  });

  it.runIf(HAS_SEED)('on the seed release: fixes «500 مليون جنية إسترليني» and nothing else changes', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const { findings, output } = await checkRule(currency, seed);
    const pound = findings.filter((f) => f.messageId === 'pound');
    expect(pound).toHaveLength(1);
    expect(seed.slice(pound[0]!.place.start.offset - 10, pound[0]!.place.end.offset + 9)).toBe(
      '500 مليون جنية إسترليني',
    );
    expect(pound[0]!.severity).toBe('error');
    expect(output).toBe(seed.replace('مليون جنية إسترليني', 'مليون جنيه إسترليني'));
    expect(findings.filter((f) => f.messageId !== 'pound')).toEqual([]);
  });

  it('«بليون» → «مليار»: a suggestion by default, a fix with style.billion: milyar', async () => {
    await expectInvalid(currency, {
      text: 'خصص 3 بليون ثم بلايين دولار ثم وبليون يورو.',
      errors: [
        {
          line: 1,
          column: 7,
          endColumn: 12,
          messageId: 'billion',
          suggestions: ['خصص 3 مليار ثم بلايين دولار ثم وبليون يورو.'],
        },
        {
          line: 1,
          column: 16,
          endColumn: 22,
          messageId: 'billion',
          suggestions: ['خصص 3 بليون ثم مليارات دولار ثم وبليون يورو.'],
        },
        {
          line: 1,
          column: 32,
          endColumn: 38,
          messageId: 'billion',
          suggestions: ['خصص 3 بليون ثم بلايين دولار ثم ومليار يورو.'],
        },
      ],
    });
    await expectInvalid(currency, {
      text: 'خصص 3 بليونات دولار.',
      style: { billion: 'milyar' },
      errors: [
        {
          line: 1,
          column: 7,
          endColumn: 14,
          messageId: 'billion',
          message: '“بليونات” is a calque of “billion” that some readers take as 10¹²; write “مليارات”.',
        },
      ],
      output: 'خصص 3 مليارات دولار.',
    });
  });

  it('symbols and codes in Arabic running text: the word form after the amount', async () => {
    await expectInvalid(currency, {
      text: 'قدمت £5 مليون و٣ مليون GBP وبـ300$ وUS$ 4 ملايين.',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 7,
          messageId: 'symbol',
          message: 'Currency symbol or code “£” in Arabic running text: spell the currency out after the number.',
          suggestions: ['قدمت 5 مليون جنيه إسترليني و٣ مليون GBP وبـ300$ وUS$ 4 ملايين.'],
        },
        {
          line: 1,
          column: 24,
          endColumn: 27,
          messageId: 'symbol',
          message: 'Currency symbol or code “GBP” in Arabic running text: spell the currency out after the number.',
          suggestions: ['قدمت £5 مليون و٣ مليون جنيه إسترليني وبـ300$ وUS$ 4 ملايين.'],
        },
        {
          line: 1,
          column: 34,
          endColumn: 35,
          messageId: 'symbol',
          suggestions: ['قدمت £5 مليون و٣ مليون GBP وبـ300 دولار أمريكي وUS$ 4 ملايين.'],
        },
        {
          line: 1,
          column: 37,
          endColumn: 40,
          messageId: 'symbol',
          suggestions: ['قدمت £5 مليون و٣ مليون GBP وبـ300$ و4 ملايين دولار أمريكي.'],
        },
      ],
    });
  });

  it('a currency before its amount: suggests number → scale → currency → adjective', async () => {
    await expectInvalid(currency, {
      text: 'تبرعت بمبلغ جنيه إسترليني 3 ملايين للمدارس.',
      errors: [
        {
          line: 1,
          column: 13,
          endColumn: 35,
          messageId: 'order',
          suggestions: ['تبرعت بمبلغ 3 ملايين جنيه إسترليني للمدارس.'],
        },
      ],
    });
  });

  it('a bare «جنيه» in a document about sterling: suggestion to qualify it', async () => {
    await expectInvalid(currency, {
      text: 'قدمنا 4 ملايين جنيه إسترليني.\n\nوأضفنا 200 ألف جنيه للمدارس.\n',
      errors: [
        {
          line: 3,
          column: 16,
          endColumn: 20,
          messageId: 'bare',
          suggestions: ['قدمنا 4 ملايين جنيه إسترليني.\n\nوأضفنا 200 ألف جنيه إسترليني للمدارس.\n'],
        },
      ],
    });
  });

  it('works in HTML text, not in attributes', async () => {
    await expectInvalid(currency, {
      format: 'html',
      text: '<p title="5 جنية">قدمنا <b>5</b> جنية مصري</p>',
      errors: [{ line: 1, column: 34, endColumn: 38, messageId: 'pound' }],
      output: '<p title="5 جنية">قدمنا <b>5</b> جنيه مصري</p>',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(currency, 'دفع 500 جنية.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('«جنية» في مبلغ خطأ إملائي، والصواب «جنيه» (بالهاء).');
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { noBidiMarksInNumbers } from '../src/no-bidi-marks-in-numbers.js';
import { expectInvalid, expectValid } from './table.js';

describe('numbers/no-bidi-marks-in-numbers', () => {
  it.each([
    'ارتفع بنسبة 25% إلى ١٬٥٠٠ جنيه.',
    // a mark between words is the invisible-characters rule's business
    'كلمة\u200f كلمة أخرى',
    'نص \u200e- قائمة',
  ])('valid: %j', async (c) => {
    await expectValid(noBidiMarksInNumbers, c);
  });

  it('removes the marks CLDR puts around percent, minus and currency', async () => {
    const text = 'بنسبة 25\u200e%\u200e و٢٥٪\u061c و\u200e-5 و\u200f1,500.00\u00a0UK£ فقط.';
    await expectInvalid(noBidiMarksInNumbers, {
      text,
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 10,
          messageId: 'mark',
          message: 'Invisible direction mark LRM (U+200E) next to a number, left by number formatting; remove it.',
        },
        { line: 1, column: 11, endColumn: 12, messageId: 'mark' },
        { line: 1, column: 17, endColumn: 18, messageId: 'mark' },
        { line: 1, column: 20, endColumn: 21, messageId: 'mark' },
        { line: 1, column: 25, endColumn: 26, messageId: 'mark' },
      ],
      output: 'بنسبة 25% و٢٥٪ و-5 و1,500.00\u00a0UK£ فقط.',
    });
  });

  it('in HTML text', async () => {
    await expectInvalid(noBidiMarksInNumbers, {
      format: 'html',
      text: '<p>النسبة <b>40\u200e%</b></p>',
      errors: [{ line: 1, column: 16, endColumn: 17, messageId: 'mark' }],
      output: '<p>النسبة <b>40%</b></p>',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(noBidiMarksInNumbers, 'بنسبة 25\u200e%.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('علامة اتجاه خفية LRM (U+200E) ملاصقة للعدد تركها تنسيق الأرقام؛ احذفها.');
  });
});

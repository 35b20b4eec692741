import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { percentSign } from '../src/percent-sign.js';
import { expectInvalid, expectValid } from './table.js';

describe('numbers/percent-sign', () => {
  it.each([
    'ارتفع بنسبة 25% و٢٥٪ و3.5 % و٧٫٥٪ و2‰ و٣؉.',
    'نسبة %25 من الأصوات.',
    'قرأت ٪ وحدها و% وحدها.',
    // a mixed number is digit-system's business
    'بنسبة 2٠% فقط.',
  ])('valid: %j', async (c) => {
    await expectValid(percentSign, c);
  });

  it('fixes the sign after the number, with clitics, spaces and bidi marks', async () => {
    await expectInvalid(percentSign, {
      text: 'ارتفع ٢٥% ثم و25٪ ثم بـ٣ % ثم 25\u200e٪\u200e ثم 2؉.',
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 10,
          messageId: 'wrongSign',
          message: 'The sign “%” does not match the digits of “٢٥”; write “٪”.',
        },
        { line: 1, column: 17, endColumn: 18, messageId: 'wrongSign' },
        { line: 1, column: 26, endColumn: 27, messageId: 'wrongSign' },
        { line: 1, column: 34, endColumn: 35, messageId: 'wrongSign' },
        { line: 1, column: 41, endColumn: 42, messageId: 'wrongSign' },
      ],
      output: 'ارتفع ٢٥٪ ثم و25% ثم بـ٣ ٪ ثم 25\u200e%\u200e ثم 2‰.',
    });
  });

  it('a sign right after one number and right before another belongs to the first (the fix cannot loop)', async () => {
    await expectValid(percentSign, 'ارتفع ١٢٪3 أمس.');
    await expectValid(percentSign, 'ارتفع 12%٣ أمس.');
    await expectInvalid(percentSign, {
      text: 'ارتفع ١٢%3 أمس.',
      errors: [
        {
          line: 1,
          column: 9,
          endColumn: 10,
          messageId: 'wrongSign',
          message: 'The sign “%” does not match the digits of “١٢”; write “٪”.',
        },
      ],
      output: 'ارتفع ١٢٪3 أمس.',
    });
  });

  it('a sign before the number', async () => {
    await expectInvalid(percentSign, {
      text: 'بنسبة ٪25 فقط.',
      errors: [{ line: 1, column: 7, endColumn: 8, messageId: 'wrongSign' }],
      output: 'بنسبة %25 فقط.',
    });
  });

  it('in HTML and Markdown', async () => {
    await expectInvalid(percentSign, {
      format: 'html',
      text: '<p data-x="٥%">نسبة <b>٥</b>% فقط</p>',
      errors: [{ line: 1, column: 29, endColumn: 30, messageId: 'wrongSign' }],
      output: '<p data-x="٥%">نسبة <b>٥</b>٪ فقط</p>',
    });
    await expectInvalid(percentSign, {
      format: 'markdown',
      text: '| النسبة |\n| --- |\n| 40٪ |\n\n`٥%`\n',
      errors: [{ line: 3, column: 5, endColumn: 6, messageId: 'wrongSign' }],
      output: '| النسبة |\n| --- |\n| 40% |\n\n`٥%`\n',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(percentSign, 'ارتفع ٢٥%.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('العلامة «%» لا تناسب أرقام «٢٥»؛ اكتب «٪».');
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { separators } from '../src/separators.js';
import { expectInvalid, expectValid } from './table.js';

describe('numbers/separators', () => {
  it.each([
    'بلغ 1,234,567.89 و١٬٢٣٤٫٥ و3.8 مليار و120,000 شخص.',
    'الأرقام 3، 8، 10 في القائمة.',
    'في 30 سبتمبر 2024 و15 مليون',
    'بين 2020 و2024.',
    { text: 'بلغ 1.500,00 درهم و3,5 مليون.', options: { decimalMark: 'comma' } },
    '`3،8` في الشفرة',
  ])('valid: %j', async (c) => {
    await expectValid(separators, typeof c === 'string' && c.startsWith('`') ? { text: c, format: 'markdown' } : c);
  });

  it('the Arabic comma inside a number: decimal, group, or ask', async () => {
    await expectInvalid(separators, {
      text: 'بلغ 3،8 مليار و١،٥٠٠،٠٠٠ ثم و2،500.',
      errors: [
        {
          line: 1,
          column: 5,
          endColumn: 8,
          messageId: 'arabicComma',
          message: 'The Arabic comma «،» in “3،8” separates words, not digits; write “3.8”.',
        },
        { line: 1, column: 16, endColumn: 25, messageId: 'arabicComma' },
        {
          line: 1,
          column: 30,
          endColumn: 35,
          messageId: 'arabicCommaAmbiguous',
          suggestions: ['بلغ 3،8 مليار و١،٥٠٠،٠٠٠ ثم و2.500.', 'بلغ 3،8 مليار و١،٥٠٠،٠٠٠ ثم و2,500.'],
        },
      ],
      output: 'بلغ 3.8 مليار و١٬٥٠٠٬٠٠٠ ثم و2،500.',
    });
  });

  it('marks of the other digit system', async () => {
    await expectInvalid(separators, {
      text: 'بلغ 2٬800٬000 و١,٢٣٤.٥ وبـ4٫3.',
      errors: [
        { line: 1, column: 5, endColumn: 14, messageId: 'otherSystem' },
        { line: 1, column: 16, endColumn: 23, messageId: 'otherSystem' },
        { line: 1, column: 27, endColumn: 30, messageId: 'otherSystem' },
      ],
      output: 'بلغ 2,800,000 و١٬٢٣٤٫٥ وبـ4.3.',
    });
  });

  it('spaces inside numbers: suggestions', async () => {
    await expectInvalid(separators, {
      text: 'بلغ 1\u202f500 ثم 2 000 000 و١٢ ٥٠٠ شخص.',
      errors: [
        {
          line: 1,
          column: 5,
          endColumn: 10,
          messageId: 'thinSpace',
          suggestions: ['بلغ 1,500 ثم 2 000 000 و١٢ ٥٠٠ شخص.'],
        },
        {
          line: 1,
          column: 14,
          endColumn: 23,
          messageId: 'split',
          suggestions: ['بلغ 1\u202f500 ثم 2,000,000 و١٢ ٥٠٠ شخص.'],
        },
        {
          line: 1,
          column: 25,
          endColumn: 31,
          messageId: 'split',
          suggestions: ['بلغ 1\u202f500 ثم 2 000 000 و١٢٬٥٠٠ شخص.'],
        },
      ],
    });
  });

  it('continental style in a Mashriq document, and the reverse with decimalMark: comma', async () => {
    await expectInvalid(separators, {
      text: 'بلغ 1.500,00 و2.000.000 و1.500.',
      errors: [
        {
          line: 1,
          column: 5,
          endColumn: 13,
          messageId: 'continental',
          suggestions: ['بلغ 1,500.00 و2.000.000 و1.500.'],
        },
        {
          line: 1,
          column: 15,
          endColumn: 24,
          messageId: 'continental',
          suggestions: ['بلغ 1.500,00 و2,000,000 و1.500.'],
        },
      ],
    });
    await expectInvalid(separators, {
      text: 'بلغ 1,500.00 درهم.',
      options: { decimalMark: 'comma' },
      errors: [{ line: 1, column: 5, endColumn: 13, messageId: 'anglo', suggestions: ['بلغ 1.500,00 درهم.'] }],
    });
  });

  it('in HTML and Markdown tables', async () => {
    await expectInvalid(separators, {
      text: 'بلغ ١,٢٣٤ و٢,٥.',
      errors: [
        { line: 1, column: 5, endColumn: 10, messageId: 'otherSystem' },
        {
          line: 1,
          column: 12,
          endColumn: 15,
          messageId: 'otherSystem',
          suggestions: ['بلغ ١,٢٣٤ و٢٫٥.', 'بلغ ١,٢٣٤ و٢٬٥.'],
        },
      ],
      output: 'بلغ ١٬٢٣٤ و٢,٥.',
    });
    await expectInvalid(separators, {
      format: 'html',
      text: '<td title="3،8">3،8 مليار</td>',
      errors: [{ line: 1, column: 17, endColumn: 20, messageId: 'arabicComma' }],
      output: '<td title="3،8">3.8 مليار</td>',
    });
    await expectInvalid(separators, {
      format: 'markdown',
      text: '| أ | ب |\n| - | - |\n| ١,٥ | 2 |\n',
      errors: [
        {
          line: 3,
          column: 3,
          endColumn: 6,
          messageId: 'otherSystem',
          suggestions: ['| أ | ب |\n| - | - |\n| ١٫٥ | 2 |\n', '| أ | ب |\n| - | - |\n| ١٬٥ | 2 |\n'],
        },
      ],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(separators, 'بلغ 3،8 مليار.', { locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'الفاصلة العربية «،» في «3،8» علامة ترقيم بين الكلمات لا فاصل أرقام؛ اكتب «3.8».',
    );
  });
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-tatweel.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'السلام عليكم',
    'الحرب على «داعش» وبـ«داعش»',
    'مقابلة لـ"بي بي سي"',
    'لـBBC',
    'بـ500 جنيه',
    // A detached proclitic preposition keeps its kashida before a figure or a Latin word.
    'نزح لـ 250 ألف لاجئ',
    'شارك بـ COP28',
    'وبـ COP28 أيضًا',
    'كـ ٣ أمثال',
    { text: '`الســلام`', options: { format: 'markdown' } },
  ],
  [
    {
      text: 'الســلام',
      errors: [{ column: 4, endColumn: 6, message: 'The tatweel in “الســلام” breaks search; remove it.' }],
      output: 'السلام',
    },
    { text: 'بـالحكومة', errors: [{ column: 2, endColumn: 3 }], output: 'بالحكومة' },
    { text: 'بـ داعش', errors: [{ column: 2, endColumn: 3 }], output: 'ب داعش' },
    // Not before a figure or a Latin word, or not a preposition: removed.
    { text: 'لـ  250 ألف', errors: [{ column: 2, endColumn: 3 }], output: 'ل  250 ألف' },
    { text: 'وـ 250 ألف', errors: [{ column: 2, endColumn: 3 }], output: 'و 250 ألف' },
    {
      text: 'مـرحـبا',
      errors: [
        { column: 2, endColumn: 3 },
        { column: 5, endColumn: 6 },
      ],
      output: 'مرحبا',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'الســلام', { locale: 'ar' });
  expect(findings[0]!.message).toBe('التطويل في «الســلام» يعطل البحث؛ احذفه.');
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-stray-diacritics.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  ['مساءً', 'جزءًا', 'كثيرًا وكثيراً', 'شُكّل', 'ابتداءً من اليوم'],
  [
    {
      text: 'مساءًا',
      errors: [
        {
          column: 1,
          endColumn: 7,
          messageId: 'extraAlif',
          message: 'No alif is written after tanween on a hamza that follows an alif: “مساءًا” → “مساءً”.',
        },
      ],
      output: 'مساءً',
    },
    { text: 'مساءاً', errors: [{ column: 1, endColumn: 7, messageId: 'extraAlif' }], output: 'مساءً' },
    { text: 'وابتداءًا من', errors: [{ column: 1, endColumn: 10 }], output: 'وابتداءً من' },
    { text: '500 جنيه ً للفرد', errors: [{ column: 10, endColumn: 11, messageId: 'orphan' }], output: '500 جنيه للفرد' },
    { text: 'كثيرًً', errors: [{ column: 6, endColumn: 7, messageId: 'repeated' }], output: 'كثيرً' },
    { text: 'شدّّة', errors: [{ column: 4, endColumn: 5, messageId: 'repeated' }], output: 'شدّة' },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'كثيرًً', { locale: 'ar' });
  expect(findings[0]!.message).toBe('الحركة (U+064B) مكررة؛ احذف المكرر.');
});

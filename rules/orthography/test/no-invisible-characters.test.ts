import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-invisible-characters.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'نص عادي',
    '\uFEFFنص يبدأ بعلامة BOM',
    'Persian-free text',
    { text: 'نص `a\u200Bb`', options: { format: 'markdown' } },
  ],
  [
    {
      text: 'وزا\u200Bرة',
      errors: [
        {
          column: 4,
          endColumn: 5,
          message: 'Invisible character (U+200B ZERO WIDTH SPACE) breaks search and copying; remove it.',
        },
      ],
      output: 'وزارة',
    },
    { text: 'نص\uFEFFآخر', errors: [{ column: 3, endColumn: 4 }], output: 'نصآخر' },
    { text: 'كلمة\u2060 كلمة', errors: [{ column: 5, endColumn: 6 }], output: 'كلمة كلمة' },
    {
      text: 'مي\u200Cخواهم',
      errors: [{ column: 3, endColumn: 4, messageId: 'joiner', severity: 'warning' }],
      output: 'مي\u200Cخواهم',
      suggestions: [['ميخواهم']],
    },
  ],
);

it('leaves ZWNJ between Latin letters alone and speaks Arabic', async () => {
  expect((await checkRule(rule, 'ab\u200Ccd')).findings).toEqual([]);
  const { findings } = await checkRule(rule, 'وزا\u200Bرة', { locale: 'ar' });
  expect(findings[0]!.message).toBe('محرف غير مرئي (U+200B ZERO WIDTH SPACE) يعطل البحث والنسخ؛ احذفه.');
});

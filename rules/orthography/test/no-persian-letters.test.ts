import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-persian-letters.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  ['وزارة الخارجية والكهرباء', 'علي وعلى', { text: '`کتاب`', options: { format: 'markdown' } }],
  [
    {
      text: 'الکهرباء',
      errors: [
        {
          column: 3,
          endColumn: 4,
          messageId: 'persian',
          message: 'The letter “ک” (U+06A9) is Persian; the Arabic letter is “ك”.',
        },
      ],
      output: 'الكهرباء',
    },
    { text: 'ھذا', errors: [{ column: 1, endColumn: 2, messageId: 'persian' }], output: 'هذا' },
    { text: 'الریاض', errors: [{ column: 4, endColumn: 5, messageId: 'persian' }], output: 'الرياض' },
    {
      text: 'علی الطاولة',
      errors: [{ column: 3, endColumn: 4, messageId: 'persianAmbiguous', severity: 'warning' }],
      output: 'علی الطاولة',
      suggestions: [['على الطاولة', 'علي الطاولة']],
    },
    {
      text: 'مدینە',
      errors: [
        { column: 3, endColumn: 4, messageId: 'persian' },
        { column: 5, endColumn: 6, messageId: 'persianAmbiguous' },
      ],
      output: 'مدينە',
      suggestions: [[], ['مدینة', 'مدینه']],
    },
    {
      text: 'الحکومۀ',
      errors: [
        { column: 4, endColumn: 5 },
        { column: 7, endColumn: 8 },
      ],
      output: 'الحكومۀ',
      suggestions: [[], ['الحکومة']],
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'کتب', { locale: 'ar' });
  expect(findings[0]!.message).toBe('الحرف «ک» (U+06A9) فارسي، والعربي «ك».');
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-detached-waw.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  ['الوزارة والحكومة', 'و\nالحكومة', 'Tom و Jerry', 'العدد و 5', 'و و'],
  [
    {
      text: 'الوزارة و الحكومة',
      errors: [
        {
          column: 9,
          endColumn: 18,
          message: 'The conjunction و is joined to the next word: “والحكومة”.',
          severity: 'error',
        },
      ],
      output: 'الوزارة و الحكومة',
      suggestions: [['الوزارة والحكومة']],
    },
    {
      text: 'و وزارة الصحة',
      errors: [{ column: 1, endColumn: 8 }],
      output: 'و وزارة الصحة',
      suggestions: [['ووزارة الصحة']],
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'و الحكومة', { locale: 'ar' });
  expect(findings[0]!.message).toBe('واو العطف تتصل بما بعدها: «والحكومة».');
});

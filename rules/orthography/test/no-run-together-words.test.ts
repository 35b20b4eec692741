import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { runTogether } from '../src/no-run-together-words.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

// The entries' examples run in tests/data-examples.test.ts.
it('has each wrong form once', () => {
  const wrongs = runTogether.data.entries.map((e) => e.wrong);
  expect(new Set(wrongs).size).toBe(wrongs.length);
});

ruleTable(
  rule,
  ['الأمم المتحدة', 'المتحدة'],
  [
    {
      text: 'مقر الأممالمتحدة',
      errors: [{ column: 5, endColumn: 17, message: '“الأممالمتحدة” runs two words together: “الأمم المتحدة”.' }],
      output: 'مقر الأمم المتحدة',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'الأممالمتحدة', { locale: 'ar' });
  expect(findings[0]!.message).toBe('«الأممالمتحدة» كلمتان ملتصقتان، والصواب «الأمم المتحدة».');
});

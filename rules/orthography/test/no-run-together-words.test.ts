import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { runTogether } from '../src/no-run-together-words.js';
import { runFixExamples } from './data-examples.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

runFixExamples(rule, runTogether.data.entries);

ruleTable(
  rule,
  ['الأمم المتحدة', 'المتحدة'],
  [{ text: 'مقر الأممالمتحدة', errors: [{ column: 5, endColumn: 17, message: '“الأممالمتحدة” runs two words together: “الأمم المتحدة”.' }], output: 'مقر الأمم المتحدة' }],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'الأممالمتحدة', { locale: 'ar' });
  expect(findings[0]!.message).toBe('«الأممالمتحدة» كلمتان ملتصقتان، والصواب «الأمم المتحدة».');
});

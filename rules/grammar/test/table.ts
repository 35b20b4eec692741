/**
 * The grammar pack's table helpers: core's RuleTester through tests/support/rule-cases.ts, plus the
 * runner for the examples of its data files.
 */
import { expect } from 'vitest';
import { checkRule, type RuleModule } from '@bayan/core';
import { expectValid } from '../../../tests/support/rule-cases.js';

export * from '../../../tests/support/rule-cases.js';

export interface DataExamples {
  invalid: Array<{ text: string; suggestion: string }>;
  valid: string[];
}

/** A data file's examples: each invalid text gets a suggestion (or fix) giving `suggestion`; each valid text gets nothing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectDataExample(rule: RuleModule<any>, kind: 'invalid' | 'valid', example: DataExamples['invalid'][number] | string): Promise<void> {
  if (kind === 'valid') {
    await expectValid(rule, example as string);
    return;
  }
  const { text, suggestion } = example as DataExamples['invalid'][number];
  const result = await checkRule(rule, text);
  expect(result.findings.length).toBeGreaterThan(0);
  expect([result.output, ...result.suggestionOutputs.flat()]).toContain(suggestion);
}

/** The examples of a data file as `it.each` rows. */
export function exampleRows(examples: DataExamples): Array<['invalid' | 'valid', DataExamples['invalid'][number] | string]> {
  return [...examples.invalid.map((e) => ['invalid', e] as ['invalid', DataExamples['invalid'][number]]), ...examples.valid.map((e) => ['valid', e] as ['valid', string])];
}

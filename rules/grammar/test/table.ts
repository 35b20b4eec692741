/**
 * ESLint-style tables for the grammar pack's tests: a valid text has no findings;
 * an invalid case lists each finding's exact place and message id, the
 * fixed output (the input when there is no fix) and each finding's
 * suggestion outputs.
 */
import { expect } from 'vitest';
import { checkRule, type CheckOptions, type RuleModule } from '@bayan/core';

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn: number;
  messageId: string;
  /** The English message, when the case wants to check it. */
  message?: string;
  /** Outputs of this finding's suggestions (empty or absent: none). */
  suggestions?: string[];
}

export interface InvalidCase<O> extends CheckOptions<O> {
  text: string;
  errors: ExpectedFinding[];
  /** The text after --fix; absent means unchanged. */
  output?: string;
}

export interface ValidCase<O> extends Omit<CheckOptions<O>, 'format' | 'style'> {
  text: string;
  /** Loosely typed so that tables of mixed cases infer. */
  format?: string;
  style?: Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectValid<O>(rule: RuleModule<any>, c: ValidCase<O> | string): Promise<void> {
  const { text, ...options } = typeof c === 'string' ? { text: c } : c;
  const { findings } = await checkRule(rule, text, options as CheckOptions<O>);
  expect(findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`)).toEqual([]);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function expectInvalid<O>(rule: RuleModule<any>, c: InvalidCase<O>): Promise<void> {
  const { text, errors, output, ...options } = c;
  const result = await checkRule(rule, text, options);
  const actual = result.findings.map((f, i) => {
    const want = errors[i];
    return {
      ruleId: f.ruleId,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      messageId: f.messageId,
      ...(want?.message !== undefined ? { message: f.message } : {}),
      suggestions: result.suggestionOutputs[i] ?? [],
    };
  });
  const expected = errors.map((e) => ({
    ruleId: rule.meta.id,
    line: e.line,
    column: e.column,
    endLine: e.endLine ?? e.line,
    endColumn: e.endColumn,
    messageId: e.messageId,
    ...(e.message !== undefined ? { message: e.message } : {}),
    suggestions: e.suggestions ?? [],
  }));
  expect(actual).toEqual(expected);
  expect(result.output).toBe(output ?? text);
}

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

/** ESLint-style table tests for one rule, through core's RuleTester (one test per case). */
import { RuleTester, type CheckOptions, type ExpectedFinding, type RuleModule } from '@bayan/core';
import { describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;

export interface InvalidCase {
  text: string;
  options?: CheckOptions<Record<string, unknown>>;
  /** Expected findings in order: [column, endColumn] on line 1, or full places. */
  errors: Array<Omit<ExpectedFinding, 'suggestions' | 'severity'> & { severity?: string }>;
  /** The text after --fix; the input itself when there is no fix. */
  output: string;
  /** For each finding, the outputs of its suggestions. */
  suggestions?: string[][];
}

export interface ValidCase {
  text: string;
  options?: CheckOptions<Record<string, unknown>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ruleTable(rule: RuleModule<any>, valid: Array<string | ValidCase>, invalid: InvalidCase[]): void {
  new RuleTester().run(rule, {
    valid: valid.map((v) => (typeof v === 'string' ? v : { text: v.text, ...v.options })),
    invalid: invalid.map((c) => ({
      text: c.text,
      ...c.options,
      output: c.output,
      errors: c.errors.map((e, i) => ({
        ...e,
        severity: e.severity as ExpectedFinding['severity'],
        suggestions: c.suggestions?.[i] ?? [],
      })),
    })),
  });
}

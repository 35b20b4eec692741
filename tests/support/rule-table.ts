/** ESLint-style table tests for one rule: valid texts, invalid cases with exact places, fixed output and suggestion outputs. */
import { checkRule, type CheckOptions, type RuleModule } from '@bayan/core';
import { describe, expect, it } from 'vitest';

export interface InvalidCase {
  text: string;
  options?: CheckOptions<Record<string, unknown>>;
  /** Expected findings in order: [column, endColumn] on line 1, or full places. */
  errors: Array<{ line?: number; column: number; endLine?: number; endColumn: number; messageId?: string; message?: string; severity?: string }>;
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
  describe(rule.meta.id, () => {
    for (const entry of valid) {
      const { text, options } = typeof entry === 'string' ? { text: entry, options: undefined } : entry;
      it(`valid: ${JSON.stringify(text)}`, async () => {
        expect((await checkRule(rule, text, options)).findings).toEqual([]);
      });
    }
    for (const c of invalid) {
      it(`invalid: ${JSON.stringify(c.text)}`, async () => {
        const result = await checkRule(rule, c.text, c.options);
        expect(
          result.findings.map((f) => ({ line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ruleId: f.ruleId })),
        ).toEqual(c.errors.map((e) => ({ line: e.line ?? 1, column: e.column, endLine: e.endLine ?? e.line ?? 1, endColumn: e.endColumn, ruleId: rule.meta.id })));
        c.errors.forEach((e, k) => {
          const f = result.findings[k]!;
          if (e.messageId) expect(f.messageId).toBe(e.messageId);
          if (e.message) expect(f.message).toBe(e.message);
          if (e.severity) expect(f.severity).toBe(e.severity);
        });
        expect(result.output).toBe(c.output);
        expect(result.suggestionOutputs).toEqual(c.suggestions ?? c.errors.map(() => []));
      });
    }
  });
}

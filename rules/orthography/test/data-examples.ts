/** Runs the `examples` of every entry of a data file against its rule. */
import { checkRule, type RuleModule } from '@bayan/core';
import { describe, expect, it } from 'vitest';

interface Entry {
  wrong: string;
  right: string | string[];
  examples: { invalid: Array<{ text: string; output: string }>; valid?: string[] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runFixExamples(rule: RuleModule<any>, entries: readonly Entry[]): void {
  describe(`${rule.meta.id}: data examples`, () => {
    it('has no duplicate entries', () => {
      const wrongs = entries.map((e) => e.wrong);
      expect(new Set(wrongs).size).toBe(wrongs.length);
    });
    for (const entry of entries) {
      for (const example of entry.examples.invalid) {
        it(`${entry.wrong}: fixes «${example.text}»`, async () => {
          const result = await checkRule(rule, example.text);
          expect(result.findings.length).toBeGreaterThanOrEqual(1);
          expect(result.output).toBe(example.output);
        });
      }
      for (const text of entry.examples.valid ?? []) {
        it(`${entry.wrong}: accepts «${text}»`, async () => {
          expect((await checkRule(rule, text)).findings).toEqual([]);
        });
      }
    }
  });
}

// The targets, checked on every run: ≥ 80% recall with the right suggestion per rule on the
// injected-error set, ≤ 2 false warnings per 10,000 words of clean release prose, none on the right
// sentences of the injected set (both sets are in scripts/eval-grammar/, written for Bayan).
import * as core from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { countWords, evaluate, readCases, readClean } from '../../../scripts/eval-grammar/evaluate.mjs';
import { pack } from '../src/index.js';

describe('grammar pack evaluation (pnpm eval:grammar)', () => {
  it('reads its sets: at least 20 cases per rule and at least 3,000 words of clean prose', () => {
    const cases = readCases();
    for (const rule of pack.rules)
      expect(cases.filter((c) => c.ruleId === rule.meta.id).length, rule.meta.id).toBeGreaterThanOrEqual(20);
    expect(readClean().reduce((n, f) => n + countWords(f.text), 0)).toBeGreaterThanOrEqual(3000);
    expect(readCases('## grammar/x\nقال {إن|أن} الوفد وصل.\n')).toEqual([
      { ruleId: 'grammar/x', line: 2, right: 'قال إن الوفد وصل.', wrong: 'قال أن الوفد وصل.', start: 4, end: 6 },
    ]);
    expect(() => readCases('قال {إن|أن} الوفد.')).toThrow('injected.txt:1');
  });

  it('meets the targets', async () => {
    const result = await evaluate({ pack, core });
    for (const rule of result.rules)
      expect(rule.recall, `${rule.id}: ${rule.hits}/${rule.cases}`).toBeGreaterThanOrEqual(0.8);
    expect(result.clean.words).toBeGreaterThanOrEqual(3000);
    expect(result.clean.per10k).toBeLessThanOrEqual(2);
    expect(result.rightFindings).toEqual([]);
  }, 60_000);
});

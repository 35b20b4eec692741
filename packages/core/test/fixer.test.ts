import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable, lint, type Fix } from '../src/index.js';
import { doc, wordRule } from './helpers.js';

describe('applyFixes', () => {
  it('applies non-overlapping fixes and leaves overlapping ones for the next pass', () => {
    const result = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'x' },
    ]);
    expect(result.output).toBe('ABcdEf');
    expect(result.skipped).toEqual([{ range: [1, 3], text: 'x' }]);
  });

  it('keeps only the first of two insertions at one point', () => {
    expect(
      applyFixes('ab', [
        { range: [1, 1], text: 'X' },
        { range: [1, 1], text: 'Y' },
      ]).output,
    ).toBe('aXb');
  });

  it('ignores fixes outside the text', () => {
    expect(applyFixes('ab', [{ range: [1, 9], text: 'X' }]).output).toBe('ab');
  });

  // Random texts and random fix sets: whatever is applied, every byte outside an applied edit is unchanged.
  const fixesArb = (length: number) =>
    fc.array(
      fc
        .tuple(fc.nat(length), fc.nat(length), fc.string({ maxLength: 3 }))
        .map(([a, b, text]): Fix => ({ range: [Math.min(a, b), Math.max(a, b)], text })),
      { maxLength: 8 },
    );

  it('property: applied edits do not overlap and the text outside them is unchanged', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom('ا', 'ب', '\r', '\n', '\uFEFF', ' ', '،', 'x'), maxLength: 40 })
          .chain((text) => fc.tuple(fc.constant(text), fixesArb(text.length))),
        ([text, fixes]) => {
          const { output, applied } = applyFixes(text, fixes);
          const sorted = [...applied].sort((a, b) => a.range[0] - b.range[0]);
          let expected = '';
          let at = 0;
          for (const fix of sorted) {
            expect(fix.range[0]).toBeGreaterThanOrEqual(at);
            expected += text.slice(at, fix.range[0]) + fix.text;
            at = fix.range[1];
          }
          expect(output).toBe(expected + text.slice(at));
        },
      ),
    );
  });
});

describe('fixUntilStable', () => {
  const rules = [
    { rule: wordRule('test/a', 'قي', 'في'), severity: 'error' as const, options: {} },
    { rule: wordRule('test/b', 'في', 'فى'), severity: 'error' as const, options: {} },
    { rule: wordRule('test/c', 'فى', 'في'), severity: 'error' as const, options: {} },
  ];

  it('re-lints until nothing changes and stops after 10 passes on a fix cycle', async () => {
    const lintText = (t: string) => lint(doc(t), { rules: rules.slice(0, 1) });
    expect(await fixUntilStable('قي البيت\r\n', lintText)).toMatchObject({
      output: 'في البيت\r\n',
      passes: 1,
      fixed: 1,
    });
    const cycle = (t: string) => lint(doc(t), { rules: rules.slice(1) });
    const result = await fixUntilStable('في', cycle);
    expect(result.passes).toBe(10);
  });

  it('property: fixing is idempotent and keeps BOM, CRLF and the bytes around each word', async () => {
    const lintText = (t: string) => lint(doc(t), { rules: rules.slice(0, 1) });
    const word = fc.constantFrom('قي', 'البيت', 'في', 'قيم');
    const separator = fc.constantFrom(' ', '\r\n', '«', '.', '، ', '\n\n');
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.tuple(word, separator), { maxLength: 10 }), async (bom, pairs) => {
        const text = (bom ? '\uFEFF' : '') + pairs.map(([w, s]) => w + s).join('');
        const expected = (bom ? '\uFEFF' : '') + pairs.map(([w, s]) => (w === 'قي' ? 'في' : w) + s).join('');
        const once = await fixUntilStable(text, lintText);
        expect(once.output).toBe(expected);
        const twice = await fixUntilStable(once.output, lintText);
        expect(twice).toMatchObject({ output: expected, fixed: 0, passes: 0 });
      }),
      { numRuns: 80 },
    );
  });
});

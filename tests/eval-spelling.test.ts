// `pnpm eval:spelling` as a regression guard: the injected-slip evaluation (fixed seed, our own
// corpus) must keep meeting its targets on non-word slips, and clean prose must stay clean.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = new URL('../scripts/eval/spelling.mjs', import.meta.url).pathname;

describe('pnpm eval:spelling', () => {
  it('meets its targets: ≥ 85% right fix on non-word slips per class, ≤ 3% noisy clean sentences, ≤ 1 false error / 10k words', () => {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out).toMatch(/Corpus: 3\d\d sentences, [3-9],?\d{3} words/);
    const rows = [...out.matchAll(/^ {2}([a-z-]+) +(\d+) +(\d+) +[\d.]+% +[\d.]+% +([\d.]+)% +\d+$/gm)];
    expect(rows.map((r) => r[1])).toEqual([
      'ta-marbuta',
      'alef-maqsura',
      'hamza',
      'madda',
      'dad-za',
      'dal-dhal',
      'hamza-wasl',
    ]);
    for (const row of rows) {
      expect(Number(row[3]), `${row[1]}: non-word cases`).toBeGreaterThanOrEqual(50);
      expect(Number(row[4]), `${row[1]}: right fix on non-word slips`).toBeGreaterThanOrEqual(85);
    }
    expect(out).toMatch(/errors per 10,000 words +0\.\d/);
    expect(out.trimEnd().endsWith(': met')).toBe(true);
  }, 60_000);
});

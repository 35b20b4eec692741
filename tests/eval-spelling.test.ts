// `pnpm eval:spelling` as a regression guard: the injected-slip evaluation (fixed seed, our own
// corpus) must keep meeting its targets over ALL injected slips (non-word and real-word), per class,
// and clean prose must stay clean. The floors are what the evaluation reached when the real-word
// cues came (rules/orthography/src/real-words.ts), less about a point; none is below the target, 85%.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = new URL('../scripts/eval/spelling.mjs', import.meta.url).pathname;

/** Right fix over all injected slips, per class: reached (2026-12-01) 89.8, 88.8, 89.3, 95.2, 92.9, 88.6, 100. */
const FLOORS: Record<string, number> = {
  'ta-marbuta': 88.5,
  'alef-maqsura': 87.5,
  hamza: 88,
  madda: 93,
  'dad-za': 91,
  'dal-dhal': 87.5,
  'hamza-wasl': 98,
};

describe('pnpm eval:spelling', () => {
  it('meets its targets: ≥ 85% right fix on all injected slips per class, ≤ 3% noisy clean sentences, ≤ 1 false error / 10k words', () => {
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    expect(out).toMatch(/Corpus: 3\d\d sentences, [3-9],?\d{3} words/);
    const rows = [...out.matchAll(/^ {2}([a-z-]+) +(\d+) +(\d+) +(\d+) +[\d.]+% +([\d.]+)% +([\d.]+)% +([\d.]+)%$/gm)];
    expect(rows.map((r) => r[1])).toEqual(Object.keys(FLOORS));
    for (const row of rows) {
      const [, cls, injected, nonWord, realWord, all, nonWordRight] = row;
      expect(Number(injected), `${cls}: injected`).toBeGreaterThanOrEqual(60);
      expect(Number(nonWord) + Number(realWord), `${cls}: non-word + real-word`).toBe(Number(injected));
      expect(Number(all), `${cls}: right fix on all injected slips`).toBeGreaterThanOrEqual(FLOORS[cls!]!);
      expect(Number(all), `${cls}: the issue's target`).toBeGreaterThanOrEqual(85);
      expect(Number(nonWordRight), `${cls}: right fix on non-word slips`).toBeGreaterThanOrEqual(85);
    }
    expect(out).toMatch(/sentences with a warning or error +\d+ of \d+ \([0-2]\.\d%/);
    expect(out).toMatch(/errors per 10,000 words +0\.\d/);
    expect(out.trimEnd().endsWith(': met')).toBe(true);
  }, 60_000);
});

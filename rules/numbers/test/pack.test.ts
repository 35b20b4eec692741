import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable, type Finding, type Format } from '@bayan/core';
import { pack } from '../src/index.js';
import { lintWithPack } from '../../../tests/support/lint-pack.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const root = new URL('../../../', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const lintAll = (text: string, format: Format): Promise<Finding[]> => lintWithPack(pack, text, format, 'error');

describe('numbers pack', () => {
  it('every rule belongs to the pack, is documented and speaks both languages', () => {
    expect(pack.rules.map((r) => r.meta.id)).toEqual([
      'numbers/digit-system',
      'numbers/separators',
      'numbers/percent-sign',
      'numbers/no-bidi-marks-in-numbers',
      'numbers/currency',
      'numbers/date-format',
    ]);
    for (const rule of pack.rules) {
      const name = rule.meta.id.slice('numbers/'.length);
      expect(rule.meta.docs.url).toBe(`rules/numbers/docs/${name}.md`);
      expect(existsSync(new URL(rule.meta.docs.url!, root))).toBe(true);
      expect(rule.meta.docs.recommended).toBeTruthy();
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.ar).toMatch(/[\u0600-\u06ff]/);
        expect(message.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it.runIf(HAS_SEED)(
    "on the seed release: exactly the known slip «جنية», fixed («87 عضو» is grammar/counted-noun's now)",
    async () => {
      const seed = readSeed();
      const findings = await lintAll(seed, 'text');
      expect(findings.map((f) => [f.ruleId, f.actual, Boolean(f.fix), f.suggestions?.length ?? 0])).toEqual([
        ['numbers/currency', 'جنية', true, 0],
      ]);
      const { output } = await fixUntilStable(seed, (t) => lintAll(t, 'text'));
      expect(output).toBe(seed.replace('500 مليون جنية إسترليني', '500 مليون جنيه إسترليني'));
      // «120,000», «4.3 مليار» and «30 سبتمبر 2024» are not reported
      for (const quiet of ['120,000', '4.3', '30 سبتمبر 2024']) {
        const at = seed.indexOf(quiet);
        expect(findings.some((f) => f.place.start.offset < at + quiet.length && f.place.end.offset > at)).toBe(false);
      }
    },
  );

  it('clean fixture: no findings', async () => {
    expect(await lintAll(fixture('clean.ar.md'), 'markdown')).toEqual([]);
  });

  it('dirty fixture: every rule fires, and fixes plus first suggestions give the clean twin byte for byte', async () => {
    const dirty = fixture('dirty.ar.md');
    const first = await lintAll(dirty, 'markdown');
    expect([...new Set(first.map((f) => f.ruleId))].sort()).toEqual(pack.rules.map((r) => r.meta.id).sort());
    let text = dirty;
    for (let round = 0; round < 20; round++) {
      text = (await fixUntilStable(text, (t) => lintAll(t, 'markdown'))).output;
      const next = (await lintAll(text, 'markdown')).find((f) => f.suggestions?.length);
      if (!next) break;
      text = applyFixes(text, [next.suggestions![0]!.fix]).output;
    }
    expect(text).toBe(fixture('clean.ar.md'));
  });
});

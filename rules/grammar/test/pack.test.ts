import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixUntilStable, type Finding, type Format } from '@bayan/core';
import { pack } from '../src/index.js';
import { lintWithPack } from '../../../tests/support/lint-pack.js';

const root = new URL('../../../', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const lintAll = (text: string, format: Format): Promise<Finding[]> => lintWithPack(pack, text, format, 'warning');

describe('grammar pack', () => {
  it('has its seven rules, each documented, recommended and speaking both languages', () => {
    expect(pack.rules.map((r) => r.meta.id)).toEqual([
      'grammar/inna-after-qawl',
      'grammar/hayth-inna',
      'grammar/stacked-prepositions',
      'grammar/sound-plural-case',
      'grammar/demonstrative-agreement',
      'grammar/counted-noun',
      'grammar/la-budda-an',
    ]);
    for (const rule of pack.rules) {
      const name = rule.meta.id.slice('grammar/'.length);
      expect(rule.meta.docs.url).toBe(`rules/grammar/docs/${name}.md`);
      expect(existsSync(new URL(rule.meta.docs.url!, root))).toBe(true);
      expect(rule.meta.docs.recommended).toBe(name === 'la-budda-an' ? 'info' : 'warning');
      expect(rule.meta.hasSuggestions).toBe(true);
      // Only counted-noun fixes, and only scale words («3 مليون» → «3 ملايين»), as numbers/counted-noun did.
      expect(Boolean(rule.meta.fixable)).toBe(name === 'counted-noun');
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.ar).toMatch(/[\u0600-\u06ff]/u);
        expect(message.en).toMatch(/[A-Za-z]/u);
      }
    }
  });

  it('clean fixture: no findings', async () => {
    expect(await lintAll(fixture('clean.ar.md'), 'markdown')).toEqual([]);
  });

  it('dirty fixture: every rule fires, nothing is fixed on its own, and the first suggestions give the clean twin byte for byte', async () => {
    const dirty = fixture('dirty.ar.md');
    const first = await lintAll(dirty, 'markdown');
    expect([...new Set(first.map((f) => f.ruleId))].sort()).toEqual(pack.rules.map((r) => r.meta.id).sort());
    expect(first.map((f) => [f.line, f.column, f.ruleId])).toEqual([
      [3, 111, 'grammar/counted-noun'],
      [3, 149, 'grammar/counted-noun'],
      [5, 27, 'grammar/inna-after-qawl'],
      [5, 109, 'grammar/hayth-inna'],
      [7, 17, 'grammar/sound-plural-case'],
      [7, 40, 'grammar/demonstrative-agreement'],
      [7, 67, 'grammar/sound-plural-case'],
      [7, 102, 'grammar/la-budda-an'],
      [9, 8, 'grammar/demonstrative-agreement'],
      [10, 15, 'grammar/stacked-prepositions'],
    ]);
    expect((await fixUntilStable(dirty, (t) => lintAll(t, 'markdown'))).output).toBe(dirty);
    let text = dirty;
    for (let round = 0; round < 20; round++) {
      const next = (await lintAll(text, 'markdown')).find((f) => f.suggestions?.length);
      if (!next) break;
      text = applyFixes(text, [next.suggestions![0]!.fix]).output;
    }
    expect(text).toBe(fixture('clean.ar.md'));
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pack, * as exported from '../src/index.js';

describe('rtl pack', () => {
  it('exports every rule, each with docs and messages in both languages', () => {
    expect(pack.name).toBe('rtl');
    expect(exported.pack).toBe(pack);
    expect(pack.rules.map((r) => r.meta.id).sort()).toEqual([
      'rtl/bdi-for-embedded-ltr',
      'rtl/css-logical-properties',
      'rtl/html-lang-dir',
      'rtl/lang-matches-content',
      'rtl/language-of-parts',
      'rtl/no-bidi-controls',
      'rtl/prefer-dir-attribute',
      'rtl/valid-dir',
    ]);
    for (const rule of pack.rules) {
      expect(rule.meta.docs.recommended, rule.meta.id).toBeTruthy();
      expect(existsSync(new URL(`../../../${rule.meta.docs.url}`, import.meta.url)), rule.meta.docs.url).toBe(true);
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.ar.length).toBeGreaterThan(0);
        expect(message.en.length).toBeGreaterThan(0);
      }
    }
  });
});

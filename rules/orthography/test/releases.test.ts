/**
 * Release-style fixtures for the orthography and punctuation packs: each clean text must give no finding; its dirty twin holds
 * SAFE slips only, must give the findings listed in `<name>.expected.json`,
 * and --fix must turn it back into the clean text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fixUntilStable, lint, parseDocument, type Finding } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { pack as punctuation } from '../../punctuation/src/index.js';
import { pack } from '../src/index.js';

const dir = new URL('./fixtures/releases/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.clean.txt'))
  .map((f) => f.slice(0, -'.clean.txt'.length));
const rules = [...pack.rules, ...punctuation.rules].map((rule) => ({
  rule,
  severity: 'error' as const,
  options: { ...(rule.meta.defaultOptions ?? {}) },
}));

async function lintText(text: string): Promise<Finding[]> {
  const parsed = parseDocument(text, { path: 'release.txt' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return lint(parsed.document, { rules, locale: 'en' });
}

describe('release fixtures (orthography + punctuation)', () => {
  it('has at least 10 clean releases with dirty twins', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of names) {
    const clean = readFileSync(new URL(`${name}.clean.txt`, dir), 'utf8');
    const dirty = readFileSync(new URL(`${name}.dirty.txt`, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as string[];
    it(`${name}: the clean text gives no finding`, async () => {
      expect((await lintText(clean)).map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.actual}`)).toEqual([]);
    });
    it(`${name}: the dirty twin gives the expected findings`, async () => {
      expect((await lintText(dirty)).map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(expected);
    });
    it(`${name}: --fix turns the dirty twin back into the clean text`, async () => {
      expect((await fixUntilStable(dirty, lintText)).output).toBe(clean);
    });
  }
});

// Checks every rule of every pack against the conventions the engine and the
// hosts rely on: ids, messages in both languages, docs, option defaults.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAgainst } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { packs } from '../packages/cli/src/registry.js';

const root = new URL('..', import.meta.url).pathname;
const rules = packs.flatMap((pack) => pack.rules.map((rule) => ({ pack: pack.name, id: rule.meta.id, rule })));

describe('rule metadata', () => {
  it('loads all seven packs', () => {
    expect(packs.map((p) => p.name)).toEqual([
      'orthography',
      'grammar',
      'punctuation',
      'terminology',
      'numbers',
      'rtl',
      'a11y',
    ]);
  });

  it.each(rules)('$id', ({ pack, id, rule }) => {
    const { meta } = rule;
    expect(id).toMatch(new RegExp(`^${pack}/[a-z0-9]+(-[a-z0-9]+)*$`));
    expect(meta.docs.description.ar.trim()).not.toBe('');
    expect(meta.docs.description.en.trim()).not.toBe('');
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, message] of Object.entries(meta.messages)) {
      expect(message.ar.trim(), `${messageId} ar`).not.toBe('');
      expect(message.en.trim(), `${messageId} en`).not.toBe('');
      // Both languages use the same placeholders.
      const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect(names(message.ar), `${messageId} placeholders`).toEqual(names(message.en));
    }
    if (meta.schema) expect(validateAgainst(meta.schema, structuredClone(meta.defaultOptions ?? {}))).toEqual([]);
    // Axe rules link to axe's own documentation; every other rule has its doc page.
    if (meta.docs.url && !/^https?:/.test(meta.docs.url))
      expect(existsSync(join(root, meta.docs.url)), meta.docs.url).toBe(true);
  });

  it('every doc page a README table links to exists', () => {
    for (const pack of packs) {
      const readme = readFileSync(join(root, 'rules', pack.name, 'README.md'), 'utf8');
      for (const [, link] of readme.matchAll(/\]\((docs\/[^)]+\.md)\)/g))
        expect(existsSync(join(root, 'rules', pack.name, link!)), link).toBe(true);
    }
  });
});

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pack, * as exported from '../src/index.js';

describe('a11y pack', () => {
  it('exports every rule with messages in both languages and documentation', () => {
    expect(pack.name).toBe('a11y');
    expect(exported.pack).toBe(pack);
    const ids = pack.rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'a11y/descriptive-link-text',
      'a11y/alt-text-quality',
      'a11y/no-fake-lists',
      'a11y/image-alt',
      'a11y/heading-order',
    ])
      expect(ids).toContain(id);
    for (const rule of pack.rules) {
      for (const message of Object.values(rule.meta.messages)) expect(message.ar && message.en).toBeTruthy();
      const url = rule.meta.docs.url ?? '';
      if (url.startsWith('rules/')) expect(existsSync(new URL(`../../../${url}`, import.meta.url)), url).toBe(true);
      else expect(url).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/4\.14\//);
    }
  });

  it('loads neither jsdom nor axe-core when imported', async () => {
    // The runner imports them on the first HTML/Markdown page only; importing the pack must stay cheap.
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../src/axe/runner.ts', import.meta.url), 'utf8'),
    );
    expect(source).not.toMatch(/^import .*from '(jsdom|axe-core)'/m);
    expect(source).toMatch(/import\('jsdom'\)/);
  });
});

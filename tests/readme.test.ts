import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { generated, generatedPack } from '../scripts/readme.mjs';
import { packs } from '../packages/cli/src/registry.js';

const root = new URL('..', import.meta.url);

describe('README', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');

  it('has its generated parts up to date: rules table and options (run: node scripts/readme.mjs --write)', () => {
    expect((generated as (s: string) => string)(readme)).toBe(readme);
  });

  it.each(packs.map((p) => p.name))(
    'rules/%s/README.md has its rules table up to date (run: node scripts/readme.mjs --write)',
    (name) => {
      const text = readFileSync(new URL(`rules/${name}/README.md`, root), 'utf8');
      expect((generatedPack as (s: string, pack: string) => string)(text, name)).toBe(text);
      // Every rule of the pack is in its table, linked to its page.
      for (const rule of packs.find((p) => p.name === name)!.rules) {
        if (!rule.meta.docs.url?.startsWith('http'))
          expect(text).toContain(`[\`${rule.meta.id}\`](${rule.meta.docs.url!.replace(`rules/${name}/`, '')})`);
      }
    },
  );

  it('documents exactly two Quick start commands and the test command CI runs', () => {
    const quick = readme.split('## Quick start')[1]!.split('##')[0]!;
    const block = quick.split('```sh\n')[1]!.split('```')[0]!.trim().split('\n');
    expect(block).toEqual([
      'npm install -g pnpm@12.4.2 && pnpm install && pnpm bayan fixtures/sample-release.md',
      'pnpm test',
    ]);
    expect(readFileSync(new URL('.ci/run', root), 'utf8')).toContain('pnpm test');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { generated } from '../scripts/readme.mjs';

const root = new URL('..', import.meta.url);

describe('README', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');

  it('has its generated parts up to date: rules table and options (run: node scripts/readme.mjs --write)', () => {
    expect((generated as (s: string) => string)(readme)).toBe(readme);
  });

  it('documents exactly two Quick start commands and the test command CI runs', () => {
    const quick = readme.split('## Quick start')[1]!.split('##')[0]!;
    const block = quick.split('```sh\n')[1]!.split('```')[0]!.trim().split('\n');
    expect(block).toEqual(['npm install -g pnpm@12.4.2 && pnpm install && pnpm bayan fixtures/sample-release.md', 'pnpm test']);
    expect(readFileSync(new URL('.ci/run', root), 'utf8')).toContain('pnpm test');
  });
});

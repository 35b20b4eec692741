// Every shipped data file: the build-time compiled module (scripts/embed-data.mjs)
// holds exactly what the run-time YAML loader makes of the same file, so a
// user's dictionary and a shipped one are read the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFile } from '@bayan/core';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const files = readdirSync(join(root, 'rules'))
  .filter((pack) => existsSync(join(root, 'rules', pack, 'data')))
  .flatMap((pack) =>
    readdirSync(join(root, 'rules', pack, 'data'))
      .filter((n) => /\.ya?ml$/.test(n))
      .map((name) => ({ pack, name })),
  );

describe('shipped data files', () => {
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(10));

  it.each(files)('$pack/$name: compiled module = run-time loader', async ({ pack, name }) => {
    const module = (await import(
      join(root, 'rules', pack, 'src', 'data', name.replace(/\.ya?ml$/, '.generated.ts'))
    )) as {
      file: string;
      data: unknown;
      linesJson: string;
      schema: Record<string, unknown>;
    };
    const text = readFileSync(join(root, 'rules', pack, 'data', name), 'utf8');
    const loaded = loadDataFile(text, module.file, module.schema);
    expect(module.data).toEqual(loaded.data);
    for (const [pointer, line] of Object.entries(JSON.parse(module.linesJson) as Record<string, number>))
      expect(loaded.lineOf(pointer)).toBe(line);
  });
});

/**
 * `eslint --fix` with the plugin's recommended config and `bayan --fix` with
 * no config (the recommended preset) give byte-identical files: the real
 * commands, run on copies of the repository's release fixtures.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const PLUGIN = join(ROOT, 'packages/eslint-plugin/dist/index.js');
const BAYAN = join(ROOT, 'packages/cli/bundle/bin.js');
const ESLINT = join(dirname(createRequire(import.meta.url).resolve('eslint/package.json')), 'bin/eslint.js');
const RELEASE = /\.(md|markdown|txt|html|htm)$/;

const sources = [
  join(ROOT, 'fixtures/sample-release.md'),
  ...['basic', 'fix', 'many'].flatMap((folder) =>
    readdirSync(join(ROOT, 'fixtures/cli', folder)).map((name) => join(ROOT, 'fixtures/cli', folder, name)),
  ),
  ...readdirSync(join(import.meta.dirname, 'fixtures')).map((name) => join(import.meta.dirname, 'fixtures', name)),
].filter((path) => RELEASE.test(path));

const dirs: string[] = [];
function copies(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-eslint-fix-'));
  dirs.push(dir);
  for (const [i, source] of sources.entries())
    copyFileSync(source, join(dir, `${String(i).padStart(2, '0')}-${basename(source)}`));
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('eslint --fix and bayan --fix', () => {
  it('write the same bytes', () => {
    const viaEslint = copies();
    writeFileSync(
      join(viaEslint, 'eslint.config.mjs'),
      `import bayan from ${JSON.stringify(pathToFileURL(PLUGIN).href)};\nexport default [bayan.configs.recommended];\n`,
    );
    const eslint = spawnSync(process.execPath, [ESLINT, '--fix', '.'], {
      cwd: viaEslint,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(eslint.stderr).toBe('');
    // 0 or 1: warnings or errors without a fix may remain; 2 would be a crash or a config error.
    expect([0, 1]).toContain(eslint.status);

    const viaBayan = copies();
    const bayan = spawnSync(process.execPath, [BAYAN, '--no-config', '--fix', '.'], {
      cwd: viaBayan,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, LANG: 'C' },
    });
    expect(bayan.stderr).toBe('');
    expect([0, 1]).toContain(bayan.status);

    const names = readdirSync(viaBayan).sort();
    expect(names.length).toBe(sources.length);
    let changed = 0;
    for (const name of names) {
      const original = readFileSync(sources[Number(name.slice(0, 2))]!);
      const fixed = readFileSync(join(viaBayan, name));
      expect({ name, bytes: readFileSync(join(viaEslint, name)).toString('utf8') }).toEqual({
        name,
        bytes: fixed.toString('utf8'),
      });
      if (!fixed.equals(original)) changed++;
    }
    // Most fixtures have fixable slips: the comparison is not between untouched files.
    expect(changed).toBeGreaterThanOrEqual(10);
  }, 300_000);
});

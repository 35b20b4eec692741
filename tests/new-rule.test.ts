// `pnpm new-rule`: one command writes a rule, its test and its doc, and registers it in its pack.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, no types
import { camel, register } from '../scripts/new-rule.mjs';
import { testTempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/new-rule.mjs');

function checkout(): string {
  const dir = testTempDir('bayan-new-rule-');
  cpSync(join(ROOT, 'rules/punctuation/src/index.ts'), join(dir, 'rules/punctuation/src/index.ts'), {
    recursive: true,
  });
  return dir;
}

const run = (args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

describe('new-rule', () => {
  it('writes the three files and adds the rule to the pack', () => {
    const dir = checkout();
    const p = run(['punctuation/no-space-before-comma', '--type', 'layout', '--root', dir]);
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    const source = readFileSync(join(dir, 'rules/punctuation/src/no-space-before-comma.ts'), 'utf8');
    expect(source).toContain("id: 'punctuation/no-space-before-comma'");
    expect(source).toContain("type: 'layout'");
    expect(source).toContain("url: 'rules/punctuation/docs/no-space-before-comma.md'");
    expect(readFileSync(join(dir, 'rules/punctuation/test/no-space-before-comma.test.ts'), 'utf8')).toContain(
      "import rule from '../src/no-space-before-comma.js';",
    );
    expect(readFileSync(join(dir, 'rules/punctuation/docs/no-space-before-comma.md'), 'utf8')).toMatch(
      /^# punctuation\/no-space-before-comma\n/,
    );
    const index = readFileSync(join(dir, 'rules/punctuation/src/index.ts'), 'utf8');
    expect(index).toContain(
      "import spacing from './spacing.js';\nimport noSpaceBeforeComma from './no-space-before-comma.js';\n",
    );
    expect(index).toContain(
      'rules: [preferArabicPunctuation, spacing, noRepeatedMarks, balancedBrackets, consistentQuotes, noSpaceBeforeComma]',
    );
    expect(index).toContain(
      'export { preferArabicPunctuation, spacing, noRepeatedMarks, balancedBrackets, consistentQuotes, noSpaceBeforeComma };',
    );
  });

  it('refuses a bad id, an unknown pack, a bad type and an existing rule, writing nothing', () => {
    const dir = checkout();
    const before = readFileSync(join(dir, 'rules/punctuation/src/index.ts'), 'utf8');
    expect(run(['NoSpace', '--root', dir])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('<pack>/<name> in kebab case'),
    });
    expect(run(['nopack/x', '--root', dir])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('There is no pack "nopack"'),
    });
    expect(run(['punctuation/x', '--type', 'style', '--root', dir])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--type must be one of'),
    });
    mkdirSync(join(dir, 'rules/punctuation/docs'));
    writeFileSync(join(dir, 'rules/punctuation/docs/taken.md'), '');
    expect(run(['punctuation/taken', '--root', dir])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('exists already; nothing written'),
    });
    expect(readFileSync(join(dir, 'rules/punctuation/src/index.ts'), 'utf8')).toBe(before);
  });

  it('registers into an empty list and names in camel case', () => {
    expect(camel('no-space-9-x')).toBe('noSpace9X');
    expect(
      register(
        "import { definePack } from '@bayan/core';\nexport const pack = definePack({ name: 'p', rules: [] });\n",
        'a-b',
      ),
    ).toBe(
      "import { definePack } from '@bayan/core';\nimport aB from './a-b.js';\nexport const pack = definePack({ name: 'p', rules: [aB] });\n",
    );
  });
});

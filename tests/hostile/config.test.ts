/** Config and --rule mistakes: each a clear config error naming what is allowed, exit 2, nothing linted. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayan, tempDir } from './helpers.js';

const ALLOWED = 'must be one of: "off", "info", "warn", "warning", "error", 0, 1, 2, or a list [that, {options}]';

describe('--rule', () => {
  it('a __proto__ key is an error, as in a config file, not silently dropped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'قي\n');
    const run = await bayan(['--no-config', '--rule', '__proto__: off', 'a.txt'], { cwd: dir, packs: 'test' });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bayan: config error: --rule: rules.__proto__ is not a known rule (see bayan --list-rules)\n',
    });
    writeFileSync(join(dir, 'bayan.config.yaml'), 'rules:\n  __proto__: off\n');
    const config = await bayan(['a.txt'], { cwd: dir, packs: 'test' });
    expect(config).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bayan: config error: bayan.config.yaml: rules.__proto__ is not a known rule (see bayan --list-rules)\n',
    });
  });

  it('a misspelt severity names the severities allowed, in --rule and in a config', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'قي\n');
    const run = await bayan(['--no-config', '--rule', 'demo/no-qi: wrn', 'a.txt'], { cwd: dir, packs: 'test' });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `bayan: config error: --rule: rules.demo/no-qi ${ALLOWED}\n` });
    writeFileSync(join(dir, 'bayan.config.yaml'), 'rules:\n  demo/no-qi: [wrn]\n');
    const config = await bayan(['a.txt'], { cwd: dir, packs: 'test' });
    expect(config.stderr).toBe(
      'bayan: config error: bayan.config.yaml: rules.demo/no-qi[0] must be one of: "off", "info", "warn", "warning", "error", 0, 1, 2\n',
    );
    expect(config.code).toBe(2);
  });
});

describe('--init', () => {
  it('the starter config stays valid when its examples are uncommented (all of them, or one block at a time)', async () => {
    const { STARTER_CONFIG } = await import('../../packages/cli/src/commands/init.js');
    const { parseYaml } = await import('../../packages/cli/src/config-files.js');
    const { validateConfig } = await import('@bayan/core');
    const { defaultRegistry } = await import('../../packages/cli/src/registry.js');
    const registry = defaultRegistry();
    // An example line is `# ` followed by YAML (a lower-case key, a rule id, a list item); descriptions start with a capital.
    const example = /^(\s*)# (?=[a-z\s-])/;
    const lines = STARTER_CONFIG.split('\n');
    const exampleLines = lines.map((line, i) => (example.test(line) ? i : -1)).filter((i) => i >= 0);
    expect(exampleLines.length).toBeGreaterThanOrEqual(10);
    const uncomment = (which: (i: number) => boolean) =>
      lines.map((line, i) => (which(i) ? line.replace(example, '$1') : line)).join('\n');
    const variants = [STARTER_CONFIG, uncomment(() => true)];
    // Each block of consecutive example lines on its own.
    let block: number[] = [];
    for (const i of [...exampleLines, Infinity]) {
      if (block.length > 0 && i !== block[block.length - 1]! + 1) {
        const chosen = new Set(block);
        variants.push(uncomment((k) => chosen.has(k)));
        block = [];
      }
      block.push(i);
    }
    expect(variants.length).toBeGreaterThanOrEqual(7);
    for (const text of variants) {
      const config = validateConfig(parseYaml(text, 'bayan.config.yaml'), 'bayan.config.yaml', registry);
      expect(config.extends, text).toBe('recommended');
    }
    const all = validateConfig(
      parseYaml(
        uncomment(() => true),
        'c.yaml',
      ),
      'c.yaml',
      registry,
    );
    expect(all.rules).toEqual({
      'orthography/common-misspellings': 'error',
      'rtl/language-of-parts': 'info',
      'numbers/currency': ['warn', {}],
    });
    expect(all.ignores).toEqual(['drafts/old/**']);
  });
});

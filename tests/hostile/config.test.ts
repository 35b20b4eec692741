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
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'bayan: config error: --rule: rules.__proto__ is not a known rule (see bayan --list-rules)\n' });
    writeFileSync(join(dir, 'bayan.config.yaml'), 'rules:\n  __proto__: off\n');
    const config = await bayan(['a.txt'], { cwd: dir, packs: 'test' });
    expect(config).toEqual({ code: 2, stdout: '', stderr: 'bayan: config error: bayan.config.yaml: rules.__proto__ is not a known rule (see bayan --list-rules)\n' });
  });

  it('a misspelt severity names the severities allowed, in --rule and in a config', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'قي\n');
    const run = await bayan(['--no-config', '--rule', 'demo/no-qi: wrn', 'a.txt'], { cwd: dir, packs: 'test' });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `bayan: config error: --rule: rules.demo/no-qi ${ALLOWED}\n` });
    writeFileSync(join(dir, 'bayan.config.yaml'), 'rules:\n  demo/no-qi: [wrn]\n');
    const config = await bayan(['a.txt'], { cwd: dir, packs: 'test' });
    expect(config.stderr).toBe('bayan: config error: bayan.config.yaml: rules.demo/no-qi[0] must be one of: "off", "info", "warn", "warning", "error", 0, 1, 2\n');
    expect(config.code).toBe(2);
  });
});

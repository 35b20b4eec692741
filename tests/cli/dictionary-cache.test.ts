// The command's dictionary cache (packages/cli/src/data-cache.ts): a dictionary whose examples held is
// remembered by content in the user's cache folder, so a later run neither parses it nor runs its
// examples again. Each "run" below is the command in this process (main()) after forgetting what this
// thread loaded, as a new process would; the cache folder is a temp dir's (TMPDIR).
import { chmodSync, chownSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { dictionaryExampleRuns, forgetLoadedDictionaries } from '../../rules/terminology/src/index.js';
import { bayanIn } from './helpers/in-process.js';
import { testTempDir } from '../helpers/temp.js';

const CONFIG = [
  'extends: []',
  'rules:',
  '  terminology/preferred-terms: warn',
  'terminology:',
  '  base: false',
  '  dictionaries: [terms.yaml]',
  '',
].join('\n');

const GOOD = [
  'name: newsroom',
  'entries:',
  '  - id: gaza-strip',
  '    kind: substitution',
  '    preferred: قطاع غزة',
  '    variants: [غزه ستريب]',
  '    note: {ar: نكتب «قطاع غزة»., en: We write “قطاع غزة”.}',
  '    source: newsroom style book',
  '    examples:',
  '      - from: وصلت المساعدات إلى غزه ستريب.',
  '        to: وصلت المساعدات إلى قطاع غزة.',
  '',
].join('\n');
const FAILING = GOOD.replace('to: وصلت المساعدات إلى قطاع غزة.', 'to: وصلت المساعدات إلى غزة.');

const FINDINGS = [
  '',
  'release.txt',
  '  1:18  warning  ⁦Write “قطاع غزة” instead of “غزه ستريب”. We write “قطاع غزة”.⁩  terminology/preferred-terms',
  '        ⁦⁨غزه ستريب⁩ → ⁨قطاع غزة⁩⁩  (fix)',
  '',
  '⚠ 1 problem (0 errors, 1 warning)',
  '  0 errors and 1 warning potentially fixable with the `--fix` option.',
  '',
].join('\n');
const FAILURE =
  'bayan: config error: bayan.config.yaml: terminology terms.yaml:10: example of "gaza-strip" does not hold: «وصلت المساعدات إلى غزه ستريب.» becomes «وصلت المساعدات إلى قطاع غزة.», not «وصلت المساعدات إلى غزة.»';

let dir: string;
let cacheRoot: string;
const cacheFolder = (): string => join(cacheRoot, `bayan-data-cache-${process.getuid?.() ?? 'user'}`, 'v1');
const allCacheFiles = (): string[] => (existsSync(cacheFolder()) ? readdirSync(cacheFolder()) : []);
/** The config file's own entry (its parsed YAML, config-files.ts) ends with the config as JSON. */
const isConfigEntry = (name: string): boolean =>
  readFileSync(join(cacheFolder(), name), 'utf8').endsWith(`\n${JSON.stringify(parseYamlText(CONFIG))}`);
/** The dictionaries' entries. */
const cacheFiles = (): string[] => allCacheFiles().filter((name) => !isConfigEntry(name));

/** One run of the command as a new process would make it: nothing loaded in this thread yet. */
async function run(env: Record<string, string> = {}) {
  forgetLoadedDictionaries();
  const before = dictionaryExampleRuns();
  const result = await bayanIn(['release.txt'], {
    cwd: dir,
    real: true,
    env: { TMPDIR: cacheRoot, ...env },
  });
  return { ...result, examplesRun: dictionaryExampleRuns() - before };
}

beforeEach(() => {
  dir = testTempDir('bayan-dcache-test-');
  cacheRoot = join(dir, 'tmp');
  writeFileSync(join(dir, 'bayan.config.yaml'), CONFIG);
  writeFileSync(join(dir, 'terms.yaml'), GOOD);
  writeFileSync(join(dir, 'release.txt'), 'وصلت القافلة إلى غزه ستريب أمس.\n');
});

afterEach(() => {
  forgetLoadedDictionaries();
});

describe('the dictionary cache', () => {
  it('runs the examples of a passing dictionary once; a later run takes it from the cache, with the same findings', async () => {
    const first = await run();
    expect(first).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    expect(cacheFiles()).toHaveLength(1);
    expect(allCacheFiles().filter(isConfigEntry)).toHaveLength(1);
    const second = await run();
    expect(second).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 0 });
    // And the same findings with the cache off.
    expect(await run({ BAYAN_NO_CACHE: '1' })).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
  });

  it('reports a failing example on the first and on every later run, and stores nothing for it', async () => {
    writeFileSync(join(dir, 'terms.yaml'), FAILING);
    for (let i = 0; i < 2; i++) {
      const result = await run();
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(FAILURE);
      expect(result.examplesRun).toBe(1);
    }
    expect(cacheFiles()).toEqual([]);
  });

  it('runs the checks again when one byte of the dictionary changes', async () => {
    expect((await run()).examplesRun).toBe(1);
    expect((await run()).examplesRun).toBe(0);
    // One byte: "style" → "stylE" in the source.
    writeFileSync(join(dir, 'terms.yaml'), GOOD.replace('style book', 'stylE book'));
    expect(await run()).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    expect(cacheFiles()).toHaveLength(2);
    // A failing change after a passing one: reported, though the passing content is in the cache.
    writeFileSync(join(dir, 'terms.yaml'), FAILING);
    expect((await run()).stderr.trim()).toBe(FAILURE);
  });

  it('ignores a corrupt cache file: the checks run again, the findings are the same, and the file is rewritten', async () => {
    await run();
    const [name] = cacheFiles();
    const file = join(cacheFolder(), name!);
    const stored = readFileSync(file, 'utf8');
    // The value changed (a valid JSON of another dictionary): its header's hash no longer matches.
    writeFileSync(file, stored.replace('newsroom', 'newsroon'), { mode: 0o600 });
    expect(await run()).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    expect(readFileSync(file, 'utf8')).toBe(stored);
    // Cut short, then not JSON at all, then empty.
    for (const broken of [stored.slice(0, stored.length - 10), 'garbage', '']) {
      writeFileSync(file, broken, { mode: 0o600 });
      expect(await run()).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    }
    // A file whose header matches its value but whose value is not a dictionary's entries.
    const { createHash } = await import('node:crypto');
    const value = '{"name":"x","entries":[{"id":1}]}';
    const hash = createHash('sha256').update(value).update('\0').digest('hex');
    writeFileSync(file, `bayan-data-cache 1 ${hash}\n${value}`, { mode: 0o600 });
    expect(await run()).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
  });

  it('ignores a cache file others could have written (writable by others, or owned by another user)', async () => {
    await run();
    const file = join(cacheFolder(), cacheFiles()[0]!);
    chmodSync(file, 0o666);
    expect((await run()).examplesRun).toBe(1);
    // Rewritten by that run: trusted again.
    expect((await run()).examplesRun).toBe(0);
    if (process.getuid?.() === 0) {
      chownSync(file, 4242, 4242);
      expect(await run()).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    }
  });

  it('ignores a cache folder owned by another user or writable by others', async () => {
    await run();
    const parent = join(cacheRoot, `bayan-data-cache-${process.getuid?.() ?? 'user'}`);
    chmodSync(parent, 0o777);
    expect((await run()).examplesRun).toBe(1);
    chmodSync(parent, 0o700);
    expect((await run()).examplesRun).toBe(0);
  });

  it('writes nothing with BAYAN_NO_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1, and reads nothing either', async () => {
    for (const env of [{ BAYAN_NO_CACHE: '1' }, { NODE_DISABLE_COMPILE_CACHE: '1' }] as Array<Record<string, string>>) {
      expect(await run(env)).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
      expect(existsSync(cacheRoot)).toBe(false);
    }
    await run();
    expect((await run({ BAYAN_NO_CACHE: '1' })).examplesRun).toBe(1);
  });
});

// The command's dictionary cache holds terminology's compact form (rules/terminology/src/compact.ts). A
// cache file whose header's hash matches its value but whose value is not a whole compact dictionary (cut
// short, another format version, a shape changed) is not used: the dictionary is loaded in full, its
// examples run, the findings are the same, and the file is written again whole.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const TERMS = [
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
  '  - id: daesh',
  '    kind: discouraged',
  '    level: info',
  '    preferred: {text: داعش, fix: suggestion}',
  '    variants: [الدولة الإسلامية]',
  '    note: {ar: ملاحظة, en: A note.}',
  '    source: [one, two]',
  '    exceptions: {quoted: true, before: [ما يسمى]}',
  '    examples:',
  '      - {from: أعلنت الدولة الإسلامية, to: أعلنت داعش}',
  '',
].join('\n');

const FINDINGS = [
  '',
  'release.txt',
  '  1:18  warning  ⁦Write “قطاع غزة” instead of “غزه ستريب”. We write “قطاع غزة”.⁩  terminology/preferred-terms',
  '        ⁦⁨غزه ستريب⁩ → ⁨قطاع غزة⁩⁩  (fix)',
  '  1:40  info     ⁦Avoid “الدولة الإسلامية”. A note.⁩  terminology/preferred-terms',
  '        ⁦⁨الدولة الإسلامية⁩ → ⁨داعش⁩⁩  (suggestion)',
  '',
  '⚠ 2 problems (0 errors, 1 warning, 1 info)',
  '  0 errors and 1 warning potentially fixable with the `--fix` option.',
  '',
].join('\n');

let dir: string;
let cacheRoot: string;
const cacheFolder = (): string => join(cacheRoot, `bayan-data-cache-${process.getuid?.() ?? 'user'}`, 'v1');
const cacheFiles = (): string[] => (existsSync(cacheFolder()) ? readdirSync(cacheFolder()) : []);
/** The cache file of the dictionary (the folder also keeps the config's parsed YAML). */
function dictionaryFile(): string {
  const files = cacheFiles()
    .map((name) => join(cacheFolder(), name))
    .filter((file) => readFileSync(file, 'utf8').includes('\nbayan-terms\u0001'));
  expect(files).toHaveLength(1);
  return files[0]!;
}

async function run() {
  forgetLoadedDictionaries();
  const before = dictionaryExampleRuns();
  const result = await bayanIn(['release.txt'], { cwd: dir, real: true, env: { TMPDIR: cacheRoot } });
  return { ...result, examplesRun: dictionaryExampleRuns() - before };
}

/** A cache file for `value` with a header whose hash matches it (as data-cache.ts writes one). */
function withValue(value: string): string {
  const hash = createHash('sha256').update(value).update('\0').digest('hex');
  return `bayan-data-cache 1 ${hash}\n${value}`;
}

beforeEach(() => {
  dir = testTempDir('bayan-dcache-compact-');
  cacheRoot = join(dir, 'tmp');
  writeFileSync(join(dir, 'bayan.config.yaml'), CONFIG);
  writeFileSync(join(dir, 'terms.yaml'), TERMS);
  writeFileSync(join(dir, 'release.txt'), 'وصلت القافلة إلى غزه ستريب أمس، وأعلنت الدولة الإسلامية ذلك.\n');
});

afterEach(() => {
  forgetLoadedDictionaries();
});

describe('the dictionary cache in compact form', () => {
  it('stores the compact form and gives the same findings from it', async () => {
    const first = await run();
    expect(first).toEqual({ status: 0, stdout: FINDINGS, stderr: '', examplesRun: 1 });
    const stored = readFileSync(dictionaryFile(), 'utf8');
    const value = stored.slice(stored.indexOf('\n') + 1);
    expect(value.startsWith('bayan-terms\u00013\u0001newsroom\u00012\u0001gaza-strip\u0001')).toBe(true);
    expect(value.endsWith('\u0001bayan-terms')).toBe(true);
    const second = await run();
    expect(second).toEqual({ ...first, examplesRun: 0 });
  });

  it('loads in full a value that matches its hash but is cut short, of another version or with a changed shape', async () => {
    const first = await run();
    const file = dictionaryFile();
    const stored = readFileSync(file, 'utf8');
    const value = stored.slice(stored.indexOf('\n') + 1);
    const fields = value.split('\u0001');
    const broken = [
      value.slice(0, value.length - 3),
      value.slice(0, value.lastIndexOf('\u0001')),
      // The previous format's number (format 2 had no terms: an old value is never read as this one).
      value.replace('bayan-terms\u00013', 'bayan-terms\u00012'),
      // The first entry's shape (field 5) with a kind that is none.
      [...fields.slice(0, 5), String.fromCharCode(0x23) + fields[5]!.slice(1), ...fields.slice(6)].join('\u0001'),
      // The entry count one more than the entries.
      [...fields.slice(0, 3), '3', ...fields.slice(4)].join('\u0001'),
    ];
    for (const value of broken) {
      writeFileSync(file, withValue(value), { mode: 0o600 });
      const again = await run();
      expect(again).toEqual({ ...first, examplesRun: 1 });
      expect(readFileSync(file, 'utf8')).toBe(stored);
    }
  });
});

// Plain text over 5 MB is linted as a stream (packages/cli/src/big-file.ts):
// read, linted and reported chunk by chunk, its findings spilled to disk until
// the report. On real generated release text (in a temp folder) the streamed
// run must give exactly what the same text gives in memory: the findings of
// the chunked lint (lintTask with chunkChars), and for the rules that look at
// a paragraph or less, the findings of the whole text, at the same lines,
// columns and offsets across every chunk border.
import { createHash } from 'node:crypto';
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultRegistry,
  json,
  lintTask,
  loadFormatter,
  VERSION,
  stylish,
  type EslintResult,
  type FileResult,
  type LintTask,
} from '@bayan/cli';
import type { Finding } from '@bayan/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceFixed, type Spill } from '../../packages/cli/src/big-file.js';
import { textChunks } from '../../packages/cli/src/chunks.js';
import { CHUNK_CHARS, WHOLE_DOCUMENT_BYTES } from '../../packages/cli/src/decode.js';
import { arabicCorpus } from '../bench/corpus.mjs';
import { bayan, tempDir } from './helpers/run.js';

/** Rules that compare a document with itself: in chunks they compare within a chunk. */
const DOCUMENT_SCOPE = new Set([
  'numbers/digit-system',
  'orthography/consistent-variants',
  'punctuation/consistent-quotes',
  'terminology/consistent-terms',
  'terminology/consistent-transliteration',
  'rtl/lang-matches-content',
]);

const registry = defaultRegistry();
const task = (path: string, text: string, fix: boolean, chunkChars?: number): LintTask => ({
  path,
  text,
  config: null,
  configFile: '<no config>',
  relPath: 'big.txt',
  cliRules: null,
  locale: 'en',
  fix,
  format: 'text',
  ...(chunkChars ? { chunkChars } : {}),
});

describe('a 5.5 MB release text, streamed', () => {
  const dir = tempDir();
  const path = join(dir, 'big.txt');
  // Real release text with a BOM, CRLF and space-filled blank lines between some paragraphs.
  const text = `\uFEFF${arabicCorpus(5.5 * 1024 * 1024, 11).replace(/\n\n/g, (m: string, i: number) => (i % 3 ? '\r\n \r\n' : m))}`;
  let chunked: Finding[] = [];

  beforeAll(async () => {
    writeFileSync(path, text);
    chunked = (await lintTask(task(path, text, false, CHUNK_CHARS), registry)).findings;
  }, 300_000);

  it('is over the whole-document size and cut into many chunks', () => {
    expect(statSync(path).size).toBeGreaterThan(WHOLE_DOCUMENT_BYTES);
    expect(textChunks(text, CHUNK_CHARS).length).toBeGreaterThan(10);
    expect(chunked.length).toBeGreaterThan(5000);
  });

  it('json: the same bytes as the report of the chunked lint in memory', { timeout: 300_000 }, () => {
    const run = bayan(['--no-config', '--format', 'json', '--output-file', 'report.json', 'big.txt'], {
      cwd: dir,
      real: true,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = readFileSync(join(dir, 'report.json'), 'utf8');
    const inMemory: FileResult = { filePath: path, displayPath: 'big.txt', findings: chunked, source: text };
    const expected = json([inMemory], { locale: 'en', registry, version: '', color: false, isolate: true });
    // Compared as booleans: a failure would print 10 MB of text.
    expect(report.length).toBe(expected.length);
    expect(report === expected).toBe(true);
    const [result] = JSON.parse(report) as EslintResult[];
    expect(result!.source === text).toBe(true);
    expect(result!.messages.length).toBe(chunked.length);
  });

  for (const format of ['sarif', 'html'] as const)
    it(`${format}: the same bytes as the formatter on the chunked lint in memory`, { timeout: 300_000 }, async () => {
      const run = bayan(['--no-config', '--format', format, '--output-file', `report.${format}`, 'big.txt'], {
        cwd: dir,
        real: true,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const report = readFileSync(join(dir, `report.${format}`), 'utf8');
      const inMemory: FileResult = { filePath: path, displayPath: 'big.txt', findings: chunked, source: text };
      const expected = (await loadFormatter(format))!([inMemory], {
        locale: 'en',
        registry,
        version: VERSION,
        color: false,
        isolate: true,
      });
      expect(report.length).toBe(expected.length);
      expect(report === expected).toBe(true);
      // Every finding is there: a SARIF result, an html list item (and its anchor in the text).
      const mark = format === 'sarif' ? '"partialFingerprints"' : 'class="problem sev-';
      expect(report.split(mark).length - 1).toBe(chunked.length);
    });

  it(
    'finds what the whole text gives for every rule that looks at a paragraph or less',
    { timeout: 300_000 },
    async () => {
      const whole = (await lintTask(task(path, text, false), registry)).findings;
      const paragraphScope = (findings: Finding[]) => findings.filter((f) => !DOCUMENT_SCOPE.has(f.ruleId));
      expect(paragraphScope(chunked).length).toBeGreaterThan(5000);
      expect(paragraphScope(chunked)).toEqual(paragraphScope(whole));
      // Findings on both sides of each of the first chunk borders, at whole-text lines and offsets.
      const borders = textChunks(text, CHUNK_CHARS)
        .map(([start]) => start)
        .slice(1, 6);
      for (const border of borders) {
        expect(chunked.some((f) => f.place.start.offset < border && f.place.start.offset > border - 5000)).toBe(true);
        expect(chunked.some((f) => f.place.start.offset >= border && f.place.start.offset < border + 5000)).toBe(true);
      }
      for (const f of paragraphScope(chunked).slice(0, 2000)) {
        const lineStart = text.lastIndexOf('\n', f.place.start.offset - 1) + 1;
        expect(f.place.start.line).toBe(text.slice(0, lineStart).split('\n').length);
        expect(f.place.start.column).toBe(f.place.start.offset - lineStart + (lineStart === 0 ? 0 : 1));
      }
    },
  );

  it('stylish, with --quiet: the same text as the formatter on the findings in memory', { timeout: 300_000 }, () => {
    const run = bayan(['--no-config', '--quiet', '--output-file', 'report.txt', 'big.txt'], { cwd: dir, real: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    const errors = chunked.filter((f) => f.severity === 'error');
    const inMemory: FileResult = { filePath: path, displayPath: 'big.txt', findings: errors, source: text };
    const expected = stylish([inMemory], { locale: 'en', registry, version: '', color: false, isolate: true });
    expect(report.length).toBe(expected.length);
    expect(report === expected).toBe(true);
    expect(report.split('\n').length).toBeGreaterThan(errors.length);
  });

  it(
    '--fix writes what the chunked fix gives in memory, through a new file, mode kept',
    { timeout: 300_000 },
    async () => {
      const fixed = await lintTask(task(path, text, true, CHUNK_CHARS), registry);
      expect(fixed.output).not.toBe(text);
      const copy = join(dir, 'fix.txt');
      writeFileSync(copy, text, { mode: 0o640 });
      const before = statSync(copy);
      const run = bayan(['--no-config', '--fix', '--format', 'github', '--output-file', 'left.txt', 'fix.txt'], {
        cwd: dir,
        real: true,
      });
      expect(run.stderr).toBe('');
      expect(readFileSync(copy, 'utf8') === fixed.output).toBe(true);
      const after = statSync(copy);
      expect(after.ino).not.toBe(before.ino);
      expect(after.mode & 0o777).toBe(0o640);
      // What is left is reported on the fixed text.
      const left = readFileSync(join(dir, 'left.txt'), 'utf8').split('\n').filter(Boolean);
      expect(left.length).toBe(fixed.findings.length);
      expect(left[0]).toContain(`line=${fixed.findings[0]!.line},col=${fixed.findings[0]!.column},`);
    },
  );

  it(
    '--fix on a file with another hard link writes it in place, in UTF-16 when it is UTF-16',
    { timeout: 300_000 },
    async () => {
      const small = text.slice(0, 3 * 1024 * 1024);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(small.slice(1), 'utf16le')]);
      const file = join(dir, 'wide.txt');
      writeFileSync(file, utf16);
      linkSync(file, join(dir, 'wide-link.txt'));
      const fixed = await lintTask(task(file, small, true, CHUNK_CHARS), registry);
      const run = bayan(['--no-config', '--fix', '--format', 'github', '--output-file', 'wide.log', 'wide.txt'], {
        cwd: dir,
        real: true,
      });
      expect(run.stderr).toBe('');
      const expected = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixed.output!.slice(1), 'utf16le')]);
      expect(readFileSync(join(dir, 'wide-link.txt')).equals(expected)).toBe(true);
      expect(statSync(join(dir, 'wide-link.txt')).ino).toBe(statSync(file).ino);
    },
  );
});

describe('a 50 MB text file', () => {
  it('is linted as a stream, its slips reported at their lines and columns', { timeout: 300_000 }, () => {
    const dir = tempDir();
    const release = arabicCorpus(64 * 1024, 3);
    const SLIP = 'ذهب الوزير الى الاجتماع.';
    // Release paragraphs between long runs of empty lines (cheap to lint), up to just under 50 MB.
    const blank = '\n'.repeat(4 * 1024 * 1024);
    const parts: string[] = [];
    let size = 0;
    let line = 1;
    const slipLines: number[] = [];
    while (size < 50 * 1024 * 1024 - 5 * 1024 * 1024) {
      const piece = `${release}\n\n${SLIP}${blank}`;
      slipLines.push(line + release.split('\n').length + 1);
      line += piece.split('\n').length - 1;
      parts.push(piece);
      size += Buffer.byteLength(piece);
    }
    const text = parts.join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(40 * 1024 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50 * 1024 * 1024);
    writeFileSync(join(dir, 'huge.txt'), text);
    const run = bayan(['--no-config', '--format', 'github', '--output-file', 'huge.log', 'huge.txt'], {
      cwd: dir,
      real: true,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const slips = readFileSync(join(dir, 'huge.log'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('title=orthography/common-misspellings') && l.includes('col=12,'))
      .map((l) => Number(/line=(\d+)/.exec(l)![1]));
    // Every slip line is reported (the release text may hold other slips of its own).
    for (const at of slipLines) expect(slips).toContain(at);
  });
});

describe('a big file of few paragraphs (fast to lint)', () => {
  const SLIP = 'ذهب الوزير الى الاجتماع.';
  const gap = '\n'.repeat(3_000_000);
  // Three slips, at lines 1, 3,000,001 and 6,000,001: 6 MB in all, over the whole-document size.
  const text = `${SLIP}${gap}${SLIP}${gap}${SLIP}\n`;

  it('is over the whole-document size, so it is streamed', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(WHOLE_DOCUMENT_BYTES);
  });

  it('sarif (written from the spill, two passes) gets the same findings', { timeout: 120_000 }, () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), text);
    const run = bayan(['--no-config', '--format', 'sarif', 'big.txt'], { cwd: dir, real: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: object } }> }> }>;
    };
    const slips = log.runs[0]!.results.filter((r) => r.ruleId === 'orthography/common-misspellings');
    expect(slips.map((r) => r.locations[0]!.physicalLocation.region)).toEqual([
      expect.objectContaining({ startLine: 1, startColumn: 12 }),
      expect.objectContaining({ startLine: 3_000_001, startColumn: 12 }),
      expect.objectContaining({ startLine: 6_000_001, startColumn: 12 }),
    ]);
  });

  it(
    'invalid UTF-8 after the first chunks: one finding for the file, nothing left beside it',
    { timeout: 120_000 },
    () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0x0a])]));
      const run = bayan(['--no-config', '--fix', '--format', 'github', 'bad.txt'], { cwd: dir, real: true });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        '::error file=bad.txt,line=1,col=1,endLine=1,endColumn=1,title=bayan/parse-error::The file could not be read: it is not valid UTF-8 text (save it as UTF-8)\n',
      );
      expect(readdirSync(dir)).toEqual(['bad.txt']);
    },
  );

  it('--max-warnings and the exit code count the findings of a streamed file', { timeout: 120_000 }, () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), text);
    const warn = ['--no-config', '--rule', 'orthography/common-misspellings: warn', '--format', 'github', 'big.txt'];
    const ok = bayan([...warn, '--max-warnings', '3'], { cwd: dir, real: true });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n').filter((l) => l.startsWith('::warning')).length).toBe(3);
    const over = bayan([...warn, '--max-warnings', '2'], { cwd: dir, real: true });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('bayan: too many warnings (3); the maximum is 2\n');
  });
});

describe('replaceFixed', () => {
  it('leaves a file that changed since it was linted, and removes the fixed copy', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    const fixed = join(dir, '.a.txt.tmp');
    writeFileSync(file, 'changed meanwhile\n');
    writeFileSync(fixed, 'fixed\n');
    const spill = { fixedFile: fixed, hash: createHash('sha256').update('as linted\n').digest('hex') } as Spill;
    expect(replaceFixed(file, spill)).toBe('changed on disk while it was being checked; fixes not written');
    expect(readFileSync(file, 'utf8')).toBe('changed meanwhile\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('replaces an unchanged file, keeping its mode; leaves a read-only one', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'as linted\n', { mode: 0o640 });
    const hash = createHash('sha256').update('as linted\n').digest('hex');
    writeFileSync(join(dir, '.fixed'), 'fixed\n');
    expect(replaceFixed(file, { fixedFile: join(dir, '.fixed'), hash } as Spill)).toBeNull();
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    chmodSync(file, 0o444);
    writeFileSync(join(dir, '.fixed'), 'again\n');
    const now = createHash('sha256').update('fixed\n').digest('hex');
    expect(replaceFixed(file, { fixedFile: join(dir, '.fixed'), hash: now } as Spill)).toBe(
      'is read-only; fixes not written',
    );
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

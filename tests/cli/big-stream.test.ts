// Plain text over 5 MB is linted as a stream (packages/cli/src/big-file.ts):
// read, linted and reported chunk by chunk, its findings spilled to disk until
// the report. On real generated release text (in a temp folder) the streamed
// run must give exactly what the same text gives in memory: the findings of
// the chunked lint (lintTask with chunkChars), and for the rules that look at
// a paragraph or less, the findings of the whole text, at the same lines,
// columns and offsets across every chunk border.
import { linkSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultRegistry,
  json,
  lintTask,
  stylish,
  type EslintResult,
  type FileResult,
  type LintTask,
} from '@bayan/cli';
import type { Finding } from '@bayan/core';
import { beforeAll, describe, expect, it } from 'vitest';
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

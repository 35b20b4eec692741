/**
 * Plain text over 5 MB (up to 50 MB) is linted paragraph by paragraph: cut
 * into chunks at blank lines (packages/cli/src/chunks.ts), each chunk linted
 * on its own, the findings moved back onto the whole text. Markdown and HTML
 * keep the whole-document path and its 5 MB limit. The 10 MB and 50 MB
 * figures (time, peak memory) are in `pnpm bench`, section 12; the command
 * streams such files (big-file.ts), tested in big-stream.test.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRegistry, lintTask, type LintTask } from '@bayan/cli';
import type { Finding } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { textChunks } from '../../packages/cli/src/chunks.js';
import { arabicCorpus } from '../bench/corpus.mjs';
import { bayan, tempDir } from './helpers/run.js';

const SLIP = 'ذهب الوزير الى الاجتماع.';

describe('textChunks', () => {
  const pieces = (text: string, max: number) => textChunks(text, max).map(([s, e]) => text.slice(s, e));

  it('cuts after the blank line that ends a paragraph, right before the next one', () => {
    const text = 'أ ب ج.\n\nد ه و.\r\n \r\nز ح.\n\n\nط ي.';
    expect(pieces(text, 16)).toEqual(['أ ب ج.\n\n', 'د ه و.\r\n \r\n', 'ز ح.\n\n\nط ي.']);
    expect(pieces(text, 1000)).toEqual([text]);
  });

  it('falls back to a line break, then to a space, then to the limit (never inside a surrogate pair)', () => {
    expect(pieces('أب\nجد\nهو', 7)).toEqual(['أب\nجد\n', 'هو']);
    expect(pieces('أب جد هو', 6)).toEqual(['أب جد ', 'هو']);
    expect(pieces('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(pieces('ab\u{1F600}cd', 3)).toEqual(['ab', '\u{1F600}c', 'd']);
  });

  it('cuts a run of blank lines longer than a chunk after a line break', () => {
    const text = `${SLIP}\n${'\n'.repeat(40)}${SLIP}`;
    const chunks = textChunks(text, 30);
    expect(chunks.map(([s, e]) => e - s).every((n) => n <= 30)).toBe(true);
    expect(chunks.map(([s]) => text[s - 1] ?? '\n').every((c) => c === '\n')).toBe(true);
    expect(chunks.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
});

describe('lintTask with chunks', () => {
  const registry = defaultRegistry();
  // Release text with a BOM, CRLF and space-filled blank lines between some paragraphs.
  const text = `\uFEFF${arabicCorpus(40 * 1024, 5).replace(/\n\n/g, (m: string, i: number) => (i % 3 ? '\r\n \r\n' : m))}`;
  const task = (fix: boolean, chunkChars?: number): LintTask => ({
    path: 'big.txt',
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
  /** Rules that compare a document with itself: in chunks they compare within a chunk. */
  const DOCUMENT_SCOPE = new Set([
    'numbers/digit-system',
    'orthography/consistent-variants',
    'punctuation/consistent-quotes',
    'terminology/consistent-terms',
    'terminology/consistent-transliteration',
    'rtl/lang-matches-content',
  ]);
  const paragraphScope = (findings: Finding[]) => findings.filter((f) => !DOCUMENT_SCOPE.has(f.ruleId));

  it(
    'finds what the whole text gives, at the same lines, columns, offsets and fix ranges',
    { timeout: 120_000 },
    async () => {
      const whole = await lintTask(task(false), registry);
      const chunked = await lintTask(task(false, 3000), registry);
      expect(textChunks(text, 3000).length).toBeGreaterThan(5);
      expect(paragraphScope(whole.findings).length).toBeGreaterThan(50);
      expect(paragraphScope(chunked.findings)).toEqual(paragraphScope(whole.findings));
      // Document-scope rules still report at the same places (their counts are the chunk's).
      const places = (fs: Finding[]) => fs.filter((f) => DOCUMENT_SCOPE.has(f.ruleId)).map((f) => [f.ruleId, f.place]);
      expect(places(chunked.findings)).toEqual(places(whole.findings));
    },
  );

  it(
    'fixes chunk by chunk to the same output, with findings placed on the fixed text',
    { timeout: 120_000 },
    async () => {
      const whole = await lintTask(task(true), registry);
      const chunked = await lintTask(task(true, 3000), registry);
      expect(whole.output).not.toBe(text);
      expect(chunked.output).toBe(whole.output);
      expect(chunked.fixed).toBe(whole.fixed);
      expect(paragraphScope(chunked.findings)).toEqual(paragraphScope(whole.findings));
    },
  );

  it('moves columns on a line cut in the middle (a paragraph longer than a chunk)', { timeout: 60_000 }, async () => {
    const line = `${SLIP} `.repeat(12);
    const slips = async (chunkChars?: number) =>
      (await lintTask({ ...task(false, chunkChars), text: `${SLIP}\n\n${line}` }, registry)).findings
        .filter((f) => f.ruleId === 'orthography/common-misspellings')
        .map((f) => [f.line, f.column, f.place.start.offset, f.fix?.range]);
    const expected = [
      [1, 12, 11, [11, 14]],
      ...Array.from({ length: 12 }, (_, k) => [3, 12 + 25 * k, 37 + 25 * k, [37 + 25 * k, 40 + 25 * k]]),
    ];
    expect(await slips()).toEqual(expected);
    expect(textChunks(`${SLIP}\n\n${line}`, 100).length).toBe(4);
    expect(await slips(100)).toEqual(expected);
  });
});

describe('the command on plain text over 5 MB', () => {
  it(
    'lints a 6 MB text file and reports every slip at its line and column; Markdown over 5 MB is refused',
    { timeout: 120_000 },
    () => {
      const dir = join(tempDir(), 'texts');
      mkdirSync(dir);
      const gap = (lines: number) => '\n'.repeat(lines);
      // Three slips far apart: in the first chunk, in a middle one, after the last cut.
      const text = `${SLIP}${gap(2_000_000)}مقدمة قصيرة: ${SLIP}${gap(2_500_000)}${SLIP}${gap(1_800_000)}  ${SLIP}\n`;
      writeFileSync(join(dir, 'big.txt'), text);
      writeFileSync(join(dir, 'big.md'), text);
      // The JSON report carries each file's source (12 MB here): written to a file, not a pipe.
      const run = bayan(['--no-config', '--format', 'json', '--output-file', '../report.json', '.'], {
        cwd: dir,
        real: true,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const results = JSON.parse(readFileSync(join(dir, '../report.json'), 'utf8')) as Array<{
        filePath: string;
        messages: Array<{ ruleId: string | null; line: number; column: number; message: string }>;
      }>;
      const byName = Object.fromEntries(
        results.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => [m.ruleId, m.line, m.column])]),
      );
      expect(byName).toEqual({
        'big.md': [['bayan/parse-error', 1, 1]],
        'big.txt': [
          ['orthography/common-misspellings', 1, 12],
          ['orthography/common-misspellings', 2_000_001, 25],
          ['orthography/common-misspellings', 4_500_001, 12],
          ['orthography/common-misspellings', 6_300_001, 14],
        ],
      });
      expect(results.find((r) => r.filePath.endsWith('big.md'))!.messages[0]!.message).toBe(
        'The file could not be read: it is larger than 5 MB',
      );
    },
  );
});

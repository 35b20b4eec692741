// Every run's report is written as it goes (packages/cli/src/phases/report-stream.ts): pieces of at most
// BATCH_CHARS code units handed to the output, a big file's findings read back from its spill. What it
// writes must be, byte for byte, what each format's formatter returns for the same results in memory:
// here for every format, on a multi-file run of the real packs with findings (json with the sources),
// including a text over the whole-document size that the command lints as a stream.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultRegistry,
  FORMATS,
  lintTask,
  loadFormatter,
  VERSION,
  type FileResult,
  type FormatContext,
  type FormatName,
  type LintTask,
} from '@bayan/cli';
import type { Finding } from '@bayan/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_CHARS, WHOLE_DOCUMENT_BYTES } from '../../packages/cli/src/decode.js';
import { BATCH_CHARS, writeReport } from '../../packages/cli/src/phases/report-stream.js';
import { arabicCorpus } from '../bench/corpus.mjs';
import { ROOT, tempDir, type RunResult } from './helpers/run.js';

const BIN = join(ROOT, 'packages/cli/bundle/bin.js');

/** The real command as a process, its output through a pipe (of any size: json and html carry the texts). */
function bayan(args: readonly string[], cwd: string): RunResult {
  const p = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

const registry = defaultRegistry();
const context: FormatContext = { locale: 'en', registry, version: VERSION, color: false, isolate: true };

const SLIP = 'ذهب الوزير الى الاجتماع.';
const GAP = '\n'.repeat(2_700_000);
const BIG = `${SLIP}\n\n${arabicCorpus(2 * 1024, 13)}${GAP}${SLIP}${GAP}${SLIP}\n`;
/** The lines of the big file's three slips. */
const SLIP_LINES = [0, BIG.indexOf(SLIP, 1), BIG.lastIndexOf(SLIP)].map((at) => BIG.slice(0, at).split('\n').length);
/** The files of the run (sorted, as the command reports them) and how the command reads each. */
const FILES: Array<{ name: string; format: LintTask['format']; text: string }> = [
  // Over BATCH_CHARS: its json `source` and its stylish lines cross several pieces.
  { name: 'a-release.txt', format: 'text', text: arabicCorpus(48 * 1024, 5) },
  // Characters outside the BMP (two code units each) and bidi controls, which stylish shows as escapes.
  {
    name: 'b-emoji.txt',
    format: 'text',
    text: `${SLIP} 😀 ${'\u202E'}نص${'\u202C'} ${'𝔸'.repeat(3)}\n\n${arabicCorpus(2 * 1024, 9)}`,
  },
  { name: 'c-clean.txt', format: 'text', text: 'Hello.\n' },
  { name: 'd-page.md', format: 'markdown', text: `# بيان صحفي\n\n${arabicCorpus(6 * 1024, 3)}\n\n- ${SLIP}\n` },
  {
    name: 'e-page.html',
    format: 'html',
    text: `<!doctype html><html lang="ar" dir="rtl"><head><title>بيان</title></head><body><p>${SLIP}</p><img src="a.png"></body></html>\n`,
  },
  // Over WHOLE_DOCUMENT_BYTES: linted as a stream, its findings spilled to disk until the report (few
  // paragraphs, so quick to lint): three slips, each at the start of a line, and a release's
  // errors, warnings and infos (for --quiet) after the first.
  { name: 'f-big.txt', format: 'text', text: BIG },
];

function task(path: string, file: (typeof FILES)[number]): LintTask {
  return {
    path,
    text: file.text,
    config: null,
    configFile: '<no config>',
    relPath: file.name,
    cliRules: null,
    locale: 'en',
    fix: false,
    format: file.format,
    ...(Buffer.byteLength(file.text) > WHOLE_DOCUMENT_BYTES ? { chunkChars: CHUNK_CHARS } : {}),
  };
}

describe('the report written as it goes', () => {
  const dir = tempDir();
  // Reports go elsewhere: written among the files, the next run would lint them.
  const out = tempDir();
  let results: FileResult[] = [];

  beforeAll(async () => {
    results = [];
    for (const file of FILES) {
      const path = join(dir, file.name);
      writeFileSync(path, file.text);
      const outcome = await lintTask(task(path, file), registry);
      results.push({ filePath: path, displayPath: file.name, findings: outcome.findings, source: file.text });
    }
  }, 120_000);

  it('has a run worth comparing: findings in every file but one, a file over the whole-document size', () => {
    expect(Buffer.byteLength(FILES.at(-1)!.text)).toBeGreaterThan(WHOLE_DOCUMENT_BYTES);
    expect(results.map((r) => r.findings.length > 0)).toEqual([true, true, false, true, true, true]);
    expect(results[0]!.source.length).toBeGreaterThan(BATCH_CHARS);
    const big = results.at(-1)!.findings;
    expect(SLIP_LINES[2]).toBeGreaterThan(5_400_000);
    for (const line of SLIP_LINES)
      expect(
        big.some((f) => f.ruleId === 'orthography/common-misspellings' && f.line === line && f.column === 12),
      ).toBe(true);
    expect(new Set(big.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });

  for (const format of FORMATS) {
    it(`${format}: the command's report is the formatter's, byte for byte`, async () => {
      const expected = (await loadFormatter(format))!(results, context);
      const target = join(out, `report.${format}`);
      const toFile = bayan(['--no-config', '--format', format, '--output-file', target, '.'], dir);
      expect(toFile.stderr).toBe('');
      expect(toFile.status).toBe(1);
      const report = readFileSync(target, 'utf8');
      // Compared as a boolean first: a failure would print megabytes (the json and html sources).
      expect(report.length).toBe(expected.length);
      expect(report === expected).toBe(true);
      if (format !== 'json' && format !== 'html') return;
      // The largest reports also through a pipe, which fills up: the report waits for it to drain.
      const piped = bayan(['--no-config', '--format', format, '.'], dir);
      expect(piped.status).toBe(1);
      expect(piped.stdout.length).toBe(expected.length);
      expect(piped.stdout === expected).toBe(true);
    }, 120_000);
  }

  it('--quiet: errors only, the same as the formatter on the errors, in every format', async () => {
    const errors = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
    expect(errors.some((r) => r.findings.length > 0)).toBe(true);
    expect(errors.some((r, k) => r.findings.length < results[k]!.findings.length)).toBe(true);
    for (const format of ['json', 'junit'] as const) {
      const run = bayan(['--no-config', '--quiet', '--format', format, '.'], dir);
      expect(run.stderr).toBe('');
      expect(run.stdout === (await loadFormatter(format))!(errors, context)).toBe(true);
    }
  }, 120_000);
});

describe('writeReport', () => {
  const finding = (line: number, message: string): Finding =>
    ({
      ruleId: 'orthography/common-misspellings',
      source: 'orthography',
      severity: line % 2 ? 'error' : 'warning',
      message,
      messageId: 'm',
      line,
      column: 1,
      endLine: line,
      endColumn: 3,
      place: { start: { line, column: 1, offset: 0 }, end: { line, column: 3, offset: 2 } },
    }) as Finding;
  // 600 findings whose messages hold characters outside the BMP; a source of 100 K code units.
  const source = `${'نص 😀 '.repeat(16_000)}\n`;
  const results: FileResult[] = [
    {
      filePath: '/x/a.txt',
      displayPath: 'a.txt',
      findings: Array.from({ length: 600 }, (_, k) => finding(k + 1, `رسالة ${k} 😀`)),
      source,
    },
  ];

  it('hands the output pieces of at most BATCH_CHARS units (+1: a surrogate pair is never cut)', async () => {
    for (const format of FORMATS) {
      const pieces: string[] = [];
      await writeReport(format, results, context, false, (s) => {
        pieces.push(s);
      });
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(BATCH_CHARS + 1);
        // No piece starts with the low half of a pair (nor ends with the high half).
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece)).toBe(false);
      }
      expect(pieces.join('') === (await loadFormatter(format as FormatName))!(results, context)).toBe(true);
    }
  });

  it('waits for a full output (a promise from the sink) before it writes more', async () => {
    let pending = false;
    let overlapped = false;
    const pieces: string[] = [];
    await writeReport('json', results, context, false, async (s) => {
      if (pending) overlapped = true;
      pending = true;
      pieces.push(s);
      await new Promise((resolve) => setTimeout(resolve, 1));
      pending = false;
    });
    expect(overlapped).toBe(false);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('') === (await loadFormatter('json'))!(results, context)).toBe(true);
  });
});

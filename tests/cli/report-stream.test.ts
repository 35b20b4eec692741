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
import { BLOCK_BYTES, materialize, SpilledText, type Spill } from '../../packages/cli/src/spill.js';
import { count } from '../../packages/cli/src/result.js';
import { excerptsOf } from '../../packages/cli/src/formatters/stylish.js';
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
    for (const format of FORMATS) {
      const run = bayan(['--no-config', '--quiet', '--format', format, '.'], dir);
      expect(run.stderr).toBe('');
      const expected = (await loadFormatter(format))!(errors, context);
      expect(run.stdout.length).toBe(expected.length);
      expect(run.stdout === expected).toBe(true);
    }
  }, 240_000);
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

/** A seeded generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Text that a report must carry exactly: Arabic, characters outside the BMP (four bytes in UTF-8, two
 * code units), markup characters, bidi controls, characters HTML drops, line breaks; over several of
 * the spilled text's read segments (BLOCK_BYTES).
 */
function hardText(rand: () => number, units: number): string {
  const bits = ['بيان ', 'الوزير ', '😀', '𝔸', '<b>&amp;"\'', '\u202Eنص\u202C', '\u0001', '\n', '\r\n', 'abc ', 'إلى '];
  let text = '';
  while (text.length < units) text += bits[Math.floor(rand() * bits.length)];
  return text;
}

/** Findings over `text`, in the order of their starts unless `shuffle`: overlapping, nested, empty, past the end. */
function hardFindings(rand: () => number, text: string, n: number): Finding[] {
  const ids = [
    'orthography/common-misspellings',
    'punctuation/no-space-before-punctuation',
    'bayan/parse-error',
    'custom/unknown-rule',
  ];
  const severities = ['error', 'warning', 'info'] as const;
  const starts = Array.from({ length: n }, () => Math.floor(rand() * text.length)).sort((a, b) => a - b);
  // The last few past the end (clamped to it by the html report), one at the very end.
  starts.push(text.length, text.length + 5, text.length + 9);
  return starts.map((start, k) => {
    const kind = rand();
    // Empty (an insertion point), short, or long enough to cross a segment.
    const length = kind < 0.15 ? 0 : kind < 0.9 ? 1 + Math.floor(rand() * 40) : 1 + Math.floor(rand() * 90_000);
    const end = start + length;
    const ruleId = ids[k % ids.length]!;
    const line = 1 + Math.floor(start / 50);
    const column = 1 + (start % 50);
    const f: Finding = {
      ruleId,
      source: ruleId.split('/')[0]!,
      severity: severities[Math.floor(rand() * 3)]!,
      messageId: 'm',
      message: k % 7 === 0 ? `<i>&"${k}"</i> \u202E😀` : `رسالة ${k % 11}`,
      line,
      column,
      endLine: line + (length > 60 ? 2 : 0),
      endColumn: column + 3,
      place: {
        start: { line, column, offset: start },
        end: { line, column: column + 3, offset: end },
      },
    } as Finding;
    // Half carry their text; the others are read from the text (SARIF's fingerprints).
    if (k % 2 === 0) f.actual = text.slice(start, end);
    if (k % 3 === 0) f.fix = { range: [Math.max(0, start - 2), end + 1], text: `ف<${k}>` };
    if (k % 5 === 0)
      f.suggestions = [
        { message: 'اقتراح <1>', messageId: 's', fix: { range: [start, start], text: 'و' } },
        { message: 'حذف', messageId: 's', fix: { range: [start, end], text: '' } },
      ];
    if (k % 4 === 1) f.url = k % 8 === 1 ? 'https://example.org/rule?a=1&b=<2>' : 'rules/x/docs/y.md';
    return f;
  });
}

/** Writes `findings` and `text` as big-file.ts spills them. */
function spillOf(dir: string, name: string, text: string, findings: readonly Finding[], changed = false): Spill {
  const findingsFile = join(dir, `${name}.findings`);
  const textFile = join(dir, `${name}.text`);
  writeFileSync(findingsFile, findings.map((f) => `${JSON.stringify({ f, x: excerptsOf(f, text) })}\n`).join(''));
  writeFileSync(textFile, text);
  const width = (list: readonly Finding[]) => Math.max(0, ...list.map((f) => `${f.line}:${f.column}`.length));
  return {
    findingsFile,
    textFile,
    counts: count(findings),
    total: findings.length,
    width: width(findings),
    errorWidth: width(findings.filter((f) => f.severity === 'error')),
    severities: [...new Set(findings.map((f) => f.severity))],
    changed,
    fixedFile: null,
    hash: '',
  };
}

describe('sarif and html of spilled files, written as they go', () => {
  const dir = tempDir();
  const rand = random(20261202);
  const text = hardText(rand, 3 * BLOCK_BYTES);
  const sorted = hardFindings(rand, text, 600);
  const shuffled = [...hardFindings(rand, text, 80)].sort(() => rand() - 0.5);
  const spilled = (name: string, findings: readonly Finding[], changed = false): FileResult => ({
    filePath: `/x/${name}`,
    displayPath: name,
    findings: [],
    source: '',
    spill: spillOf(dir, name, text, findings, changed),
  });
  const inMemory: FileResult = {
    filePath: '/x/small.txt',
    displayPath: 'dir with space/small.txt',
    findings: hardFindings(rand, 'نص 😀 قصير', 4).slice(0, 4),
    source: 'نص 😀 قصير',
  };
  const results: FileResult[] = [
    spilled('a.txt', sorted),
    inMemory,
    // Fixed: its text is the report's `output`, and SARIF reads an empty `source`.
    spilled('b-fixed.txt', sorted.slice(0, 300), true),
    // Not in the order of the text: the html report makes this one whole.
    spilled('c-shuffled.txt', shuffled),
    spilled('d-clean.txt', []),
    // The same path twice: one SARIF artifact.
    { ...inMemory, filePath: '/x/again' },
  ];

  it('has findings that cross segments, overlap, are empty or past the end, and some out of order', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * BLOCK_BYTES);
    expect(sorted.some((f) => f.place.end.offset - f.place.start.offset > BLOCK_BYTES)).toBe(true);
    expect(sorted.some((f) => f.place.start.offset === f.place.end.offset)).toBe(true);
    expect(sorted.some((f) => f.place.start.offset > text.length)).toBe(true);
    expect(sorted.some((f) => f.actual === undefined)).toBe(true);
    expect(shuffled.some((f, k) => k > 0 && f.place.start.offset < shuffled[k - 1]!.place.start.offset)).toBe(true);
  });

  for (const format of FORMATS)
    for (const locale of ['ar', 'en'] as const)
      for (const quiet of [false, true])
        it(`${format}, ${locale}${quiet ? ', --quiet' : ''}: the formatter's bytes on the results in memory`, async () => {
          const ctx = { ...context, locale };
          const whole = results.map((r) => {
            const m = materialize(r);
            return quiet ? { ...m, findings: m.findings.filter((f) => f.severity === 'error') } : m;
          });
          // As the command hands them over: findings in memory already filtered with --quiet.
          const given = quiet ? whole.map((r, k) => (results[k]!.spill ? results[k]! : r)) : results;
          const pieces: string[] = [];
          await writeReport(format, given, ctx, quiet, (s) => {
            pieces.push(s);
          });
          const expected = (await loadFormatter(format))!(whole, ctx);
          const report = pieces.join('');
          expect(report.length).toBe(expected.length);
          if (report !== expected) {
            // Where they part, to read a failure.
            let at = 0;
            while (report[at] === expected[at]) at++;
            expect(report.slice(at - 200, at + 200)).toBe(expected.slice(at - 200, at + 200));
          }
          for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(BATCH_CHARS + 1);
        });

  it('sarif with no finding at all: the log with empty results', async () => {
    const clean = [spilled('e-clean.txt', []), { ...inMemory, findings: [] }];
    let report = '';
    await writeReport('sarif', clean, context, false, (s) => {
      report += s;
    });
    expect(report).toBe((await loadFormatter('sarif'))!(clean.map(materialize), context));
    expect(report).toContain('"results": []');
  });
});

describe('SpilledText', () => {
  it('slices as String.prototype.slice does, at any offsets, across its segments', () => {
    const dir = tempDir();
    const rand = random(7);
    const text = hardText(rand, 5 * BLOCK_BYTES);
    writeFileSync(join(dir, 't'), text);
    const spilled = new SpilledText(join(dir, 't'));
    expect(spilled.length).toBe(text.length);
    const points = [0, 1, -1, -5, text.length, text.length + 3, -text.length - 9];
    for (let k = 0; k < 300; k++) points.push(Math.floor(rand() * text.length));
    for (let k = 0; k < 400; k++) {
      const a = points[Math.floor(rand() * points.length)]!;
      const b = k % 10 === 0 ? a + 1 : points[Math.floor(rand() * points.length)]!;
      expect(spilled.slice(a, b) === text.slice(a, b)).toBe(true);
      // The pieces never hold more than a segment, never split a character between two.
      const pieces = [...spilled.range(a, b)];
      expect(pieces.join('') === text.slice(a, b)).toBe(true);
      for (const piece of pieces.slice(0, -1)) expect(/[\uD800-\uDBFF]$/.test(piece)).toBe(false);
    }
    writeFileSync(join(dir, 'empty'), '');
    const empty = new SpilledText(join(dir, 'empty'));
    expect(empty.length).toBe(0);
    expect(empty.slice(0, 5)).toBe('');
  });
});

/**
 * The report, written as it goes: every run's report goes through writeReport,
 * which hands the sink (the --output-file's descriptor, or standard output
 * with its back-pressure respected) pieces of at most BATCH_CHARS code units,
 * never the whole report as one string.
 *
 * - stylish, json, github and junit are made a file and a finding at a time;
 *   a big file linted as a stream (big-file.ts) has its findings read back
 *   from disk one at a time, and the json `source` or `output` of such a file
 *   from its spilled copy of the text, in pieces.
 * - sarif and html are made whole by their formatters (each needs every
 *   finding before it writes the first: SARIF's list of rules, the HTML
 *   text's underlines), a big file's findings taken into memory
 *   (materialize), and the string is then written in pieces.
 *
 * What every format writes is, byte for byte, what its formatter returns for
 * the same results in memory (tests/cli/report-stream.test.ts compares the
 * two for every format; tests/cli/big-stream.test.ts on a streamed file).
 */
import type { Finding } from '@bayan/core';
import { loadFormatter, type FormatName } from '../formatters/list.js';
import type { Excerpt } from '../formatters/stylish.js';
import { count, type Counts, type FileResult, type FormatContext } from '../result.js';
import { materialize, piecesOf, spilledFindings, type Spill } from '../spill.js';

/**
 * Text gathered before a call of the sink (UTF-16 code units). 16 K units (at most 32 KB) stay under
 * V8's large-object size, so each batch is made and dropped in the young generation; batches of 256 K
 * units (up to 512 KB) outlived a scavenge, moved to the large-object space and piled up there until a
 * full collection (10 MB of text: the report's peak 30 MB over its lint's).
 */
export const BATCH_CHARS = 16 * 1024;

/** Where the report goes. A promise: the sink is full, nothing more until it settles (back-pressure). */
export type Sink = (s: string) => void | Promise<void>;

/** Gathers small pieces into calls of the sink of at most BATCH_CHARS units; a larger piece is cut to that size. */
class Batcher {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly sink: Sink) {}
  /** Adds a piece; a promise when the sink asked to wait (await it before adding more). */
  add(s: string): Promise<void> | undefined {
    if (s.length > BATCH_CHARS) return this.addLarge(s);
    // Full: what is gathered goes first, so no call of the sink gets more than BATCH_CHARS units.
    const wait = this.length + s.length > BATCH_CHARS ? this.flush() : undefined;
    this.parts.push(s);
    this.length += s.length;
    return wait;
  }
  private async addLarge(s: string): Promise<void> {
    await this.flush();
    let at = 0;
    while (at < s.length) {
      // Never between the two halves of a surrogate pair: a sink that encodes each piece would replace them.
      let end = Math.min(s.length, at + BATCH_CHARS);
      if (end < s.length && isHighSurrogate(s.charCodeAt(end - 1))) end++;
      await this.sink(s.slice(at, end));
      at = end;
    }
  }
  flush(): Promise<void> | undefined {
    if (this.length === 0) return undefined;
    const s = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.length = 0;
    const wait = this.sink(s);
    return wait instanceof Promise ? wait : undefined;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** What a spill holds, or its errors only with --quiet. */
function spillCounts(spill: Spill, quiet: boolean): { counts: Counts; total: number } {
  if (!quiet) return { counts: spill.counts, total: spill.total };
  const c = spill.counts;
  return {
    counts: {
      errors: c.errors,
      warnings: 0,
      infos: 0,
      fixableErrors: c.fixableErrors,
      fixableWarnings: 0,
      fatal: c.fatal,
    },
    total: c.errors,
  };
}

/** A spill's findings as the report shows them (errors only with --quiet). */
function* shown(spill: Spill, quiet: boolean): Generator<{ f: Finding; x: Excerpt[] }> {
  for (const s of spilledFindings(spill)) if (!quiet || s.f.severity === 'error') yield s;
}

/** A file's findings, from memory or from its spill. */
function* findingsOf(r: FileResult, quiet: boolean): Generator<Finding> {
  if (!r.spill) yield* r.findings;
  else for (const { f } of shown(r.spill, quiet)) yield f;
}

/**
 * Writes the report of `results` in `format` to `sink`. `results` are as the formatters take them (with
 * --quiet, the findings in memory already filtered to errors); `quiet` filters the spilled ones.
 */
export async function writeReport(
  format: FormatName,
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  sink: Sink,
): Promise<void> {
  const out = new Batcher(sink);
  if (format === 'github') {
    const { githubLine } = await import('../formatters/github.js');
    for (const r of results) {
      for (const f of findingsOf(r, quiet)) {
        const wait = out.add(githubLine(r.displayPath, f));
        if (wait) await wait;
      }
    }
  } else if (format === 'json') {
    await writeJson(results, quiet, out);
  } else if (format === 'stylish') {
    await writeStylish(results, context, quiet, out);
  } else if (format === 'junit') {
    await writeJunit(results, context, quiet, out);
  } else {
    // sarif, html: made whole (a big file's findings in memory), written in pieces.
    const spilled = results.some((r) => r.spill);
    const whole = spilled
      ? results.map((r) => {
          if (!r.spill) return r;
          const m = materialize(r);
          return quiet ? { ...m, findings: m.findings.filter((f) => f.severity === 'error') } : m;
        })
      : results;
    await out.add((await loadFormatter(format))!(whole, context));
  }
  await out.flush();
}

async function writeJson(results: readonly FileResult[], quiet: boolean, out: Batcher): Promise<void> {
  const { toEslintMessage, toEslintResult } = await import('../formatters/json.js');
  await out.add('[');
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    if (k > 0) await out.add(',');
    if (!r.spill) {
      await out.add(JSON.stringify(toEslintResult(r)));
      continue;
    }
    const { counts: c, total } = spillCounts(r.spill, quiet);
    await out.add(`{"filePath":${JSON.stringify(r.filePath)},"messages":[`);
    let first = true;
    for (const f of findingsOf(r, quiet)) {
      const wait = out.add(`${first ? '' : ','}${JSON.stringify(toEslintMessage(f))}`);
      if (wait) await wait;
      first = false;
    }
    await out.add(
      `],"suppressedMessages":[],"errorCount":${c.errors},"fatalErrorCount":${c.fatal},"warningCount":${c.warnings + c.infos},"infoCount":${c.infos},"fixableErrorCount":${c.fixableErrors},"fixableWarningCount":${c.fixableWarnings},"usedDeprecatedRules":[]`,
    );
    // As toEslintResult: the fixed text when it differs, else the text when there are findings.
    if (r.spill.changed || total > 0) {
      await out.add(`,"${r.spill.changed ? 'output' : 'source'}":"`);
      for (const piece of piecesOf(r.spill.textFile)) await out.add(JSON.stringify(piece).slice(1, -1));
      await out.add('"');
    }
    await out.add('}');
  }
  await out.add(']\n');
}

async function writeStylish(
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  out: Batcher,
): Promise<void> {
  const { fileLines, stylishPieces } = await import('../formatters/stylish.js');
  const pieces = stylishPieces(context);
  const totals = count([]);
  let total = 0;
  for (const r of results) {
    const n = r.spill ? spillCounts(r.spill, quiet) : { counts: count(r.findings), total: r.findings.length };
    for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += n.counts[key];
    total += n.total;
  }
  if (total === 0) return;
  const lines = async (list: readonly string[]) => {
    for (const s of list) {
      const wait = out.add(`${s}\n`);
      if (wait) await wait;
    }
  };
  for (const r of results) {
    if (!r.spill) {
      await lines(fileLines(r, pieces));
      continue;
    }
    if (spillCounts(r.spill, quiet).total === 0) continue;
    await lines(pieces.heading(r.displayPath));
    const width = quiet ? r.spill.errorWidth : r.spill.width;
    const severities = quiet ? (['error'] as const) : r.spill.severities;
    const sevWidth = Math.max(...severities.map(pieces.severityWidth));
    for (const { f, x } of shown(r.spill, quiet)) await lines(pieces.finding(f, width, sevWidth, x));
  }
  await lines(pieces.summary(totals, total));
}

async function writeJunit(
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  out: Batcher,
): Promise<void> {
  const { junitPieces } = await import('../formatters/junit.js');
  const junit = junitPieces(context);
  const lines = async (list: readonly string[]) => {
    for (const s of list) {
      const wait = out.add(`${s}\n`);
      if (wait) await wait;
    }
  };
  await lines(junit.head);
  for (const r of results) {
    // A suite's counts come first: a spilled file's findings are read twice, once to count them.
    const suite = junit.suite(r.displayPath, findingsOf(r, quiet));
    await lines(suite.head);
    for (const f of findingsOf(r, quiet)) await lines(suite.testCase(f));
    await lines(suite.tail);
  }
  await lines(junit.tail);
}

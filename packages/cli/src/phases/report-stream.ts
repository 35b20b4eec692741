/**
 * The report, written as it goes: every run's report goes through writeReport,
 * which hands the sink (the --output-file's descriptor, or standard output
 * with its back-pressure respected) pieces of at most BATCH_CHARS code units,
 * never the whole report as one string. Every format is made a file and a
 * finding at a time; a big file linted as a stream (big-file.ts) has its
 * findings read back from disk one at a time, as often as the format needs:
 *
 * - stylish, json and github once, junit twice (a suite's counts first);
 * - sarif: once for the rules used and the files with results (the log lists
 *   them before its results), once more for the results; a finding that does
 *   not carry its text has it read from the spilled text (SpilledText);
 * - html: once for the section's counts by pack (and to check the findings
 *   come in the order of the text), once for the underlined text (one sweep
 *   over the text, read a segment at a time), once for the list.
 *
 * The json `source` or `output` and the html text come from the spilled copy
 * of the text, in pieces. What every format writes is, byte for byte, what
 * its formatter returns for the same results in memory (materialize): the
 * tests compare the two for every format (tests/cli/report-stream.test.ts,
 * on the real command and on hand-made spills; tests/cli/big-stream.test.ts).
 */
import type { Finding } from '@bayan/core';
import type { HtmlPieces, PackCounts } from '../formatters/html.js';
import type { FormatName } from '../formatters/list.js';
import type { Excerpt } from '../formatters/stylish.js';
import { JOINED_TEXT_CHARS } from '../joined-text.js';
import { count, type Counts, type FileResult, type FormatContext } from '../result.js';
import { materialize, piecesOf, spilledFindings, SpilledText, type Spill } from '../spill.js';

/** Text gathered before a call of the sink (UTF-16 code units): see JOINED_TEXT_CHARS. */
export const BATCH_CHARS = JOINED_TEXT_CHARS;

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
  } else if (format === 'sarif') {
    await writeSarif(results, context, quiet, out);
  } else {
    await writeHtml(results, context, quiet, out);
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

/** A spilled file's text as the formatters see it in memory (materialize): '' as `source` once fixed. */
function sourceOf(r: FileResult): { slice: (start: number, end: number) => string } {
  if (!r.spill) return r.source;
  if (r.spill.changed) return '';
  return new SpilledText(r.spill.textFile);
}

async function writeSarif(
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  out: Batcher,
): Promise<void> {
  const { Occurrences, sarifPieces, uriOf } = await import('../formatters/sarif.js');
  // First pass: the rules used and the files with results (a spilled file's findings read once more).
  const used = new Set<string>();
  const uris: string[] = [];
  for (const r of results) {
    let any = false;
    for (const f of findingsOf(r, quiet)) {
      used.add(f.ruleId);
      any = true;
    }
    if (any) uris.push(uriOf(r.displayPath));
  }
  const sarif = sarifPieces(context, [...used].sort(), uris);
  if (uris.length === 0) {
    await out.add(sarif.empty);
    return;
  }
  await out.add(sarif.head);
  let first = true;
  for (const r of results) {
    const uri = uriOf(r.displayPath);
    const seen = new Occurrences();
    // The text is read (a spilled one opened and indexed) only for a finding that does not carry it.
    let source: { slice: (start: number, end: number) => string } | null = null;
    for (const f of findingsOf(r, quiet)) {
      const actual = f.actual ?? (source ??= sourceOf(r)).slice(f.place.start.offset, f.place.end.offset);
      const piece = sarif.result(f, uri, actual, seen.next(f.ruleId, actual));
      const wait = out.add(first ? piece : `${sarif.separator}${piece}`);
      if (wait) await wait;
      first = false;
    }
  }
  await out.add(sarif.tail);
}

/**
 * A spilled file's counts by pack for its html section, or null when its findings cannot be drawn in one
 * sweep over the text: they must come in the order of their starts (clamped to the text) and none may end
 * before it starts — the order lint gives them.
 */
function packsIfSweepable(
  spill: Spill,
  quiet: boolean,
  length: number,
  countPack: (p: PackCounts, f: Finding) => void,
): PackCounts | null {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const packs: PackCounts = new Map();
  let last = 0;
  for (const { f } of shown(spill, quiet)) {
    const start = clamp(f.place.start.offset);
    if (start < last || clamp(f.place.end.offset) < start) return null;
    last = start;
    countPack(packs, f);
  }
  return packs;
}

async function writeHtml(
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  out: Batcher,
): Promise<void> {
  const { countPack, htmlPieces } = await import('../formatters/html.js');
  const html = htmlPieces(context);
  let problems = 0;
  for (const r of results) problems += r.spill ? spillCounts(r.spill, quiet).total : r.findings.length;
  await out.add(html.head(results.length, problems));
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    const spill = r.spill;
    if (!spill) {
      await out.add(`${html.section(r, k)}\n`);
      continue;
    }
    const text = new SpilledText(spill.textFile);
    const total = spillCounts(spill, quiet).total;
    if (total === 0) {
      await out.add(`${html.clean(r.displayPath, k, text.length === 0)}\n`);
      continue;
    }
    const packs = packsIfSweepable(spill, quiet, text.length, countPack);
    if (!packs) {
      // Not in the order of the text: made whole, as the formatter makes it (not met in lint's output).
      const m = materialize(r);
      const whole = quiet ? { ...m, findings: m.findings.filter((f) => f.severity === 'error') } : m;
      await out.add(`${html.section(whole, k)}\n`);
      continue;
    }
    await out.add(html.open(r.displayPath, k, total, packs));
    await writeHtmlText(out, html, k, text, findingsOf(r, quiet));
    await out.add(html.between);
    let i = 0;
    const slice = (start: number, end: number) => text.slice(start, end);
    for (const f of findingsOf(r, quiet)) {
      const wait = out.add(`${i === 0 ? '' : '\n'}${html.listItem(k, slice, f, i)}`);
      if (wait) await wait;
      i++;
    }
    await out.add(`${html.close}\n`);
  }
  await out.add(html.tail);
}

/**
 * A spilled file's text with its findings underlined and anchored, as html.ts's renderText draws it
 * (cut at every start and end of a finding, each piece underlined for the findings that cover it),
 * in one sweep: the findings in the order of their starts (sweepable), those that cover the place
 * reached kept, the text read a segment at a time.
 */
async function writeHtmlText(
  out: Batcher,
  html: HtmlPieces,
  fileIndex: number,
  text: SpilledText,
  findings: Iterable<Finding>,
): Promise<void> {
  const length = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  interface Placed {
    f: Finding;
    i: number;
    start: number;
    end: number;
  }
  const source = findings[Symbol.iterator]();
  let index = 0;
  const pull = (): Placed | null => {
    const step = source.next();
    if (step.done) return null;
    const f = step.value;
    return { f, i: index++, start: clamp(f.place.start.offset), end: clamp(f.place.end.offset) };
  };
  let next = pull();
  let active: Placed[] = [];
  let at = 0;
  for (;;) {
    const starting: Placed[] = [];
    while (next && next.start === at) {
      starting.push(next);
      next = pull();
    }
    active = active.filter((p) => p.end > at);
    for (const p of starting) if (p.end > at) active.push(p);
    // The next cut: the next start, the nearest end of what covers this place, or the text's end.
    let cut = at;
    if (at < length) {
      cut = next ? next.start : length;
      for (const p of active) cut = Math.min(cut, p.end);
    }
    if (cut > at || starting.length > 0) {
      for (const p of starting) {
        const wait = out.add(html.anchor(fileIndex, p.f, p.i));
        if (wait) await wait;
      }
      if (active.length > 0) await out.add(html.markOpen(active.map((p) => p.f)));
      for (const piece of text.range(at, cut)) {
        const wait = out.add(html.showText(piece));
        if (wait) await wait;
      }
      if (active.length > 0) await out.add('</mark>');
    }
    if (at === length) break;
    at = cut;
  }
}

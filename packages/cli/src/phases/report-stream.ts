/**
 * The report of a run with big files linted as streams (big-file.ts), written
 * as it goes for the formats that allow it: stylish, json and github read a
 * big file's findings back from disk one at a time, so the report never holds
 * them all. What they write is what the formatters write for the same results
 * in memory (tests/cli/big-files.test.ts compares the two). The other formats
 * get each big file's findings and text in memory (materialize).
 */
import type { Finding } from '@bayan/core';
import { piecesOf, spilledFindings, type Spill } from '../big-file.js';
import { githubLine } from '../formatters/github.js';
import { toEslintMessage, toEslintResult } from '../formatters/json.js';
import { fileLines, stylishPieces, type Excerpt } from '../formatters/stylish.js';
import { count, type Counts, type FileResult, type FormatContext } from '../result.js';

/** Text gathered before a call of `write` (UTF-16 code units): a few hundred findings, or a piece of the text. */
const BATCH_CHARS = 256 * 1024;

/** Gathers small pieces into one write; a large piece (the text of a big file) is written at once. */
function batcher(write: (s: string) => void) {
  let parts: string[] = [];
  let length = 0;
  return {
    add(s: string) {
      parts.push(s);
      length += s.length;
      if (length >= BATCH_CHARS) this.flush();
    },
    flush() {
      if (parts.length > 0) write(parts.join(''));
      parts = [];
      length = 0;
    },
  };
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

export function writeStreamed(
  format: string,
  results: readonly FileResult[],
  context: FormatContext,
  quiet: boolean,
  write: (s: string) => void,
): void {
  const out = batcher(write);
  if (format === 'github') {
    for (const r of results) {
      if (!r.spill) for (const f of r.findings) out.add(githubLine(r.displayPath, f));
      else for (const { f } of shown(r.spill, quiet)) out.add(githubLine(r.displayPath, f));
    }
  } else if (format === 'json') {
    out.add('[');
    results.forEach((r, k) => {
      if (k > 0) out.add(',');
      if (!r.spill) {
        out.add(JSON.stringify(toEslintResult(r)));
        return;
      }
      const { counts: c, total } = spillCounts(r.spill, quiet);
      out.add(`{"filePath":${JSON.stringify(r.filePath)},"messages":[`);
      let first = true;
      for (const { f } of shown(r.spill, quiet)) {
        out.add(`${first ? '' : ','}${JSON.stringify(toEslintMessage(f))}`);
        first = false;
      }
      out.add(
        `],"suppressedMessages":[],"errorCount":${c.errors},"fatalErrorCount":${c.fatal},"warningCount":${c.warnings + c.infos},"infoCount":${c.infos},"fixableErrorCount":${c.fixableErrors},"fixableWarningCount":${c.fixableWarnings},"usedDeprecatedRules":[]`,
      );
      // As toEslintResult: the fixed text when it differs, else the text when there are findings.
      if (r.spill.changed || total > 0) {
        out.add(`,"${r.spill.changed ? 'output' : 'source'}":"`);
        for (const piece of piecesOf(r.spill.textFile)) out.add(JSON.stringify(piece).slice(1, -1));
        out.add('"');
      }
      out.add('}');
    });
    out.add(']\n');
  } else {
    const pieces = stylishPieces(context);
    const totals = count([]);
    let total = 0;
    for (const r of results) {
      const n = r.spill ? spillCounts(r.spill, quiet) : { counts: count(r.findings), total: r.findings.length };
      for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += n.counts[key];
      total += n.total;
    }
    if (total === 0) return;
    const line = (s: string) => out.add(`${s}\n`);
    for (const r of results) {
      if (!r.spill) {
        fileLines(r, pieces).forEach(line);
        continue;
      }
      if (spillCounts(r.spill, quiet).total === 0) continue;
      pieces.heading(r.displayPath).forEach(line);
      const width = quiet ? r.spill.errorWidth : r.spill.width;
      const severities = quiet ? (['error'] as const) : r.spill.severities;
      const sevWidth = Math.max(...severities.map(pieces.severityWidth));
      for (const { f, x } of shown(r.spill, quiet)) pieces.finding(f, width, sevWidth, x).forEach(line);
    }
    pieces.summary(totals, total).forEach(line);
  }
  out.flush();
}

/**
 * Phase 5, report: the chosen formatter renders the results (errors only
 * with --quiet) to standard output, or to --output-file. With `--stdin --fix`
 * the fixed text goes to standard output and the stylish report to standard
 * error. Colours and isolates only on a terminal, unless forced.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadFormatter } from '../formatters/list.js';
import type { FileResult, FormatContext } from '../result.js';
import type { Session } from '../session.js';
import { VERSION } from '../version.js';
import type { writeStreamed as WriteStreamed } from './report-stream.js';

/** The formats a run with big files writes as it goes (report-stream.ts). */
const STREAMED_FORMATS = new Set(['stylish', 'json', 'github']);

export async function report(all: readonly FileResult[], session: Session): Promise<void> {
  const { opts, io } = session;
  // Big files linted as streams (big-file.ts): written as they go in the formats that allow it, else in memory.
  const spilled = all.some((r) => r.spill);
  const streamed = spilled && STREAMED_FORMATS.has(opts.format);
  const results = spilled && !streamed ? all.map((await import('../big-file.js')).materialize) : all;
  const reported = opts.quiet
    ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : results;
  const toFile = opts.outputFile !== undefined;
  const stdinFixed = opts.stdin && opts.fix;
  const stream = stdinFixed && !toFile ? io.stderr : io.stdout;
  const tty = !toFile && stream.isTTY === true;
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const context: FormatContext = {
    locale: session.uiLocale,
    registry: session.registry,
    version: VERSION,
    color: opts.color ?? (!toFile && (forced || (tty && io.env.NO_COLOR === undefined))),
    // Isolates everywhere: pre-commit, lint-staged and CI logs are pipes and files, shown by viewers that apply the bidi algorithm.
    isolate: true,
    maxWarningsExceeded:
      opts.maxWarnings >= 0 &&
      results.reduce(
        (n, r) => n + (r.spill?.counts.warnings ?? 0) + r.findings.filter((f) => f.severity === 'warning').length,
        0,
      ) > opts.maxWarnings,
  };
  if (opts.docsUrl) context.docsBase = opts.docsUrl;
  if (streamed) {
    const writeStreamed: typeof WriteStreamed = (await import('./report-stream.js')).writeStreamed;
    if (toFile) {
      const target = resolve(session.cwd, opts.outputFile!);
      mkdirSync(dirname(target), { recursive: true });
      const fd = openSync(target, 'w');
      try {
        writeStreamed(opts.format, results, context, opts.quiet, (s) => writeSync(fd, s));
      } finally {
        closeSync(fd);
      }
    } else writeStreamed(opts.format, results, context, opts.quiet, (s) => stream.write(s));
    return;
  }
  const text = (await loadFormatter(opts.format))!(reported, context);
  if (stdinFixed) io.stdout.write(results[0]!.output ?? results[0]!.source);
  if (toFile) {
    const target = resolve(session.cwd, opts.outputFile!);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } else if (text !== '' && !(stdinFixed && opts.format !== 'stylish')) {
    stream.write(text);
  }
}

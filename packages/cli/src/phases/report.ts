/**
 * Phase 5, report: the chosen format renders the results (errors only with
 * --quiet) to standard output, or to --output-file, written as it goes
 * (report-stream.ts: never the whole report as one string, and standard
 * output's back-pressure respected). With `--stdin --fix` the fixed text goes
 * to standard output and the stylish report to standard error. Colours and
 * isolates only on a terminal, unless forced.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { encode, encodingOf } from '../decode.js';
import { loadFormatter } from '../formatters/list.js';
import type { FileResult, FormatContext } from '../result.js';
import type { Session } from '../session.js';
import { VERSION } from '../version.js';
import type { writeReport as WriteReport, Sink } from './report-stream.js';

/** Standard input as read (`--stdin`), and whether it could be decoded and linted. */
export interface StdinRead {
  bytes: Uint8Array;
  linted: boolean;
}

export async function report(results: readonly FileResult[], session: Session, stdin?: StdinRead): Promise<void> {
  const { opts, io } = session;
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
  if (stdinFixed) {
    // One short text (standard input): the fixed text, then the report, whole.
    const text = (await loadFormatter(opts.format))!(reported, context);
    io.stdout.write(fixedStdin(results[0]!, stdin));
    if (toFile) {
      const target = resolve(session.cwd, opts.outputFile!);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    } else if (text !== '' && opts.format === 'stylish') stream.write(text);
    return;
  }
  const writeReport: typeof WriteReport = (await import('./report-stream.js')).writeReport;
  const format = opts.format;
  if (toFile) {
    const target = resolve(session.cwd, opts.outputFile!);
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    try {
      await writeReport(format, reported, context, opts.quiet, (s) => {
        writeAll(fd, s);
      });
    } finally {
      closeSync(fd);
    }
  } else await writeReport(format, reported, context, opts.quiet, streamSink(stream));
}

/**
 * What `--stdin --fix` prints: the fixed text in the encoding standard input came in (its byte order mark
 * kept), so a pipe through `bayan --stdin --fix` changes only the bytes of the fixes; standard input that
 * could not be decoded (not UTF-8, binary, too large) is printed back byte for byte, never dropped.
 */
function fixedStdin(result: FileResult, stdin: StdinRead | undefined): string | Uint8Array {
  const text = result.output ?? result.source;
  if (!stdin) return text;
  return stdin.linted ? encode(text, encodingOf(stdin.bytes)) : stdin.bytes;
}

/** Writes a string whole to a descriptor (writeSync may write part of it, e.g. to a pipe). */
function writeAll(fd: number, s: string): void {
  const bytes = Buffer.from(s);
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/** A stream as a sink: when its buffer is full (write returns false), the report waits for it to drain. */
function streamSink(stream: Session['io']['stdout']): Sink {
  return (s) => {
    if (stream.write(s) === false && stream.drained) return stream.drained();
  };
}

/**
 * Phase 5, report: the chosen formatter renders the results (errors only
 * with --quiet) to standard output, or to --output-file. With `--stdin --fix`
 * the fixed text goes to standard output and the stylish report to standard
 * error. Colours and isolates only on a terminal, unless forced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadFormatter } from '../formatters/list.js';
import type { FileResult, FormatContext } from '../result.js';
import type { Session } from '../session.js';
import { VERSION } from '../version.js';

export async function report(results: readonly FileResult[], session: Session): Promise<void> {
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
      results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0) > opts.maxWarnings,
  };
  if (opts.docsUrl) context.docsBase = opts.docsUrl;
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

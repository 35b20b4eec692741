/**
 * The `bayan` command. `main` parses the options and answers --help and
 * --version; `run` opens a session (packs, explicit config) and either runs
 * one of the side commands (--init, --list-rules, --print-config) or the
 * lint in phases:
 *
 *   plan (files, each with its config resolved once) → read and decode →
 *   lint (this thread or workers) → fixes (write or diff) → report → exit code
 *
 * Config and usage mistakes stop the run with exit 2 before anything is
 * linted; a file that cannot be read becomes a finding and the run goes on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { ConfigError, DataFileError, setContentCache } from '@bayan/core';
import { HELP, parseOptions, type CliOptions } from './args.js';
import { init } from './commands/init.js';
import { listRules } from './commands/list-rules.js';
import { printConfig } from './commands/print-config.js';
import { UsageError } from './files.js';
import type { FileResult } from './result.js';
import { exitCode } from './phases/exit-code.js';
import type { ResultCache } from './cache.js';
import { printDiffs, writeBigFixes, writeFixes } from './phases/fix.js';
import { coldThreads, lintAll, type Workers } from './phases/lint.js';
import { plan } from './phases/plan.js';
import { readAll, type ReadOutcome } from './phases/read.js';
import { refuseOutputOverInput } from './safe-write.js';
import { report, type StdinRead } from './phases/report.js';
import { Session, type Io, type MainOptions } from './session.js';
import { timingTable } from './timing.js';
import { VERSION } from './version.js';
import { diskContentCache } from './data-cache.js';

export { AUTO_THREADS_FROM, warmThreads, type ThreadHost } from './phases/lint.js';
export { VERSION, type Io, type MainOptions };

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export async function main(argv: readonly string[], io: Io, mainOptions: MainOptions = {}): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`bayan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const relativize = (message: string) => message.split(io.cwd + sep).join('');
  try {
    return await run(opts, io, mainOptions);
  } catch (error) {
    if (error instanceof UsageError) io.stderr.write(`bayan: ${relativize(error.message)}\n`);
    else if (error instanceof ConfigError || error instanceof DataFileError)
      io.stderr.write(`bayan: config error: ${relativize(error.message)}\n`);
    else if (error instanceof ExitError) {
      io.stderr.write(`bayan: ${error.message}\n`);
      return error.code;
    } else
      io.stderr.write(
        `bayan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    return 2;
  }
}

async function run(opts: CliOptions, io: Io, mainOptions: MainOptions): Promise<number> {
  // What earlier runs learned from a dictionary's content (data-cache.ts); none with BAYAN_NO_CACHE=1.
  setContentCache(diskContentCache(io.env));
  const session = await Session.open(opts, io, mainOptions);
  if (opts.init) return init(session);
  await session.settle();
  if (opts.listRules) return listRules(session);
  if (opts.printConfig !== undefined) return printConfig(opts.printConfig, session);
  return lintRun(session, mainOptions);
}

/** The lint itself, phase by phase. */
async function lintRun(session: Session, mainOptions: MainOptions): Promise<number> {
  const { opts } = session;
  const planned = await plan(session);
  for (const note of planned.notes) session.io.stderr.write(`bayan: ${note}\n`);
  refuseOutputOverInput(
    opts.outputFile,
    planned.files.map((f) => f.absolute),
    session.cwd,
  );
  // Threads by the measured run (files and bytes); the workers load the packs while this thread reads.
  const bytes = planned.files.reduce((n, f) => n + (f.size ?? 0), 0);
  // --timing adds up rule times in this thread's map: no workers.
  const host = mainOptions.threads ?? coldThreads;
  const threads = session.timing ? 1 : host.count(opts, planned.files.length, bytes, session.io.env);
  const workers = threads > 1 ? await host.start(session, threads - 1) : null;
  try {
    return await lintPlanned(session, planned, workers);
  } finally {
    await workers?.destroy();
  }
}

async function lintPlanned(
  session: Session,
  planned: Awaited<ReturnType<typeof plan>>,
  workers: Workers | null,
): Promise<number> {
  const { opts } = session;
  const fixing = opts.fix || opts.fixDryRun;
  const cache =
    opts.cache && !fixing && !opts.stdin
      ? new (await import('./cache.js')).ResultCache(opts.cacheLocation, session.cwd)
      : null;
  const { results, pending, big } = await readAll(planned.files, session, cache);
  // Big plain text is linted as a stream, its findings spilled to a private folder until the report.
  const spillDir = big.length > 0 ? mkdtempSync(join(tmpdir(), 'bayan-big-')) : null;
  // Standard input as read, for `--stdin --fix` (report.ts prints it back in its own encoding).
  const stdinBytes = opts.stdin ? planned.files[0]?.bytes : undefined;
  const stdin = stdinBytes ? { bytes: stdinBytes, linted: pending.length > 0 } : undefined;
  try {
    return await lintRead(session, { results, pending, big }, spillDir, cache, workers, stdin);
  } finally {
    if (spillDir) {
      for (const file of big) {
        const fixed = results[file.index]?.spill?.fixedFile;
        if (fixed) rmSync(fixed, { force: true });
      }
      rmSync(spillDir, { recursive: true, force: true });
    }
  }
}

async function lintRead(
  session: Session,
  { results, pending, big }: ReadOutcome,
  spillDir: string | null,
  cache: ResultCache | null,
  workers: Workers | null,
  stdin: StdinRead | undefined,
): Promise<number> {
  const { opts } = session;
  const outcomes = await lintAll(pending, session, workers);
  pending.forEach((file, k) => {
    const outcome = outcomes[k]!;
    const result: FileResult = {
      filePath: file.filePath,
      displayPath: file.displayPath,
      findings: outcome.findings,
      source: file.task.text,
    };
    if (outcome.output !== undefined && outcome.output !== file.task.text) result.output = outcome.output;
    results[file.index] = result;
    if (cache && file.cacheKey && file.absolute) cache.set(file.absolute, file.cacheKey, outcome.findings);
  });
  cache?.save();
  if (big.length > 0) {
    const { lintBigFile } = await import('./big-file.js');
    for (const file of big) results[file.index] = await lintBigFile(file, session, spillDir!);
  }

  if (opts.fix && !opts.stdin) {
    await writeFixes(pending, results, session);
    if (big.length > 0) await writeBigFixes(big, results, session, spillDir!);
  }
  // The diff goes with the stylish report only: the other formats carry each fixed text (json: `output`).
  if (opts.fixDryRun && opts.format === 'stylish') await printDiffs(results, session);
  await report(results, session, stdin);
  if (session.timing) session.io.stderr.write(timingTable(session.timing));
  return exitCode(results, session);
}

export { ExitError };

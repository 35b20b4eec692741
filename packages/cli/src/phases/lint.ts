/**
 * Phase 3, lint: the pending files, in this thread or spread over this
 * thread and worker threads (tinypool); the outcomes are kept in report
 * order either way. `--concurrency n` means n threads in all: this thread
 * lints too (its packs and configs are already loaded), beside n − 1
 * workers. Files are handed out largest first, to workers in chunks of up to
 * CHUNK_BYTES (two chunks in flight per worker, so a worker never waits for
 * this thread), one file at a time to this thread. In this thread a file's
 * resolved config is reused; a worker resolves it again from the plain
 * config data (a resolved config holds prepared settings that do not cross
 * a thread boundary).
 */
import { availableParallelism } from 'node:os';
import type { CliOptions } from '../args.js';
import { lintTask, type LintOutcome } from '../lint-file.js';
import { WORKER_URL, type Session } from '../session.js';
import type { WorkerChunk } from '../worker.js';
import type { PendingFile } from './read.js';

/** With `--concurrency auto`, threads start paying off only for this many files… */
export const AUTO_THREADS_FROM = 50;
/**
 * …and this much text (UTF-16 code units): below it, starting a worker (it
 * loads the packs again: about a cold start of the CLI) costs more than it
 * saves. Measured with `pnpm bench:threads` (docs/benchmarks.md): on 2 cores,
 * 100 files (0.1 million characters) took 1.57× as long with 2 threads, 1,200
 * files (1.2 million) 0.87×.
 */
export const AUTO_THREADS_FROM_CHARS = 1_000_000;
/** With `--concurrency auto`, one more thread per this much text. */
const AUTO_CHARS_PER_THREAD = 500_000;
/** Text per message to a worker. */
const CHUNK_CHARS = 64 * 1024;
const CHUNK_FILES = 32;
const PROGRESS_FROM = 50;

/** Threads in all (this one included) for `files` files of `chars` characters of text. */
export function threadCount(opts: Pick<CliOptions, 'concurrency'>, files: number, chars = Infinity): number {
  if (opts.concurrency === 'auto') {
    if (files < AUTO_THREADS_FROM || chars < AUTO_THREADS_FROM_CHARS) return 1;
    return Math.max(1, Math.min(availableParallelism(), Math.ceil(chars / AUTO_CHARS_PER_THREAD), 8));
  }
  return Math.min(opts.concurrency, files);
}

/** A "n/total files" line on a terminal's standard error for long runs. */
function progressLine(session: Session, total: number): { tick(): void; end(): void } {
  const shown = session.io.stderr.isTTY === true && total > PROGRESS_FROM;
  let done = 0;
  let lastDraw = 0;
  return {
    tick() {
      done++;
      if (!shown) return;
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      session.io.stderr.write(`\r\u001b[Kbayan: ${done}/${total} files`);
    },
    end() {
      if (shown) session.io.stderr.write('\r\u001b[K');
    },
  };
}

/** Lints every pending file; the outcomes come back in the order of `pending`. */
export async function lintAll(pending: readonly PendingFile[], session: Session): Promise<LintOutcome[]> {
  const outcomes = new Array<LintOutcome>(pending.length);
  const progress = progressLine(session, pending.length);
  const chars = pending.reduce((n, file) => n + file.task.text.length, 0);
  const threads = threadCount(session.opts, pending.length, chars);
  const here = async (k: number): Promise<void> => {
    const file = pending[k]!;
    const outcome = await lintTask(file.task, session.registry, file.config.resolved);
    if (outcomes[k] !== undefined) return; // a worker's came first (the same)
    outcomes[k] = outcome;
    progress.tick();
  };
  if (threads <= 1) {
    for (let k = 0; k < pending.length; k++) await here(k);
  } else {
    // Largest first: the last files handed out are the small ones, so every thread finishes at about the same time.
    const order = pending.map((_, k) => k).sort((a, b) => pending[b]!.task.text.length - pending[a]!.task.text.length || a - b);
    let next = 0;
    let left = chars;
    // Guided: a chunk is a share of what is left (so the end is shared out evenly), at most CHUNK_CHARS / CHUNK_FILES.
    const chunk = (): number[] => {
      const ks: number[] = [];
      const most = Math.min(CHUNK_FILES, Math.max(1, Math.floor((order.length - next) / (threads * 4))));
      const budget = Math.min(CHUNK_CHARS, left / (threads * 4));
      let size = 0;
      while (next < order.length && ks.length < most && (ks.length === 0 || size < budget)) {
        const k = order[next++]!;
        ks.push(k);
        size += pending[k]!.task.text.length;
      }
      left -= size;
      return ks;
    };
    const { Tinypool } = await import('tinypool');
    const workers = threads - 1;
    const pool = new Tinypool({ filename: WORKER_URL, minThreads: workers, maxThreads: workers });
    // Files sent to a worker and not back yet, in the order sent.
    const away = new Set<number>();
    let finished = false;
    const run = async (ks: number[]): Promise<void> => {
      if (finished) return;
      for (const k of ks) away.add(k);
      const work: WorkerChunk = { packsModule: session.packsModule, tasks: ks.map((k) => pending[k]!.task) };
      let results: LintOutcome[];
      try {
        results = (await pool.run(work)) as LintOutcome[];
      } catch (error) {
        if (finished) return; // stopped by pool.destroy(): this thread linted these files itself
        throw error;
      }
      ks.forEach((k, i) => {
        away.delete(k);
        if (outcomes[k] !== undefined) return;
        outcomes[k] = results[i]!;
        progress.tick();
      });
    };
    const chain = async (): Promise<void> => {
      for (let ks = chunk(); ks.length > 0 && !finished; ks = chunk()) await run(ks);
    };
    // A worker gets one file before this thread starts, and more only once that one is done: while it
    // loads the packs (as long as a cold start of the CLI), this thread lints on. When this thread has
    // nothing left, it lints the files still away itself (the first outcome of a file wins; both are
    // the same) and stops the workers: a small run never waits for a worker that is still starting.
    const firsts = Array.from({ length: workers }, () => (next < order.length ? [order[next++]!] : []));
    for (const ks of firsts) for (const k of ks) left -= pending[k]!.task.text.length;
    const feed = async (first: number[]): Promise<void> => {
      if (first.length === 0) return;
      await run(first);
      await Promise.all([chain(), chain()]);
    };
    const local = async (): Promise<void> => {
      while (next < order.length && failure === undefined) {
        const k = order[next++]!;
        left -= pending[k]!.task.text.length;
        await here(k);
        // Let the workers' finished chunks be collected and new ones sent.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      for (const k of [...away]) {
        if (failure !== undefined) return;
        if (outcomes[k] === undefined) await here(k);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      finished = true;
    };
    let failure: { error: unknown } | undefined;
    const working = firsts.map((first) =>
      feed(first).catch((error: unknown) => {
        failure ??= { error };
      }),
    );
    try {
      await local();
    } finally {
      finished = true;
      await pool.destroy();
      await Promise.all(working);
    }
    if (failure) throw failure.error;
  }
  progress.end();
  return outcomes;
}

/**
 * Phase 3, lint: the pending files, in this thread or spread over this
 * thread and worker threads (tinypool); the outcomes are kept in report
 * order either way. `--concurrency n` means n threads in all: this thread
 * lints too (its packs and configs are already loaded), beside n − 1
 * workers, which the command starts before it reads (ThreadHost.start) so they
 * load the packs meanwhile. Files are handed out largest first: to a worker
 * only once it has loaded the packs, in chunks of up to CHUNK_CHARS (two
 * chunks in flight per worker, so a worker never waits for this thread),
 * one file at a time to this thread. No file is linted twice; when every
 * file is handed out this thread waits for the chunks still away, never for
 * a worker that is still loading. In this thread a file's resolved config is
 * reused; a worker resolves it again from the plain config data (a resolved
 * config holds prepared settings that do not cross a thread boundary).
 */
import { availableParallelism } from 'node:os';
import type { CliOptions } from '../args.js';
import { MOST_THREADS, threadsForCores } from '../cores.js';
import { lintTask, type LintOutcome } from '../lint-file.js';
import { WORKER_URL, type Session } from '../session.js';
import type { WorkerChunk } from '../worker.js';
import type { PendingFile } from './read.js';

/** With `--concurrency auto`, threads start paying off only for this many files… */
export const AUTO_THREADS_FROM = 50;
/**
 * …and, with `auto` or `--concurrency n`, this much text (bytes on disk): below it, a worker (it loads
 * the packs again: about a cold start of the CLI, and on two busy cores that load slows this thread)
 * costs more than it saves. Measured with `pnpm bench:threads` (docs/benchmarks.md): on 2 cores,
 * 100 files (0.18 MB) took 1.26–1.57× as long with a worker, 1,200 files (2.2 MB) 0.87×. The
 * environment variable BAYAN_THREADS_FROM_BYTES sets another bound (0: workers for any run).
 */
export const THREADS_FROM_BYTES = 2_000_000;
/** With `--concurrency auto`, one more thread per this much text. */
const AUTO_BYTES_PER_THREAD = 1_000_000;
/** Text per message to a worker. */
const CHUNK_CHARS = 64 * 1024;
const CHUNK_FILES = 32;
const PROGRESS_FROM = 50;

/**
 * Threads in all (this one included) for `files` files of `bytes` bytes on `cores` cores: `--concurrency n`
 * is the most, `auto` one per megabyte of text; either way at most threadsForCores (and MOST_THREADS with
 * `auto`), and a run under `fromBytes` gets this thread only. `fromBytes` 0 (BAYAN_THREADS_FROM_BYTES=0,
 * for tests) lifts the size bound and lets `--concurrency n` use n threads whatever the cores.
 */
export function threadCount(
  opts: Pick<CliOptions, 'concurrency'>,
  files: number,
  bytes: number,
  fromBytes = THREADS_FROM_BYTES,
  cores?: number,
): number {
  if (files < 2 || bytes < fromBytes) return 1;
  // Asked only here: a run of one file (a pre-commit hook, an editor) does not load node:os for it.
  const byCores = threadsForCores(cores ?? availableParallelism());
  if (opts.concurrency === 'auto') {
    if (files < AUTO_THREADS_FROM) return 1;
    return Math.max(1, Math.min(byCores, Math.ceil(bytes / AUTO_BYTES_PER_THREAD), MOST_THREADS, files));
  }
  return Math.min(opts.concurrency, files, fromBytes === 0 ? Infinity : byCores);
}

/** The bound of threadCount for this run: BAYAN_THREADS_FROM_BYTES, else THREADS_FROM_BYTES. */
export function threadsFromBytes(env: Session['io']['env']): number {
  const value = env.BAYAN_THREADS_FROM_BYTES;
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : THREADS_FROM_BYTES;
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

/**
 * Worker threads that load the packs now, while this thread plans and reads: each gets a task with no
 * files, which resolves once its packs are loaded. They lint nothing until lintAll hands them files.
 */
export interface Workers {
  readonly count: number;
  run(work: WorkerChunk): Promise<LintOutcome[]>;
  /** One promise per worker: resolved once it has loaded the packs, rejected if it failed to. */
  readonly ready: readonly Promise<void>[];
  destroy(): Promise<void>;
}

/** Young generation of a worker: linting makes many short-lived objects, and a larger nursery halves its collections. */
const WORKER_YOUNG_GENERATION_MB = 48;

/** A pool of `count` worker threads that each load the packs of `packsModule` now (see Workers). */
async function workerPool(packsModule: string, count: number): Promise<Workers> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: WORKER_URL,
    minThreads: count,
    maxThreads: count,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const run = (work: WorkerChunk) => pool.run(work) as Promise<LintOutcome[]>;
  // One task per worker (each runs one task at a time, so each idle worker takes one).
  const ready = Array.from({ length: count }, () => run({ packsModule, tasks: [] }).then(() => undefined));
  for (const r of ready) r.catch(() => undefined); // seen by lintAll; never an unhandled rejection
  let destroyed: Promise<void> | null = null;
  return { count, run, ready, destroy: () => (destroyed ??= pool.destroy()) };
}

/**
 * Where a run's threads come from. The command starts its workers for the run and ends them with it
 * (`coldThreads`); the warm server (daemon/server.ts) keeps its workers between runs (`warmThreads`).
 */
export interface ThreadHost {
  /** Threads in all for a run of `files` files of `bytes` bytes, this one included. */
  count(opts: Pick<CliOptions, 'concurrency'>, files: number, bytes: number, env: Session['io']['env']): number;
  /** `count` workers for the run; their `destroy` is called when the run ends. */
  start(session: Session, count: number): Promise<Workers>;
}

export const coldThreads: ThreadHost = {
  count: (opts, files, bytes, env) => threadCount(opts, files, bytes, threadsFromBytes(env)),
  start: (session, count) => workerPool(session.packsModule, count),
};

/**
 * With warm workers, a second thread costs no start and no JIT warm-up, and V8's compiler threads are idle:
 * what made a worker pay off only from 2 MB of text in a fresh process (THREADS_FROM_BYTES) does not hold.
 * Measured with `pnpm bench:peers` (docs/benchmarks.md, "The warm server"): from this much text, a run
 * with a warm worker beside this thread is faster than this thread alone.
 */
export const WARM_THREADS_FROM_BYTES = 256 * 1024;

/**
 * Workers that outlive the run: `size` workers started with the first run that wants them, each loading
 * the packs once, and kept (a run's `destroy` leaves them) until `close`. A run gets at most `size` of them.
 */
export function warmThreads(size: number): ThreadHost & { close(): Promise<void> } {
  let pool: Promise<Workers> | null = null;
  return {
    count(opts, files, bytes) {
      if (files < 2 || size < 1) return 1;
      const most = size + 1;
      if (opts.concurrency !== 'auto') return Math.min(opts.concurrency, files, most);
      return bytes < WARM_THREADS_FROM_BYTES ? 1 : Math.min(most, files);
    },
    async start(session, count) {
      pool ??= workerPool(session.packsModule, size);
      const workers = await pool;
      return { count: Math.min(count, workers.count), run: workers.run, ready: workers.ready, destroy: async () => {} };
    },
    async close() {
      const workers = await pool;
      pool = null;
      await workers?.destroy();
    },
  };
}

/**
 * Lints every pending file; the outcomes come back in the order of `pending`. With workers (started
 * by the caller once the plan has measured the run, so they load the packs while this thread reads),
 * a worker gets files only once it has loaded the packs, so no file is linted twice and a run that
 * this thread finishes before the workers are ready never waits for them.
 */
export async function lintAll(
  pending: readonly PendingFile[],
  session: Session,
  workers: Workers | null = null,
): Promise<LintOutcome[]> {
  const outcomes = new Array<LintOutcome>(pending.length);
  const progress = progressLine(session, pending.length);
  const chars = pending.reduce((n, file) => n + file.task.text.length, 0);
  const threads = workers ? workers.count + 1 : 1;
  const here = async (k: number): Promise<void> => {
    const file = pending[k]!;
    outcomes[k] = await lintTask(file.task, session.registry, file.config.resolved);
    progress.tick();
  };
  if (!workers || pending.length < 2) {
    await workers?.destroy();
    for (let k = 0; k < pending.length; k++) await here(k);
    progress.end();
    return outcomes;
  }
  // Largest first: the last files handed out are the small ones, so every thread finishes at about the same time.
  const order = pending
    .map((_, k) => k)
    .sort((a, b) => pending[b]!.task.text.length - pending[a]!.task.text.length || a - b);
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
  // Files a worker could not lint (it failed): this thread lints them.
  const returned: number[] = [];
  // Chunks sent and not back yet.
  const away = new Set<Promise<void>>();
  const send = async (ks: number[]): Promise<void> => {
    try {
      const results = await workers.run({ packsModule: session.packsModule, tasks: ks.map((k) => pending[k]!.task) });
      ks.forEach((k, i) => {
        outcomes[k] = results[i]!;
        progress.tick();
      });
    } catch {
      returned.push(...ks);
    }
  };
  const feed = async (ready: Promise<void>): Promise<void> => {
    try {
      await ready;
    } catch {
      return; // this worker never started: the others and this thread share its part
    }
    for (let ks = chunk(); ks.length > 0; ks = chunk()) {
      const sent = send(ks);
      away.add(sent);
      await sent;
      away.delete(sent);
      if (returned.length > 0) return;
    }
  };
  // Two chunks in flight per worker, so a worker never waits for this thread.
  for (const ready of workers.ready) for (let i = 0; i < 2; i++) void feed(ready);
  try {
    while (next < order.length) {
      const k = order[next++]!;
      left -= pending[k]!.task.text.length;
      await here(k);
      // Let the workers' finished chunks be collected and new ones sent.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    // Every file is handed out: wait for the chunks still away (a worker not ready by now gets none).
    while (away.size > 0) await Promise.all([...away]);
    for (const k of returned) await here(k);
  } finally {
    await workers.destroy();
  }
  progress.end();
  return outcomes;
}

/**
 * Phase 3, lint: the pending files, in this thread or spread over worker
 * threads (tinypool); the outcomes are kept in report order either way. In
 * this thread a file's resolved config is reused; a worker resolves it again
 * from the plain config data (a resolved config holds prepared settings that
 * do not cross a thread boundary).
 */
import { availableParallelism } from 'node:os';
import type { CliOptions } from '../args.js';
import { lintTask, type LintOutcome } from '../lint-file.js';
import { WORKER_URL, type Session } from '../session.js';
import type { WorkerTask } from '../worker.js';
import type { PendingFile } from './read.js';

/** With `--concurrency auto`, threads start paying off only for this many files. */
export const AUTO_THREADS_FROM = 50;
const PROGRESS_FROM = 50;

export function threadCount(opts: Pick<CliOptions, 'concurrency'>, files: number): number {
  if (opts.concurrency === 'auto') {
    if (files < AUTO_THREADS_FROM) return 1;
    return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files / 25), 8));
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
  const threads = threadCount(session.opts, pending.length);
  if (threads <= 1) {
    for (const [k, file] of pending.entries()) {
      outcomes[k] = await lintTask(file.task, session.registry, file.config.resolved);
      progress.tick();
    }
  } else {
    const { Tinypool } = await import('tinypool');
    const pool = new Tinypool({ filename: WORKER_URL, minThreads: threads, maxThreads: threads });
    try {
      await Promise.all(
        pending.map(async (file, k) => {
          outcomes[k] = (await pool.run({ ...file.task, packsModule: session.packsModule } satisfies WorkerTask)) as LintOutcome;
          progress.tick();
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  progress.end();
  return outcomes;
}

/**
 * How many lint threads a machine's cores carry, for the command (phases/lint.ts) and for the warm server
 * (daemon.ts). A module of its own: the server's entry loads it before the command, and nothing else with it.
 */

/**
 * Cores one lint thread keeps busy: besides the thread itself, V8's garbage collector and optimizing
 * compiler run on threads of their own. Measured on 2 cores (docs/benchmarks.md, "Threads"): one
 * thread linting 1,200 files took 4.1 s of CPU in 2.7 s (1.5 cores); a second thread made the run
 * 1.29× slower there and 1.09× slower on 4,800 files (9.2 MB). So a run gets at most one thread per two cores.
 */
export const CORES_PER_THREAD = 2;

/** The most threads in all a run gets by itself (`--concurrency auto`, and the warm server). */
export const MOST_THREADS = 8;

/** Lint threads in all that `cores` cores carry: one per CORES_PER_THREAD, at least one. */
export function threadsForCores(cores: number): number {
  return Math.max(1, Math.floor(cores / CORES_PER_THREAD));
}

/**
 * Worker threads the warm server keeps beside its own thread: `BAYAN_D_WORKERS` when it is a number, else
 * threadsForCores in all, as for a run of the command, this thread included (none on 2 cores, 1 on 4, 3 on 8,
 * at most MOST_THREADS − 1). Warm code does not lift that bound: the server's collector runs beside each thread
 * all the same. Measured on 2 cores with the 1,200-file corpus (docs/benchmarks.md, "One lint thread in the
 * warm server"): one worker made back-to-back runs no faster (692 against 723 ms), and runs after a 20 s pause
 * slower (968 against 859 ms) for 50% more CPU time and 65 MB more memory.
 */
export function warmWorkerCount(cores: number, env: Record<string, string | undefined>): number {
  const value = env.BAYAN_D_WORKERS;
  if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  return Math.min(MOST_THREADS, threadsForCores(cores)) - 1;
}

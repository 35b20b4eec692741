/**
 * Loads the command's CommonJS build (bundle/*.cjs, see rolldown.config.mjs)
 * through V8's code cache, which Node 20 offers for scripts (`vm.Script`'s
 * `cachedData`), not for ES modules (Node 22's `module.enableCompileCache`).
 * A cold start otherwise spends a third of its CPU time compiling: parsing
 * 2 MB of JavaScript, then compiling each function on its first call.
 *
 * Each bundle file is compiled as one `vm.Script` wrapped like a CommonJS
 * module. The first run writes, on exit, the code V8 compiled for each file
 * (the functions that ran included) into a cache folder; later runs hand it
 * back to V8, which checks that it matches this V8 and its flags and
 * otherwise compiles from source as usual (and a run that did at least twice
 * the work of the one that wrote the cache writes it again: shouldRefresh). The cache file of a script is
 * named by the file's path, size, modification time and inode, so a rebuilt
 * bundle never meets the code of an older one. The folder belongs to the user running the command
 * (created 0700 in the temporary folder, its owner checked before reading):
 * code read from it runs, so nobody else may write there.
 *
 * The bundle's chunks require each other (`./name-hash.cjs`) through this
 * loader; everything else (Node's modules, the packages kept outside the
 * bundle) through Node's own `require`. `import()` cannot run in a script
 * compiled from cached data on Node 20 without --experimental-vm-modules, so
 * the build renames each `import(…)` of the bundle to a call of the
 * `__bayanImport` parameter, which the entry (an ES module) fills with its
 * own `import()`.
 *
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch for its cache) or
 * BAYAN_NO_CACHE=1 turns the cache off: the files are then compiled from
 * source on every run (the folder's logic: cache-folder.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { Script } from 'node:vm';
import { pruneCacheFolder, userCacheFolder, writeCacheFile } from './cache-folder.js';

type Importer = (specifier: string) => Promise<unknown>;

interface CjsModule {
  exports: unknown;
}

/** The cache folder of this user and this Node (V8 rejects another V8's data anyway), or null when unusable. */
function cacheFolder(env: NodeJS.ProcessEnv): string | null {
  return userCacheFolder('bayan-compile-cache', `${process.version}-${process.arch}`, env);
}

/**
 * The cache file of a bundle file: named by its path, size, modification time and inode (a rebuilt bundle gets
 * new ones; hashing its 2 MB instead would cost more than a stat), hashed into a name.
 */
function cacheName(file: string): string {
  const { size, mtimeMs, ino } = statSync(file);
  return createHash('sha256').update(`${file}\0${size}\0${mtimeMs}\0${ino}`).digest('hex');
}

/**
 * Whether a run's compiled code should replace what the cache holds: a cache holds the functions that
 * ran in the run that wrote it, so one written by a small run (`--version`, one short file) leaves a
 * later run over many files compiling the rest on every start (a tenth of its CPU time on 1,200 files).
 * A run that did at least twice the work (CPU milliseconds) of the run that wrote the cache writes it
 * again; the bar doubles each time, so a build's cache is rewritten a few times at most.
 */
export function shouldRefresh(workMs: number, cachedWorkMs: number | null): boolean {
  return cachedWorkMs !== null && workMs >= 2 * cachedWorkMs;
}

/**
 * Requires `entry` (an absolute path to a .cjs file of the bundle) and returns its exports. `write: false`
 * (bayan_d's server) reads the cache and never writes it: a process that lints for hours has done far more
 * work than any run of the command, so its cache would never be refreshed by one (shouldRefresh), and by its
 * exit V8 may have dropped the code of functions it has not run for a while.
 */
export function requireCached(
  entry: string,
  importer: Importer,
  env: NodeJS.ProcessEnv = process.env,
  { write = true }: { write?: boolean } = {},
): unknown {
  const root = dirname(entry) + sep;
  const folder = cacheFolder(env);
  const modules = new Map<string, CjsModule>();
  // Every script loaded with a cache file; `cached` when V8 took the cached code (else it is written on exit).
  const loaded: { script: Script; file: string; cached: boolean }[] = [];
  // The CPU time of the run that wrote this build's cache (a number in a file named like the others).
  const workFile = folder
    ? join(
        folder,
        createHash('sha256')
          .update(`${cacheName(entry)}\0work`)
          .digest('hex'),
      )
    : null;
  let cachedWork: number | null = null;
  if (workFile) {
    try {
      const value = Number(readFileSync(workFile, 'latin1'));
      if (Number.isFinite(value) && value >= 0) cachedWork = value;
    } catch {
      // none yet
    }
  }

  const load = (file: string): unknown => {
    const known = modules.get(file);
    if (known) return known.exports;
    // The build writes ASCII only (asciiOnly): read as Latin-1, the text becomes a one-byte string with no decoding.
    const source = readFileSync(file, 'latin1');
    const cacheFile = folder ? join(folder, cacheName(file)) : null;
    let cachedData: Buffer | undefined;
    if (cacheFile) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        // First run of this build: compiled from source, cached on exit.
      }
    }
    // One line, as Node's own wrapper: the bundle's line numbers stay those of stack traces.
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname, __bayanImport) {${source}\n})`,
      { filename: file, cachedData },
    );
    if (cacheFile)
      loaded.push({ script, file: cacheFile, cached: cachedData !== undefined && !script.cachedDataRejected });
    const module: CjsModule = { exports: {} };
    modules.set(file, module);
    const outside = createRequire(file);
    const require = (id: string): unknown => {
      if (id.startsWith('./') && id.endsWith('.cjs')) {
        const path = resolve(dirname(file), id);
        if (path.startsWith(root)) return load(path);
      }
      return outside(id);
    };
    require.resolve = outside.resolve;
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, file, dirname(file), importer);
    return module.exports;
  };

  if (workFile && write)
    process.once('exit', () => {
      const cpu = process.cpuUsage();
      const work = (cpu.user + cpu.system) / 1000;
      const refresh = shouldRefresh(work, cachedWork);
      const unsaved = loaded.filter((s) => !s.cached);
      if (!refresh && unsaved.length === 0) return;
      writeCacheFile(workFile, String(Math.round(refresh ? work : Math.max(work, cachedWork ?? 0))));
      save(refresh ? loaded : unsaved); // then prunes the folder, the work file counted
    });
  return load(entry);
}

/** Cache files kept in the folder: each build writes new ones (about 15 files and the work file), the oldest go beyond this. */
const KEEP_FILES = 48;

/**
 * Writes each script's compiled code (taken now, so it holds every function that ran) through a temp
 * file + rename; then removes the oldest files beyond KEEP_FILES (the caches of earlier builds).
 */
function save(scripts: { script: Script; file: string }[]): void {
  if (scripts.length === 0) return;
  for (const { script, file } of scripts) writeCacheFile(file, script.createCachedData());
  pruneCacheFolder(dirname(scripts[0]!.file), KEEP_FILES);
}

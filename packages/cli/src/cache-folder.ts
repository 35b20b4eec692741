/**
 * The folders where the command keeps what it learned in earlier runs (the
 * code V8 compiled, code-cache.ts; what a dictionary's content gave,
 * data-cache.ts): one per user in the temporary folder, created 0700, its
 * owner and mode checked before anything in it is read, because what is read
 * from it is trusted (compiled code runs; a dictionary's examples are not run
 * again). Files are written through a temp file and a rename, so a reader
 * never sees half a file, and only the newest few are kept.
 *
 * NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) or BAYAN_NO_CACHE=1 turns
 * every such folder off: nothing is read or written there.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Whether the environment turns the caches off. */
export function cachesDisabled(env: NodeJS.ProcessEnv): boolean {
  return (
    Boolean(env.NODE_DISABLE_COMPILE_CACHE) ||
    (env.BAYAN_NO_CACHE !== undefined && env.BAYAN_NO_CACHE !== '' && env.BAYAN_NO_CACHE !== '0')
  );
}

/**
 * The folder `<tmp>/<name>-<uid>/<sub>` of this user (`<tmp>`: TMPDIR of `env`, else the system's), created when missing, or null when the caches are off or
 * the folder cannot be trusted (`<name>-<uid>` owned by someone else, or writable by group or others).
 */
export function userCacheFolder(name: string, sub: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (cachesDisabled(env)) return null;
  const uid = process.getuid?.() ?? 'user';
  const dir = join(env.TMPDIR || tmpdir(), `${name}-${uid}`, sub);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const parent = statSync(dirname(dir));
    if (process.getuid && (parent.uid !== process.getuid() || (parent.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** Whether a file's stat says only this user could have written it (owner, and no group or others' write bit). */
export function ownFile(stat: { uid: number; mode: number }): boolean {
  return !process.getuid || (stat.uid === process.getuid() && (stat.mode & 0o022) === 0);
}

/** Writes a file of the cache through a temp file + rename (mode 0600); returns false when it could not. */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, file);
    return true;
  } catch {
    rmSync(temp, { force: true });
    return false;
  }
}

/** Removes the oldest files of a cache folder beyond `keep`. */
export function pruneCacheFolder(folder: string, keep: number): void {
  try {
    const files = readdirSync(folder)
      .map((name) => ({ path: join(folder, name), time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of files.slice(keep)) rmSync(old.path, { force: true });
  } catch {
    // Another run may be pruning the same folder.
  }
}

/**
 * Where the warm server of this installation listens, shared by the client
 * (client.ts) and the server (server.ts) so both find the same socket:
 *
 * - a folder of this user's, `bayan-d-<uid>` in XDG_RUNTIME_DIR (else
 *   TMPDIR, else the system's temporary folder), created 0700 and refused
 *   when it is a link, belongs to somebody else or is open to group or
 *   others: whoever can reach the socket can have files linted and fixed as
 *   this user, so only this user may;
 * - a socket named by the server's identity: the bundle (path, size, time
 *   and inode of the files the server runs), the Node that runs it, and the
 *   environment that shapes a whole process rather than one run (caches,
 *   temporary folder, NODE_OPTIONS). A rebuilt or upgraded Bayan, another
 *   Node or another such environment gets a server of its own, and never a
 *   server still running older code; the old one stops when idle.
 *
 * On Windows the socket is a named pipe of that name; the folder still holds the log.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment a server is started with and keeps for its whole life (each run gets the client's own too). */
export const PROCESS_ENV = ['BAYAN_NO_CACHE', 'NODE_DISABLE_COMPILE_CACHE', 'TMPDIR', 'NODE_OPTIONS', 'XDG_CACHE_HOME'];

/** Files of the bundle whose change means new code: the server's entry, the command and the packs. */
const CODE_FILES = ['daemon.js', 'cli.cjs', 'registry.js', 'worker.js'];

export interface Place {
  folder: string;
  /** The server's identity (hex). */
  id: string;
  socket: string;
  /** The server's standard error, for a server that failed to start or stopped. */
  log: string;
}

export class PlaceError extends Error {}

/** This user's folder for servers, created 0700 when missing; throws PlaceError when it cannot be trusted. */
export function daemonFolder(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_RUNTIME_DIR || env.TMPDIR || tmpdir();
  const uid = process.getuid?.();
  const folder = join(base, `bayan-d-${uid ?? 'user'}`);
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw new PlaceError(`cannot create ${folder}: ${(error as Error).message}`);
  }
  const stat = lstatSync(folder);
  if (!stat.isDirectory()) throw new PlaceError(`${folder} is not a folder`);
  if (uid !== undefined && stat.uid !== uid) throw new PlaceError(`${folder} belongs to another user`);
  if (uid !== undefined && (stat.mode & 0o077) !== 0)
    throw new PlaceError(`${folder} is open to other users (mode ${(stat.mode & 0o777).toString(8)})`);
  return folder;
}

/** The identity of the server this bundle, this Node and this environment would run. */
export function serverId(bundleDir: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  hash.update(`${process.execPath}\0${process.version}\0${process.arch}\0${bundleDir}\0`);
  for (const file of CODE_FILES) {
    const { size, mtimeMs, ino } = statSync(join(bundleDir, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\0${ino}\0`);
  }
  for (const key of PROCESS_ENV) hash.update(`${key}=${env[key] ?? '\u0000unset'}\0`);
  return hash.digest('hex').slice(0, 20);
}

export function placeOf(bundleDir: string, env: NodeJS.ProcessEnv): Place {
  const folder = daemonFolder(env);
  const id = serverId(bundleDir, env);
  const socket =
    process.platform === 'win32' ? `\\\\?\\pipe\\bayan-d-${env.USERNAME ?? 'user'}-${id}` : join(folder, `${id}.sock`);
  return { folder, id, socket, log: join(folder, `${id}.log`) };
}

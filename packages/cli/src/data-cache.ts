/**
 * The command's ContentCache (@bayan/core): what a data file's content gave in
 * an earlier run, kept across runs in the user's cache folder
 * (cache-folder.ts: `<tmp>/bayan-data-cache-<uid>/`, 0700, owner checked;
 * NODE_DISABLE_COMPILE_CACHE=1 or BAYAN_NO_CACHE=1 turns it off). The
 * terminology pack stores there the entries of a user dictionary whose
 * examples all held, so a later run with the same bytes neither parses the
 * YAML nor runs the examples again.
 *
 * A file is named by the SHA-256 of Bayan's version, the build (the files
 * beside this module, by name, size and modification time: a rebuilt command
 * never reads what an older build stored), the reader's key and the content. It holds a header
 * line with the SHA-256 of the value (its UTF-8 bytes, hashed as read: no
 * second encoding), then the value: a file cut short or changed is not
 * read; so is one not owned by this user or writable by others. Values are
 * strings (terminology's compact form of a dictionary, a YAML config's
 * JSON), which their reader checks; nothing read from here ever runs.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentCache } from '@bayan/core';
import { ownFile, pruneCacheFolder, userCacheFolder, writeCacheFile } from './cache-folder.js';
import { VERSION } from './version.js';

/** Files kept in the folder (one per dictionary content): the oldest go beyond this. */
export const KEEP_DATA_FILES = 32;

const HEADER = 'bayan-data-cache 1 ';

/**
 * This build: the names, sizes and modification times of the files beside this module (the bundle's folder,
 * where the main thread's CommonJS build and the workers' ES modules both sit, so both name files alike;
 * a rebuild changes them).
 */
function buildStamp(): string {
  try {
    const folder = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of readdirSync(folder).sort()) {
      const stat = statSync(join(folder, name));
      hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
    return hash.digest('hex');
  } catch {
    return 'unknown';
  }
}

const sha256 = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** Code units of the content hashed at a time (see `nameOf`). */
const CHUNK = 32768;

/**
 * A file's name: the content is hashed as UTF-16 code units (a copy, where UTF-8 would be an encoding
 * of a text that is mostly Arabic; and a lone surrogate stays itself instead of becoming U+FFFD), a
 * chunk at a time: the same digest as the whole text at once, without a copy of its size (for a 2 MB
 * dictionary, a new 4 MB buffer cost five times the hashing itself).
 */
export function nameOf(stamp: string, key: string, content: string): string {
  const hash = createHash('sha256');
  for (const part of [VERSION, stamp, key]) hash.update(part).update('\0');
  if (content.length <= CHUNK) return hash.update(content, 'utf16le').digest('hex');
  for (let at = 0; at < content.length; at += CHUNK) hash.update(content.slice(at, at + CHUNK), 'utf16le');
  return hash.digest('hex');
}

const NEWLINE = 0x0a;

/** The folder's cache, or null when caches are off or the folder cannot be trusted. */
export function diskContentCache(env: NodeJS.ProcessEnv = process.env): ContentCache | null {
  const folder = userCacheFolder('bayan-data-cache', 'v1', env);
  if (!folder) return null;
  const stamp = buildStamp();
  const fileOf = (key: string, content: string): string => join(folder, nameOf(stamp, key, content));
  return {
    get(key, content) {
      let fd: number | undefined;
      try {
        fd = openSync(fileOf(key, content), 'r');
        const stat = fstatSync(fd);
        if (!stat.isFile() || !ownFile(stat)) return undefined;
        const bytes = readFileSync(fd);
        const newline = bytes.indexOf(NEWLINE);
        if (newline < 0) return undefined;
        const header = bytes.toString('latin1', 0, newline);
        if (!header.startsWith(HEADER)) return undefined;
        // The value's bytes are hashed as they are (the same digest as its text's UTF-8 in `set`), then decoded once.
        const value = bytes.subarray(newline + 1);
        const digest = createHash('sha256').update(value).update('\0').digest('hex');
        return header.slice(HEADER.length) === digest ? value.toString('utf8') : undefined;
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    set(key, content, value) {
      if (writeCacheFile(fileOf(key, content), `${HEADER}${sha256(value)}\n${value}`))
        pruneCacheFolder(folder, KEEP_DATA_FILES);
    },
  };
}

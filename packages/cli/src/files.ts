/**
 * Which files a run lints: explicit files as given, folders walked for the
 * extensions Bayan reads, globs expanded; `node_modules`, `.git` and what
 * `.gitignore` and `.bayanignore` (in the working folder) list are skipped.
 * The list is sorted so every run, sharded or threaded, sees one order.
 *
 * Each real file is linted once, whatever links lead to it (a symlink loop
 * cannot repeat it). A folder walk follows symbolic links only inside the
 * folder walked, unless `followLinks` is set; a folder that cannot be read is
 * named in the notes, never skipped in silence.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { SUPPORTED_EXTENSIONS } from '@bayan/core';

export const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
export const IGNORE_FILES = ['.gitignore', '.bayanignore'];

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface FileList {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Messages for the user (globs that matched nothing, files skipped by an ignore file). */
  notes: string[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function ignoreFilter(cwd: string): Ignore {
  const ig = ignore();
  for (const name of IGNORE_FILES) {
    const path = resolve(cwd, name);
    if (existsSync(path)) ig.add(readFileSync(path, 'utf8'));
  }
  return ig;
}

function isIgnoredBy(ig: Ignore, cwd: string, absolute: string, folder = false): boolean {
  const rel = toPosix(relative(cwd, absolute));
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return false;
  return ig.ignores(folder ? `${rel}/` : rel);
}

const RELEASE_EXTENSION = new RegExp(`\\.(${SUPPORTED_EXTENSIONS.filter((e) => e !== 'text').join('|')})$`, 'i');
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

const realpathOrNull = (path: string): string | null => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function errorCode(error: unknown): string {
  return (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Walks `root` for release files. Symbolic links are followed when they stay
 * inside the root's real folder (or always, with `followLinks`); each real
 * folder is entered once, so a loop ends.
 */
function walk(root: string, cwd: string, ig: Ignore, followLinks: boolean, notes: string[]): string[] {
  const rootReal = realpathOrNull(root) ?? root;
  const out: string[] = [];
  const entered = new Set<string>([rootReal]);
  const stack = [root];
  const shown = (path: string) => toPosix(relative(cwd, path)) || '.';
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      notes.push(`${shown(dir)}/: folder could not be read (${errorCode(error)}); the files in it were not checked`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folders: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = realpathOrNull(path);
        if (!real) continue; // a dangling link
        if (!followLinks && !inside(rootReal, real)) {
          if (isDir || RELEASE_EXTENSION.test(entry.name) || statSync(real, { throwIfNoEntry: false })?.isDirectory()) {
            notes.push(`${shown(path)}: a symbolic link out of ${shown(root)}/; not followed (use --follow-symlinks to check it)`);
          }
          continue;
        }
        const stat = statSync(real, { throwIfNoEntry: false });
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name) || isIgnoredBy(ig, cwd, path, true)) continue;
        const real = realpathOrNull(path);
        if (!real || entered.has(real)) continue;
        entered.add(real);
        // A linked folder inside the root is walked at its real place, so its files keep one name.
        folders.push(entry.isSymbolicLink() && inside(rootReal, real) ? join(root, relative(rootReal, real)) : path);
      } else if (isFile && RELEASE_EXTENSION.test(entry.name) && !isIgnoredBy(ig, cwd, path)) {
        out.push(path);
      }
    }
    for (let k = folders.length - 1; k >= 0; k--) stack.push(folders[k]!);
  }
  return out;
}

export interface ListOptions {
  /** Follow symbolic links that lead out of a folder being walked. */
  followLinks?: boolean;
}

export async function listFiles(targets: readonly string[], cwd: string, options: ListOptions = {}): Promise<FileList> {
  const ig = ignoreFilter(cwd);
  const found = new Set<string>();
  const notes: string[] = [];
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = resolve(cwd, target);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        for (const m of walk(absolute, cwd, ig, options.followLinks === true, notes)) found.add(m);
      } else if (isIgnoredBy(ig, cwd, absolute)) {
        notes.push(`${target}: skipped, listed in ${IGNORE_FILES.join(' or ')}`);
      } else {
        found.add(absolute);
      }
      continue;
    }
    if (isDynamicPattern(target)) {
      const matches = await glob(target, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, dot: true });
      const kept = matches.filter((m) => !isIgnoredBy(ig, cwd, m));
      if (kept.length === 0) notes.push(`No files matched the pattern "${target}".`);
      for (const m of kept) found.add(resolve(m));
      continue;
    }
    throw new UsageError(`No such file or folder: ${target}`);
  }
  return { files: oncePerRealFile([...found].sort()), notes };
}

/**
 * One path per real file, so links and loops cannot repeat a file: the real
 * path itself when it is among them, else the first in sorted order.
 */
function oncePerRealFile(sorted: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const path of sorted) {
    const real = realpathOrNull(path) ?? path;
    if (!chosen.has(real) || path === real) chosen.set(real, path);
  }
  return [...chosen.values()].sort();
}

/** Files `i` of `n` (1-based) get every n-th file of the sorted list, starting at the i-th. */
export function shard<T>(files: readonly T[], index: number, count: number): T[] {
  return files.filter((_, k) => k % count === index - 1);
}

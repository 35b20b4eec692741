/**
 * Which files a run lints: explicit files as given, folders walked for the
 * extensions Bayan reads, globs expanded; `node_modules` and `.git` are
 * always skipped, and, unless --no-ignore, what `.gitignore` files (in the
 * working folder and in every folder below it, each for its own folder, as
 * git reads them), `.bayanignore` (in the working folder) and --ignore-pattern
 * list. A pattern or folder that yields no file is an error (exit 2) unless
 * --no-error-on-unmatched-pattern, as in ESLint. The list is sorted so every
 * run, sharded or threaded, sees one order.
 *
 * Each real file is linted once, whatever links lead to it (a symlink loop
 * cannot repeat it). A folder walk follows symbolic links only inside the
 * folder walked, unless `followLinks` is set; a folder that cannot be read is
 * named in the notes, never skipped in silence.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
  /** Messages for the user (files skipped by an ignore file, patterns that matched nothing when that is allowed). */
  notes: string[];
}

export interface ListOptions {
  /** false: no ignore file and no --ignore-pattern applies (--no-ignore). */
  ignore?: boolean;
  /** gitignore-style patterns relative to the working folder (--ignore-pattern). */
  ignorePatterns?: readonly string[];
  /** false: a pattern that matches nothing is a note, not an error (--no-error-on-unmatched-pattern). */
  errorOnUnmatchedPattern?: boolean;
  /** Follow symbolic links that lead out of a folder being walked (--follow-symlinks). */
  followLinks?: boolean;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** One folder's ignore rules. */
interface Scope {
  dir: string;
  rules: Ignore;
}

/** The ignore rules of a run: the working folder's files and patterns, plus each nested `.gitignore` for its folder. */
class IgnoreRules {
  readonly #scopes: Scope[] = [];
  readonly #enabled: boolean;
  readonly #loaded = new Set<string>();

  constructor(cwd: string, options: ListOptions) {
    this.#enabled = options.ignore !== false;
    if (!this.#enabled) return;
    const rules = ignore();
    for (const name of IGNORE_FILES) {
      const path = resolve(cwd, name);
      if (existsSync(path)) rules.add(readFileSync(path, 'utf8'));
    }
    rules.add([...(options.ignorePatterns ?? [])]);
    this.#scopes.push({ dir: cwd, rules });
    this.#loaded.add(resolve(cwd, '.gitignore'));
  }

  /** Reads the `.gitignore` files found under a folder (each applies to its own folder and below). */
  async addNested(folder: string): Promise<void> {
    if (!this.#enabled) return;
    const found = await glob('**/.gitignore', { cwd: folder, absolute: true, ignore: ALWAYS_SKIPPED, dot: true });
    for (const file of found.map((f) => resolve(f)).sort()) {
      if (this.#loaded.has(file)) continue;
      this.#loaded.add(file);
      this.#scopes.push({ dir: dirname(file), rules: ignore().add(readFileSync(file, 'utf8')) });
    }
  }

  /** Reads the `.gitignore` files of the folders from the working folder down to a path's folder. */
  addAncestors(cwd: string, absolute: string): void {
    if (!this.#enabled) return;
    const rel = relative(cwd, dirname(absolute));
    if (rel.startsWith('..') || isAbsolute(rel)) return;
    let dir = cwd;
    for (const part of rel === '' ? [] : rel.split(sep)) {
      dir = resolve(dir, part);
      const file = resolve(dir, '.gitignore');
      if (this.#loaded.has(file)) continue;
      this.#loaded.add(file);
      if (existsSync(file)) this.#scopes.push({ dir, rules: ignore().add(readFileSync(file, 'utf8')) });
    }
  }

  ignores(absolute: string, folder = false): boolean {
    for (const scope of this.#scopes) {
      const rel = toPosix(relative(scope.dir, absolute));
      if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) continue;
      if (scope.rules.ignores(folder ? `${rel}/` : rel)) return true;
    }
    return false;
  }
}

const RELEASE_EXTENSION = new RegExp(`\\.(${SUPPORTED_EXTENSIONS.filter((e) => e !== 'text').join('|')})$`, 'i');
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

// The native call (one realpath(3)) rather than Node's own, which stats every component of the path
// again: the command asks once for each file it lists (oncePerRealFile).
const realpathOrNull = (path: string): string | null => {
  try {
    return realpathSync.native(path);
  } catch {
    return null;
  }
};

const inside = (root: string, path: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function errorCode(error: unknown): string {
  return (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Walks `root` for release files. Symbolic links are followed when they stay
 * inside the root's real folder (or always, with `followLinks`); each real
 * folder is entered once, so a loop ends.
 */
function walk(
  root: string,
  cwd: string,
  rules: IgnoreRules,
  followLinks: boolean,
  notes: string[],
  reals: Map<string, string> = new Map(),
): string[] {
  const rootRealOrNull = realpathOrNull(root);
  const rootReal = rootRealOrNull ?? root;
  const out: string[] = [];
  const entered = new Set<string>([rootReal]);
  // Each folder with its real path (null: unknown): a file in it that is no link has its real path without asking.
  const stack: Array<[string, string | null]> = [[root, rootRealOrNull]];
  const shown = (path: string) => toPosix(relative(cwd, path)) || '.';
  while (stack.length > 0) {
    const [dir, dirReal] = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      notes.push(`${shown(dir)}/: folder could not be read (${errorCode(error)}); the files in it were not checked`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const folders: Array<[string, string | null]> = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = realpathOrNull(path);
        if (!real) continue; // a dangling link
        if (!followLinks && !inside(rootReal, real)) {
          if (isDir || RELEASE_EXTENSION.test(entry.name) || statSync(real, { throwIfNoEntry: false })?.isDirectory()) {
            notes.push(
              `${shown(path)}: a symbolic link out of ${shown(root)}/; not followed (use --follow-symlinks to check it)`,
            );
          }
          continue;
        }
        const stat = statSync(real, { throwIfNoEntry: false });
        isDir = stat?.isDirectory() ?? false;
        isFile = stat?.isFile() ?? false;
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(entry.name) || rules.ignores(path, true)) continue;
        const real = realpathOrNull(path);
        if (!real || entered.has(real)) continue;
        entered.add(real);
        // A linked folder inside the root is walked at its real place, so its files keep one name.
        folders.push([
          entry.isSymbolicLink() && inside(rootReal, real) ? join(root, relative(rootReal, real)) : path,
          real,
        ]);
      } else if (isFile && RELEASE_EXTENSION.test(entry.name) && !rules.ignores(path)) {
        out.push(path);
        if (dirReal !== null && !entry.isSymbolicLink()) reals.set(path, join(dirReal, entry.name));
      }
    }
    for (let k = folders.length - 1; k >= 0; k--) stack.push(folders[k]!);
  }
  return out;
}

export async function listFiles(targets: readonly string[], cwd: string, options: ListOptions = {}): Promise<FileList> {
  const rules = new IgnoreRules(cwd, options);
  const found = new Set<string>();
  /** Real paths the walk already knows (files that are no link, in folders whose real path it asked for). */
  const reals = new Map<string, string>();
  const notes: string[] = [];
  const unmatched = (target: string, why: string) => {
    if (options.errorOnUnmatchedPattern !== false)
      throw new UsageError(`${why} (use --no-error-on-unmatched-pattern to go on without them)`);
    notes.push(`No files matched the pattern "${target}".`);
  };
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = resolve(cwd, target);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        rules.addAncestors(cwd, resolve(absolute, 'x'));
        await rules.addNested(absolute);
        const kept = walk(absolute, cwd, rules, options.followLinks === true, notes, reals);
        if (kept.length === 0) {
          const all = walk(absolute, cwd, new IgnoreRules(cwd, { ignore: false }), options.followLinks === true, []);
          unmatched(
            target,
            all.length > 0
              ? `All files in "${target}" are ignored.`
              : `No release files (${SUPPORTED_EXTENSIONS.filter((e) => e !== 'text')
                  .map((e) => `.${e}`)
                  .join(' ')}) in "${target}".`,
          );
        }
        for (const m of kept) found.add(m);
      } else {
        rules.addAncestors(cwd, absolute);
        if (rules.ignores(absolute))
          notes.push(
            `${target}: skipped, it is ignored (by ${IGNORE_FILES.join(', ')} or --ignore-pattern); use --no-ignore to check it`,
          );
        else found.add(absolute);
      }
      continue;
    }
    if (isDynamicPattern(target)) {
      const matches = await glob(target, { cwd, absolute: true, ignore: ALWAYS_SKIPPED, dot: true });
      for (const m of matches) rules.addAncestors(cwd, resolve(m));
      const kept = matches.map((m) => resolve(m)).filter((m) => !rules.ignores(m));
      if (kept.length === 0)
        unmatched(
          target,
          matches.length > 0
            ? `All files matched by "${target}" are ignored.`
            : `No files matching the pattern "${target}" were found.`,
        );
      for (const m of kept) found.add(m);
      continue;
    }
    throw new UsageError(`No such file or folder: ${target}`);
  }
  return { files: oncePerRealFile([...found].sort(), reals), notes };
}

/**
 * One path per real file, so links and loops cannot repeat a file: the real
 * path itself when it is among them, else the first in sorted order.
 */
function oncePerRealFile(sorted: readonly string[], known: ReadonlyMap<string, string>): string[] {
  const chosen = new Map<string, string>();
  for (const path of sorted) {
    const real = known.get(path) ?? realpathOrNull(path) ?? path;
    if (!chosen.has(real) || path === real) chosen.set(real, path);
  }
  return [...chosen.values()].sort();
}

/** Files `i` of `n` (1-based) get every n-th file of the sorted list, starting at the i-th. */
export function shard<T>(files: readonly T[], index: number, count: number): T[] {
  return files.filter((_, k) => k % count === index - 1);
}

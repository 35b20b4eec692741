/**
 * Which files a run lints: explicit files as given, folders walked for the
 * extensions Bayan reads, globs expanded; `node_modules`, `.git` and what
 * `.gitignore` and `.bayanignore` (in the working folder) list are skipped.
 * The list is sorted so every run, sharded or threaded, sees one order.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

function isIgnoredBy(ig: Ignore, cwd: string, absolute: string): boolean {
  const rel = toPosix(relative(cwd, absolute));
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return false;
  return ig.ignores(rel);
}

const EXTENSION_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.filter((e) => e !== 'text').join(',')}}`;

export async function listFiles(targets: readonly string[], cwd: string): Promise<FileList> {
  const ig = ignoreFilter(cwd);
  const found = new Set<string>();
  const notes: string[] = [];
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = resolve(cwd, target);
    if (existsSync(absolute)) {
      const stat = statSync(absolute);
      if (stat.isDirectory()) {
        const matches = await glob(EXTENSION_GLOB, { cwd: absolute, absolute: true, ignore: ALWAYS_SKIPPED, dot: true, caseSensitiveMatch: false });
        for (const m of matches) if (!isIgnoredBy(ig, cwd, m)) found.add(resolve(m));
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
  return { files: [...found].sort(), notes };
}

/** Files `i` of `n` (1-based) get every n-th file of the sorted list, starting at the i-th. */
export function shard<T>(files: readonly T[], index: number, count: number): T[] {
  return files.filter((_, k) => k % count === index - 1);
}

/**
 * Phase 4, fixes: with --fix, each fixed text is written back (safe-write.ts:
 * atomically, or in place for a file with other hard links, in its own
 * encoding), unless the file changed on disk while it was being checked, is
 * read-only or cannot be written: then a message says so, the file is linted
 * again as it stands, and the run goes on. With --fix-dry-run the
 * fixes are printed as a unified diff. Standard input's fixed text is
 * printed by the report phase.
 */
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { lintTask } from '../lint-file.js';
import { writeFixed } from '../safe-write.js';
import type { FileResult } from '../result.js';
import type { Session } from '../session.js';
import type { PlannedFile } from './plan.js';
import type { PendingFile } from './read.js';

export async function writeFixes(
  pending: readonly PendingFile[],
  results: FileResult[],
  session: Session,
): Promise<void> {
  for (const file of pending) {
    const result = results[file.index]!;
    if (result.output === undefined || !file.absolute) continue;
    const now = await readFile(file.absolute).catch(() => null);
    const problem =
      !now || !Buffer.from(now).equals(Buffer.from(file.bytes))
        ? 'changed on disk while it was being checked; fixes not written'
        : await writeFixed(file.absolute, result.output, file.bytes);
    if (problem === null) continue;
    // Not written: say so, and report the problems of the file as it stands.
    session.io.stderr.write(`bayan: ${file.displayPath}: ${problem}\n`);
    const again = await lintTask({ ...file.task, fix: false }, session.registry, file.config.resolved);
    const { output: _dropped, ...kept } = result;
    results[file.index] = { ...kept, findings: again.findings };
  }
}

/** The fixes of the big files linted as streams (big-file.ts): each fixed file replaces its original. */
export async function writeBigFixes(
  big: readonly PlannedFile[],
  results: FileResult[],
  session: Session,
  spillDir: string,
): Promise<void> {
  const { lintBigFile, replaceFixed } = await import('../big-file.js');
  for (const file of big) {
    const spill = results[file.index]!.spill;
    if (!spill?.fixedFile) continue;
    const problem = replaceFixed(file.absolute!, spill);
    if (problem === null) continue;
    session.io.stderr.write(`bayan: ${file.displayPath}: ${problem}\n`);
    rmSync(spill.findingsFile, { force: true });
    rmSync(spill.textFile, { force: true });
    results[file.index] = await lintBigFile({ ...file, task: { ...file.task, fix: false } }, session, spillDir);
  }
}

export async function printDiffs(results: readonly FileResult[], session: Session): Promise<void> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  for (const r of results) {
    if (r.output === undefined) continue;
    session.io.stdout.write(
      createTwoFilesPatch(`a/${r.displayPath}`, `b/${r.displayPath}`, r.source, r.output, undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY,
      }),
    );
  }
}

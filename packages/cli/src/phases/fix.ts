/**
 * Phase 4, fixes: with --fix, each fixed text is written back atomically,
 * unless the file changed on disk while it was being checked (then it is
 * linted again as it now stands and left alone); with --fix-dry-run the
 * fixes are printed as a unified diff. Standard input's fixed text is
 * printed by the report phase.
 */
import { readFile } from 'node:fs/promises';
import { lintTask } from '../lint-file.js';
import type { FileResult } from '../result.js';
import type { Session } from '../session.js';
import type { PendingFile } from './read.js';

export async function writeFixes(pending: readonly PendingFile[], results: FileResult[], session: Session): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  for (const file of pending) {
    const result = results[file.index]!;
    if (result.output === undefined || !file.absolute) continue;
    const now = await readFile(file.absolute).catch(() => null);
    if (!now || !Buffer.from(now).equals(Buffer.from(file.bytes))) {
      session.io.stderr.write(`bayan: ${file.displayPath}: changed on disk while it was being checked; fixes not written\n`);
      const again = await lintTask({ ...file.task, fix: false }, session.registry, file.config.resolved);
      const { output: _dropped, ...kept } = result;
      results[file.index] = { ...kept, findings: again.findings };
      continue;
    }
    await writeFileAtomic(file.absolute, result.output, { encoding: 'utf8' });
  }
}

export async function printDiffs(results: readonly FileResult[], session: Session): Promise<void> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  for (const r of results) {
    if (r.output === undefined) continue;
    session.io.stdout.write(createTwoFilesPatch(`a/${r.displayPath}`, `b/${r.displayPath}`, r.source, r.output, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
  }
}

/**
 * Writing is where a linter can lose a user's work, so every write goes
 * through here:
 *
 * - the report file (`-o`) may not be one of the files being checked (the
 *   report would replace the release);
 * - `--fix` leaves a read-only file alone (mode without write bits, checked
 *   from the mode so it holds for root too), with a message;
 * - a file that cannot be written gets a message and the run goes on;
 * - a file with other hard links is written in place (same inode, so every
 *   link sees the fix); any other file is written atomically. Through a
 *   symbolic link the file the link points to is written and the link stays;
 * - the text is written back in the file's own encoding (UTF-8 or UTF-16).
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { encode, encodingOf } from './decode.js';
import { UsageError } from './files.js';

/** Throws a UsageError when the output file is (a link to) one of the inputs. */
export function refuseOutputOverInput(
  outputFile: string | undefined,
  inputs: ReadonlyArray<string | null>,
  cwd: string,
): void {
  if (outputFile === undefined) return;
  const target = resolve(cwd, outputFile);
  const out = statSync(target, { throwIfNoEntry: false });
  for (const input of inputs) {
    if (!input) continue;
    const stat = out && statSync(input, { throwIfNoEntry: false });
    const same =
      input === target || (out !== undefined && stat !== undefined && stat.ino === out.ino && stat.dev === out.dev);
    if (same)
      throw new UsageError(
        `--output-file ${outputFile}: that is one of the files being checked; the report would overwrite it (choose another file)`,
      );
  }
}

/** Why a fixed file was not written, or null when it was. */
export async function writeFixed(path: string, output: string, original: Uint8Array): Promise<string | null> {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return `could not be written (${codeOf(error)}); fixes not written`;
  }
  if ((stat.mode & 0o222) === 0) return 'is read-only; fixes not written';
  const bytes = encode(output, encodingOf(original));
  try {
    if (stat.nlink > 1) {
      // Other hard links share this inode: replacing the file would cut them off.
      await writeFile(path, bytes, { flag: 'r+' });
      await truncateTo(path, bytes.length);
    } else {
      const { default: writeFileAtomic } = await import('write-file-atomic');
      await writeFileAtomic(path, Buffer.from(bytes));
    }
  } catch (error) {
    return `could not be written (${codeOf(error)}); fixes not written`;
  }
  return null;
}

async function truncateTo(path: string, length: number): Promise<void> {
  const { truncate } = await import('node:fs/promises');
  await truncate(path, length);
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Temporary folders of a test file, removed once the file has run (tests/setup-temp.ts, a vitest setup file:
 * each test file has its own copy of this module, so each removes only its own folders). Without it, every
 * `pnpm test` left about 700 folders in the temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder in the temporary folder, named `<prefix>XXXXXX`. */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder testTempDir made in this test file. */
export function removeTestTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort: a folder a failed test left unreadable stays, and the test's own failure is what reports.
    }
  }
}

/**
 * The writing side: the report never replaces a release, --fix never writes
 * over a read-only file, a file that cannot be written does not end the run,
 * links survive, UTF-16 stays UTF-16. Every other byte on disk is unchanged.
 */
import { chmodSync, linkSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bayan, parseJson, snapshot, tempDir, warmPacks } from './helpers.js';

beforeAll(warmPacks, 120_000);

const SLIP = 'ذهب الوزير الى الاجتماع.\n';
const FIXED = 'ذهب الوزير إلى الاجتماع.\n';

describe('--output-file', () => {
  it('refuses a report file that is one of the inputs (by name or by hard link), before anything is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.md'), SLIP);
    linkSync(join(dir, 's.md'), join(dir, 'report.txt'));
    const before = snapshot(dir);
    for (const [out, shown] of [
      ['s.md', 's.md'],
      ['./s.md', './s.md'],
      ['report.txt', 'report.txt'],
    ]) {
      const run = await bayan(['--no-config', '-o', out!, 's.md'], { cwd: dir });
      expect(run.stderr).toBe(
        `bayan: --output-file ${shown}: that is one of the files being checked; the report would overwrite it (choose another file)\n`,
      );
      expect(run.code).toBe(2);
    }
    expect(snapshot(dir)).toEqual(before);
    const ok = await bayan(['--no-config', '-f', 'json', '-o', 'out/report.json', 's.md'], { cwd: dir });
    expect(ok.code).toBe(1);
    expect(parseJson(readFileSync(join(dir, 'out/report.json'), 'utf8'))[0]!.messages).toHaveLength(1);
  });
});

describe('--fix', () => {
  it('skips a read-only file with a message, reports its problems, fixes the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), SLIP);
    writeFileSync(join(dir, 'locked.md'), SLIP);
    chmodSync(join(dir, 'locked.md'), 0o444);
    const inode = statSync(join(dir, 'locked.md')).ino;
    const run = await bayan(['--no-config', '--fix', '--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe('bayan: locked.md: is read-only; fixes not written\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'locked.md'), 'utf8')).toBe(SLIP);
    expect(statSync(join(dir, 'locked.md')).ino).toBe(inode);
    const [a, locked] = parseJson(run.stdout);
    expect(a!.messages).toEqual([]);
    expect(locked!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['orthography/common-misspellings', 1, 12],
    ]);
    expect(locked!.output).toBeUndefined();
    expect(run.code).toBe(1);
  });

  it('a file that cannot be written gets a message; the files after it are written and the report is complete', async () => {
    const dir = tempDir();
    // The atomic write's temporary name (the file name plus a suffix) is longer than a name may be.
    const long = `${'ب'.repeat(125)}.md`;
    writeFileSync(join(dir, 'a.md'), SLIP);
    writeFileSync(join(dir, long), SLIP);
    writeFileSync(join(dir, 'z.md'), SLIP);
    const run = await bayan(['--no-config', '--fix', '--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe(`bayan: ${long}: could not be written (ENAMETOOLONG); fixes not written\n`);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, 'z.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(dir, long), 'utf8')).toBe(SLIP);
    expect(parseJson(run.stdout).map((r) => r.messages.length)).toEqual([0, 0, 1]);
    expect(run.code).toBe(1);
  });

  it('a file with another hard link is fixed in place: both names still share it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), SLIP);
    linkSync(join(dir, 'a.md'), join(dir, 'b.txt'));
    const run = await bayan(['--no-config', '--fix', 'a.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'a.md')).ino).toBe(statSync(join(dir, 'b.txt')).ino);
    expect(statSync(join(dir, 'a.md')).nlink).toBe(2);
  });

  it('through a symbolic link, the file it points to is fixed and the link stays a link', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), SLIP);
    symlinkSync('real.md', join(dir, 'link.md'));
    const run = await bayan(['--no-config', '--fix', 'link.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe(FIXED);
  });

  it('a UTF-16 file is fixed and written back as UTF-16 with its BOM', async () => {
    const dir = tempDir();
    const le = Buffer.from(`\uFEFF${SLIP}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    const run = await bayan(['--no-config', '--fix', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'le.txt'))).toEqual(Buffer.from(`\uFEFF${FIXED}`, 'utf16le'));
    expect(readFileSync(join(dir, 'be.txt'))).toEqual(Buffer.from(`\uFEFF${FIXED}`, 'utf16le').swap16());
  });
});

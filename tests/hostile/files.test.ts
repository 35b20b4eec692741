/**
 * Files a careless user or an attacker can put in the way: symbolic link
 * loops, links out of the tree, FIFOs and devices (as files and as files a
 * config names), unreadable files and folders, odd names. Every other file
 * of the run is linted; nothing is read twice, hangs, or leaks.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bayan, parseJson, ROOT, tempDir, warmPacks } from './helpers.js';

beforeAll(warmPacks, 120_000);

const SLIP = 'ذهب الوزير الى الاجتماع.\n';
const names = (stdout: string) => parseJson(stdout).map((r) => r.filePath);

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  expect(made.status).toBe(0);
}

describe('symbolic links', () => {
  it('a loop lints each real file once, under its real path', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tree/sub'), { recursive: true });
    writeFileSync(join(dir, 'tree/a.md'), SLIP);
    writeFileSync(join(dir, 'tree/sub/b.md'), SLIP);
    symlinkSync('..', join(dir, 'tree/sub/up'));
    symlinkSync('.', join(dir, 'tree/self'));
    symlinkSync('sub', join(dir, 'tree/alias'));
    // A link to a file of the tree, beside it: the same real file.
    symlinkSync('a.md', join(dir, 'tree/copy.md'));
    const run = await bayan(['--no-config', '--format', 'json', 'tree', 'tree/alias/b.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(names(run.stdout)).toEqual([join(dir, 'tree/a.md'), join(dir, 'tree/sub/b.md')]);
    expect(run.code).toBe(1);
  });

  it('links out of the tree are not followed (a note says so) unless --follow-symlinks; no outside text reaches the report', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'outside'));
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'outside/secret.md'), 'سر خارجي الى\n');
    writeFileSync(join(dir, 'tree/in.md'), SLIP);
    symlinkSync('../outside/secret.md', join(dir, 'tree/leak.md'));
    symlinkSync('../outside', join(dir, 'tree/out'));
    const run = await bayan(['--no-config', '--format', 'json', 'tree'], { cwd: dir });
    expect(names(run.stdout)).toEqual([join(dir, 'tree/in.md')]);
    expect(run.stdout).not.toContain('سر خارجي');
    expect(run.stderr).toBe(
      'bayan: tree/leak.md: a symbolic link out of tree/; not followed (use --follow-symlinks to check it)\n' +
        'bayan: tree/out: a symbolic link out of tree/; not followed (use --follow-symlinks to check it)\n',
    );
    const followed = await bayan(['--no-config', '--format', 'json', '--follow-symlinks', 'tree'], { cwd: dir });
    expect(followed.stderr).toBe('');
    expect(names(followed.stdout)).toEqual([join(dir, 'tree/in.md'), join(dir, 'tree/leak.md')]);
  });
});

describe('files that are not regular files', () => {
  it('a FIFO named on the command line is a finding, not a hang; the other file is linted', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'pipe.md'));
    writeFileSync(join(dir, 'ok.md'), SLIP);
    const run = await bayan(['--no-config', '--format', 'json', 'pipe.md', 'ok.md'], { cwd: dir });
    const [ok, pipe] = parseJson(run.stdout);
    expect(pipe!.messages).toMatchObject([
      {
        ruleId: 'bayan/parse-error',
        severity: 2,
        message: 'The file could not be read: it is a FIFO (named pipe), not a regular file',
      },
    ]);
    expect(ok!.messages.map((m) => m.ruleId)).toEqual(['orthography/common-misspellings']);
    expect(run.code).toBe(1);
  });

  it('a dictionary that is /dev/zero or a FIFO, or a config file that is a FIFO, is a config error (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), SLIP);
    writeFileSync(join(dir, 'zero.yaml'), 'terminology:\n  dictionaries: [/dev/zero]\n');
    const zero = await bayan(['-c', 'zero.yaml', 'a.md'], { cwd: dir });
    expect(zero.stderr).toBe(
      'bayan: config error: zero.yaml: terminology.dictionaries[0] names /dev/zero, which is a device, not a regular file: Bayan reads only regular files\n',
    );
    expect(zero.code).toBe(2);
    mkfifo(join(dir, 'terms.yaml'));
    writeFileSync(join(dir, 'fifo.yaml'), 'terminology:\n  dictionaries: [./terms.yaml]\n');
    const fifo = await bayan(['-c', 'fifo.yaml', 'a.md'], { cwd: dir });
    expect(fifo.stderr).toBe(
      `bayan: config error: fifo.yaml: terminology.dictionaries[0] names terms.yaml, which is a FIFO (named pipe), not a regular file: Bayan reads only regular files\n`,
    );
    expect(fifo.code).toBe(2);
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'b.md'), SLIP);
    mkfifo(join(sub, 'bayan.config.yaml'));
    const found = await bayan(['sub/b.md'], { cwd: dir });
    expect(found.stderr).toBe(
      'bayan: config error: sub/bayan.config.yaml: (file) is a FIFO (named pipe), not a regular file: Bayan reads only regular files\n',
    );
    expect(found.code).toBe(2);
  });
});

/** Runs the built command as an unprivileged user when the tests run as root (root reads any file). */
function asUser(args: string[], cwd: string) {
  const bin = join(ROOT, 'tests/cli/helpers/test-bin.mjs');
  const root = process.getuid?.() === 0;
  const command = root
    ? ['runuser', '-u', 'nobody', '--', process.execPath, bin, ...args]
    : [process.execPath, bin, ...args];
  const p = spawnSync(command[0]!, command.slice(1), {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C' },
    timeout: 60_000,
  });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('permissions', () => {
  it('an unreadable folder is reported, an unreadable file is a finding, and the rest is linted', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/hidden.md'), 'قي\n');
    writeFileSync(join(dir, 'secret.md'), 'قي\n');
    writeFileSync(join(dir, 'ok.md'), 'قي\n');
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'secret.md'), 0o000);
    const run = asUser(['--format', 'json', '.'], dir);
    chmodSync(join(dir, 'locked'), 0o755);
    expect(run.stderr).toBe('bayan: locked/: folder could not be read (EACCES); the files in it were not checked\n');
    const results = parseJson(run.stdout);
    expect(results.map((r) => [r.filePath.split('/').pop(), r.messages.map((m) => m.message)])).toEqual([
      ['ok.md', ['“قي” should be “في”.']],
      ['secret.md', ['The file could not be read: it could not be opened (EACCES)']],
    ]);
    expect(run.code).toBe(1);
  });
});

describe('file names', () => {
  it('spaces, Arabic letters and a newline in a name: linted, and shown without breaking the report', async () => {
    const dir = tempDir();
    for (const name of ['with space.md', 'بيان صحفي.md', 'line\nbreak.md', 'evil\n::error file=x.md::pwned.md'])
      writeFileSync(join(dir, name), SLIP);
    const json = await bayan(['--no-config', '--format', 'json', '.'], { cwd: dir });
    expect(names(json.stdout).map((p) => p.slice(dir.length + 1))).toEqual([
      'evil\n::error file=x.md::pwned.md',
      'line\nbreak.md',
      'with space.md',
      'بيان صحفي.md',
    ]);
    const github = await bayan(['--no-config', '--format', 'github', '.'], { cwd: dir });
    const lines = github.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::error file=evil%0A%3A%3Aerror file=x.md%3A%3Apwned.md,line=1,col=12,endLine=1,endColumn=15,title=orthography/common-misspellings::“الى” is a misspelling of “إلى”.',
    );
    const stylish = await bayan(['--no-config', '.'], { cwd: dir });
    expect(stylish.stdout).toContain('\nevil⏎::error file=x.md::pwned.md\n');
    expect(stylish.stdout).toContain('\nline⏎break.md\n');
  });
});

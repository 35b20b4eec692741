// The bundled command starts from its CommonJS build through V8's code cache
// (packages/cli/src/code-cache.ts): the first run writes the cache, later runs
// read it, and a cache that V8 rejects or that is switched off changes nothing
// but the time. Each test has its own TMPDIR, so the cache folder is its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shouldRefresh } from '../../packages/cli/src/code-cache.js';
import { ROOT, tempDir } from './helpers/run.js';

const BIN = join(ROOT, 'packages/cli/bundle/bin.js');
const RELEASE = 'قي المدينة اجتماع، وقال الوزير أن الخطة جاهزة.\n';

function run(dir: string, env: Record<string, string> = {}) {
  const p = spawnSync(process.execPath, [BIN, '--no-config', 'release.md'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LANG: 'C', TMPDIR: join(dir, 'tmp'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

function setUp() {
  const dir = tempDir();
  writeFileSync(join(dir, 'release.md'), RELEASE);
  spawnSync('mkdir', [join(dir, 'tmp')]);
  const uid = process.getuid?.() ?? 'user';
  const folder = join(dir, 'tmp', `bayan-compile-cache-${uid}`, `${process.version}-${process.arch}`);
  return { dir, folder };
}

const EXPECTED_FINDING = '1:1   error    \u2066“قي” is a misspelling of “في”.\u2069  orthography/common-misspellings';

describe('shouldRefresh', () => {
  it('asks for a new cache after twice the work of the run that wrote it, never without a record', () => {
    expect(shouldRefresh(600, 300)).toBe(true);
    expect(shouldRefresh(599, 300)).toBe(false);
    expect(shouldRefresh(5000, null)).toBe(false);
    expect(shouldRefresh(1, 0)).toBe(true);
  });
});

describe('code cache of the bundled command', () => {
  it('is written by the first run, read by the next, with the same report', () => {
    const { dir, folder } = setUp();
    expect(existsSync(folder)).toBe(false);
    const first = run(dir);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(first.stdout).toContain(EXPECTED_FINDING);
    const files = readdirSync(folder).sort();
    // cli.cjs, its shared chunk, the packs, the runtime, the stylish report: one cache file each.
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.every((f) => /^[0-9a-f]{64}$/.test(f))).toBe(true);
    expect(statSync(join(folder, '..')).mode & 0o777).toBe(0o700);
    const written = files.map((f) => statSync(join(folder, f)).mtimeMs);
    const second = run(dir);
    expect(second).toEqual(first);
    // Accepted by V8, so not written again: the same files, untouched.
    expect(readdirSync(folder).sort()).toEqual(files);
    expect(files.map((f) => statSync(join(folder, f)).mtimeMs)).toEqual(written);
  }, 120_000);

  it('a cache V8 rejects (not its data) is compiled from source and written anew', () => {
    const { dir, folder } = setUp();
    const first = run(dir);
    const files = readdirSync(folder);
    for (const f of files) writeFileSync(join(folder, f), Buffer.alloc(64, 7));
    const second = run(dir);
    expect(second).toEqual(first);
    // Each script's cache is V8's data again; the work file (a number, see the next test) is written anew too.
    const isWork = (f: string) => /^\d+$/.test(readFileSync(join(folder, f), 'latin1'));
    expect(files.filter(isWork)).toHaveLength(1);
    expect(files.filter((f) => !isWork(f)).every((f) => statSync(join(folder, f)).size > 64)).toBe(true);
  }, 120_000);

  it('is written again by a run that did at least twice the work of the run that wrote it', () => {
    const { dir, folder } = setUp();
    const first = run(dir);
    // The work file: the CPU milliseconds of the run that wrote the cache, a number in a file named like the others.
    const workFiles = readdirSync(folder).filter((f) => /^\d+$/.test(readFileSync(join(folder, f), 'latin1')));
    expect(workFiles).toHaveLength(1);
    const work = join(folder, workFiles[0]!);
    expect(Number(readFileSync(work, 'latin1'))).toBeGreaterThan(0);
    const scripts = readdirSync(folder).filter((f) => join(folder, f) !== work);
    const mtimes = () => scripts.map((f) => statSync(join(folder, f)).mtimeMs);
    // A cache written by a run that did almost nothing: this run does more than twice that, and writes it all again.
    writeFileSync(work, '1');
    const old = mtimes().map((t) => t - 10_000);
    scripts.forEach((f, k) => utimesSync(join(folder, f), old[k]! / 1000, old[k]! / 1000));
    expect(run(dir)).toEqual(first);
    expect(mtimes().every((t, k) => t > old[k]!)).toBe(true);
    expect(Number(readFileSync(work, 'latin1'))).toBeGreaterThan(1);
    // A cache written by a much bigger run: nothing is written.
    writeFileSync(work, '99999999');
    const before = mtimes();
    expect(run(dir)).toEqual(first);
    expect(mtimes()).toEqual(before);
    expect(readFileSync(work, 'latin1')).toBe('99999999');
  }, 120_000);

  it('NODE_DISABLE_COMPILE_CACHE=1 writes no cache and gives the same report', () => {
    const { dir, folder } = setUp();
    const off = run(dir, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.status).toBe(1);
    expect(off.stdout).toContain(EXPECTED_FINDING);
    expect(existsSync(join(folder, '..'))).toBe(false);
    expect(run(dir)).toEqual(off);
  }, 120_000);

  it('keeps the newest files: the caches of earlier builds are removed when a new one is written', () => {
    const { dir, folder } = setUp();
    spawnSync('mkdir', ['-p', '-m', '0700', folder]);
    spawnSync('chmod', ['0700', join(folder, '..')]);
    const old = Array.from({ length: 60 }, (_, k) => join(folder, `old-${String(k).padStart(2, '0')}`));
    old.forEach((file, k) => {
      writeFileSync(file, 'x');
      // Older and older: old-00 the newest of them, all older than what the run writes.
      utimesSync(file, 1_000_000 - k, 1_000_000 - k);
    });
    const r = run(dir);
    expect(r.status).toBe(1);
    const files = readdirSync(folder);
    expect(files.length).toBe(48);
    const fresh = files.filter((f) => /^[0-9a-f]{64}$/.test(f)).length;
    expect(fresh).toBeGreaterThanOrEqual(5);
    // The newest of the old ones stay, the oldest are gone.
    expect(files.filter((f) => f.startsWith('old-')).sort()).toEqual(
      old.slice(0, 48 - fresh).map((f) => f.split('/').pop()),
    );
  }, 120_000);

  it('a cache folder another user could write to is not used', () => {
    const { dir, folder } = setUp();
    spawnSync('mkdir', ['-p', '-m', '0777', folder]);
    spawnSync('chmod', ['0777', join(folder, '..')]);
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(EXPECTED_FINDING);
    expect(readdirSync(folder)).toEqual([]);
  }, 120_000);
});

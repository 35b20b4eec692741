import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayan, copyFixture, FIXTURES, tempDir } from './helpers/run.js';

const MANY = join(FIXTURES, 'many');
const files = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);

describe('--shard i/n', () => {
  const all = files(bayan(['--format', 'json'], { cwd: MANY }).stdout);
  const parts = ['1/3', '2/3', '3/3'].map((s) =>
    files(bayan(['--format', 'json', '--shard', s], { cwd: MANY }).stdout),
  );

  it('splits the sorted file list into disjoint parts that cover every file', () => {
    expect(all).toHaveLength(15);
    expect(parts.map((p) => p.length)).toEqual([5, 5, 5]);
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
  });

  it('is deterministic: every n-th file of the sorted list', () => {
    expect(parts[0]).toEqual([all[0], all[3], all[6], all[9], all[12]]);
    expect(files(bayan(['--format', 'json', '--shard', '1/3'], { cwd: MANY }).stdout)).toEqual(parts[0]);
  });

  it('1/1 is the whole list', () => {
    expect(files(bayan(['--format', 'json', '--shard', '1/1'], { cwd: MANY }).stdout)).toEqual(all);
  });
});

describe('--concurrency', () => {
  it('worker threads give output identical to, and in the same order as, a single-threaded run', () => {
    const log = join(tempDir(), 'log');
    const one = bayan(['--format', 'json', '--concurrency', '1'], { cwd: MANY, env: { BAYAN_TEST_LOG: log } });
    const oneThreads = new Set(
      readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[0]),
    );
    rmSync(log);
    const two = bayan(['--format', 'json', '--concurrency', '2'], {
      cwd: MANY,
      env: { BAYAN_TEST_LOG: log, BAYAN_THREADS_FROM_BYTES: '0' },
    });
    const twoLines = readFileSync(log, 'utf8').trim().split('\n');
    const twoThreads = new Set(twoLines.map((l) => l.split(' ')[0]));
    expect(two.stdout).toBe(one.stdout);
    // A worker gets files only once it has loaded the packs: no file is linted twice.
    const paths = twoLines.map((l) => l.split(' ')[1]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBe((JSON.parse(one.stdout) as unknown[]).length);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe('');
    // One run linted in the main thread (thread 0) only. With --concurrency 2 the main thread lints
    // beside one worker (n threads in all); on 15 small files the main thread may well lint them all
    // before the worker has loaded the packs: at most one other thread.
    expect([...oneThreads]).toEqual(['0']);
    expect(twoThreads.has('0')).toBe(true);
    expect(twoThreads.size).toBeLessThanOrEqual(2);
    // Without BAYAN_THREADS_FROM_BYTES a run this small (under 2 MB) starts no worker at all.
    rmSync(log);
    const small = bayan(['--format', 'json', '--concurrency', '2'], { cwd: MANY, env: { BAYAN_TEST_LOG: log } });
    expect(small.stdout).toBe(one.stdout);
    expect([
      ...new Set(
        readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => l.split(' ')[0]),
      ),
    ]).toEqual(['0']);
    // Same for the other formatters and for --fix-dry-run.
    for (const args of [
      ['--format', 'stylish'],
      ['--format', 'sarif'],
      ['--fix-dry-run', '--format', 'github'],
    ]) {
      expect(bayan([...args, '--concurrency', '3'], { cwd: MANY, env: { BAYAN_THREADS_FROM_BYTES: '0' } }).stdout).toBe(
        bayan([...args, '--concurrency', '1'], { cwd: MANY }).stdout,
      );
    }
    // Eight real processes, half of them with worker threads: more than the default 30 s on a busy machine.
  }, 180_000);

  it('--fix with workers writes the same files as without', () => {
    const a = copyFixture('many');
    const b = copyFixture('many');
    bayan(['--fix', '--concurrency', '1'], { cwd: a });
    bayan(['--fix', '--concurrency', '4'], { cwd: b, env: { BAYAN_THREADS_FROM_BYTES: '0' } });
    for (let i = 1; i <= 14; i++) {
      const name = `file-${String(i).padStart(2, '0')}.txt`;
      expect(readFileSync(join(b, name), 'utf8')).toBe(readFileSync(join(a, name), 'utf8'));
    }
    expect(readFileSync(join(a, 'file-01.txt'), 'utf8')).toBe('الفقرة رقم 01 في النص، وثمنها 01 جنية.\n');
  });
});

describe('--cache', () => {
  it('skips unchanged files, and lints again a file whose content, or whose config, changed', () => {
    const dir = copyFixture('many');
    const log = join(dir, '..', `${dir.split('/').pop()}.log`);
    const run = (extra: string[] = []) => {
      rmSync(log, { force: true });
      const r = bayan(['--format', 'json', '--cache', ...extra], { cwd: dir, env: { BAYAN_TEST_LOG: log } });
      const linted = existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => l.split(' ')[1]!.slice(dir.length + 1))
            .sort()
        : [];
      return { ...r, linted };
    };
    const first = run();
    expect(first.linted).toHaveLength(15);
    expect(existsSync(join(dir, '.bayancache'))).toBe(true);
    const second = run();
    expect(second.linted).toEqual([]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);

    writeFileSync(join(dir, 'file-02.txt'), 'نص جديد قي الملف.\n');
    const third = run();
    expect(third.linted).toEqual(['file-02.txt']);
    expect(JSON.parse(third.stdout)[2].messages.map((m: { column: number }) => m.column)).toEqual([9]);

    // A different resolved config (here a --rule) lints everything again.
    expect(run(['--rule', 'demo/currency: off']).linted).toHaveLength(15);
    writeFileSync(join(dir, '.bayanrc.yaml'), 'locale: ar\n');
    expect(run().linted).toHaveLength(15);
    expect(run().linted).toEqual([]);
    // Seven real processes: more than the default 30 s on a busy machine.
  }, 120_000);

  it('starts afresh from a cache file it cannot use, and writes the file only when an entry changed', () => {
    const dir = copyFixture('many');
    const cacheFile = join(dir, '.bayancache');
    const plain = bayan(['--format', 'json'], { cwd: dir });
    for (const broken of ['{"bayanResultCache": 2, "entr', '[{"a":"1"},{"b":"2"}]', '\u0000\u00ff binary', '']) {
      writeFileSync(cacheFile, broken);
      const r = bayan(['--format', 'json', '--cache'], { cwd: dir });
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toBe('');
      expect(JSON.parse(readFileSync(cacheFile, 'utf8')).bayanResultCache).toBe(2);
    }
    // A cached entry whose findings are not a list is not used.
    const store = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const first = Object.keys(store.entries).sort()[0]!;
    store.entries[first].findings = 'not a list';
    writeFileSync(cacheFile, JSON.stringify(store));
    expect(bayan(['--format', 'json', '--cache'], { cwd: dir }).stdout).toBe(plain.stdout);
    // Nothing changed: the file is not written again (same inode and content, no temporary file left).
    const before = statSync(cacheFile);
    const text = readFileSync(cacheFile, 'utf8');
    expect(bayan(['--format', 'json', '--cache'], { cwd: dir }).stdout).toBe(plain.stdout);
    expect(statSync(cacheFile).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(cacheFile, 'utf8')).toBe(text);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('--cache-location chooses the cache file', () => {
    const dir = copyFixture('basic');
    bayan(['--cache', '--cache-location', 'tmp/bayan-cache.json'], { cwd: dir });
    expect(existsSync(join(dir, 'tmp/bayan-cache.json'))).toBe(true);
    expect(existsSync(join(dir, '.bayancache'))).toBe(false);
  });
});

describe('--timing', () => {
  // The real packs (more than ten rules); --concurrency 2 asks for a worker, which --timing declines.
  const plain = bayan(['--format', 'json'], { cwd: MANY, real: true });
  const timed = bayan(['--format', 'json', '--timing', '--concurrency', '2'], {
    cwd: MANY,
    real: true,
    env: { BAYAN_THREADS_FROM_BYTES: '0' },
  });
  const lines = timed.stderr.trimEnd().split('\n');
  const rows = lines.slice(2).map((line) => line.split('|').map((cell) => cell.trim()));

  it('leaves the report and the exit code as they are', () => {
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.status).toBe(plain.status);
  });

  it('prints the ten slowest rules after the report, slowest first, with their share', () => {
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/);
    expect(lines[1]!.length).toBe(lines[0]!.length);
    expect(rows).toHaveLength(10);
    for (const [id, ms, share] of rows) {
      expect(id === '(token stream)' || /^[a-z0-9]+\/[a-z0-9-]+$/.test(id!)).toBe(true);
      expect(ms).toMatch(/^\d+\.\d{3}$/);
      expect(share).toMatch(/^\d+\.\d%$/);
    }
    const times = rows.map((r) => Number(r[1]));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const shares = rows.map((r) => Number(r[2]!.slice(0, -1)));
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100.05);
  });
});

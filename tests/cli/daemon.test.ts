// bayan_d, the command through a warm server (packages/cli/src/daemon): real processes, each test with a
// runtime folder of its own (XDG_RUNTIME_DIR), so its server is its own; every server is stopped at the end.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serverId } from '../../packages/cli/src/daemon/place.js';
import { bayan as runCommand, bayanBytes, FIXTURES, ROOT, type RunResult } from './helpers/run.js';
import { testTempDir } from '../helpers/temp.js';

const BUNDLE = join(ROOT, 'packages/cli/bundle');
const CLIENT = join(BUNDLE, 'bayan-d.cjs');
const BIN = join(BUNDLE, 'bin.js');

const runtimes: string[] = [];
function runtime(): string {
  const dir = testTempDir('bayan-d-test-');
  runtimes.push(dir);
  return dir;
}

interface Options {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
}

/** One warm worker on any machine (by default there is none on 2 cores): the runs of these tests go through it. */
const SERVER_ENV = { BAYAN_D_WORKERS: '1' };

function envFor(run: string, options: Options): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C',
    XDG_RUNTIME_DIR: run,
    ...SERVER_ENV,
    ...options.env,
  };
}

/** The environment of a run of the bundle's entries: the runtime folder (used by bayan_d only) and SERVER_ENV. */
const entryEnv = (run: string, env: Record<string, string> = {}) => ({ XDG_RUNTIME_DIR: run, ...SERVER_ENV, ...env });
/** Runs one of the bundle's entries with the test's environment. */
const runEntry = (entry: string, run: string, args: readonly string[], options: Options): RunResult =>
  runCommand(args, { ...options, entry, env: entryEnv(run, options.env) });

const bayanD = (run: string, args: readonly string[], options: Options = {}) => runEntry(CLIENT, run, args, options);
/** The command itself. */
const bayan = (run: string, args: readonly string[], options: Options = {}) => runEntry(BIN, run, args, options);

function bayanDAsync(run: string, args: readonly string[], options: Options = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLIENT, ...args], { cwd: options.cwd ?? FIXTURES, env: envFor(run, options) });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    p.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    p.stdin.end(options.input ?? '');
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

const pidOf = (status: string) => Number(/pid (\d+)/.exec(status)?.[1]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  for (const run of runtimes) bayanD(run, ['stop']);
});

describe('bayan_d prints, writes and exits as bayan does', { timeout: 120_000 }, () => {
  const run = runtime();
  const cases: Array<[string, string[], Options?]> = [
    ['stylish, English', ['basic']],
    ['stylish, Arabic (LANG)', ['basic'], { env: { LANG: 'ar_EG.UTF-8' } }],
    ['json', ['--format', 'json', 'basic']],
    ['sarif', ['--format', 'sarif', 'basic/release.md']],
    ['a config error (exit 2)', ['--config', 'errors/unknown-rule/bayan.config.yaml', 'basic']],
    ['a usage error (exit 2)', ['--concurrency', 'zero', 'basic']],
    ['--help', ['--help']],
    ['colours forced', ['--format', 'stylish', 'basic/release.md'], { env: { FORCE_COLOR: '1' } }],
    [
      'standard input',
      ['--stdin', '--stdin-filename', 'x.md'],
      { input: 'قال الوزير ان الاجتماع كان مثمرا قي القاهرة.\n' },
    ],
    ['many files, two threads', ['--concurrency', '2', 'many'], { env: { BAYAN_THREADS_FROM_BYTES: '0' } }],
  ];
  it.each(cases)('%s', (_name, args, options = {}) => {
    const direct = bayan(run, args, options);
    const warm = bayanD(run, args, options);
    expect(warm).toEqual(direct);
    expect(direct.stdout.length + direct.stderr.length).toBeGreaterThan(0);
  });

  it('served every run above from one server, still running', () => {
    const status = bayanD(run, ['status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(
      /^bayan_d: running \(pid \d+, Bayan \d+\.\d+\.\d+, up \d+ min, 10 runs, 1 warm worker\)\n$/,
    );
    expect(alive(pidOf(status.stdout))).toBe(true);
  });
});

describe('bayan_d --fix and -o', { timeout: 120_000 }, () => {
  it('writes the same fixed files and report as bayan', () => {
    const run = runtime();
    const a = testTempDir('bayan-d-fix-');
    const b = testTempDir('bayan-d-fix-');
    for (const dir of [a, b]) cpSync(join(FIXTURES, 'basic'), dir, { recursive: true });
    const args = ['--fix', '--format', 'json', '-o', 'report.json', '.'];
    const direct = bayan(run, args, { cwd: a });
    const warm = bayanD(run, args, { cwd: b });
    expect(warm).toEqual(direct);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    expect(files).toContain('report.json');
    for (const name of files) {
      const fromWarm = readFileSync(join(b, name), 'utf8');
      expect(fromWarm.split(b).join('<dir>'), name).toBe(readFileSync(join(a, name), 'utf8').split(a).join('<dir>'));
    }
    // The fix did change a file (the test would otherwise compare two untouched copies).
    expect(readFileSync(join(a, 'release.md'), 'utf8')).not.toBe(
      readFileSync(join(FIXTURES, 'basic/release.md'), 'utf8'),
    );
  });

  it('prints standard input fixed in the encoding it came in, byte for byte as bayan does', () => {
    const run = runtime();
    const env = entryEnv(run);
    const utf16 = Buffer.from('\uFEFFقال الوزير ان الاجتماع كان مثمرا قي القاهرة.\n', 'utf16le');
    for (const input of [utf16, Buffer.from([0x41, 0xff, 0xfe, 0x0a])]) {
      const args = ['--stdin', '--fix'];
      const direct = bayanBytes(args, { entry: BIN, env, input });
      const warm = bayanBytes(args, { entry: CLIENT, env, input });
      expect(warm).toEqual(direct);
      expect(direct.stdout.subarray(0, 2)).toEqual(input.subarray(0, 2));
    }
    // The UTF-16 run was fixed («قي» → «في»), in UTF-16.
    expect(bayanBytes(['--stdin', '--fix'], { entry: CLIENT, env, input: utf16 }).stdout.toString('utf16le')).toContain(
      'في القاهرة',
    );
  });
});

describe('bayan_d under a reader that goes away', { timeout: 60_000 }, () => {
  it('ends quietly with the run’s exit code, as bayan does (`… | head`)', () => {
    const run = runtime();
    const dir = testTempDir('bayan-d-pipe-');
    // A report far larger than a pipe's buffer, so the writer meets the closed pipe.
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `r${i}.txt`), 'اجتمع الوزير قي القاهرة.\n'.repeat(20));
    const piped = (entry: string) =>
      spawnSync(
        'bash',
        [
          '-c',
          '"$0" "$1" --format json . 2>"$2" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"',
          process.execPath,
          entry,
          join(dir, 'err.txt'),
        ],
        {
          cwd: dir,
          env: envFor(run, {}),
          encoding: 'utf8',
        },
      );
    const warm = piped(CLIENT);
    expect(warm.stdout).toBe('1\n');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
    const direct = piped(BIN);
    expect(direct.stdout).toBe('1\n');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
  });
});

describe('bayan_d creates files with the client’s permissions', { timeout: 60_000 }, () => {
  it('writes -o under the umask of each client, as bayan does', () => {
    if (process.platform === 'win32') return;
    const run = runtime();
    const dir = testTempDir('bayan-d-umask-');
    const client = (mask: string, out: string) =>
      spawnSync(
        'sh',
        [
          '-c',
          `umask ${mask} && exec "$0" "$@"`,
          process.execPath,
          CLIENT,
          '-o',
          out,
          join(FIXTURES, 'basic/clean.txt'),
        ],
        {
          cwd: dir,
          env: envFor(run, {}),
        },
      );
    const mode = (file: string) => statSync(join(dir, file)).mode & 0o777;
    expect(client('077', 'private.txt').status).toBe(0);
    expect(client('022', 'shared.txt').status).toBe(0);
    expect(client('077', 'private-again.txt').status).toBe(0);
    expect([mode('private.txt'), mode('shared.txt'), mode('private-again.txt')]).toEqual([0o600, 0o644, 0o600]);
    expect(bayanD(run, ['status']).stdout).toMatch(/ 3 runs,/);
  });
});

describe('bayan_d reads config and dictionaries afresh on every run', { timeout: 60_000 }, () => {
  it('sees a rule turned off between two runs of the same server', () => {
    const run = runtime();
    const dir = testTempDir('bayan-d-config-');
    writeFileSync(join(dir, 'a.txt'), 'اجتمع الوزير قي القاهرة.\n');
    writeFileSync(join(dir, 'bayan.config.yaml'), 'extends: [recommended]\n');
    const before = bayanD(run, ['--format', 'json', 'a.txt'], { cwd: dir });
    const ids = (r: RunResult) =>
      (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    expect(ids(before)).toContain('orthography/common-misspellings');
    writeFileSync(
      join(dir, 'bayan.config.yaml'),
      'extends: [recommended]\nrules:\n  orthography/common-misspellings: off\n',
    );
    const after = bayanD(run, ['--format', 'json', 'a.txt'], { cwd: dir });
    expect(ids(after)).not.toContain('orthography/common-misspellings');
    expect(after).toEqual(bayan(run, ['--format', 'json', 'a.txt'], { cwd: dir }));
    expect(bayanD(run, ['status']).stdout).toMatch(/ 2 runs,/);
  });
});

describe('bayan_d start, status, stop, restart', { timeout: 60_000 }, () => {
  it('reports a server that is not running, starts, restarts and stops one', async () => {
    const run = runtime();
    expect(bayanD(run, ['status'])).toEqual({ status: 3, stdout: 'bayan_d: not running\n', stderr: '' });
    const started = bayanD(run, ['start']);
    expect(started.status).toBe(0);
    expect(started.stdout).toMatch(/^bayan_d: running \(pid \d+,.* 0 runs,/);
    const first = pidOf(started.stdout);
    const restarted = bayanD(run, ['restart']);
    expect(restarted.stdout).toMatch(/^bayan_d: stopped\nbayan_d: running \(pid \d+,/);
    const second = pidOf(restarted.stdout.split('\n')[1]!);
    expect(second).not.toBe(first);
    expect(await until(() => !alive(first))).toBe(true);
    expect(bayanD(run, ['stop'])).toEqual({ status: 0, stdout: 'bayan_d: stopped\n', stderr: '' });
    expect(await until(() => !alive(second))).toBe(true);
    expect(bayanD(run, ['stop'])).toEqual({ status: 0, stdout: 'bayan_d: not running\n', stderr: '' });
  });

  it('stops by itself after BAYAN_D_IDLE_MINUTES without a run', async () => {
    const run = runtime();
    const env = { BAYAN_D_IDLE_MINUTES: '0.02' }; // 1.2 s
    const started = bayanD(run, ['start'], { env });
    const pid = pidOf(started.stdout);
    expect(alive(pid)).toBe(true);
    expect(await until(() => !alive(pid), 20_000)).toBe(true);
    expect(bayanD(run, ['status'], { env }).status).toBe(3);
  });

  it('stops when idle even while a client holds a connection open without asking anything', async () => {
    const run = runtime();
    const env = { BAYAN_D_IDLE_MINUTES: '0.02' }; // 1.2 s
    const pid = pidOf(bayanD(run, ['start'], { env }).stdout);
    const socket = connect(
      join(run, `bayan-d-${process.getuid?.() ?? 'user'}`, `${serverId(BUNDLE, envFor(run, { env }))}.sock`),
    );
    await new Promise((resolve) => socket.once('connect', resolve));
    try {
      expect(await until(() => !alive(pid), 20_000)).toBe(true);
    } finally {
      socket.destroy();
    }
  });

  it('replaces a server that died and left its socket behind', async () => {
    const run = runtime();
    const pid = pidOf(bayanD(run, ['start']).stdout);
    process.kill(pid, 'SIGKILL');
    expect(await until(() => !alive(pid))).toBe(true);
    const folder = readdirSync(run).find((name) => name.startsWith('bayan-d-'))!;
    expect(readdirSync(join(run, folder)).some((name) => name.endsWith('.sock'))).toBe(true);
    const args = ['--format', 'json', 'basic/release.md'];
    expect(bayanD(run, args)).toEqual(bayan(run, args));
    const status = bayanD(run, ['status']);
    expect(status.stdout).toMatch(/ 1 run,/);
    expect(pidOf(status.stdout)).not.toBe(pid);
  });

  it('serves two clients that start at once, from one server', async () => {
    const run = runtime();
    const args = ['--format', 'json', 'basic'];
    const [a, b] = await Promise.all([bayanDAsync(run, args), bayanDAsync(run, args)]);
    const direct = bayan(run, args);
    expect(a).toEqual(direct);
    expect(b).toEqual(direct);
    const folder = readdirSync(run).find((name) => name.startsWith('bayan-d-'))!;
    expect(readdirSync(join(run, folder)).filter((name) => name.endsWith('.sock'))).toHaveLength(1);
    expect(bayanD(run, ['status']).stdout).toMatch(/ 2 runs,/);
  });
});

describe('bayan_d never uses a runtime folder that others could reach', { timeout: 60_000 }, () => {
  it('runs in its own process, with a note, when the folder is open to other users', () => {
    if (process.getuid === undefined) return;
    const run = runtime();
    const folder = join(run, `bayan-d-${process.getuid()}`);
    mkdirSync(folder, { mode: 0o700 });
    chmodSync(folder, 0o777);
    const args = ['--format', 'json', 'basic/release.md'];
    const warm = bayanD(run, args);
    const direct = bayan(run, args);
    expect(warm.stdout).toBe(direct.stdout);
    expect(warm.status).toBe(direct.status);
    expect(warm.stderr).toBe(
      `bayan_d: ${folder} is open to other users (mode 777); running in this process\n${direct.stderr}`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('the server refuses what is not a request', { timeout: 60_000 }, () => {
  it('answers a malformed request with a message and keeps serving', async () => {
    const run = runtime();
    bayanD(run, ['start']);
    const socket = connect(
      join(run, `bayan-d-${process.getuid?.() ?? 'user'}`, `${serverId(BUNDLE, envFor(run, {}))}.sock`),
    );
    const body = Buffer.from(JSON.stringify({ argv: 'not a list', cwd: 42 }));
    const head = Buffer.alloc(5);
    head[0] = 0x52; // REQUEST
    head.writeUInt32BE(body.length, 1);
    let answer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => (answer = Buffer.concat([answer, chunk])));
    socket.write(Buffer.concat([head, body]));
    await new Promise((resolve) => socket.once('close', resolve));
    const message = 'bayan_d: the server cannot read this request (a client of another version?)\n';
    expect(answer[0]).toBe(0x45); // STDERR
    expect(answer.subarray(5).toString('utf8')).toBe(message);
    const args = ['--format', 'json', 'basic/release.md'];
    expect(bayanD(run, args)).toEqual(bayan(run, args));
  });
});

describe('the server and the code cache', { timeout: 60_000 }, () => {
  it('reads the command’s code cache but never writes it (its work would outweigh every later run’s)', async () => {
    const run = runtime();
    const tmp = testTempDir('bayan-d-tmp-');
    const env = { TMPDIR: tmp };
    const pid = pidOf(bayanD(run, ['start'], { env }).stdout);
    const args = ['--format', 'json', 'basic/release.md'];
    expect(bayanD(run, args, { env })).toEqual(bayan(run, args, { env: { ...env, BAYAN_NO_CACHE: '1' } }));
    expect(bayanD(run, ['stop'], { env }).stdout).toBe('bayan_d: stopped\n');
    expect(await until(() => !alive(pid))).toBe(true);
    const folder = join(tmp, `bayan-compile-cache-${process.getuid?.() ?? 'user'}`);
    const written = existsSync(folder) ? readdirSync(folder, { recursive: true }) : [];
    expect(written.filter((f) => statSync(join(folder, String(f))).isFile())).toEqual([]);
  });
});

describe('the server identity', () => {
  it('changes with the code of the bundle and the process environment, and only with them', () => {
    const dir = testTempDir('bayan-d-id-');
    for (const name of ['daemon.js', 'cli.cjs', 'registry.js', 'worker.js']) writeFileSync(join(dir, name), name);
    const id = serverId(dir, {});
    expect(id).toMatch(/^[0-9a-f]{20}$/);
    expect(serverId(dir, { LANG: 'ar', FORCE_COLOR: '1' })).toBe(id);
    expect(serverId(dir, { BAYAN_NO_CACHE: '1' })).not.toBe(id);
    expect(serverId(dir, { NODE_OPTIONS: '--max-old-space-size=100' })).not.toBe(id);
    utimesSync(join(dir, 'cli.cjs'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(serverId(dir, {})).not.toBe(id);
  });

  it('is the socket the client and the server agree on', () => {
    const run = runtime();
    bayanD(run, ['start']);
    const id = serverId(BUNDLE, envFor(run, {}));
    expect(existsSync(join(run, `bayan-d-${process.getuid?.() ?? 'user'}`, `${id}.sock`))).toBe(true);
  });
});

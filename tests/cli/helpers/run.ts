import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testTempDir } from '../../helpers/temp.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'fixtures/cli');
const TEST_BIN = join(ROOT, 'tests/cli/helpers/test-bin.mjs');
const REAL_BIN = join(ROOT, 'packages/cli/bundle/bin.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Run the real command (six Bayan packs) instead of the test pack. */
  real?: boolean;
  /** Another script of the bundle to run with the same environment (e.g. bayan_d's client). */
  entry?: string;
}

/**
 * Runs `bayan` as a process with a plain environment (no colours, English locale unless asked), with standard
 * output as the bytes written (for output in another encoding than UTF-8).
 */
export function bayanBytes(
  args: readonly string[],
  options: RunOptions = {},
): { status: number | null; stdout: Buffer; stderr: string } {
  const p = spawnSync(process.execPath, [options.entry ?? (options.real ? REAL_BIN : TEST_BIN), ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LANG: 'C', ...options.env },
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr.toString('utf8') };
}

/** Runs `bayan` as a process with a plain environment (no colours, English locale unless asked). */
export function bayan(args: readonly string[], options: RunOptions = {}): RunResult {
  const run = bayanBytes(args, options);
  return { ...run, stdout: run.stdout.toString('utf8') };
}

/** A fresh copy of a fixture folder in a temporary directory. */
export function copyFixture(name: string): string {
  const dir = testTempDir('bayan-cli-');
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function tempDir(): string {
  return testTempDir('bayan-cli-');
}

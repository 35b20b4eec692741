/** In-process `bayan` runs for the hostile-input tests (no process spawn: these tests run often). */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { main, type Io } from '../../packages/cli/src/cli.js';
import { Collected } from '../helpers/output.js';
import { testTempDir } from '../helpers/temp.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HOSTILE_FIXTURES = join(ROOT, 'tests/hostile/fixtures');
/** The six Bayan packs, loaded from source like the rest of the test run. */
export const REAL_PACKS = new URL('../../packages/cli/src/registry.ts', import.meta.url).href;
export const TEST_PACK = new URL('../cli/helpers/test-pack.mjs', import.meta.url).href;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: Uint8Array | string;
  /** The six Bayan packs (default) or the small test pack. */
  packs?: 'real' | 'test';
  env?: Record<string, string>;
}

/** Runs `bayan argv…` in this process, in one thread, with a plain English environment. */
export async function bayan(argv: readonly string[], options: RunOptions): Promise<Run> {
  const stdout = new Collected();
  const stderr = new Collected();
  const io: Io = {
    cwd: options.cwd,
    env: { LANG: 'C', ...options.env },
    stdout,
    stderr,
    readStdin: async () =>
      typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array()),
  };
  const code = await main(['--concurrency', '1', ...argv], io, {
    packsModule: options.packs === 'test' ? TEST_PACK : REAL_PACKS,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export function tempDir(prefix = 'bayan-hostile-'): string {
  return testTempDir(prefix);
}

export function copyHostileFixture(name: string): string {
  const dir = tempDir();
  cpSync(join(HOSTILE_FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (relative path → SHA-256 of its bytes), to prove what a run did not touch. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile())
        out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

export interface JsonResult {
  filePath: string;
  messages: Array<{
    ruleId: string | null;
    severity: number;
    message: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    fix?: { range: [number, number]; text: string };
    suggestions?: Array<{ fix: { range: [number, number]; text: string } }>;
    fatal?: boolean;
  }>;
  errorCount: number;
  warningCount: number;
  output?: string;
  source?: string;
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** Loads the six packs once per test file, outside any one test's time (call in `beforeAll` with a long timeout). */
export async function warmPacks(): Promise<void> {
  await import(REAL_PACKS);
}

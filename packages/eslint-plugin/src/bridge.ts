/**
 * ESLint runs rules synchronously; the asynchronous ones run in a worker
 * (async-worker.ts) and this side waits for them with synckit (Atomics.wait
 * on a shared buffer). Measured in the README: the bridge adds about a
 * millisecond per file to what axe-core costs in the `bayan` command.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding, Locale, RuleSetting } from '@bayan/core';
import { createSyncFn } from 'synckit';

export interface AsyncRequest {
  text: string;
  path: string;
  locale: Locale;
  style: Record<string, unknown>;
  settings: Record<string, unknown>;
  rules: Record<string, RuleSetting>;
}

let run: ((request: AsyncRequest) => Finding[]) | undefined;

/** The compiled worker beside this module (or, when this module runs from its TypeScript source, in dist/). */
function workerPath(): string {
  const beside = fileURLToPath(new URL('./async-worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/async-worker.js', import.meta.url));
}

/** Lints with the asynchronous rules in the worker, waiting for the result. */
export function lintInWorker(request: AsyncRequest): Finding[] {
  run ??= createSyncFn<(request: AsyncRequest) => Promise<Finding[]>>(workerPath(), { timeout: 120_000 });
  return run(request);
}

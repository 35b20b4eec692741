// The command run in this process through main(argv, io): no process to spawn, same code path
// (options → plan → read → lint → fixes → report → exit code) with the test pack. For what needs a real
// process (worker threads, signals, pipes, the installed package) use bayan() from run.ts.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { main } from '@bayan/cli';
import { Collected } from '../../helpers/output.js';
import { FIXTURES, ROOT, type RunOptions, type RunResult } from './run.js';

const TEST_PACK = pathToFileURL(join(ROOT, 'tests/cli/helpers/test-pack.mjs')).href;

export async function bayanIn(
  args: readonly string[],
  options: Omit<RunOptions, 'real'> & { real?: boolean } = {},
): Promise<RunResult> {
  const stdout = new Collected();
  const stderr = new Collected();
  const input = options.input ?? '';
  const status = await main(
    args,
    {
      cwd: options.cwd ?? FIXTURES,
      env: { LANG: 'C', ...options.env },
      stdout,
      stderr,
      readStdin: async () => (typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input)),
    },
    options.real ? {} : { packsModule: TEST_PACK },
  );
  return { status, stdout: stdout.text, stderr: stderr.text };
}

import { spawnSync } from 'node:child_process';

/**
 * Whether an outside tool (pre-commit, fribidi, npm) is on PATH. A test that needs one skips with a
 * printed reason when it is missing, except under `.ci/run` (BAYAN_CI=1), which installs the tools:
 * there a missing tool fails the test, so CI never passes without running it.
 */
export function hasTool(command: string, reason: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found) {
    if (process.env.BAYAN_CI === '1') throw new Error(`${command} is not installed, and .ci/run needs it (${reason})`);
    console.warn(`skipped: ${command} is not installed (${reason}); .ci/run installs it`);
  }
  return found;
}

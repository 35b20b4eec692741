// The example GitHub Actions workflow in packages/cli/README.md: valid YAML, the steps a gate needs,
// and every bayan-lint command in it accepted by the command's own option parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOptions } from '@bayan/cli';
import { ROOT } from './helpers/run.js';

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const readme = readFileSync(join(ROOT, 'packages/cli/README.md'), 'utf8');
const block = /```yaml\n(# \.github\/workflows\/bayan\.yml\n[\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** `npx bayan-lint …` in a run line, split as a shell would for these simple lines. */
function bayanArgs(run: string): string[] | undefined {
  const m = /npx bayan-lint ([^|&;]*)/.exec(run);
  return m ? m[1]!.trim().split(/\s+/) : undefined;
}

describe('the example GitHub Actions workflow', () => {
  const workflow = parse(block) as Workflow;
  const steps = workflow.jobs.bayan!.steps;

  it('is there, and YAML', () => {
    expect(block).not.toBe('');
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.jobs.bayan!['runs-on']).toBe('ubuntu-latest');
  });

  it('checks out, installs, annotates (failing on errors), writes SARIF and uploads it even after a failure', () => {
    expect(steps.map((s) => s.uses?.split('@')[0] ?? s.run?.split(' ')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm',
      'npx',
      'npx',
      'github/codeql-action/upload-sarif',
    ]);
    const [annotate, sarif, upload] = steps.slice(3);
    expect(parseOptions(bayanArgs(annotate!.run!)!).format).toBe('github');
    expect(annotate!.run).not.toContain('|| true');
    const sarifOptions = parseOptions(bayanArgs(sarif!.run!)!);
    expect([sarifOptions.format, sarifOptions.outputFile]).toEqual(['sarif', 'bayan.sarif']);
    expect([sarif!.if, upload!.if]).toEqual(['always()', 'always()']);
    expect(upload!.with!.sarif_file).toBe(sarifOptions.outputFile);
  });

  it('the shard example uses options the command accepts', () => {
    const line = /- run: (npx bayan-lint [^\n]*--shard[^\n]*)/.exec(readme)![1]!.replace('${{ matrix.shard }}', '2');
    expect(parseOptions(bayanArgs(line)!).shard).toEqual({ index: 2, count: 4 });
  });
});

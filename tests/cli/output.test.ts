// SARIF for code scanning, and a closed pipe. SARIF in process; the pipe needs a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { ROOT } from './helpers/run.js';

interface Sarif {
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
  }>;
}

function dirWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-output-'));
  writeFileSync(join(dir, 'r.txt'), text);
  return dir;
}

async function sarif(dir: string, args: string[] = []): Promise<Sarif['runs'][number]> {
  return (JSON.parse((await bayanIn(['--format', 'sarif', ...args, 'r.txt'], { cwd: dir })).stdout) as Sarif).runs[0]!;
}

describe('SARIF', () => {
  it('names the tool with an informationUri and gives every rule an absolute helpUri', async () => {
    const run = await sarif(dirWith('قي المدينة,وفي القرية.\n'));
    expect(run.tool.driver.informationUri).toBe('https://github.com/bayan-lint/bayan');
    expect(run.tool.driver.rules.map((r) => [r.id, r.helpUri])).toEqual([
      // A doc written as a repository path is made absolute; an absolute one is kept.
      ['demo/latin-comma', 'https://github.com/bayan-lint/bayan/blob/main/rules/demo/docs/latin-comma.md'],
      ['demo/no-qi', 'https://example.org/rules/no-qi'],
    ]);
  });

  it('--docs-url sets the base of the rule docs', async () => {
    const run = await sarif(dirWith('المدينة,وفي القرية.\n'), ['--docs-url', 'https://docs.example.net/bayan/v1/']);
    expect(run.tool.driver.rules.map((r) => r.helpUri)).toEqual(['https://docs.example.net/bayan/v1/rules/demo/docs/latin-comma.md']);
    expect((await bayanIn(['--docs-url', 'docs/'])).stderr).toBe('bayan: --docs-url docs/: expected an absolute URL\n');
  });

  it('partialFingerprints: one per result, distinct for repeats, unchanged when lines are added above', async () => {
    const before = await sarif(dirWith('قي المدينة قي القرية.\n'));
    const after = await sarif(dirWith('سطر جديد.\n\nقي المدينة قي القرية.\n'));
    const prints = (run: Sarif['runs'][number]) => run.results.map((r) => r.partialFingerprints['bayan/v1']);
    expect(prints(before)).toHaveLength(2);
    expect(prints(before)[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(prints(before)).size).toBe(2);
    expect(after.results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([3, 3]);
    expect(prints(after)).toEqual(prints(before));
  });
});

describe('a closed pipe', () => {
  it('`bayan … | head -c 100` ends quietly: no stack trace, no EPIPE message', () => {
    const dir = dirWith(`${'قي المدينة.\n'.repeat(20_000)}`);
    // The shipped command (its bin sets up the standard streams).
    const bin = join(ROOT, 'packages/cli/bundle/bin.js');
    const p = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --no-config r.txt 2>err.txt | head -c 100 >/dev/null; cat err.txt`], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' }, timeout: 120_000 });
    expect(p.status).toBe(0);
    expect(p.stdout).toBe('');
  }, 150_000);
});

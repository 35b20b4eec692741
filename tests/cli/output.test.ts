// SARIF for code scanning, and a closed pipe. SARIF in process; the pipe needs a real process.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../helpers/temp.js';
import { bayanIn } from './helpers/in-process.js';
import { ROOT } from './helpers/run.js';
import { hasTool } from './helpers/tools.js';

interface Sarif {
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
    }>;
  }>;
}

function dirWith(text: string): string {
  const dir = testTempDir('bayan-output-');
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
    expect(run.tool.driver.rules.map((r) => r.helpUri)).toEqual([
      'https://docs.example.net/bayan/v1/rules/demo/docs/latin-comma.md',
    ]);
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
    const p = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" --no-config r.txt 2>err.txt | head -c 100 >/dev/null; cat err.txt`],
      { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C' }, timeout: 120_000 },
    );
    expect(p.status).toBe(0);
    expect(p.stdout).toBe('');
  }, 150_000);
});

describe('Arabic in a pipe or a file (pre-commit, lint-staged and CI logs)', () => {
  const dir = dirWith('قي المدينة.\n');

  it('isolates every right-to-left field in the language of the report, and each «wrong → right» pair left to right', async () => {
    const en = await bayanIn(['r.txt'], { cwd: dir });
    expect(en.stdout.split('\n').slice(1, 4)).toEqual([
      'r.txt',
      '  1:1  error  \u2066“قي” should be “في”.\u2069  demo/no-qi',
      '       \u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (fix)',
    ]);
    const ar = await bayanIn(['--locale', 'ar', 'r.txt'], { cwd: dir });
    expect(ar.stdout.split('\n').slice(2, 4)).toEqual([
      '  1:1  \u2067خطأ\u2069  \u2067«قي» خطأ، والصواب «في».\u2069  demo/no-qi',
      '       \u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (\u2067إصلاح\u2069)',
    ]);
  });

  // A viewer that applies the Unicode bidi algorithm (Debian's fribidi): the columns stay in place and the
  // arrow points from «قي» to «في» (Arabic letters come out reversed and in presentation forms: NFKC undoes those).
  it.runIf(hasTool('fribidi', 'the bidi rendering test'))('reads in order through fribidi', async () => {
    const shown = (text: string) => {
      const p = spawnSync('fribidi', ['--nopad', '--nobreak'], { input: text, encoding: 'utf8' });
      expect(p.status).toBe(0);
      return p.stdout.split('\n').map((l) =>
        l
          .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
          .normalize('NFKC')
          .trimEnd(),
      );
    };
    const en = shown((await bayanIn(['r.txt'], { cwd: dir })).stdout);
    expect(en.slice(1, 4)).toEqual([
      'r.txt',
      '  1:1  error  “يق” should be “يف”.  demo/no-qi',
      '       يق → يف  (fix)',
    ]);
    const ar = shown((await bayanIn(['--locale', 'ar', 'r.txt'], { cwd: dir })).stdout);
    expect(ar[2]).toBe('  1:1  أطخ  .«يف» باوصلاو ،أطخ «يق»  demo/no-qi');
    expect(ar[3]!.startsWith('       يق → يف  (')).toBe(true);
    // Without isolates the same pair reads the wrong way round: the check is not vacuous.
    expect(shown('       قي → في  (fix)\n')[0]).toBe('(fix)  يف → يق');
  });
});

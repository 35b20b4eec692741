// The pre-commit hooks with the real `pre-commit` tool: a fresh release repository whose
// .pre-commit-config.yaml points at the mirror commit of this repository's package (a local path
// and a commit id); pre-commit installs Bayan itself (`language: node`) with nothing preinstalled.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/run.js';
import { hasTool } from './helpers/tools.js';
import { testTempDir } from '../helpers/temp.js';

const HOOKS = parse(readFileSync(join(ROOT, 'publish/bayan-lint/.pre-commit-hooks.yaml'), 'utf8')) as Array<{
  id: string;
  entry: string;
  language: string;
}>;

describe('.pre-commit-hooks.yaml', () => {
  it('has a bayan and a bayan-fix hook that install the package themselves', () => {
    expect(HOOKS.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['bayan', 'bayan-lint', 'node'],
      ['bayan-fix', 'bayan-lint --fix', 'node'],
      ['bayan-warm', 'bayan_d', 'node'],
    ]);
  });
});

describe.runIf(hasTool('pre-commit', 'the pre-commit hook test'))(
  'pre-commit run in a fresh release repository',
  { timeout: 600_000 },
  () => {
    const home = testTempDir('bayan-pre-commit-home-');
    const mirror = testTempDir('bayan-mirror-');
    const repo = testTempDir('bayan-release-repo-');
    // A fresh home and pre-commit cache; the machine's network settings (proxy, CA certificates) are kept, the npm
    // settings of the test runner (npm_config_*, set by `npx vitest`) are not.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'),
    );
    const env = {
      ...inherited,
      HOME: home,
      LANG: 'C.UTF-8',
      // bayan-warm's server: in this test's own runtime folder, stopping 3 s after its last run.
      XDG_RUNTIME_DIR: home,
      BAYAN_D_IDLE_MINUTES: '0.05',
      PRE_COMMIT_HOME: join(home, 'cache'),
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
    };
    const sh = (cmd: string, args: string[], cwd = repo) => {
      const p = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 580_000 });
      return { status: p.status, out: `${p.stdout}${p.stderr}` };
    };

    beforeAll(() => {
      expect(sh('git', ['init', '-q'], mirror).status).toBe(0);
      const made = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/pre-commit-mirror.mjs'), '--git-dir', join(mirror, '.git'), '--branch', 'pre-commit'],
        { encoding: 'utf8' },
      );
      expect(made.status, made.stderr).toBe(0);
      const commit = made.stdout.trim();
      expect(commit).toMatch(/^[0-9a-f]{40}$/);
      expect(sh('git', ['init', '-q'], repo).status).toBe(0);
      writeFileSync(
        join(repo, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${mirror}\n    rev: ${commit}\n    hooks:\n      - id: bayan\n      - id: bayan-fix\n        stages: [manual]\n      - id: bayan-warm\n        stages: [manual]\n`,
      );
      expect(sh('pre-commit', ['install']).status).toBe(0);
    }, 300_000);

    it('pre-commit run --all-files installs the hook and fails on «قي», naming the line and the rule', () => {
      writeFileSync(join(repo, 'release.md'), '# بيان\n\nقي المدينة اجتماع.\n');
      expect(sh('git', ['add', '-A']).status).toBe(0);
      const r = sh('pre-commit', ['run', '--all-files']);
      expect(r.status).toBe(1);
      expect(r.out).toContain('bayan (Arabic press releases)');
      expect(r.out).toContain(
        'release.md\n  3:1  error  \u2066“قي” is a misspelling of “في”.\u2069  orthography/common-misspellings',
      );
    });

    it('blocks the commit with «قي»', () => {
      const r = sh('git', ['commit', '-m', 'release with a slip']);
      expect(r.status).toBe(1);
      expect(sh('git', ['rev-parse', '--verify', '--quiet', 'HEAD']).status).not.toBe(0);
    });

    it('passes a clean commit', () => {
      writeFileSync(join(repo, 'release.md'), '# بيان\n\nفي المدينة اجتماع.\n');
      sh('git', ['add', '-A']);
      const r = sh('git', ['commit', '-m', 'clean release']);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toMatch(/bayan \(Arabic press releases\)\.+Passed/);
    });

    it('the bayan-warm hook reports through its server what the bayan hook reports', () => {
      writeFileSync(join(repo, 'warm.md'), '# بيان\n\nقي المدينة اجتماع.\n');
      sh('git', ['add', '-A']);
      const finding =
        'warm.md\n  3:1  error  \u2066“قي” is a misspelling of “في”.\u2069  orthography/common-misspellings';
      for (let i = 0; i < 2; i++) {
        const r = sh('pre-commit', ['run', '--hook-stage', 'manual', 'bayan-warm', '--files', 'warm.md']);
        expect(r.status).toBe(1);
        expect(r.out).toContain('bayan through its warm server (Arabic press releases)');
        expect(r.out).toContain(finding);
      }
      const folder = readdirSync(home).find((name) => name.startsWith('bayan-d-'));
      expect(folder).toBeDefined();
      expect(readdirSync(join(home, folder!)).filter((name) => name.endsWith('.sock'))).toHaveLength(1);
      sh('git', ['rm', '-q', '--cached', 'warm.md']);
    });

    it('the bayan-fix hook fixes the staged file', () => {
      writeFileSync(join(repo, 'second.md'), 'قي المدينة.\n');
      sh('git', ['add', '-A']);
      const r = sh('pre-commit', ['run', '--hook-stage', 'manual', 'bayan-fix', '--files', 'second.md']);
      // pre-commit fails a hook that changed files, so the editor reviews and stages the fix.
      expect(r.status).toBe(1);
      expect(r.out).toContain('files were modified by this hook');
      expect(readFileSync(join(repo, 'second.md'), 'utf8')).toBe('في المدينة.\n');
    });
  },
);

// The publishable package (publish/bayan-lint) as a user gets it: packed with npm, installed from the
// tarball into an empty folder outside the workspace, run with npx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/run.js';
import { testTempDir } from '../helpers/temp.js';

const PACKAGE_DIR = join(ROOT, 'publish/bayan-lint');
const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  license: string;
  repository: { url: string; directory: string };
  homepage: string;
  dependencies: Record<string, string>;
};

/** The bare package names the bundle imports at run time (everything else is inlined). */
function bundleImports(): Set<string> {
  const names = new Set<string>();
  const dir = join(PACKAGE_DIR, 'bundle');
  for (const file of readdirSync(dir)) {
    const code = readFileSync(join(dir, file), 'utf8');
    // The bundle is written without whitespace; a dynamic import's specifier may be a template literal.
    for (const m of code.matchAll(
      /\bfrom\s*"(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)"|\bimport\(\s*(["`])(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)*)\2\s*\)/g,
    )) {
      const spec = (m[1] ?? m[3])!;
      if (
        spec.startsWith('node:') ||
        ['fs', 'path', 'url', 'module', 'os', 'crypto', 'process', 'buffer'].includes(spec)
      )
        continue;
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return names;
}

function npm(args: string[], cwd: string) {
  const p = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    timeout: 240_000,
  });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('the bayan-lint package manifest', () => {
  it('is publishable, self-contained and described', () => {
    expect(manifest.name).toBe('bayan-lint');
    expect(manifest.private).toBeUndefined();
    expect(manifest.bin).toEqual({
      'bayan-lint': 'bundle/bin.js',
      bayan: 'bundle/bin.js',
      bayan_d: 'bundle/bayan-d.cjs',
    });
    expect(manifest.license).toBe('MIT');
    expect(manifest.engines.node).toBe('>=20.19');
    expect(manifest.repository.directory).toBe('publish/bayan-lint');
    expect(manifest.homepage).toMatch(/^https:\/\//);
    // The same version as the workspace's command (VERSION is read from the package beside the bundle).
    expect(manifest.version).toBe(
      (JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('depends on exactly what the bundle imports, at the versions the workspace pins', () => {
    expect(Object.keys(manifest.dependencies).sort()).toEqual([...bundleImports()].sort());
    const catalog = (
      parse(readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8')) as { catalog: Record<string, string> }
    ).catalog;
    for (const [name, version] of Object.entries(manifest.dependencies))
      expect([name, version]).toEqual([name, catalog[name]]);
  });
});

describe('npm pack, install from the tarball, npx', { timeout: 240_000 }, () => {
  const app = testTempDir('bayan-user-');
  let files: string[] = [];
  const run = (args: string[], input?: string, env: Record<string, string> = {}) => {
    const p = spawnSync('npx', ['--no-install', 'bayan-lint', ...args], {
      cwd: app,
      encoding: 'utf8',
      input: input ?? '',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? app, LANG: 'C', ...env },
      timeout: 120_000,
    });
    return { status: p.status, stdout: p.stdout, stderr: p.stderr };
  };

  beforeAll(() => {
    const packed = npm(['pack', '--json', '--pack-destination', app], PACKAGE_DIR);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    files = info!.files.map((f) => f.path).sort();
    writeFileSync(join(app, 'package.json'), '{ "name": "releases-of-someone", "private": true }\n');
    const installed = npm(['install', '--no-audit', '--no-fund', `./${info!.filename}`], app);
    expect(installed.status, installed.stderr).toBe(0);
    mkdirSync(join(app, 'releases'));
    writeFileSync(join(app, 'releases/a.md'), '# بيان\n\nقي المدينة اجتماع.\n');
    writeFileSync(join(app, 'releases/b.txt'), 'نص سليم.\n');
  }, 300_000);

  it('holds the bundle, the licences and the manifest; no source maps, sources or build info', () => {
    expect(files).toContain('bundle/bin.js');
    // The CommonJS build bin.js starts from through the code cache.
    expect(files).toContain('bundle/cli.cjs');
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
    expect(files).toContain('THIRD-PARTY-NOTICES.md');
    expect(files.filter((f) => /\.map$|\.tsbuildinfo$|\.ts$|^src\//.test(f))).toEqual([]);
    // Nothing of the workspace leaks in: the installed tree has no @bayan/* package.
    expect(existsSync(join(app, 'node_modules/@bayan'))).toBe(false);
  });

  it('npx bayan-lint --version', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('lints a folder with findings: exit 1 and the slip reported', () => {
    const r = run(['releases/']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'releases/a.md\n  3:1  error  \u2066“قي” is a misspelling of “في”.\u2069  orthography/common-misspellings',
    );
  });

  it('--format sarif', () => {
    const r = run(['--format', 'sarif', 'releases/a.md']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(
      log.runs[0]!.results.map((x) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine]),
    ).toContainEqual(['orthography/common-misspellings', 3]);
  });

  it('worker threads give the same report as one thread', () => {
    for (let i = 0; i < 6; i++) writeFileSync(join(app, `releases/w${i}.md`), `قي الفقرة ${i}.\n`);
    const one = run(['--format', 'json', '--concurrency', '1', 'releases/']);
    // Workers for any size of run (by default a run this small gets one thread).
    const three = run(['--format', 'json', '--concurrency', '3', 'releases/'], undefined, {
      BAYAN_THREADS_FROM_BYTES: '0',
    });
    expect(three.stderr).toBe('');
    expect(three.status).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect((JSON.parse(three.stdout) as unknown[]).length).toBe(8);
  });

  it('carries the lexicon beside its bundle: spelling finds a slip no list holds, in the installed package', () => {
    expect(files).toContain('bundle/lexicon-words.bin');
    writeFileSync(join(app, 'lexicon.md'), 'بدأت المرحله الثانية.\n');
    const r = run(['lexicon.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      '1:6  error  \u2066“المرحله” is misspelled: “المرحلة”, with ta marbuta (ة), not ha (ه).\u2069  orthography/spelling',
    );
  });

  it('--fix writes the safe fixes', () => {
    writeFileSync(join(app, 'fix-me.md'), 'قي المدينة.\n');
    const r = run(['--fix', 'fix-me.md']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(app, 'fix-me.md'), 'utf8')).toBe('في المدينة.\n');
  });

  it('bayan_d, the warm server, gives the report of bayan-lint from the installed package', () => {
    expect(files).toContain('bundle/bayan-d.cjs');
    expect(files).toContain('bundle/daemon.js');
    // A runtime folder of this test's own, so the server is this test's and nothing else's.
    const runtime = { XDG_RUNTIME_DIR: testTempDir('bayan-d-installed-') };
    const warm = (args: string[]) => {
      const p = spawnSync('npx', ['--no-install', 'bayan_d', ...args], {
        cwd: app,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? app, LANG: 'C', ...runtime },
        timeout: 120_000,
      });
      return { status: p.status, stdout: p.stdout, stderr: p.stderr };
    };
    try {
      const direct = run(['--format', 'json', 'releases/']);
      expect(warm(['--format', 'json', 'releases/'])).toEqual(direct);
      expect(warm(['--format', 'json', 'releases/'])).toEqual(direct);
      expect(warm(['status']).stdout).toMatch(/^bayan_d: running \(pid \d+, Bayan [\d.]+, up \d+ min, 2 runs,/);
    } finally {
      expect(warm(['stop'])).toEqual({ status: 0, stdout: 'bayan_d: stopped\n', stderr: '' });
    }
  });

  it('--init writes the starter config', () => {
    const r = run(['--init']);
    expect(r).toEqual({ status: 0, stdout: 'Wrote bayan.config.yaml\n', stderr: '' });
    expect(readFileSync(join(app, 'bayan.config.yaml'), 'utf8')).toContain('extends: recommended');
  });

  it('npm publish --dry-run is clean', () => {
    const r = npm(['publish', '--dry-run'], PACKAGE_DIR);
    expect(r.status, r.stderr).toBe(0);
    // The only warning allowed: a dry run made without a login says so.
    const warnings = r.stderr.split('\n').filter((l) => /\bwarn\b/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
    expect(r.stdout).toContain(`+ bayan-lint@${manifest.version}`);
  }, 120_000);
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { FIXTURES, tempDir } from './helpers/run.js';

function tree(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const paths = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);

describe('which files are linted', () => {
  it('walks folders for .md .markdown .txt .html .htm and skips node_modules, .git, .gitignore, .bayanignore and config ignores', async () => {
    const dir = tree({
      'a.md': 'نص.\n',
      'b.markdown': 'نص.\n',
      'c.txt': 'نص.\n',
      'd.html': '<p>نص.</p>\n',
      'e.HTM': '<p>نص.</p>\n',
      'f.rst': 'نص.\n',
      'node_modules/pkg/readme.md': 'نص.\n',
      '.git/description.txt': 'نص.\n',
      'build/out.md': 'نص.\n',
      'draft-1.md': 'نص.\n',
      'old/x.md': 'نص.\n',
      '.gitignore': 'build/\n',
      '.bayanignore': 'draft-*.md\n',
      '.bayanrc.yaml': 'ignores: ["old/**"]\n',
    });
    const run = await bayanIn(['--format', 'json'], { cwd: dir });
    expect(paths(run.stdout)).toEqual(['a.md', 'b.markdown', 'c.txt', 'd.html', 'e.HTM'].map((f) => join(dir, f)));
    expect(run.status).toBe(0);
  });

  it('lints a file named explicitly whatever its extension (as plain text)', async () => {
    const dir = tree({ 'notes.rst': 'قي\n' });
    expect((await bayanIn(['--format', 'github', 'notes.rst'], { cwd: dir })).stdout).toBe(
      '::error file=notes.rst,line=1,col=1,endLine=1,endColumn=3,title=demo/no-qi::“قي” should be “في”.\n',
    );
  });

  it('expands globs, and (with --no-error-on-unmatched-pattern) says so when a glob matches nothing', async () => {
    const run = await bayanIn([
      '--format',
      'json',
      '--no-error-on-unmatched-pattern',
      'basic/*.{md,html}',
      'nothing/**/*.md',
    ]);
    expect(paths(run.stdout)).toEqual([join(FIXTURES, 'basic/page.html'), join(FIXTURES, 'basic/release.md')]);
    expect(run.stderr).toBe('bayan: No files matched the pattern "nothing/**/*.md".\n');
  });

  it('a path that does not exist is an error (exit 2)', async () => {
    expect(await bayanIn(['basic/missing.md'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bayan: No such file or folder: basic/missing.md\n',
    });
  });
});

const badInputDir = tree({
  'binary.txt': Buffer.from([0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
  'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  'empty.md': '',
  'good.txt': 'قي\n',
});
const badInputRun = await bayanIn(['--format', 'json', '--no-config'], { cwd: badInputDir });

describe('bad input becomes a finding and the run goes on', () => {
  const dir = badInputDir;
  const run = badInputRun;
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
  const byName = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));

  it('a binary file', async () => {
    expect(byName['binary.txt']).toEqual([
      {
        ruleId: 'bayan/parse-error',
        severity: 2,
        level: 'error',
        message: 'The file could not be read: it contains NUL bytes (a binary file?)',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        messageId: 'parseError',
        source: 'bayan',
        fatal: true,
      },
    ]);
  });

  it('invalid UTF-8', async () => {
    expect(byName['latin1.txt']?.[0]?.message).toBe(
      'The file could not be read: it is not valid UTF-8 text (save it as UTF-8)',
    );
    expect(byName['latin1.txt']?.[0]?.severity).toBe(2);
  });

  it('an empty file is a warning', async () => {
    expect(byName['empty.md']?.[0]).toMatchObject({
      ruleId: 'bayan/parse-error',
      severity: 1,
      message: 'The file could not be read: it is empty',
    });
  });

  it('the other files are still linted, and the run exits 1', async () => {
    expect(byName['good.txt']?.map((m) => m.ruleId)).toEqual(['demo/no-qi']);
    expect(run.status).toBe(1);
  });

  it('the messages follow the locale', async () => {
    const ar = await bayanIn(['--format', 'github', '--no-config', '--locale', 'ar', 'binary.txt'], { cwd: dir });
    expect(ar.stdout).toBe(
      '::error file=binary.txt,line=1,col=1,endLine=1,endColumn=1,title=bayan/parse-error::تعذّر قراءة الملف: فيه بايتات صفرية (هل هو ملف ثنائي؟)\n',
    );
  });
});

describe('exit codes, --quiet and --max-warnings', () => {
  const warningsOnly = tree({ 'w.txt': 'وثمنه 5 جنية.\n' });
  it('0 when there are only warnings', async () =>
    expect((await bayanIn(['--format', 'github', '--no-config'], { cwd: warningsOnly })).status).toBe(0));
  it('1 when warnings exceed --max-warnings', async () => {
    const run = await bayanIn(['--format', 'github', '--no-config', '--max-warnings', '0'], { cwd: warningsOnly });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('bayan: too many warnings (1); the maximum is 0\n');
    expect((await bayanIn(['--no-config', '--max-warnings', '1'], { cwd: warningsOnly })).status).toBe(0);
    expect((await bayanIn(['--no-config', '--max-warnings', '-1'], { cwd: warningsOnly })).status).toBe(0);
  });
  it('--quiet reports errors only, and warnings still count for --max-warnings', async () => {
    const quiet = await bayanIn(['--format', 'github', '--quiet', '--no-config', '--max-warnings', '0'], {
      cwd: warningsOnly,
    });
    expect(quiet.stdout).toBe('');
    expect(quiet.status).toBe(1);
    const mixed = await bayanIn(['--format', 'github', '--quiet', 'release.md'], { cwd: join(FIXTURES, 'basic') });
    expect(mixed.stdout).toBe(
      '::error file=release.md,line=3,col=34,endLine=3,endColumn=36,title=demo/no-qi::“قي” should be “في”.\n',
    );
    expect(mixed.status).toBe(1);
  });
  const usage: Array<[string[], string]> = [
    [
      ['--format', 'xml'],
      'bayan: --format xml: unknown format (use one of: stylish, json, sarif, github, junit, html)\n',
    ],
    [['--shard', '3/2'], 'bayan: --shard 3/2: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4\n'],
    [['--shard', 'half'], 'bayan: --shard half: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4\n'],
    [['--max-warnings', 'x'], 'bayan: --max-warnings x: expected a whole number ≥ 0 (or -1: no limit)\n'],
    [['--concurrency', 'many'], 'bayan: --concurrency many: expected auto or a whole number ≥ 1\n'],
    [['--fix', '--fix-dry-run'], 'bayan: --fix and --fix-dry-run cannot be used together\n'],
    [['--config', 'x.yaml', '--no-config'], 'bayan: --config and --no-config cannot be used together\n'],
    [['--stdin-filename', 'x.md'], 'bayan: --stdin-filename needs --stdin\n'],
    [['--color', '--no-color'], 'bayan: --color and --no-color cannot be used together\n'],
  ];
  for (const [args, message] of usage) {
    it(`2 for ${args.join(' ')}`, async () =>
      expect(await bayanIn([...args, 'basic'])).toEqual({ status: 2, stdout: '', stderr: message }));
  }
  it('2 for an unknown option', async () => {
    const run = await bayanIn(['--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^bayan: Unknown option '--frobnicate'\..*\nRun bayan --help for the options\.\n$/s);
  });
});

describe('--help, --version, --list-rules', () => {
  it('--help documents every option', async () => {
    const run = await bayanIn(['--help']);
    expect(run.status).toBe(0);
    const flags = [
      '--config',
      '--no-config',
      '--rule',
      '--locale',
      '--format',
      '--output-file',
      '--quiet',
      '--max-warnings',
      '--color',
      '--no-color',
      '--fix',
      '--fix-dry-run',
      '--follow-symlinks',
      '--stdin',
      '--stdin-filename',
      '--cache',
      '--cache-location',
      '--concurrency',
      '--shard',
      '--init',
      '--print-config',
      '--list-rules',
      '--timing',
      '--help',
      '--version',
    ];
    for (const flag of flags) expect(run.stdout).toMatch(new RegExp(`^\\s+(-\\w, )?${flag}\\b`, 'm'));
    expect(run.stdout).toContain('Exit codes: 0');
  });

  it('--version prints the package version', async () => {
    expect((await bayanIn(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('--list-rules lists every rule with its pack, whether it fixes, and its description in the locale', async () => {
    expect((await bayanIn(['--list-rules'])).stdout).toBe(
      [
        'demo/currency     demo  suggest  The currency is spelled “جنيه”.',
        'demo/latin-comma  demo  fix      Arabic comma between Arabic words.',
        'demo/log          demo  -        Test log.',
        'demo/no-qi        demo  fix      “قي” is a slip for “في”.',
        'demo/terms        demo  -        Words from the house dictionary.',
        '',
      ].join('\n'),
    );
    expect((await bayanIn(['--list-rules', '--locale', 'ar'])).stdout.split('\n')[0]).toBe(
      'demo/currency     demo  اقتراح  اسم العملة «جنيه».',
    );
    const json = JSON.parse((await bayanIn(['--list-rules', '--format', 'json'])).stdout) as Array<{
      id: string;
      fixable: boolean;
    }>;
    expect(json.map((r) => [r.id, r.fixable])).toEqual([
      ['demo/currency', false],
      ['demo/latin-comma', true],
      ['demo/log', false],
      ['demo/no-qi', true],
      ['demo/terms', false],
    ]);
  });
});

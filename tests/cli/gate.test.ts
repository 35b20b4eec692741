// The command as a CI gate: ESLint's semantics where users rely on them. In process (main(argv, io)).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../helpers/temp.js';
import { bayanIn } from './helpers/in-process.js';

function tree(files: Record<string, string>): string {
  const dir = testTempDir('bayan-gate-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const paths = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath);

describe('a pattern or folder with no release file', () => {
  const dir = tree({ 'a.md': 'نص.\n', 'docs/readme.rst': 'x\n', 'skip/b.md': 'قي\n', '.gitignore': 'skip/\n' });

  it('is an error (exit 2), as in ESLint', async () => {
    expect(await bayanIn(['nothing/**/*.md'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'bayan: No files matching the pattern "nothing/**/*.md" were found. (use --no-error-on-unmatched-pattern to go on without them)\n',
    });
    expect((await bayanIn(['docs'], { cwd: dir })).stderr).toBe(
      'bayan: No release files (.md .markdown .txt .html .htm) in "docs". (use --no-error-on-unmatched-pattern to go on without them)\n',
    );
    expect(await bayanIn(['skip/*.md'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr:
        'bayan: All files matched by "skip/*.md" are ignored. (use --no-error-on-unmatched-pattern to go on without them)\n',
    });
  });

  it('--no-error-on-unmatched-pattern: a note, and the other paths are linted', async () => {
    const r = await bayanIn(['--no-error-on-unmatched-pattern', '--format', 'json', 'nothing/**/*.md', 'a.md'], {
      cwd: dir,
    });
    expect(r.status).toBe(0);
    expect(paths(r.stdout)).toEqual([join(dir, 'a.md')]);
    expect(r.stderr).toBe('bayan: No files matched the pattern "nothing/**/*.md".\n');
  });
});

describe('ignore files and patterns', () => {
  const dir = tree({
    'a.md': 'قي\n',
    'sub/.gitignore': 'drafts/\n*.tmp.md\n',
    'sub/keep.md': 'قي\n',
    'sub/x.tmp.md': 'قي\n',
    'sub/drafts/d.md': 'قي\n',
    'other/drafts/e.md': 'قي\n',
    'archive/old.md': 'قي\n',
  });
  const listed = async (args: string[]) =>
    paths((await bayanIn(['--format', 'json', ...args], { cwd: dir })).stdout).map((p) => p.slice(dir.length + 1));

  it('a .gitignore in a subfolder applies to that folder and below, as in git', async () => {
    expect(await listed([])).toEqual(['a.md', 'archive/old.md', 'other/drafts/e.md', 'sub/keep.md']);
    expect(await listed(['sub'])).toEqual(['sub/keep.md']);
  });

  it('--ignore-pattern adds gitignore patterns relative to the working folder (repeatable)', async () => {
    expect(await listed(['--ignore-pattern', 'archive/', '--ignore-pattern', 'other/**'])).toEqual([
      'a.md',
      'sub/keep.md',
    ]);
  });

  it('--no-ignore checks what ignore files, patterns and the config would skip', async () => {
    writeFileSync(join(dir, 'bayan.config.yaml'), 'ignores: [a.md]\n');
    try {
      expect(await listed([])).toEqual(['archive/old.md', 'other/drafts/e.md', 'sub/keep.md']);
      expect(await listed(['--no-ignore', '--ignore-pattern', 'archive/'])).toEqual([
        'a.md',
        'archive/old.md',
        'other/drafts/e.md',
        'sub/drafts/d.md',
        'sub/keep.md',
        'sub/x.tmp.md',
      ]);
    } finally {
      writeFileSync(join(dir, 'bayan.config.yaml'), '{}\n');
    }
  });

  it('an ignored file named explicitly is skipped with a note pointing at --no-ignore', async () => {
    const r = await bayanIn(['sub/x.tmp.md', 'a.md'], { cwd: dir });
    expect(r.stderr).toBe(
      'bayan: sub/x.tmp.md: skipped, it is ignored (by .gitignore, .bayanignore or --ignore-pattern); use --no-ignore to check it\n',
    );
  });
});

describe('inline directives', () => {
  const text =
    '<!-- bayan-disable-next-line demo/no-qi -->\nقي المدينة.\n\n<!-- bayan-disable-next-line demo/no-qi -->\nفي المدينة.\n';
  const dir = tree({ 'r.md': text });

  it('are honoured by default; --no-inline-config ignores them', async () => {
    const on = await bayanIn(['--format', 'json', 'r.md'], { cwd: dir });
    expect(on.status).toBe(0);
    const off = await bayanIn(['--format', 'json', '--no-inline-config', 'r.md'], { cwd: dir });
    expect(off.status).toBe(1);
    const [result] = JSON.parse(off.stdout) as Array<{
      messages: Array<{ ruleId: string; line: number; column: number }>;
    }>;
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['demo/no-qi', 2, 1]]);
  });

  it('--report-unused-disable-directives reports the one that suppresses nothing, with a fix that removes it', async () => {
    const r = await bayanIn(['--format', 'json', '--report-unused-disable-directives', 'r.md'], { cwd: dir });
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{
      messages: Array<{
        ruleId: string;
        severity: number;
        line: number;
        column: number;
        endColumn: number;
        message: string;
        fix: { range: number[]; text: string };
      }>;
    }>;
    const start = text.lastIndexOf('<!--');
    const end = text.lastIndexOf('-->') + 3;
    expect(result!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'bayan/unused-disable-directive',
        severity: 2,
        line: 4,
        column: 1,
        endColumn: 44,
        message: "Unused bayan-disable directive (no problems were reported from 'demo/no-qi').",
        fix: { range: [start, end], text: '' },
      }),
    ]);
    const warn = await bayanIn(['--format', 'json', '--report-unused-disable-directives-severity', 'warn', 'r.md'], {
      cwd: dir,
    });
    expect(warn.status).toBe(0);
    expect((JSON.parse(warn.stdout) as Array<{ warningCount: number }>)[0]!.warningCount).toBe(1);
  });
});

describe('--fix-type', () => {
  // demo/no-qi is a problem, demo/latin-comma a layout rule.
  const text = 'قي المدينة,وفي القرية.\n';

  it('applies only the fixes of rules of the given types', async () => {
    const dir = tree({ 'r.txt': text });
    await bayanIn(['--fix', '--fix-type', 'layout', 'r.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('قي المدينة،وفي القرية.\n');
    await bayanIn(['--fix', '--fix-type', 'suggestion,problem', 'r.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('في المدينة،وفي القرية.\n');
  });

  it('needs --fix or --fix-dry-run, and known types', async () => {
    expect(await bayanIn(['--fix-type', 'layout'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bayan: --fix-type needs --fix or --fix-dry-run\n',
    });
    expect((await bayanIn(['--fix', '--fix-type', 'style'])).stderr).toBe(
      'bayan: --fix-type style: use problem, suggestion or layout\n',
    );
  });
});

describe('--fix-dry-run --format json', () => {
  it('is valid JSON with each fixed text in `output` (no diff in front of it)', async () => {
    const dir = tree({ 'r.txt': 'قي المدينة.\n' });
    const r = await bayanIn(['--fix-dry-run', '--format', 'json', 'r.txt'], { cwd: dir });
    const [result] = JSON.parse(r.stdout) as Array<{ output: string; messages: unknown[] }>;
    expect(result!.output).toBe('في المدينة.\n');
    expect(result!.messages).toEqual([]);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('قي المدينة.\n');
    // The stylish format keeps the diff.
    expect((await bayanIn(['--fix-dry-run', 'r.txt'], { cwd: dir })).stdout).toContain('-قي المدينة.\n+في المدينة.\n');
  });
});

describe('JSON levels', () => {
  it('info findings are severity 1 (as ESLint has no info) with level "info", counted in infoCount', async () => {
    const dir = tree({ 'bayan.config.yaml': 'rules: { demo/currency: info }\n', 'r.txt': 'ثمنها جنية.\n' });
    const [result] = JSON.parse((await bayanIn(['--format', 'json', 'r.txt'], { cwd: dir })).stdout) as Array<{
      infoCount: number;
      warningCount: number;
      messages: Array<{ severity: number; level: string }>;
    }>;
    expect(result!.messages.map((m) => [m.severity, m.level])).toEqual([[1, 'info']]);
    expect([result!.warningCount, result!.infoCount]).toEqual([1, 1]);
  });
});

describe('the Arabic summary counts with Arabic plural forms', () => {
  const summary = async (text: string) => {
    const dir = tree({ 'r.txt': text });
    const out = (await bayanIn(['--locale', 'ar', 'r.txt'], { cwd: dir })).stdout;
    // Direction isolates aside (output.test.ts checks those).
    return out
      .replace(/[\u2066-\u2069]/g, '')
      .split('\n')
      .filter((l) => l.startsWith('✖') || l.startsWith('⚠') || l.startsWith('  يمكن'));
  };

  it('one, two, few, many', async () => {
    expect(await summary('قي\n')).toEqual([
      '✖ مشكلة واحدة (خطأ واحد، لا تنبيهات)',
      '  يمكن إصلاح خطأ واحد تلقائيًّا بالخيار `--fix`.',
    ]);
    expect(await summary('قي قي\n')).toEqual([
      '✖ مشكلتان (خطآن، لا تنبيهات)',
      '  يمكن إصلاح خطآن تلقائيًّا بالخيار `--fix`.',
    ]);
    expect(await summary('قي قي قي جنية جنية جنية جنية جنية جنية\n')).toEqual([
      '✖ 9 مشكلات (3 أخطاء، 6 تنبيهات)',
      '  يمكن إصلاح 3 أخطاء تلقائيًّا بالخيار `--fix`.',
    ]);
    expect(await summary(`${'قي '.repeat(11)}\n`)).toEqual([
      '✖ 11 مشكلة (11 خطأً، لا تنبيهات)',
      '  يمكن إصلاح 11 خطأً تلقائيًّا بالخيار `--fix`.',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { FIXTURES } from './helpers/run.js';
import { testTempDir } from '../helpers/temp.js';

const BASIC = join(FIXTURES, 'basic');
const releaseText = readFileSync(join(BASIC, 'release.md'), 'utf8');

const jsonRun = await bayanIn(['--format', 'json', '.'], { cwd: BASIC });

describe('--format json (ESLint-compatible)', () => {
  const run = jsonRun;
  const results = JSON.parse(run.stdout) as Array<
    Record<string, unknown> & { messages: Array<Record<string, unknown>> }
  >;

  it('exits 1 and lists every file, sorted, with absolute paths', async () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(results.map((r) => r.filePath)).toEqual(['clean.txt', 'page.html', 'release.md'].map((f) => join(BASIC, f)));
  });

  it('gives a clean file an empty result without source', async () => {
    expect(results[0]).toEqual({
      filePath: join(BASIC, 'clean.txt'),
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('maps findings to ESLint messages: severity 2/1, fix {range, text}, suggestions [{desc, fix}], extra fields', async () => {
    const release = results[2]!;
    expect(release.source).toBe(releaseText);
    expect(release.errorCount).toBe(1);
    expect(release.warningCount).toBe(2);
    expect(release.fixableErrorCount).toBe(1);
    expect(release.fixableWarningCount).toBe(1);
    expect(release.messages).toEqual([
      {
        ruleId: 'demo/no-qi',
        severity: 2,
        level: 'error',
        message: '“قي” should be “في”.',
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 36,
        messageId: 'qi',
        source: 'demo',
        fix: { range: [46, 48], text: 'في' },
        actual: 'قي',
        expected: ['في'],
        url: 'https://example.org/rules/no-qi',
      },
      {
        ruleId: 'demo/latin-comma',
        severity: 1,
        level: 'warning',
        message: 'Use the Arabic comma “،”.',
        line: 3,
        column: 46,
        endLine: 3,
        endColumn: 47,
        messageId: 'comma',
        source: 'demo',
        fix: { range: [58, 59], text: '،' },
        actual: ',',
        url: 'rules/demo/docs/latin-comma.md',
      },
      {
        ruleId: 'demo/currency',
        severity: 1,
        level: 'warning',
        message: '“جنية” is spelled “جنيه”.',
        line: 3,
        column: 71,
        endLine: 3,
        endColumn: 75,
        messageId: 'spelling',
        source: 'demo',
        suggestions: [{ desc: 'Write “جنيه”.', messageId: 'replace', fix: { range: [83, 87], text: 'جنيه' } }],
        actual: 'جنية',
      },
    ]);
    // The ranges point at the offending text in the file.
    expect(releaseText.slice(46, 48)).toBe('قي');
    expect(releaseText.slice(58, 59)).toBe(',');
    expect(releaseText.slice(83, 87)).toBe('جنية');
  });

  it('counts info findings as ESLint warnings (severity 1)', async () => {
    const run = await bayanIn(['--format', 'json', 'a.txt'], { cwd: join(FIXTURES, 'config') });
    const [result] = JSON.parse(run.stdout) as Array<{
      warningCount: number;
      messages: Array<{ ruleId: string; severity: number }>;
    }>;
    expect(result!.messages.find((m) => m.ruleId === 'demo/terms')?.severity).toBe(1);
    expect(result!.warningCount).toBe(1);
  });
});

describe('--format github', () => {
  it('prints one workflow command per problem', async () => {
    const run = await bayanIn(['--format', 'github'], { cwd: BASIC });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        '::error file=page.html,line=1,col=14,endLine=1,endColumn=16,title=demo/no-qi::“قي” should be “في”.',
        '::error file=release.md,line=3,col=34,endLine=3,endColumn=36,title=demo/no-qi::“قي” should be “في”.',
        '::warning file=release.md,line=3,col=46,endLine=3,endColumn=47,title=demo/latin-comma::Use the Arabic comma “،”.',
        '::warning file=release.md,line=3,col=71,endLine=3,endColumn=75,title=demo/currency::“جنية” is spelled “جنيه”.',
        '',
      ].join('\n'),
    );
  });

  it('uses ::notice for info findings', async () => {
    const run = await bayanIn(['--format', 'github', 'a.txt'], { cwd: join(FIXTURES, 'config') });
    expect(run.stdout).toContain(
      '::notice file=a.txt,line=1,col=28,endLine=1,endColumn=35,title=demo/terms::“الوزارة” is on the house list.\n',
    );
  });
});

describe('--format stylish (default)', () => {
  it('groups by file and shows the offending text and the replacement, without colours, with direction isolates, in a pipe', async () => {
    const run = await bayanIn([], { cwd: BASIC });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        '',
        'page.html',
        '  1:14  error  \u2066“قي” should be “في”.\u2069  demo/no-qi',
        '        \u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (fix)',
        '',
        'release.md',
        '  3:34  error    \u2066“قي” should be “في”.\u2069  demo/no-qi',
        '        \u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (fix)',
        '  3:46  warning  \u2066Use the Arabic comma “،”.\u2069  demo/latin-comma',
        '        \u2066, → \u2068،\u2069\u2069  (fix)',
        '  3:71  warning  \u2066“جنية” is spelled “جنيه”.\u2069  demo/currency',
        '        \u2066\u2068جنية\u2069 → \u2068جنيه\u2069\u2069  (suggestion)',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '  2 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    expect(run.stdout).not.toMatch(/\u001b/);
  });

  it('prints nothing for a clean run', async () => {
    const run = await bayanIn(['clean.txt'], { cwd: BASIC });
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('colours with --color (and only then, in a pipe)', async () => {
    const run = await bayanIn(['--color', 'page.html'], { cwd: BASIC });
    expect(run.stdout).toContain('\u001b[31merror\u001b[39m');
  });

  it('writes its own words in Arabic with --locale ar', async () => {
    const run = await bayanIn(['--locale', 'ar', 'page.html'], { cwd: BASIC });
    expect(run.stdout).toBe(
      [
        '',
        'page.html',
        '  1:14  \u2067خطأ\u2069  \u2067«قي» خطأ، والصواب «في».\u2069  demo/no-qi',
        '        \u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (\u2067إصلاح\u2069)',
        '',
        '✖ \u2067مشكلة واحدة (خطأ واحد، لا تنبيهات)\u2069',
        '  \u2067يمكن إصلاح خطأ واحد تلقائيًّا بالخيار `--fix`.\u2069',
        '',
      ].join('\n'),
    );
  });
});

describe('--format junit', () => {
  it('writes one test suite per file and one case per problem (errors fail)', async () => {
    const run = await bayanIn(['--format', 'junit', 'clean.txt', 'page.html'], { cwd: BASIC });
    expect(run.stdout).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '<testsuite package="org.bayan" time="0" tests="1" errors="0" failures="0" name="clean.txt">',
        '<testcase time="0" name="clean.txt" classname="clean" />',
        '</testsuite>',
        '<testsuite package="org.bayan" time="0" tests="1" errors="0" failures="1" name="page.html">',
        '<testcase time="0" name="demo/no-qi" classname="page">',
        '<failure message="“قي” should be “في”." type="error">line 1, col 14, Error - “قي” should be “في”. (demo/no-qi)</failure>',
        '</testcase>',
        '</testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });
});

describe('--output-file', () => {
  it('writes the report to the file and nothing to standard output', async () => {
    const dir = testTempDir('bayan-out-');
    const target = join(dir, 'reports/bayan.json');
    const run = await bayanIn(['--format', 'json', '--output-file', target, 'page.html'], { cwd: BASIC });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(target, 'utf8')) as Array<{ errorCount: number }>;
    expect(written[0]!.errorCount).toBe(1);
  });
});

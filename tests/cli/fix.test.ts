import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { bayan, bayanBytes, copyFixture, FIXTURES } from './helpers/run.js';

const original = readFileSync(join(FIXTURES, 'fix/crlf-bom.md'));
// The fixture: a BOM, CRLF line ends, two «قي» (error, fix), one Latin comma (warning, fix), one «جنية» (suggestion only).
const fixed = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('# عنوان\r\n\r\nجاء الوفد في الموعد، ثم غادر في المساء.\r\nالكلفة 20 جنية.\r\n', 'utf8'),
]);

describe('--fix', () => {
  it('writes the safe fixes, keeping the BOM, CRLF and every byte outside the fixed ranges', async () => {
    const dir = copyFixture('fix');
    const run = await bayanIn(['--fix', '--format', 'json', 'crlf-bom.md'], { cwd: dir });
    expect(original.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(dir, 'crlf-bom.md'))).toEqual(fixed);
    // What is left is reported: the suggestion-only finding, against the fixed text, exit 0 (a warning).
    const [result] = JSON.parse(run.stdout) as Array<{
      messages: Array<{ ruleId: string; line: number; column: number }>;
      output: string;
      source?: string;
    }>;
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['demo/currency', 4, 11]]);
    expect(result!.output).toBe(fixed.toString('utf8'));
    expect(result!.source).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('leaves files without fixes untouched', async () => {
    const dir = copyFixture('basic');
    const before = statSync(join(dir, 'clean.txt')).mtimeMs;
    const text = readFileSync(join(dir, 'clean.txt'));
    await bayanIn(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'clean.txt'))).toEqual(text);
    expect(statSync(join(dir, 'clean.txt')).mtimeMs).toBe(before);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe('<p>وصل الوفد في الصباح.</p>\n');
  });

  it('skips a file that changed on disk while it was checked, with a message', async () => {
    const dir = copyFixture('fix');
    const path = join(dir, 'crlf-bom.md');
    // A real process: the test pack reads BAYAN_TEST_TOUCH from its environment.
    const run = bayan(['--fix', '--format', 'github', 'crlf-bom.md'], { cwd: dir, env: { BAYAN_TEST_TOUCH: path } });
    expect(run.stderr).toBe('bayan: crlf-bom.md: changed on disk while it was being checked; fixes not written\n');
    // The other editor's change is kept and nothing of Bayan's is written.
    expect(readFileSync(path)).toEqual(Buffer.concat([original, Buffer.from('تعديل من محرر آخر.\n')]));
    // The problems of the unfixed text are reported.
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(4);
    expect(run.status).toBe(1);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const dir = copyFixture('fix');
    // The diff goes with the stylish format; the report goes to a file here, so standard output is the diff alone.
    const run = await bayanIn(['--fix-dry-run', '--output-file', 'report.txt', 'crlf-bom.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'crlf-bom.md'))).toEqual(original);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain(
      '  4:11  warning  \u2066“جنية” is spelled “جنيه”.\u2069  demo/currency\n',
    );
    expect(run.stdout).toBe(
      [
        '--- a/crlf-bom.md',
        '+++ b/crlf-bom.md',
        '@@ -1,4 +1,4 @@',
        '\uFEFF# عنوان\r',
        ' \r',
        '-جاء الوفد قي الموعد, ثم غادر قي المساء.\r',
        '+جاء الوفد في الموعد، ثم غادر في المساء.\r',
        ' الكلفة 20 جنية.\r',
        '',
      ]
        .join('\n')
        .replace('\uFEFF#', ' \uFEFF#'),
    );
    expect(run.status).toBe(0);
  });
});

describe('--stdin', () => {
  it('lints standard input', async () => {
    const run = await bayanIn(['--stdin', '--format', 'github', '--no-config'], { input: 'نص قي المدينة.\n' });
    expect(run).toEqual({
      status: 1,
      stderr: '',
      stdout: '::error file=<stdin>,line=1,col=4,endLine=1,endColumn=6,title=demo/no-qi::“قي” should be “في”.\n',
    });
  });

  it('with --fix prints the fixed text, and the remaining problems on standard error', async () => {
    const run = await bayanIn(['--stdin', '--fix', '--no-config'], { input: 'نص قي المدينة, وثمنه 5 جنية.\n' });
    expect(run.stdout).toBe('نص في المدينة، وثمنه 5 جنية.\n');
    expect(run.stderr).toContain('“جنية” is spelled “جنيه”.');
    expect(run.status).toBe(0);
  });

  it('--stdin-filename gives the format, the config and the name in the report', async () => {
    const run = await bayanIn(['--stdin', '--stdin-filename', 'config/pkg/page.html', '--format', 'github'], {
      input: '<p title="قي">وصل قي الموعد</p>\n',
    });
    expect(run.stdout).toBe(
      '::error file=config/pkg/page.html,line=1,col=19,endLine=1,endColumn=21,title=demo/no-qi::«قي» خطأ، والصواب «في».\n',
    );
  });

  it('reports the resolved --stdin-filename as filePath in JSON', async () => {
    const run = await bayanIn(['--stdin', '--stdin-filename', 'basic/new.md', '--format', 'json'], { input: 'قي\n' });
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>)[0]!.filePath).toBe(join(FIXTURES, 'basic/new.md'));
  });

  it('--stdin takes no paths', async () => {
    expect(await bayanIn(['--stdin', 'basic'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bayan: --stdin lints standard input: give no paths with it\n',
    });
  });
});

describe('--stdin --fix prints the text back in the encoding it came in', () => {
  const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
    const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return order === 'be' ? bytes.swap16() : bytes;
  };

  it.each(['le', 'be'] as const)('UTF-16%s with its byte order mark: the fixed text, in UTF-16 again', (order) => {
    const run = bayanBytes(['--stdin', '--fix', '--no-config'], { input: utf16('نص قي المدينة.\r\n', order) });
    expect(run.stdout).toEqual(utf16('نص في المدينة.\r\n', order));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('UTF-8 without a byte order mark stays UTF-8 without one', () => {
    const run = bayanBytes(['--stdin', '--fix', '--no-config'], { input: Buffer.from('نص قي المدينة.\n') });
    expect(run.stdout).toEqual(Buffer.from('نص في المدينة.\n'));
  });

  it.each([
    [
      'not UTF-8',
      Buffer.concat([Buffer.from('نص قي '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]),
      /not valid UTF-8/,
    ],
    ['binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]), /NUL bytes/],
  ])(
    'standard input it cannot read (%s) comes back byte for byte, with the reason on standard error',
    (_, input, why) => {
      const run = bayanBytes(['--stdin', '--fix', '--no-config'], { input });
      expect(run.stdout).toEqual(input);
      expect(run.stderr).toMatch(why);
      expect(run.status).toBe(1);
    },
  );
});

describe('fixing keeps CRLF and BOM on standard input too', () => {
  it('writes back exactly the fixed string', async () => {
    const run = await bayanIn(['--stdin', '--fix', '--no-config', '--stdin-filename', 'x.md'], { input: original });
    expect(Buffer.from(run.stdout, 'utf8')).toEqual(fixed);
  });
});

it('a fix round trip is stable: fixing the fixed file changes nothing', async () => {
  const dir = copyFixture('fix');
  await bayanIn(['--fix', 'crlf-bom.md'], { cwd: dir });
  const once = readFileSync(join(dir, 'crlf-bom.md'));
  writeFileSync(join(dir, 'again.md'), once);
  await bayanIn(['--fix', 'again.md'], { cwd: dir });
  expect(readFileSync(join(dir, 'again.md'))).toEqual(once);
});

/**
 * Absurdly nested markup (the earlier probes ran for minutes) is refused
 * before any parser runs, with one finding at the place where the bound is
 * passed; every other file of the run is linted. Nesting up to the bound goes
 * through the whole pipeline (every rule) without a crash.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bayan, parseJson, tempDir, warmPacks } from './helpers.js';

beforeAll(warmPacks, 120_000);

const indentedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- بند`).join('\n');

const HOSTILE: Record<string, { text: string; line: number; column: number; limit: number }> = {
  'dashes.md': { text: '- '.repeat(100_000) + 'x', line: 1, column: 201, limit: 100 },
  'quotes.md': { text: '>'.repeat(100_000) + ' x', line: 1, column: 101, limit: 100 },
  'indented.md': { text: indentedList(2000), line: 101, column: 201, limit: 100 },
  'divs.html': { text: '<div>'.repeat(100_000) + 'نص', line: 1, column: 2561, limit: 512 },
  'raw-html.md': { text: 'مقدمة\n\n' + '<span>'.repeat(100_000), line: 3, column: 6 * 512 + 1, limit: 512 },
};

describe('markup nested past the bound', () => {
  it(
    'each file gets one parse-error finding where the bound is passed; the other files are linted',
    { timeout: 90_000 },
    async () => {
      const dir = tempDir();
      for (const [name, { text }] of Object.entries(HOSTILE)) writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, 'ok.txt'), 'ذهب الوزير الى الاجتماع.\n');
      const run = await bayan(['--no-config', '--format', 'json', '.'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const results = new Map(parseJson(run.stdout).map((r) => [r.filePath.split('/').pop()!, r]));
      for (const [name, expected] of Object.entries(HOSTILE)) {
        expect(results.get(name)!.messages, name).toEqual([
          {
            ruleId: 'bayan/parse-error',
            severity: 2,
            level: 'error',
            message: `The file could not be read: the markup is nested more than ${expected.limit} levels deep`,
            line: expected.line,
            column: expected.column,
            endLine: expected.line,
            endColumn: expected.column,
            messageId: 'parseError',
            source: 'bayan',
            fatal: true,
          },
        ]);
      }
      expect(results.get('ok.txt')!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        ['orthography/common-misspellings', 1, 12],
      ]);
    },
  );

  it('says it in Arabic too, with the counted noun agreeing with 100 and 512', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), '>'.repeat(1000));
    writeFileSync(join(dir, 'b.html'), '<b>'.repeat(1000));
    const run = await bayan(['--no-config', '--locale', 'ar', '--format', 'github', '.'], { cwd: dir });
    expect(run.stdout).toBe(
      '::error file=a.md,line=1,col=101,endLine=1,endColumn=101,title=bayan/parse-error::تعذّر قراءة الملف: الوسوم متداخلة أكثر من 100 مستوى\n' +
        '::error file=b.html,line=1,col=1537,endLine=1,endColumn=1537,title=bayan/parse-error::تعذّر قراءة الملف: الوسوم متداخلة أكثر من 512 مستوًى\n',
    );
  });

  it('nesting up to the bound runs through every rule without a crash', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'quotes.md'), '> '.repeat(100) + 'ذهب الوزير الى الاجتماع.');
    writeFileSync(join(dir, 'list.md'), indentedList(100) + ' الى');
    writeFileSync(
      join(dir, 'divs.html'),
      `<!doctype html><html lang="ar" dir="rtl"><head><title>بيان</title></head><body><main><h1>بيان</h1>${'<div>'.repeat(500)}ذهب الوزير الى الاجتماع.${'</div>'.repeat(500)}</main></body></html>`,
    );
    const run = await bayan(['--no-config', '--format', 'json', '.'], { cwd: dir });
    const findings = parseJson(run.stdout).flatMap((r) =>
      r.messages.map((m) => [r.filePath.split('/').pop(), m.ruleId]),
    );
    expect(findings.filter(([, id]) => id?.startsWith('bayan/'))).toEqual([]);
    expect(findings.filter(([, id]) => id === 'orthography/common-misspellings')).toEqual([
      ['divs.html', 'orthography/common-misspellings'],
      ['list.md', 'orthography/common-misspellings'],
      ['quotes.md', 'orthography/common-misspellings'],
    ]);
  });
});

/**
 * Earlier probe classes of bad input: each file gets one clear finding (or is
 * linted, for UTF-16 with a BOM), the exit code follows, and every other file
 * of the run is linted. Large and link-heavy documents finish in time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bayan, parseJson, snapshot, tempDir, warmPacks } from './helpers.js';

beforeAll(warmPacks, 120_000);

const SLIP = 'ذهب الوزير الى الاجتماع.\n';
const FINDING = [['orthography/common-misspellings', 1, 12]];

/** «ذهب الوزير الى» in Windows-1256. */
const CP1256 = Buffer.from([0xd0, 0xe5, 0xc8, 0x20, 0xc7, 0xe1, 0xe6, 0xd2, 0xed, 0xd1, 0x20, 0xc7, 0xe1, 0xec, 0x0a]);

describe('bytes that are not UTF-8 text', () => {
  it(
    'each file gets one finding that says why; UTF-16 with a BOM is linted; the run goes on',
    { timeout: 90_000 },
    async () => {
      const dir = tempDir();
      writeFileSync(
        join(dir, 'binary.txt'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      );
      writeFileSync(join(dir, 'invalid.txt'), Buffer.from([0xd8, 0xb0, 0xc3, 0x28, 0x0a]));
      writeFileSync(join(dir, 'cp1256.txt'), CP1256);
      writeFileSync(join(dir, 'utf16le.txt'), Buffer.from(`\uFEFF${SLIP}`, 'utf16le'));
      writeFileSync(join(dir, 'utf16be.txt'), Buffer.from(`\uFEFF${SLIP}`, 'utf16le').swap16());
      writeFileSync(join(dir, 'utf16-no-bom.txt'), Buffer.from(SLIP, 'utf16le'));
      writeFileSync(join(dir, 'empty.txt'), '');
      // Markdown is parsed whole: over 5 MB it is refused (plain text is linted in chunks up to 50 MB: tests/cli/big-files.test.ts).
      writeFileSync(join(dir, 'huge.md'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
      writeFileSync(join(dir, 'ok.txt'), SLIP);
      const before = snapshot(dir);
      const run = await bayan(['--no-config', '--format', 'json', '.'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const got = Object.fromEntries(
        parseJson(run.stdout).map((r) => [
          r.filePath.split('/').pop(),
          r.messages.map((m) => (m.fatal ? [m.severity, m.message] : [m.ruleId, m.line, m.column])),
        ]),
      );
      const fatal = (reason: string, severity = 2) => [[severity, `The file could not be read: ${reason}`]];
      expect(got).toEqual({
        'binary.txt': fatal('it contains NUL bytes (a binary file?)'),
        'invalid.txt': fatal('it is not valid UTF-8 text (save it as UTF-8)'),
        'cp1256.txt': fatal('it is not valid UTF-8 text (save it as UTF-8)'),
        'utf16le.txt': FINDING,
        'utf16be.txt': FINDING,
        'utf16-no-bom.txt': fatal('it looks like UTF-16 text without a byte order mark (save it as UTF-8)'),
        'empty.txt': fatal('it is empty', 1),
        'huge.md': fatal('it is larger than 5 MB'),
        'ok.txt': FINDING,
      });
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it('a 20 MB Markdown file on one line is refused by size without being read whole', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'line.md'), Buffer.alloc(20 * 1024 * 1024, 'ن'));
    writeFileSync(join(dir, 'ok.txt'), SLIP);
    const run = await bayan(['--no-config', '--format', 'json', '.'], { cwd: dir });
    const [line, ok] = parseJson(run.stdout);
    expect(line!.messages.map((m) => m.message)).toEqual(['The file could not be read: it is larger than 5 MB']);
    expect(ok!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(FINDING);
  });
});

describe('large documents under the size limit', () => {
  it(
    '50,000 links in Markdown and in HTML are linted by every text rule (finding on the last line) within the timeout',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir();
      const links = Array.from({ length: 50_000 }, (_, i) => `[رابط ${i}](https://example.org/${i})`).join(' ');
      writeFileSync(join(dir, 'links.md'), `${links}\n\n${SLIP}`);
      const anchors = Array.from({ length: 50_000 }, (_, i) => `<a href="https://example.org/${i}">رابط ${i}</a>`).join(
        ' ',
      );
      writeFileSync(join(dir, 'links.html'), `<p>${anchors}</p>\n<p>${SLIP}</p>\n`);
      // Every rule but the axe checks (jsdom's cost on 100,000 elements is axe's, not Bayan's parsing).
      const list = await bayan(['--list-rules', '--format', 'json'], { cwd: dir });
      const axe = (JSON.parse(list.stdout) as Array<{ id: string }>)
        .map((r) => r.id)
        .filter((id) => id.startsWith('a11y/'));
      writeFileSync(
        join(dir, 'bayan.config.yaml'),
        `extends: [strict]\nrules:\n${axe.map((id) => `  ${id}: off\n`).join('')}`,
      );
      const run = await bayan(['--format', 'json', '.'], { cwd: dir });
      const byName = Object.fromEntries(
        parseJson(run.stdout).map((r) => [
          r.filePath.split('/').pop(),
          r.messages.filter((m) => m.ruleId === 'orthography/common-misspellings').map((m) => [m.line, m.column]),
        ]),
      );
      expect(byName).toEqual({ 'links.html': [[2, 15]], 'links.md': [[3, 12]] });
      expect(
        parseJson(run.stdout)
          .flatMap((r) => r.messages)
          .filter((m) => m.ruleId?.startsWith('bayan/')),
      ).toEqual([]);
    },
  );
});

describe('U+2028 LINE SEPARATOR', () => {
  it(
    'rules keep working around it in every format (bidi controls, misspellings, repeated words)',
    { timeout: 90_000 },
    async () => {
      const dir = tempDir();
      const body = 'نص\u2028نص \u202E خفي الى';
      writeFileSync(join(dir, 'u.txt'), `${body}\n`);
      writeFileSync(join(dir, 'u.md'), `${body}\n`);
      writeFileSync(join(dir, 'u.html'), `<p lang="ar" dir="rtl">${body}</p>\n`);
      const run = await bayan(['--no-config', '--format', 'json', '--rule', 'rtl/html-lang-dir: off', '.'], {
        cwd: dir,
      });
      const got = Object.fromEntries(
        parseJson(run.stdout).map((r) => [
          r.filePath.split('/').pop(),
          r.messages.filter((m) => !m.ruleId?.startsWith('a11y/')).map((m) => [m.ruleId, m.line, m.column]),
        ]),
      );
      const expected = (shift: number) => [
        ['orthography/no-repeated-words', 1, 4 + shift],
        ['rtl/no-bidi-controls', 1, 7 + shift],
        ['orthography/common-misspellings', 1, 13 + shift],
      ];
      expect(got).toEqual({ 'u.html': expected(23), 'u.md': expected(0), 'u.txt': expected(0) });
    },
  );
});

describe('stylish output', () => {
  it(
    'shows bidi controls and invisible characters from the document as <U+XXXX>, never raw',
    { timeout: 90_000 },
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a.txt'), 'قال \u202Eالوزير\u202C إن\u200B الوفد الى.\n');
      const run = await bayan(['--no-config', 'a.txt'], { cwd: dir });
      // The report's own direction isolates (U+2066–2069, around Arabic fields) are allowed; nothing of the document's is raw.
      expect(run.stdout).not.toMatch(/[\u202A-\u202E\u200B-\u200F]/);
      expect(run.stdout).toContain('<U+202E>');
      expect(run.stdout).toContain('<U+200B>');
      expect(run.code).toBe(1);
    },
  );
});

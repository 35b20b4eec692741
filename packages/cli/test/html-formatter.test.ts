import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RuleRegistry, type Finding } from '@bayan/core';
import { escapeHtml, html, pieces } from '../src/formatters/html.js';
import { main } from '../src/cli.js';
import { lintTask } from '../src/lint-file.js';
import { defaultRegistry } from '../src/registry.js';
import type { FileResult, FormatContext } from '../src/result.js';
import { testTempDir } from '../../../tests/helpers/temp.js';

const ctx: FormatContext = {
  locale: 'ar',
  registry: new RuleRegistry([]),
  version: '9.9.9',
  color: false,
  isolate: false,
};

function finding(start: number, end: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'x/y',
    source: 'x',
    severity: 'error',
    messageId: 'm',
    message: 'رسالة',
    place: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    ...over,
  };
}

function parse(report: string): Document {
  // jsdom never runs the report's scripts here (there must be none anyway).
  return new JSDOM(report).window.document;
}

const RELEASE = 'أعلنت الوزارة اليوم عن خطة جديدة قي المناطق الريفية بقيمة 500 مليون جنية إسترليني.\n';

async function realResult(text: string, path = '/r/release.txt'): Promise<FileResult> {
  const registry = defaultRegistry();
  const outcome = await lintTask(
    {
      path,
      text,
      config: null,
      configFile: '<none>',
      relPath: 'release.txt',
      cliRules: null,
      locale: 'ar',
      fix: false,
    },
    registry,
  );
  return { filePath: path, displayPath: 'release.txt', findings: outcome.findings, source: text };
}

describe('--format html', () => {
  it('shows the release text unchanged, each problem underlined by severity and listed in document order', async () => {
    const result = await realResult(RELEASE);
    const doc = parse(html([result], ctx));
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    const pre = doc.querySelector('pre.text')!;
    expect(pre.textContent).toBe(RELEASE);
    const marks = [...pre.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
    expect(marks).toContainEqual(['قي', 'sev-error']);
    expect(marks).toContainEqual(['جنية', 'sev-error']);
    const items = [...doc.querySelectorAll('ol.problems > li')];
    expect(items.length).toBe(result.findings.length);
    const first = items[0]!;
    expect(first.querySelector('.where')!.textContent).toBe('السطر 1، العمود 34');
    expect(first.querySelector('.message')!.textContent).toBe('«قي» خطأ إملائي، والصواب «في».');
    expect(first.querySelector('.rule')!.textContent).toBe('orthography/common-misspellings');
    expect(first.querySelector('.edits')!.textContent).toBe('الإصلاح قي ← في');
    // Each list entry links to its place in the text and back.
    expect(first.querySelector('a.where')!.getAttribute('href')).toBe('#p0-0');
    expect(doc.getElementById('p0-0')!.getAttribute('href')).toBe('#l0-0');
    // Document order.
    const columns = result.findings.map((f) => f.place.start.offset);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(doc.querySelector('header p')!.textContent).toBe('فُحص ملف واحد، وفيها مشكلتان.');
  });

  it('never turns anything from a release into live markup', async () => {
    const hostile = 'قي </pre><script>window.ran = 1</script><img src=x onerror="window.ran = 2"> "\' & ok\n';
    const result = await realResult(hostile);
    result.findings.push(
      finding(3, 9, {
        message: '<b>bold</b> & <script>x()</script>',
        url: 'javascript:alert(1)',
        fix: { range: [3, 9], text: '<i>x</i>' },
      }),
    );
    result.findings.sort((a, b) => a.place.start.offset - b.place.start.offset);
    const report = html([{ ...result, displayPath: '<svg onload=x>.txt' }], ctx);
    expect(report).not.toMatch(/<script|<img|<svg|<b>|<i>|href="javascript/i);
    const dom = new JSDOM(report, { runScripts: 'outside-only' });
    const doc = dom.window.document;
    expect(doc.querySelectorAll('script, img, svg, b, i').length).toBe(0);
    expect(doc.querySelector('pre.text')!.textContent).toBe(hostile);
    expect(doc.querySelector('h2')!.textContent).toBe('<svg onload=x>.txt');
    expect([...doc.querySelectorAll('.message')].map((m) => m.textContent)).toContain(
      '<b>bold</b> & <script>x()</script>',
    );
    // A doc URL that is not http(s) is text, never a link.
    expect(
      [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#')),
    ).toEqual([]);
    // No script runs, nothing is fetched.
    expect(report).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('shows invisible direction controls as labels instead of echoing them', () => {
    const text = 'أ\u202Eب\u200Fج';
    const report = html([{ filePath: '/a', displayPath: 'a.txt', findings: [finding(1, 2)], source: text }], ctx);
    expect(report).not.toMatch(/[\u202E\u200F]/);
    const doc = parse(report);
    expect([...doc.querySelectorAll('pre .ctl')].map((s) => [s.textContent, s.getAttribute('title')])).toEqual([
      ['RLO', 'U+202E'],
      ['RLM', 'U+200F'],
    ]);
  });

  it('counts in correct Arabic plural forms', () => {
    const summary = (n: number) => {
      const findings = Array.from({ length: n }, (_, i) =>
        finding(0, 1, { severity: i % 2 === 0 ? 'error' : 'warning' }),
      );
      return parse(html([{ filePath: '/a', displayPath: 'a.txt', findings, source: 'نص' }], ctx)).querySelector(
        '.packs li',
      )!.textContent;
    };
    expect(summary(1)).toBe('x: مشكلة واحدة (خطأ واحد، لا تنبيهات)');
    expect(summary(2)).toBe('x: مشكلتان (خطأ واحد، تنبيه واحد)');
    expect(summary(4)).toBe('x: 4 مشكلات (خطآن، تنبيهان)');
    expect(summary(11)).toBe('x: 11 مشكلةً (6 أخطاء، 5 تنبيهات)');
    expect(summary(24)).toBe('x: 24 مشكلةً (12 خطأً، 12 تنبيهًا)');
    expect(summary(100)).toBe('x: 100 مشكلة (50 خطأً، 50 تنبيهًا)');
  });

  it('counts by pack in time linear in the findings (each finding copied the list of its pack)', () => {
    // 30,000 findings of one pack: 67 s when each finding copied its pack's list so far, 1.2 s now.
    const text = 'ن '.repeat(30_000);
    const findings = Array.from({ length: 30_000 }, (_, i) =>
      finding(2 * i, 2 * i + 1, { severity: i % 3 === 0 ? 'warning' : i % 3 === 1 ? 'info' : 'error' }),
    );
    const started = performance.now();
    const report = html([{ filePath: '/a', displayPath: 'a.txt', findings, source: text }], ctx);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report).toContain(
      '<ul class="packs" aria-label="حسب مجموعة القواعد"><li><code dir="ltr">x</code>: 30,000 مشكلة (10,000 خطأ، 10,000 تنبيه)</li></ul>',
    );
  }, 60_000);

  it('reads in English with --locale en, left to right', async () => {
    const result = await realResult(RELEASE);
    const doc = parse(
      html([result, { filePath: '/b', displayPath: 'clean.txt', findings: [], source: 'نص سليم.' }], {
        ...ctx,
        locale: 'en',
      }),
    );
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('header p')!.textContent).toBe('Checked 2 files: 2 problems.');
    expect(doc.querySelectorAll('section.file')[1]!.querySelector('p')!.textContent).toBe('No problems in this file.');
    // The release's own text keeps its direction.
    expect(doc.querySelector('pre.text')!.getAttribute('dir')).toBe('auto');
  });

  it('cuts the text at every finding boundary, overlaps and insertions included', () => {
    const f = [finding(0, 4, { severity: 'warning' }), finding(2, 6), finding(8, 8, { severity: 'info' })];
    expect(pieces('0123456789', f)).toEqual([
      { start: 0, end: 2, covering: [0], starting: [0] },
      { start: 2, end: 4, covering: [0, 1], starting: [1] },
      { start: 4, end: 6, covering: [1], starting: [] },
      { start: 6, end: 8, covering: [], starting: [] },
      { start: 8, end: 10, covering: [], starting: [2] },
    ]);
    const doc = parse(html([{ filePath: '/a', displayPath: 'a.txt', findings: f, source: '0123456789' }], ctx));
    expect([...doc.querySelectorAll('pre mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['01', 'sev-warning'],
      ['23', 'sev-error'],
      ['45', 'sev-error'],
    ]);
    expect(doc.querySelector('pre .insert')!.className).toBe('insert sev-info');
    expect(escapeHtml('a\u0000<')).toBe('a&lt;');
  });

  it('cuts as checking every finding at every cut does, on overlapping, empty, reversed and out-of-range findings', () => {
    // The definition, cut by cut (what pieces did before its sweep: time findings × cuts).
    const byDefinition = (text: string, findings: readonly Finding[]) => {
      const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
      const cuts = [
        ...new Set([0, text.length, ...findings.flatMap((f) => [f.place.start.offset, f.place.end.offset].map(clamp))]),
      ];
      cuts.sort((a, b) => a - b);
      return cuts.flatMap((start, i) => {
        const end = cuts[i + 1] ?? start;
        const at = (f: Finding) => [clamp(f.place.start.offset), clamp(f.place.end.offset)] as const;
        const covering = findings.flatMap((f, k) => (at(f)[0] < end && at(f)[1] > start ? [k] : []));
        const starting = findings.flatMap((f, k) => (at(f)[0] === start ? [k] : []));
        return end > start || starting.length > 0 ? [{ start, end, covering, starting }] : [];
      });
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed % n;
    };
    const text = 'ن'.repeat(200);
    for (let round = 0; round < 200; round++) {
      const findings = Array.from({ length: 1 + random(40) }, () => {
        const start = random(230) - 10;
        const end = random(4) === 0 ? start : random(4) === 0 ? start - random(5) : start + random(30);
        return finding(start, end);
      });
      expect(pieces(text, findings)).toEqual(byDefinition(text, findings));
    }
  });
});

describe('bayan --format html', () => {
  it('is a format of the command: one report for every file, Arabic by default under an Arabic LANG', async () => {
    const dir = testTempDir('bayan-html-');
    writeFileSync(join(dir, 'release.txt'), RELEASE);
    writeFileSync(join(dir, 'clean.txt'), 'نص سليم.\n');
    const out: string[] = [];
    const io = {
      cwd: dir,
      env: { LANG: 'ar_EG.UTF-8' },
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: () => true },
      readStdin: async () => new Uint8Array(),
    };
    expect(await main(['--format', 'html', '--concurrency', '1', '.'], io)).toBe(1);
    const doc = parse(out.join(''));
    expect([...doc.querySelectorAll('section.file h2')].map((h) => h.textContent)).toEqual([
      'clean.txt',
      'release.txt',
    ]);
    expect(doc.querySelector('header p')!.textContent).toBe('فُحص ملفان، وفيها مشكلتان.');
    expect(doc.querySelectorAll('section.file')[1]!.querySelector('pre.text')!.textContent).toBe(RELEASE);
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '@bayan/core';
import { PageEngine } from '../src/engine.js';
import { textPacks } from '../src/packs.js';
import {
  applyEdit,
  applySafeFixes,
  beforeAfter,
  docKey,
  downloadName,
  inDocumentOrder,
  isWebUrl,
  summaryByPack,
  underlinePieces,
  visible,
} from '../src/view.js';

const RELEASE = 'أعلنت الوزارة اليوم عن خطة جديدة قي المناطق الريفية بقيمة 500 مليون جنية إسترليني.\n';

function at(start: number, end: number, severity: Finding['severity'] = 'error', source = 'x'): Finding {
  const p = (offset: number) => ({ line: 1, column: offset + 1, offset });
  return {
    ruleId: `${source}/r`,
    source,
    severity,
    messageId: 'm',
    message: 'm',
    place: { start: p(start), end: p(end) },
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
  };
}

const engine = new PageEngine(textPacks);
const lint = (text: string) =>
  engine.lint({ text, format: 'text', locale: 'ar', options: { preset: 'recommended', style: {}, dictionaries: {} } });

describe('underlines', () => {
  it('cuts the text at finding boundaries and takes the most severe finding of an overlap', () => {
    expect(underlinePieces(10, [at(0, 4, 'warning'), at(2, 6, 'error'), at(8, 8, 'info')])).toEqual([
      { start: 0, end: 2, covering: [0], severity: 'warning' },
      { start: 2, end: 4, covering: [0, 1], severity: 'error' },
      { start: 4, end: 6, covering: [1], severity: 'error' },
      { start: 6, end: 8, covering: [] },
      // An empty finding (an insertion point) underlines the character after it.
      { start: 8, end: 9, covering: [2], severity: 'info' },
      { start: 9, end: 10, covering: [] },
    ]);
  });
  it('clamps findings to the text and merges neighbours with the same findings', () => {
    expect(underlinePieces(3, [at(1, 99)])).toEqual([
      { start: 0, end: 1, covering: [] },
      { start: 1, end: 3, covering: [0], severity: 'error' },
    ]);
    expect(underlinePieces(0, [])).toEqual([]);
  });
});

describe('the problem list and the summary', () => {
  it('lists the real engine findings of a release in document order', async () => {
    const findings = inDocumentOrder(await lint(RELEASE));
    expect(findings.map((f) => [f.ruleId, f.place.start.offset, f.place.end.offset])).toEqual([
      ['orthography/common-misspellings', 33, 35],
      ['numbers/currency', 68, 72],
    ]);
    expect([RELEASE.slice(33, 35), RELEASE.slice(68, 72)]).toEqual(['قي', 'جنية']);
  });

  it('counts by pack with Arabic plural forms, and in English', () => {
    const many = [
      ...Array.from({ length: 11 }, (_, i) => at(i, i + 1, 'error', 'orthography')),
      at(0, 1, 'warning', 'numbers'),
      at(1, 2, 'warning', 'numbers'),
      at(2, 3, 'info', 'numbers'),
    ];
    expect(summaryByPack(many, 'ar').map((r) => [r.label, r.text])).toEqual([
      ['الإملاء', '11 مشكلةً (11 خطأً، لا تنبيهات)'],
      ['الأعداد', '3 مشكلات (لا أخطاء، تنبيهان، ملاحظة واحدة)'],
    ]);
    expect(summaryByPack([at(0, 1, 'error', 'grammar2')], 'ar')[0]).toMatchObject({
      label: 'grammar2',
      text: 'مشكلة واحدة (خطأ واحد، لا تنبيهات)',
    });
    expect(summaryByPack(many, 'en').map((r) => r.text)).toEqual([
      '11 problems (11 errors, 0 warnings)',
      '3 problems (0 errors, 2 warnings, 1 info)',
    ]);
    const hundred = Array.from({ length: 100 }, (_, i) => at(i, i + 1, 'error', 'numbers'));
    expect(summaryByPack(hundred, 'ar')[0]!.text).toBe('100 مشكلة (100 خطأ، لا تنبيهات)');
  });
});

describe('fixes', () => {
  it('applies one fix, and all safe fixes of the real findings', async () => {
    const findings = await lint(RELEASE);
    const misspelling = findings.find((f) => f.ruleId === 'orthography/common-misspellings')!;
    expect(applyEdit(RELEASE, misspelling.fix!)).toContain('خطة جديدة في المناطق');
    expect(beforeAfter(RELEASE, misspelling, misspelling.fix!)).toEqual({ before: 'قي', after: 'في' });
    const { output, applied } = applySafeFixes(RELEASE, findings);
    expect(applied).toBe(2);
    expect(output).toBe('أعلنت الوزارة اليوم عن خطة جديدة في المناطق الريفية بقيمة 500 مليون جنيه إسترليني.\n');
    expect(await lint(output)).toEqual([]);
  });
});

describe('small helpers', () => {
  it('names invisible controls instead of echoing them', () => {
    expect(visible('a\u202Eb\u200F\nc')).toBe('a⟨RLO⟩b⟨RLM⟩⏎c');
  });
  it('links only http(s) docs, and finds bundled docs by repository path', () => {
    expect(isWebUrl('https://dequeuniversity.com/rules/axe/4.14/image-alt')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(docKey('rules/orthography/docs/common-misspellings.md')).toBe('orthography/common-misspellings');
    expect(docKey('../../etc/passwd')).toBeUndefined();
  });
  it('names the download after the draft; a Word file comes back as .txt', () => {
    expect(downloadName('بيان.docx', 'html', true)).toBe('بيان.txt');
    expect(downloadName('release.md', 'markdown', false)).toBe('release.md');
    expect(downloadName(undefined, 'text', false)).toBe('bayan-draft.txt');
  });
});

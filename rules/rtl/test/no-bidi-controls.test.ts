import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule from '../src/no-bidi-controls.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const RLO = '\u202e';
const PDF = '\u202c';
const LRE = '\u202a';
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';
const RLM = '\u200f';

describe('rtl/no-bidi-controls', () => {
  it.each([
    ['text', 'بلغ الدعم 500 مليون جنيه.'],
    ['html', '<p dir="rtl">الاسم <bdi>John Smith</bdi> هنا.</p>'],
    // balanced isolates are accepted in plain text (SMS, posts)
    ['text', `قال ${FSI}John Smith${PDI} إن الدعم مستمر.`],
  ] as const)('accepts %s %#', async (format, text) => {
    expect((await checkRule(rule, text, { format })).findings).toEqual([]);
  });

  it('reports an override pair as an error and suggests removing it', async () => {
    const text = `<p>ملف invoice${RLO}fdp.exe${PDF} مرفق.</p>`;
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'rtl/no-bidi-controls',
      severity: 'error',
      messageId: 'reorder',
      message: 'The invisible U+202E RIGHT-TO-LEFT OVERRIDE can show text in a different order from the one written (the “Trojan Source” trick): remove it and set direction with dir or <bdi>.',
      line: 1, column: 15, endLine: 1, endColumn: 24,
    });
    expect(result.output).toBe(text);
    expect(result.suggestionOutputs[0]).toEqual(['<p>ملف invoicefdp.exe مرفق.</p>']);
  });

  it('has plain-text wording for embeddings', async () => {
    const text = `الرمز ${LRE}AB-12${PDF} جديد.`;
    const result = await checkRule(rule, text);
    expect(result.findings.map((f) => [f.messageId, f.column, f.endColumn])).toEqual([['reorderText', 7, 14]]);
    expect(result.findings[0]?.message).toBe('The invisible U+202A LEFT-TO-RIGHT EMBEDDING can show text in a different order from the one written (the “Trojan Source” trick): remove it from the text.');
  });

  it('reports unbalanced characters per line', async () => {
    const text = `سطر أول ${RLO}بلا إغلاق\nسطر ثان ${PDF} و${PDI} هنا.`;
    const result = await checkRule(rule, text);
    expect(result.findings.map((f) => [f.messageId, f.line, f.column, f.data?.name])).toEqual([
      ['unbalanced', 1, 9, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
      ['unbalanced', 2, 9, 'U+202C POP DIRECTIONAL FORMATTING'],
      ['unbalanced', 2, 12, 'U+2069 POP DIRECTIONAL ISOLATE'],
    ]);
    expect(result.findings[0]?.message).toBe('The invisible U+202E RIGHT-TO-LEFT OVERRIDE has no partner in the same paragraph, so its effect runs on into the following text or it closes nothing: remove it.');
    expect(result.suggestionOutputs[0]).toEqual(['سطر أول بلا إغلاق\n' + `سطر ثان ${PDF} و${PDI} هنا.`]);
  });

  it('in HTML an embedding cannot be closed in another element', async () => {
    const text = `<p>نص ${LRE}<b>abc</b>${PDF}</p>`;
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings.map((f) => [f.messageId, f.column])).toEqual([['unbalanced', 7], ['unbalanced', 18]]);
  });

  it('suggests <bdi> for isolates in HTML and Markdown text', async () => {
    const html = `<p>قال ${LRI}Global Coalition${PDI} أمس.</p>`;
    const result = await checkRule(rule, html, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ messageId: 'isolate', severity: 'warning', column: 8, endColumn: 26 });
    expect(result.findings[0]?.message).toBe('Invisible direction isolate (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069) in the page text: use <bdi> or dir markup instead, which editors can see.');
    expect(result.suggestionOutputs[0]).toEqual(['<p>قال <bdi dir="ltr">Global Coalition</bdi> أمس.</p>']);

    const md = `قال ${FSI}John${PDI} أمس.`;
    const mdResult = await checkRule(rule, md, { format: 'markdown' });
    expect(mdResult.suggestionOutputs).toEqual([['قال <bdi>John</bdi> أمس.']]);
  });

  it('only removes isolates where markup cannot go (attribute values)', async () => {
    const html = `<img alt="شعار ${LRI}BBC${PDI}" src="a.png">`;
    const result = await checkRule(rule, html, { format: 'html' });
    expect(result.suggestionOutputs).toEqual([['<img alt="شعار BBC" src="a.png">']]);
  });

  it('warns about marks with format-specific wording', async () => {
    const html = await checkRule(rule, `<p>Yahoo!${RLM} موقع.</p>`, { format: 'html' });
    expect(html.findings[0]).toMatchObject({ messageId: 'mark', severity: 'warning', column: 10, endColumn: 11 });
    expect(html.findings[0]?.message).toBe('Invisible direction mark U+200F RIGHT-TO-LEFT MARK: set direction with dir or <bdi> markup rather than a hidden character.');
    expect(html.suggestionOutputs[0]).toEqual(['<p>Yahoo! موقع.</p>']);
    const text = await checkRule(rule, `Yahoo!${RLM} موقع.`);
    expect(text.findings[0]?.message).toBe('Invisible direction mark U+200F RIGHT-TO-LEFT MARK in plain text: keep it only if it places punctuation next to a Latin word; it gets lost or misplaced when the text is edited.');
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, `ملف ${RLO}abc${PDF}`, { locale: 'ar' });
    expect(findings[0]?.message).toBe('المحرف الخفي U+202E RIGHT-TO-LEFT OVERRIDE قد يعرض النص بترتيب غير ترتيبه المكتوب (خدعة «Trojan Source»): احذفه من النص.');
  });

  it.runIf(HAS_SEED)('finds nothing in the seed release', async () => {
    const seed = readSeed();
    expect((await checkRule(rule, seed)).findings).toEqual([]);
  });
});

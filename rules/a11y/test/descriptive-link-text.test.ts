import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule, { linkTextData, normalizeLinkText } from '../src/descriptive-link-text.js';

const examples = (needsContext: boolean) =>
  linkTextData.data.phrases.filter((p) => Boolean(p.needsContext) === needsContext).flatMap((p) => p.examples.map((example) => [p.text, example] as const));

describe('a11y/descriptive-link-text data', () => {
  it.each(examples(false))('«%s» matches «%s»', async (phrase, example) => {
    expect(normalizeLinkText(example)).toBe(normalizeLinkText(phrase));
    const { findings } = await checkRule(rule, `<p>نص <a href="/x">${example}</a></p>`, { format: 'html' });
    expect(findings.map((f) => f.messageId)).toEqual(['vague']);
  });

  it.each(examples(true))('«%s» matches «%s» where nothing around explains it', async (phrase, example) => {
    expect(normalizeLinkText(example)).toBe(normalizeLinkText(phrase));
    const alone = await checkRule(rule, `<ul><li><a href="/x">${example}</a></li></ul>`, { format: 'html' });
    expect(alone.findings.map((f) => f.messageId)).toEqual(['noContext']);
    const inContext = `<p>التقرير السنوي للوزارة: <a href="/x">${example}</a></p>`;
    expect((await checkRule(rule, inContext, { format: 'html' })).findings).toEqual([]);
    const linkOnly = await checkRule(rule, inContext, { format: 'html', options: { linkOnly: true } });
    expect(linkOnly.findings.map((f) => f.messageId)).toEqual(['linkOnly']);
  });

  it('has no duplicate phrases', () => {
    const keys = linkTextData.data.phrases.map((p) => normalizeLinkText(p.text));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a11y/descriptive-link-text', () => {
  it.each([
    ['html', '<p><a href="/report">التقرير السنوي للوزارة</a></p>'],
    ['html', '<p><a href="/report">تحميل التقرير السنوي</a></p>'],
    ['html', '<p><a href="/x" aria-label="البيان الكامل للوزارة">المزيد</a></p>'],
    ['html', '<p><a href="/x"></a> <a name="here">هنا</a></p>'],
    ['markdown', 'اقرأ [البيان الكامل لوزارة الخارجية](https://example.org/statement).'],
    ['markdown', 'الكلمة `هنا` ليست رابطًا.'],
  ] as const)('accepts %s %#', async (format, text) => {
    expect((await checkRule(rule, text, { format })).findings).toEqual([]);
  });

  it('reports a vague link in HTML at its text', async () => {
    const text = '<p>للاطلاع على البيان <a href="/statement"><b>اضغط هنا</b></a>.</p>';
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'a11y/descriptive-link-text',
      severity: 'error',
      message: 'The link text “اضغط هنا” does not say where it leads, and screen-reader users may hear it alone: name the destination, e.g. “the ministry’s full statement”.',
      line: 1, column: 44, endLine: 1, endColumn: 59,
    });
    expect(result.output).toBe(text);
    expect(result.suggestionOutputs).toEqual([[]]);
  });

  it('reports in Markdown, references included', async () => {
    const md = 'التفاصيل [هنا](https://example.org) و[اقرأ المزيد][r].\n\n[r]: https://example.org/more\n';
    const result = await checkRule(rule, md, { format: 'markdown' });
    expect(result.findings.map((f) => [f.actual, f.line, f.column, f.endColumn])).toEqual([
      ['هنا', 1, 11, 14],
      ['اقرأ المزيد', 1, 39, 50],
    ]);
  });

  it('uses the image alt of an image link', async () => {
    const result = await checkRule(rule, '<a href="/more"><img src="more.png" alt="المزيد"></a>', { format: 'html' });
    expect(result.findings.map((f) => f.data?.text)).toEqual(['المزيد']);
  });

  it('reports a raw URL as info', async () => {
    const result = await checkRule(rule, 'الموقع: <https://example.org/ar/news>', { format: 'markdown' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      messageId: 'rawUrl', severity: 'info', column: 10, endColumn: 37,
      message: 'The link text is a raw web address “https://example.org/ar/news”, which screen readers spell out: write the page’s name instead.',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<a href="/x">المزيد</a>', { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('نص الرابط «المزيد» لا يدل على وجهته، ومستخدم قارئ الشاشة يسمعه وحده: سمِّ الوجهة، مثل «اقرأ البيان الكامل لوزارة الخارجية».');
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule, { linkTextData, normalizeLinkText } from '../src/descriptive-link-text.js';

const tester = new RuleTester();

const examples = (needsContext: boolean) =>
  linkTextData.data.phrases
    .filter((p) => Boolean(p.needsContext) === needsContext)
    .flatMap((p) => p.examples.map((example) => [p.text, example] as const));

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
    await tester.assertValid(rule, { text, format });
  });

  it('reports a vague link in HTML at its text', async () => {
    const text = '<p>للاطلاع على البيان <a href="/statement"><b>اضغط هنا</b></a>.</p>';
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        {
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 59,
          severity: 'error',
          message:
            'The link text “اضغط هنا” does not say where it leads, and screen-reader users may hear it alone: name the destination, e.g. “the ministry’s full statement”.',
          suggestions: [],
        },
      ],
    });
  });

  it('reports in Markdown, references included', async () => {
    const md = 'التفاصيل [هنا](https://example.org) و[اقرأ المزيد][r].\n\n[r]: https://example.org/more\n';
    await tester.assertInvalid(rule, {
      text: md,
      format: 'markdown',
      errors: [
        { line: 1, column: 11, endColumn: 14, messageId: 'vague' },
        { line: 1, column: 39, endColumn: 50, messageId: 'vague' },
      ],
    });
    expect((await checkRule(rule, md, { format: 'markdown' })).findings.map((f) => f.actual)).toEqual([
      'هنا',
      'اقرأ المزيد',
    ]);
  });

  it('uses the image alt of an image link', async () => {
    const result = await checkRule(rule, '<a href="/more"><img src="more.png" alt="المزيد"></a>', { format: 'html' });
    expect(result.findings.map((f) => f.data?.text)).toEqual(['المزيد']);
  });

  it('reports a raw URL as info', async () => {
    await tester.assertInvalid(rule, {
      text: 'الموقع: <https://example.org/ar/news>',
      format: 'markdown',
      errors: [
        {
          column: 10,
          endColumn: 37,
          messageId: 'rawUrl',
          severity: 'info',
          message:
            'The link text is a raw web address “https://example.org/ar/news”, which screen readers spell out: write the page’s name instead.',
        },
      ],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<a href="/x">المزيد</a>', { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'نص الرابط «المزيد» لا يدل على وجهته، ومستخدم قارئ الشاشة يسمعه وحده: سمِّ الوجهة، مثل «اقرأ البيان الكامل لوزارة الخارجية».',
    );
  });

  describe('links beyond <a href> (ACT rules aizyf1, 5effbb)', () => {
    // [format, text, reported link text, line, column, endColumn]
    const reported = [
      ['html', '<p>التفاصيل</p>\n<div role="link" tabindex="0">More</div>', 'More', 2, 31, 35],
      ['html', '<span role="link" tabindex="0">من هنا</span>', 'من هنا', 1, 32, 38],
      [
        'html',
        '<svg xmlns="http://www.w3.org/2000/svg"><a href="#main"><text x="20" y="20">Go</text></a></svg>',
        'Go',
        1,
        57,
        86,
      ],
      [
        'html',
        '<p><a href="/x" aria-labelledby="l1">البيان</a></p><span id="l1">اضغط هنا</span>',
        'اضغط هنا',
        1,
        38,
        44,
      ],
      [
        'html',
        '<table><tr><th>التقرير</th></tr><tr><td><a href="/r.pdf">تحميل</a></td></tr></table>',
        'تحميل',
        1,
        58,
        63,
      ],
      ['markdown', 'نص البيان.\n\n<div role="link" tabindex="0">رابط</div>\n', 'رابط', 3, 31, 35],
      ['markdown', 'للاطلاع: <a href="/statement">التفاصيل</a>.\n', 'التفاصيل', 1, 31, 39],
      ['markdown', '- [Download](https://example.org/report.pdf)\n', 'Download', 1, 4, 12],
    ] as const;

    it.each(reported)('reports %s %#', async (format, text, link, line, column, endColumn) => {
      const { findings } = await checkRule(rule, text, { format });
      expect(findings.map((f) => [f.messageId, f.data?.text, f.line, f.column, f.endColumn])).toEqual([
        ['vague', link, line, column, endColumn],
      ]);
    });

    it.each([
      // role overrides the element: a link made a button is not a link
      ['html', '<a href="/x" role="button">المزيد</a>'],
      // aria-labelledby names the link whatever its content
      ['html', '<p id="t">اقرأ البيان الكامل للوزارة</p><a href="/s" aria-labelledby="t">المزيد</a>'],
      ['html', '<div role="link" tabindex="0">البيان الكامل لوزارة الخارجية</div>'],
      ['markdown', '<span role="link">التقرير السنوي للوزارة</span>\n'],
    ] as const)('accepts %s %#', async (format, text) => {
      await tester.assertValid(rule, { text, format });
    });
  });

  describe('names that need their context: formats, “this …”', () => {
    const cases = [
      // [format, text, no context → reported?]
      ['html', '<ul><li><a href="/r.pdf">PDF</a></li></ul>', true],
      [
        'html',
        '<ul><li>التقرير السنوي<ul><li><a href="/r.pdf">PDF</a></li><li><a href="/r.docx">Word</a></li></ul></li></ul>',
        false,
      ],
      [
        'html',
        '<table><tr><th colspan="2">التقرير السنوي</th></tr><tr><td><a href="/r.pdf">PDF</a></td><td><a href="/r.epub">EPUB</a></td></tr></table>',
        false,
      ],
      ['html', '<table><tr><td>التقرير السنوي</td></tr><tr><td><a href="/r.pdf">PDF</a></td></tr></table>', true],
      ['html', '<p>نشرت الوزارة تقريرها السنوي.</p><p><a href="/r">هذا التقرير</a></p>', true],
      ['html', '<p>اقرأ <a href="/r">هذا التقرير</a> كاملًا.</p>', false],
      ['html', '<h2 id="r">التقرير السنوي</h2><a href="/r.pdf" aria-describedby="r">PDF</a>', false],
      ['markdown', 'التقرير السنوي:\n\n- [PDF](/r.pdf)\n- [EPUB](/r.epub)\n', true],
      ['markdown', '- التقرير السنوي\n  - [PDF](/r.pdf)\n', false],
      ['markdown', '| التقرير | الملف |\n| --- | --- |\n| السنوي | [PDF](/r.pdf) |\n', false],
      ['markdown', 'اقرأ [this report](/r) كاملًا.\n', false],
    ] as const;

    it.each(cases)('%s %# (reported without context: %s)', async (format, text, reported) => {
      const { findings } = await checkRule(rule, text, { format });
      expect(findings.every((f) => f.messageId === 'noContext')).toBe(true);
      expect(findings.length > 0).toBe(reported);
      const linkOnly = await checkRule(rule, text, { format, options: { linkOnly: true } });
      expect(linkOnly.findings.length).toBeGreaterThan(0);
      expect(linkOnly.findings.map((f) => f.messageId)).toEqual(
        linkOnly.findings.map(() => (reported ? 'noContext' : 'linkOnly')),
      );
    });

    it('reports at the link text with both messages', async () => {
      const text = 'التقرير السنوي:\n\n- [PDF](/r.pdf)\n';
      const { findings } = await checkRule(rule, text, { format: 'markdown' });
      expect(findings.map((f) => [f.messageId, f.line, f.column, f.endColumn, f.message])).toEqual([
        [
          'noContext',
          3,
          4,
          7,
          'The link text “PDF” does not name what it opens, and nothing around it in its paragraph, list item or table cell does: name the document, e.g. “the ministry’s annual report (PDF)”.',
        ],
      ]);
      const ar = await checkRule(rule, '<p>اقرأ <a href="/r">هذا التقرير</a> كاملًا.</p>', {
        format: 'html',
        locale: 'ar',
        options: { linkOnly: true },
      });
      expect(ar.findings.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
        [
          1,
          22,
          33,
          'نص الرابط «هذا التقرير» لا يُفهم إلا بما حوله، ومستخدم قارئ الشاشة قد يسمع قائمة الروابط وحدها: اجعل الرابط يسمّي وجهته بنفسه.',
        ],
      ]);
    });
  });
});

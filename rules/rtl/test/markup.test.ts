import { describe, expect, it } from 'vitest';
import { checkRule, parseDocument, type SourceDocument } from '@bayan/core';
import { markupElements, setValue, type MarkupElement } from '../src/lib/markup.js';
import validDir from '../src/valid-dir.js';
import htmlLangDir from '../src/html-lang-dir.js';

function parse(text: string, format: 'html' | 'markdown'): SourceDocument {
  const result = parseDocument(text, { format });
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

/** Each element as `name [start tag] [element]` and its attributes as `name|as written|value as written`. */
function show(text: string, elements: MarkupElement[]) {
  return elements.map((e) => ({
    element: `${e.tag.name} ${text.slice(e.tag.start, e.tag.end)} ${text.slice(e.start, e.end)}`,
    parent: e.parent,
    attributes: e.tag.attributes.map(
      (a) => `${a.name}|${text.slice(a.start, a.end)}|${text.slice(a.valueStart, a.valueEnd)}`,
    ),
  }));
}

const TRICKY = `<p a=b c='d e' f="g>h" F="duplicate" a=again LANG=en hidden dir = "rtl" title="" x=>نص</p>`;
const TRICKY_ATTRIBUTES = [
  'a|a=b|b',
  "c|c='d e'|d e",
  'f|f="g>h"|g>h',
  'lang|LANG=en|en',
  'hidden|hidden|',
  'dir|dir = "rtl"|rtl',
  'title|title=""|',
  'x|x=|',
];

describe('markup positions from the HTML parser', () => {
  it('reads unquoted, quoted, bare, empty, upper-case and repeated attributes (the first one wins)', () => {
    const doc = parse(TRICKY, 'html');
    const [p] = markupElements(doc);
    expect(show(TRICKY, [p!])).toEqual([
      {
        element: `p ${TRICKY.slice(0, TRICKY.indexOf('>نص') + 1)} ${TRICKY}`,
        parent: -1,
        attributes: TRICKY_ATTRIBUTES,
      },
    ]);
    expect(p!.tag.attributes.map((a) => a.value)).toEqual(['b', 'd e', 'g>h', 'en', '', 'rtl', '', '']);
    expect(TRICKY.slice(p!.tag.start, p!.tag.nameEnd)).toBe('<p');
  });

  it('reads the same attributes in Markdown inline HTML, at document offsets', () => {
    // CommonMark does not take `x=>` (an empty unquoted value) as HTML.
    const tag = TRICKY.replace(' x=>', '>');
    const text = `نص قبل الوسم\n\nفقرة ${tag} بعده.\n`;
    const elements = markupElements(parse(text, 'markdown'));
    expect(show(text, elements)).toEqual([
      {
        element: `p ${tag.slice(0, tag.indexOf('>نص') + 1)} ${tag}`,
        parent: -1,
        attributes: TRICKY_ATTRIBUTES.slice(0, -1),
      },
    ]);
  });

  it('pairs Markdown tags within their parent, ignores code and escaped tags, and keeps parents in source order', () => {
    const text = [
      '<div LANG="en">',
      '',
      'para <b><i dir=ltr>x</i></b> `<span dir="code">` \\<span dir="escaped"> <span lang=\'fr\'>open',
      '',
      '</div>',
      '',
    ].join('\n');
    expect(show(text, markupElements(parse(text, 'markdown')))).toEqual([
      {
        element: `div <div LANG="en"> ${text.slice(0, text.lastIndexOf('>') + 1)}`,
        parent: -1,
        attributes: ['lang|LANG="en"|en'],
      },
      { element: 'b <b> <b><i dir=ltr>x</i></b>', parent: -1, attributes: [] },
      { element: 'i <i dir=ltr> <i dir=ltr>x</i>', parent: 1, attributes: ['dir|dir=ltr|ltr'] },
      // Unclosed: it runs to the end of its paragraph.
      { element: "span <span lang='fr'> <span lang='fr'>open", parent: -1, attributes: ["lang|lang='fr'|fr"] },
    ]);
  });

  it('keeps offsets exact after CRLF line ends and characters outside the BMP', () => {
    const text = "<!doctype html>\r\n<html>\r\n<body>😀\r\n<p\r\n  title='😀'\r\n  DIR=rtl>نص</p></body></html>";
    const p = markupElements(parse(text, 'html')).find((e) => e.tag.name === 'p')!;
    expect(show(text, [p])[0]!.attributes).toEqual(["title|title='😀'|😀", 'dir|DIR=rtl|rtl']);
  });

  it('setValue edits only the value, keeping its quotes, and rewrites a bare or empty attribute whole', () => {
    const [p] = markupElements(parse(TRICKY, 'html'));
    const apply = (name: string) => {
      const edit = setValue(
        p!.tag.attributes.find((a) => a.name === name)!,
        'ltr',
      );
      return TRICKY.slice(0, edit.range[0]) + edit.text + TRICKY.slice(edit.range[1]);
    };
    expect(apply('a')).toBe(TRICKY.replace('a=b', 'a=ltr'));
    expect(apply('c')).toBe(TRICKY.replace("c='d e'", "c='ltr'"));
    expect(apply('f')).toBe(TRICKY.replace('f="g>h"', 'f="ltr"'));
    expect(apply('dir')).toBe(TRICKY.replace('dir = "rtl"', 'dir = "ltr"'));
    expect(apply('hidden')).toBe(TRICKY.replace('hidden', 'hidden="ltr"'));
    expect(apply('title')).toBe(TRICKY.replace('title=""', 'title="ltr"'));
    expect(apply('x')).toBe(TRICKY.replace('x=>', 'x="ltr">'));
  });

  it('rules fix values byte for byte: unquoted and single-quoted, in HTML and Markdown', async () => {
    const md = "فقرة <span title='a>b' DIR=right>text</span> هنا.";
    const mdResult = await checkRule(validDir, md, { format: 'markdown' });
    expect(mdResult.findings).toHaveLength(1);
    expect(mdResult.findings[0]).toMatchObject({ line: 1, column: 24, endLine: 1, endColumn: 33 });
    expect(mdResult.suggestionOutputs[0]).toEqual(["فقرة <span title='a>b' DIR=rtl>text</span> هنا."]);

    const html =
      "<!doctype html><html LANG=en-US data-x='a>b' dir=ltr><body><p>أعلنت الوزارة اليوم عن برنامج جديد للتدريب.</p></body></html>";
    const htmlResult = await checkRule(htmlLangDir, html, { format: 'html' });
    expect(htmlResult.output).toBe(html.replace('LANG=en-US', 'LANG=ar').replace('dir=ltr', 'dir=rtl'));
  });
});

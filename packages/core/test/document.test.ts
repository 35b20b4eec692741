import { describe, expect, it } from 'vitest';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Paragraph, Sentence } from 'nlcst';
import { formatForPath, parseDocument } from '../src/index.js';
import { doc } from './helpers.js';

type Node = { type: string; children?: Node[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** The words of the prose tree, each checked against the original text at its offsets. */
function proseWords(text: string, format: 'text' | 'markdown' | 'html'): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'WordNode') {
      const { start, end } = node.position!;
      const word = (node.children?.[0] as unknown as { value: string }).value;
      expect(text.slice(start.offset, end.offset)).toBe(word);
      out.push(word);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(doc(text, format).prose as unknown as Node);
  return out;
}

describe('formatForPath', () => {
  it.each([
    ['a/b.md', 'markdown'],
    ['x.MARKDOWN', 'markdown'],
    ['r.txt', 'text'],
    ['p.html', 'html'],
    ['p.htm', 'html'],
    ['x.pdf', undefined],
    ['dir.md/file', undefined],
  ])('%s → %s', (path, format) => expect(formatForPath(path)).toBe(format));
});

describe('parseDocument', () => {
  it('refuses a binary file with a NUL byte and says where', () => {
    const result = parseDocument('abc\0def', { format: 'text' });
    expect(result).toEqual({
      ok: false,
      error: { message: 'NUL character: this looks like a binary file', offset: 3 },
    });
  });

  it('remembers BOM and CRLF without removing them from the text', () => {
    const d = doc('\uFEFFسطر\r\nثان\r\n');
    expect(d.bom).toBe(true);
    expect(d.eol).toBe('\r\n');
    expect(d.text).toBe('\uFEFFسطر\r\nثان\r\n');
    expect(d.lines.pointAt(d.text.indexOf('ثان'))).toEqual({ line: 2, column: 1, offset: 6 });
  });

  it('Markdown prose skips code, inline code, HTML, front matter and URLs of links but keeps link text', () => {
    const text = [
      '---',
      'title: عنوان',
      '---',
      '',
      '# بيان صحفي',
      '',
      'زار الوزير `الكود` [المدينة](https://example.org/قي) اليوم.',
      '',
      '```',
      'قي داخل الكود',
      '```',
      '',
      '<div>قي داخل HTML</div>',
      '',
      '| عمود |',
      '| --- |',
      '| خلية |',
    ].join('\n');
    expect(proseWords(text, 'markdown')).toEqual(['بيان', 'صحفي', 'زار', 'الوزير', 'المدينة', 'اليوم', 'عمود', 'خلية']);
  });

  it('Markdown headings, paragraphs and cells are separate paragraphs; inline markup does not split a sentence', () => {
    const d = doc('# عنوان\n\nجملة **مهمة** جدا. وجملة ثانية.\n', 'markdown');
    const paragraphs = d.prose.children.filter((c): c is Paragraph => c.type === 'ParagraphNode');
    expect(paragraphs).toHaveLength(2);
    const sentences = paragraphs[1]!.children.filter((c): c is Sentence => c.type === 'SentenceNode');
    expect(sentences).toHaveLength(2);
  });

  it('character references are not words: «&amp;», «&nbsp;», «&#38;» in HTML and Markdown (the letters of «amp» were Latin prose)', () => {
    const html = '<p>خطة في المناطق &amp; الريفية&nbsp;والحضرية &#38; &#x26; غيرها</p>';
    expect(proseWords(html, 'html')).toEqual(['خطة', 'في', 'المناطق', 'الريفية', 'والحضرية', 'غيرها']);
    expect(proseWords('خطة في المناطق &amp; الريفية\n', 'markdown')).toEqual(['خطة', 'في', 'المناطق', 'الريفية']);
    // A plain-text file has no references: «&amp;» there is what it says.
    expect(proseWords('خطة &amp; الريفية', 'text')).toEqual(['خطة', 'amp', 'الريفية']);
  });

  it('HTML prose skips script, style, code, attributes and <head> except <title>', () => {
    const text =
      '<!doctype html><html lang="ar"><head><title>عنوان الصفحة</title><style>p{}</style></head>' +
      '<body><p title="سمة">نص <b>عريض</b> هنا</p><script>var قي = 1</script><pre>قي</pre><img alt="وصف"></body></html>';
    expect(proseWords(text, 'html')).toEqual(['عنوان', 'الصفحة', 'نص', 'عريض', 'هنا']);
  });

  it('HTML fragments parse without a document wrapper', () => {
    expect(proseWords('<p>مرحبا</p><ul><li>أولا</li><li>ثانيا</li></ul>', 'html')).toEqual(['مرحبا', 'أولا', 'ثانيا']);
  });

  it('HTML elements carry start tag, end tag and attribute positions (verbose parse)', () => {
    for (const prefix of ['', '<!doctype html><html><body>']) {
      const text = `${prefix}<p LANG=ar title='a>b' dir = "rtl">نص</p>`;
      const root = doc(text, 'html').markup as HastRoot;
      const find = (node: HastRoot | HastElement): HastElement | undefined =>
        node.type === 'element' && node.tagName === 'p'
          ? node
          : node.children.map((c) => (c.type === 'element' ? find(c) : undefined)).find(Boolean);
      const position = find(root)!.data!.position;
      const slice = (p: { start: { offset?: number }; end: { offset?: number } } | undefined) =>
        text.slice(p!.start.offset, p!.end.offset);
      expect(slice(position.opening)).toBe(`<p LANG=ar title='a>b' dir = "rtl">`);
      expect(slice(position.closing)).toBe('</p>');
      expect(Object.fromEntries(Object.entries(position.properties!).map(([k, v]) => [k, slice(v)]))).toEqual({
        lang: 'LANG=ar',
        title: "title='a>b'",
        dir: 'dir = "rtl"',
      });
    }
  });

  // Nesting is bounded before parsing (512 HTML elements, 100 Markdown containers: see depth.test.ts);
  // up to the bound the trees are walked iteratively.
  it('walks deep nesting iteratively, and refuses absurd nesting with a message instead of crashing', () => {
    expect(proseWords('<div>'.repeat(512) + 'نص' + '</div>'.repeat(512), 'html')).toEqual(['نص']);
    expect(proseWords('>'.repeat(100) + ' نص', 'markdown')).toEqual(['نص']);
    const absurd = parseDocument('<div>'.repeat(100000) + 'نص', { format: 'html' });
    expect(absurd).toMatchObject({
      ok: false,
      error: { message: 'the markup is nested more than 512 levels deep', offset: 5 * 512 },
    });
  });
});

describe('SourceDocument.releaseStream', () => {
  it('lets the next document use the stream memory, and builds the stream again if read', () => {
    const parsed = (text: string, path = 'a.md') => {
      const result = parseDocument(text, { path });
      if (!result.ok) throw new Error('unparsed');
      return result.document;
    };
    const first = parsed('# عنوان\n\nأعلنت **الوزارة** اليوم.\n');
    const before = first.stream;
    const words = (stream: typeof before) =>
      [...stream.word].filter((id) => id >= 0).map((id) => stream.words[id]!.value);
    expect(words(before)).toEqual(['عنوان', 'أعلنت', 'الوزارة', 'اليوم']);
    first.releaseStream?.();
    // The next document's stream is written where the released one was.
    const second = parsed('قال المتحدث إن المشروع جاهز.', 'b.txt');
    const next = second.stream;
    expect(next.start.buffer).toBe(before.start.buffer);
    expect(next.start.byteOffset).toBe(before.start.byteOffset);
    // Read again, the first document's stream is built anew, with the same tokens.
    const again = first.stream;
    expect(again).not.toBe(before);
    expect(words(again)).toEqual(['عنوان', 'أعلنت', 'الوزارة', 'اليوم']);
    expect([...again.start]).toEqual([2, 9, 14, 17, 26, 27, 32]);
    expect(words(next)).toEqual(['قال', 'المتحدث', 'إن', 'المشروع', 'جاهز']);
    // Releasing a document whose stream was never built does nothing.
    parsed('نص').releaseStream?.();
    expect(words(second.stream)).toEqual(['قال', 'المتحدث', 'إن', 'المشروع', 'جاهز']);
  });
});

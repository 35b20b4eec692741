// The Markdown parser built once per process (formats/mdast-from-markdown.ts) must build the tree
// remark-parse builds, positions and every field included: on every Markdown file of the repository,
// on constructs the fixtures do not use, and on documents parsed one after another (micromark's
// per-document state is reset between them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWithMicromark, remarkProcessor } from '../src/formats/markdown.js';
import { withoutConstructs } from '../src/formats/mdast-from-markdown.js';
import { parseDocument } from '../src/index.js';

const root = new URL('../../..', import.meta.url).pathname;

const markdownFiles = (readdirSync(root, { recursive: true }) as string[])
  .filter((f) => /\.(md|markdown)$/.test(f) && !/(^|\/)(node_modules|dist|bundle|\.git)\//.test(f))
  .sort();

const reference = (text: string) => remarkProcessor.parse(text);

/** Constructs of CommonMark, GFM and frontmatter, each with something the compiler must get exactly right. */
const CASES: Record<string, string> = {
  'frontmatter yaml': '---\ntitle: بيان\n---\n\n# عنوان\n',
  'frontmatter toml': '+++\ntitle = "بيان"\n+++\n\nنص.\n',
  'setext and atx headings': 'عنوان\n=====\n\nفرعي\n---\n\n### ثالث ###\n',
  'tight and loose lists': '- أ\n- ب\n\n- ج\n\n1. واحد\n2. اثنان\n\n3) ثلاثة\n\n   متابعة\n',
  'nested lists and quotes': '> - أ\n>   - ب\n>\n>     > ج\n\n* د\n\n  * هـ\n',
  'task list': '- [ ] مهمة\n- [x] منجزة\n',
  code: '```js title\nconst a = 1;\n```\n\n    مسافة بادئة\n\nنص `رمز` هنا.\n~~~\nغير مغلق',
  html: '<div dir="rtl">\n<p>فقرة</p>\n</div>\n\nنص <b>غامق</b> و<!-- bayan-disable -->.\n',
  'links and images':
    '[رابط](http://a.b "عنوان") ![صورة](x.png \'t\') [مرجع][r] [مختصر] [ف][]\n\n[r]: http://r.s "ع"\n[مختصر]: <http://m.n>\n[ف]: /f\n',
  autolinks:
    'زوروا www.example.com أو https://a.b/c?d=1 أو اكتبوا إلى info@example.org و<http://x.y> و<a@b.co> وmailto:m@n.io وxmpp:u@s.im/r.\n',
  // Links the syntax does not find (the text has a character reference) and GFM's transform adds.
  'autolinks among blocks':
    '# عنوان\n\nفقرة بلا رابط.\n\n> اقتباس فيه www&#46;example.com و*مائل a&#64;b.co*\n\n- بند\n- راسلوا a&#64;b.co\n  - متداخل h&#116;tps://x.y/z).\n\n| أ | ب |\n|---|---|\n| h&#116;tp://x.y | ج |\n\n[رابط www&#46;in.link](http://z) و[مرجع a&#64;b.co][r]\n\n[r]: http://r\n\n[^1]: حاشية فيها www&#46;note.org\n',
  'an address alone': 'راسلوا info@example.org للاستفسار.\n',
  'www alone': 'زوروا WwW.example.com اليوم.\n',
  'a URL alone': 'زوروا HTTPS://example.com/a اليوم.\n',
  'latin words, digits and dots without an autolink':
    'Bayan 2.0 — version_1.2-b+c. ABC.def x.y@ 10.5% و A-B_c.\n\n**Strong.text** _a.b_ [a.b](c.d)\n',
  'no autolink without the letters': 'نص فيه example.com و ftp://a.b بلا رابط.\n',
  'character references': 'A&amp;B &#64; &#x40;example.com &copy; h&#116;tp://a.b &nosuch; &#0;\n',
  'escapes and breaks': 'سطر\\\nثان  \nثالث\\*ليس توكيدًا\\*\n',
  'emphasis and strike': '**قوي** و*مائل* و~~محذوف~~ و~واحد~ و***كلاهما***\n',
  table: '| أ | ب |\n|:--|--:|\n| 1 | [2](x) |\n| `|` | \\| |\n\nبعد\n',
  footnotes: 'نص[^1] وآخر[^ملاحظة].\n\n[^1]: حاشية.\n[^ملاحظة]:\n    متابعة\n',
  'pipes without a table': 'أ | ب\n\nج \\| د `|`\n\n| وحيد\n',
  'table of one column': '| أ |\n| - |\n| ب |\n',
  'table without outer pipes': 'أ | ب\n--|:-:\nج | د\n',
  'setext underline, not a table': 'عنوان\n---\n\nآخر\n--\n',
  'tables without a pipe': 'أ\n:-:\nب\n\nج\n-:\n\n> د\n> :--\n',
  'thematic breaks and definitions only': '***\n\n[a]: <b> (c)\n\n- - -\n',
  'CRLF and tabs': '# عنوان\r\n\r\n-\tأ\r\n-\tب\r\n\r\n\tرمز\r\n',
  'lazy continuation': '> اقتباس\nمتابعة كسولة\n\n- بند\nكسول\n',
  empty: '',
  'only blank lines': '\n\n  \n',
  'html comment only': '<!-- bayan-disable-next-line orthography/spelling -->\n',
};

describe('parseMarkdown: the tree of remark-parse, built by a parser made once', () => {
  it('finds the Markdown files of the repository', () => {
    expect(markdownFiles.length).toBeGreaterThan(50);
    expect(markdownFiles).toContain('fixtures/sample-release.md');
  });

  it.each(markdownFiles)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const tree = reference(text);
    expect(parseMarkdown(text)).toStrictEqual(tree);
    // Plain documents take another path in parseMarkdown (markdown-plain.ts): micromark's must hold too.
    expect(parseWithMicromark(text)).toStrictEqual(tree);
  });

  // Without `|`, `:-` and `-:` the parser without GFM's table construct runs: every file again without them.
  it.each(markdownFiles.filter((f) => /\||:-|-:/.test(readFileSync(join(root, f), 'utf8'))))(
    '%s without its pipes and colons by dashes',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8').replace(/\||:(?=-)|(?<=-):/g, ' ');
      expect(parseMarkdown(text)).toStrictEqual(reference(text));
    },
  );

  // Without `@`, `www` and `http` the parser without GFM's literal autolinks runs: every file again without them.
  it.each(markdownFiles.filter((f) => /@|www|http/i.test(readFileSync(join(root, f), 'utf8'))))(
    '%s without @, www and http',
    (file) => {
      const text = readFileSync(join(root, file), 'utf8').replace(/@|(?<=w)w(?=w)|(?<=h)t(?=tp)/gi, ' ');
      expect(text).not.toMatch(/@|www|http/i);
      expect(parseMarkdown(text)).toStrictEqual(reference(text));
    },
  );

  it.each(Object.entries(CASES))('%s', (_name, text) => {
    expect(parseMarkdown(text)).toStrictEqual(reference(text));
  });

  it('drops the named constructs and nothing else from the syntax extensions', () => {
    const syntax = remarkProcessor.data().micromarkExtensions ?? [];
    const names = (extensions: typeof syntax) =>
      extensions
        .flat()
        .flatMap((e) =>
          Object.entries(e).flatMap(([hook, map]) =>
            Object.entries(map ?? {}).flatMap(([code, v]) =>
              (Array.isArray(v) ? v : [v]).map((c) => `${hook}/${code}/${(c as { name?: string }).name ?? String(c)}`),
            ),
          ),
        );
    const before = names(syntax);
    const after = names(withoutConstructs(syntax, ['table']));
    expect(before).toContain('flow/null/table');
    expect(before.filter((n) => !after.includes(n))).toEqual(['flow/null/table']);
    expect(after.length).toBe(before.length - 1);
    const withoutAutolinks = names(withoutConstructs(syntax, ['wwwAutolink', 'protocolAutolink', 'emailAutolink']));
    expect(withoutAutolinks.some((n) => /Autolink$/.test(n))).toBe(false);
    expect(before.length - withoutAutolinks.length).toBe(
      before.filter((n) => /\/(www|protocol|email)Autolink$/.test(n)).length,
    );
  });

  it('links autolink literals where the source has them, through a character reference too', () => {
    const tree = parseMarkdown('راسلوا info@example.org أو h&#116;tp://a.b\n');
    const paragraph = tree.children[0] as { children: Array<{ type: string; url?: string }> };
    expect(paragraph.children.filter((n) => n.type === 'link').map((n) => n.url)).toEqual([
      'mailto:info@example.org',
      'http://a.b',
    ]);
  });

  it('keeps no definition, footnote or lazy line from one document to the next', () => {
    const first = '[r]: http://r.s\n[^n]: حاشية\n\n> اقتباس\nكسول\n';
    const second = '[r] و[^n]\n> أ\nب\n';
    parseMarkdown(first);
    const tree = parseMarkdown(second);
    expect(tree).toStrictEqual(reference(second));
    // Without a definition in its own document, `[r]` is text, not a link reference.
    const paragraph = tree.children[0] as { children: Array<{ type: string }> };
    expect(paragraph.children.map((n) => n.type)).toEqual(['text']);
  });

  it('gives parseDocument the same tree, offsets moved past a BOM', () => {
    const text = '\uFEFF# عنوان\n\nنص **قوي**.\n';
    const parsed = parseDocument(text, { format: 'markdown' });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const heading = (parsed.document.markup as { children: Array<{ position: { start: { offset: number } } }> })
      .children[0]!;
    expect(heading.position.start).toEqual({ line: 1, column: 1, offset: 1 });
  });
});

// The plain-Markdown path (formats/markdown-plain.ts) builds remark-parse's tree without micromark for the
// documents it takes, and takes nothing else: on generated documents that mix what it takes with the
// constructs next to it (lazy lines, setext underlines, loose lists, emphasis it does not build, URLs
// GFM trims or refuses), every tree it returns must be remark's, key for key and position for position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, remarkProcessor } from '../src/formats/markdown.js';
import { parsePlainMarkdown } from '../src/formats/markdown-plain.js';

const reference = (text: string) => remarkProcessor.parse(text);

/** What a release's lines are made of… */
const PLAIN = [
  'أعلنت الوزارة',
  'عن خطة جديدة',
  'قي',
  'المحافظات،',
  '500 مليون جنية.',
  'بيان_صحفي',
  '**قوي**',
  '**عمّان، 12 آذار/مارس 2025**',
  'https://example.org/ar/news',
  '— انتهى —',
  'UNICEF',
  '45%',
  '`sarif-2.1.0.json`',
  '`@microsoft/jest-sarif@1.0.0`',
  '[اقرأ البيان](https://example.org/ar/news)',
  '![صورة الوزير](img/m.jpg)',
];

/** …and what is next to them. */
const INLINE = [
  'أعلنت الوزارة',
  'قي',
  'المحافظات،',
  '500 مليون جنية.',
  'بيان_صحفي',
  '#بيان_صحفي',
  '_مائل_',
  'x_',
  '_y',
  'a_b',
  '**قوي**',
  '**عمّان، 12 آذار/مارس 2025**',
  '**قوي**،',
  '**a*b**',
  '***كلاهما***',
  '**x**y',
  'x**y**',
  '** ليس**',
  '**ليس **',
  '*مائل*',
  '**',
  '*',
  'https://example.org/ar/news',
  'https://a.b',
  'https://a.b.',
  'https://a.b/c/',
  'https://a.b/c-',
  'https://a.b/c_d',
  'https://-a.b',
  'https://a-.b/x',
  'https://www.example.org/p',
  'http://x.y/z',
  'https://a.b?q=1',
  '(https://a.b)',
  'HTTPS://a.b',
  'www.example.com',
  'wwwx',
  'info@example.org',
  '@وسم',
  'mailto:a@b.co',
  '2025.',
  '1)',
  '4.3',
  '1.',
  '01.',
  '2024. عام',
  '1. واحد',
  '0)',
  '#',
  '#وسم',
  '# ',
  '-',
  '+',
  '=',
  '>',
  '—',
  '! ؟ : ؛',
  '«مقتبس»',
  '\u00a0',
  'x\u00a0',
  '😀',
  'أ\u200fب',
  '\u200b',
  'Global Coalition',
  '45%',
  '١٢٠٬٠٠٠',
  '`رمز`',
  '`a*b_c`',
  '` مسافة`',
  '``مزدوج``',
  '`غير مغلق',
  '`x`**y**',
  '**`x`**',
  'https://a.b/`x`',
  '|',
  'أ | ب',
  '[ج]',
  '[^1]',
  '[أ](ب ج)',
  '[**x**](y)',
  '[x](y)(z)',
  '[x]()',
  '[](y)',
  '[https://a.b](https://a.b)',
  '[x](<y>)',
  '![x](y "t")',
  '[x] (y)',
  '[a[b]](c)',
  '[ج]: /x',
  '[`x`](y)',
  '[x](`y`)',
  '!',
];

/** Tables, whole: well-formed, ragged, without outer pipes, with empty cells or bad delimiter rows. */
const TABLES = [
  '| البرنامج | المبلغ |\n| --- | --- |\n| التعليم | 2,500,000 |\n| الصحة | 1 200 000 |',
  '| أ|ب |\n|---|:--|\n|1 |  2|',
  '| أ | ب |\n| :-: | --: |\n| **1** | `2` |\n| 3 |\n| 4 | 5 | 6 |',
  '| وحيد |\n| - |',
  '| أ | ب |\n| - | - |\n| | ج |',
  '| أ | ب |\n| - |',
  '| أ | ب |\n| - | x |',
  'أ | ب\n--|--\nج | د',
  '| أ | ب |\n| - | - |\nتابع',
  '| أ | ب |\n| - | - |\n# عنوان',
  '| https://example.org/ar | _x_ |\n| - | - |',
];

const LINE_PREFIX = [
  '',
  '',
  '',
  '',
  '# ',
  '## ',
  '###### ',
  '####### ',
  '- ',
  '- ',
  '- - ',
  '- # ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '> ',
  ' ',
  '    ',
  '#',
  '-',
];

const WHOLE_LINE = ['', '', '', '===', '---', '***', '- ', '#', '# عنوان #', '# عنوان ##', '#  مسافتان', 'x ', 'x  '];

const TRAILING = ['', '', '', '', '', '', ' ', ' ', '  ', '   '];

function documentOf(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 8);
  for (let i = 0; i < count; i++) {
    if (next() < 0.25) {
      lines.push(next() < 0.6 ? '' : pick(WHOLE_LINE));
      continue;
    }
    if (next() < 0.08) {
      lines.push(pick(TABLES));
      continue;
    }
    const words = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(next() < 0.8 ? PLAIN : INLINE));
    lines.push(
      (next() < 0.6 ? pick(['', '', '', '# ', '## ', '- ']) : pick(LINE_PREFIX)) + words.join(next() < 0.9 ? ' ' : ''),
    );
  }
  // Spaces at the end of some lines (of tables' lines too): out of text values, inside block positions.
  const spaced = lines.map((line) => line.replaceAll(/(?=\n|$)/g, () => pick(TRAILING)));
  const ending = next() < 0.25 ? '\r\n' : '\n';
  const text = spaced.join('\n') + (next() < 0.5 ? '\n' : '');
  return ending === '\n' ? text : text.replaceAll('\n', ending);
}

/** A release as editors write it: the shapes the plain path is for. */
const RELEASE = `# وزارة الموارد المائية تطلق برنامجًا لترشيد استهلاك المياه

**عمّان، 12 آذار/مارس 2025** — أعلنت وزارة الموارد المائية اليوم إطلاق برنامج وطني قي المدارس، بكلفة 40 مليون جنية.
وقال الوزير إن البرنامج يستهدف خفض الاستهلاك بنسبة 15% بحلول عام 2027, ويشمل تركيب عدادات ذكية.

## أبرز محاور البرنامج

- تركيب 50 ألف عداد ذكي قي المنازل.
- حملات توعية في **المدارس** والجامعات.

التفاصيل على https://example.org/ar/news و #بيان_صحفي.

— انتهى —
`;

describe('parsePlainMarkdown', () => {
  it('takes a release of headings, paragraphs, a list, bold and a URL, and builds remark-parse’s tree', () => {
    const tree = parsePlainMarkdown(RELEASE);
    expect(tree).not.toBeNull();
    expect(tree).toStrictEqual(reference(RELEASE));
    expect(tree!.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
      'paragraph',
      'paragraph',
    ]);
  });

  it.each([
    ['a lazy line after an item', '- بند\nكسول\n'],
    ['a setext heading', 'عنوان\n===\n'],
    ['a loose list', '- أ\n\n- ب\n'],
    ['emphasis with one asterisk', 'نص *مائل* هنا\n'],
    ['emphasis with underscores', 'نص _مائل_ هنا\n'],
    ['strong across lines', '**قوي\nجدا**\n'],
    ['a URL with trailing punctuation', 'زوروا https://a.b.\n'],
    ['a bare www', 'زوروا www.example.com\n'],
    ['an address', 'راسلوا info@example.org\n'],
    ['a hard break', 'سطر  \nثان\n'],
    ['a hard break after strong', 'سطر **قوي**   \nثان\n'],
    ['indented code', '    رمز\n'],
    ['a closing sequence', '# عنوان #\n'],
    ['an ordered list', '1. واحد\n'],
    ['a thematic break', 'أ\n\n***\n'],
    ['a link reference', '[رابط][r]\n\n[r]: http://a.b\n'],
    ['a link with a title', '[رابط](http://a.b "عنوان")\n'],
    ['markup in a link', '[**رابط**](http://a.b)\n'],
    ['a footnote', 'نص[^1]\n\n[^1]: حاشية\n'],
    ['a lone carriage return', 'سطر\rثان\n'],
    ['a table without outer pipes', 'أ | ب\n--|--\n'],
    ['a pipe in a paragraph', 'أ | ب\n'],
    ['a line after a table', '| أ | ب |\n| - | - |\nتابع\n'],
    ['an empty cell', '| أ | ب |\n| - | - |\n| | ج |\n'],
    ['code in double backticks', 'نص ``رمز`` هنا\n'],
    ['code that starts with a space', 'نص ` رمز` هنا\n'],
    ['a fenced code block', '```\nرمز\n```\n'],
    ['frontmatter', '---\ntitle: بيان\n---\n'],
  ])('leaves %s to micromark', (_name, text) => {
    expect(parsePlainMarkdown(text)).toBeNull();
    expect(parseMarkdown(text)).toStrictEqual(reference(text));
  });

  it('builds remark-parse’s tree for every generated document it takes (4,000 documents)', () => {
    // A document is drawn from 80 numbers in [0, 1), uniform: fast-check picks them (seeded) and shrinks a failure.
    const documents = fc
      .array(fc.noBias(fc.integer({ min: 0, max: 999_999 })), { minLength: 80, maxLength: 80 })
      .map((numbers) => {
        let i = 0;
        return documentOf(() => numbers[i++ % numbers.length]! / 1_000_000);
      });
    let taken = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const tree = parsePlainMarkdown(text);
        if (!tree) return;
        taken++;
        expect({ text, tree }).toStrictEqual({ text, tree: reference(text) });
      }),
      { seed: 20261202, numRuns: 4000 },
    );
    // The generator mixes plain documents with everything around them: a good share must be taken,
    // or this test would check nothing.
    expect(taken).toBeGreaterThan(400);
  });

  it.each([
    ['CRLF line endings', '# عنوان\r\n\r\nسطر **قوي**\r\nثان https://example.org/ar\r\n\r\n- بند\r\n- آخر\r\n'],
    [
      'a table',
      'قبل\n| البرنامج | المبلغ |\n| :-- | --: |\n| التعليم | **2,500,000** |\n| الصحة |\n| أ | ب | ج |\n\nبعد\n',
    ],
    [
      'links and images',
      'اقرأ [البيان كاملا](https://example.org/ar/news?id=1#top) و![صورة الوزير](img/m.jpg)[ب](/c).\n',
    ],
    [
      'spaces that end lines',
      '# عنوان  \n\nسطر **قوي** \nثان [رابط](https://a.b) \nثالث   \n\n- بند \n- آخر  \n\n| أ | ب |  \n| - | - | \n| 1 | 2 | \n',
    ],
    ['inline code', 'الملف `sarif-2.1.0.json` من الحزمة `@microsoft/jest-sarif@1.0.0` (MIT).\n'],
  ])('takes %s', (_name, text) => {
    const tree = parsePlainMarkdown(text);
    expect(tree).not.toBeNull();
    expect(tree).toStrictEqual(reference(text));
  });

  it('is what parseMarkdown uses for the documents it takes', () => {
    expect(parseMarkdown(RELEASE)).toStrictEqual(parsePlainMarkdown(RELEASE));
  });
});

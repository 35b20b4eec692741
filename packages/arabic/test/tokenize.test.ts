import { describe, expect, test } from 'vitest';
import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import { buildParagraph, tokenize, tokenizeInline, type InlineToken, type WordData } from '../src/index.js';

const short = (t: InlineToken): [string, string, number] => [
  t.type.replace('Node', ''),
  t.type === 'WordNode' ? t.children.map((c) => c.value).join('') : t.value,
  t.position!.start.offset!,
];

const data = (t: InlineToken): WordData => (t as Word).data as WordData;

describe('tokenizeInline', () => {
  const text = 'قدّمت الوزارة 4.3 مليار جنيه إسترليني، و٣،٨ مليون يورو؟ راجع https://example.org/a و #بيان.';

  test('exact node types, values and offsets', () => {
    expect(tokenizeInline(text).map(short)).toEqual([
      ['Word', 'قدّمت', 0],
      ['WhiteSpace', ' ', 5],
      ['Word', 'الوزارة', 6],
      ['WhiteSpace', ' ', 13],
      ['Word', '4.3', 14],
      ['WhiteSpace', ' ', 17],
      ['Word', 'مليار', 18],
      ['WhiteSpace', ' ', 23],
      ['Word', 'جنيه', 24],
      ['WhiteSpace', ' ', 28],
      ['Word', 'إسترليني', 29],
      ['Punctuation', '،', 37],
      ['WhiteSpace', ' ', 38],
      ['Word', 'و', 39],
      ['Word', '٣،٨', 40],
      ['WhiteSpace', ' ', 43],
      ['Word', 'مليون', 44],
      ['WhiteSpace', ' ', 49],
      ['Word', 'يورو', 50],
      ['Punctuation', '؟', 54],
      ['WhiteSpace', ' ', 55],
      ['Word', 'راجع', 56],
      ['WhiteSpace', ' ', 60],
      ['Source', 'https://example.org/a', 61],
      ['WhiteSpace', ' ', 82],
      ['Word', 'و', 83],
      ['WhiteSpace', ' ', 84],
      ['Source', '#بيان', 85],
      ['Punctuation', '.', 90],
    ]);
  });

  test('word data', () => {
    const tokens = tokenizeInline(text);
    expect(data(tokens[0]!)).toEqual({
      normal: 'قدمت',
      folded: 'قدمت',
      script: 'arabic',
      clitics: { proclitics: [], stem: 'قدمت', enclitic: null, confirmed: false },
    });
    expect(data(tokens[2]!)).toMatchObject({
      normal: 'الوزارة',
      folded: 'الوزاره',
      clitics: { proclitics: ['ال'], stem: 'وزارة' },
    });
    expect(data(tokens[4]!)).toEqual({
      normal: '4.3',
      folded: '4.3',
      script: 'number',
      number: { digits: ['latn'], separators: ['.'], value: 4.3, raw: '4.3' },
    });
    expect(data(tokens[14]!).number).toEqual({ digits: ['arab'], separators: ['،'], value: 3.8, raw: '٣،٨' });
    // Positions: Text child mirrors the Word.
    const word = tokens[2] as Word;
    expect(word.children).toEqual([{ type: 'TextNode', value: 'الوزارة', position: word.position }]);
    expect(word.position).toEqual({
      start: { line: 1, column: 7, offset: 6 },
      end: { line: 1, column: 14, offset: 13 },
    });
  });

  test('lexicon confirms stems', () => {
    const tokens = tokenizeInline('وللدولة حكومتها', { lexicon: (s) => s === 'دولة' || s === 'حكومة' });
    expect(data(tokens[0]!).clitics).toEqual({
      proclitics: ['و', 'ل', 'ال'],
      stem: 'دولة',
      enclitic: null,
      confirmed: true,
    });
    expect(data(tokens[2]!).clitics).toEqual({ proclitics: [], stem: 'حكومة', enclitic: 'ها', confirmed: true });
  });

  test.each([
    ['1,234.5', ['latn'], [',', '.'], 1234.5],
    ['١٬٢٣٤٫٥', ['arab'], ['٬', '٫'], 1234.5],
    ['3،8', ['latn'], ['،'], 3.8],
    ['2٠25', ['latn', 'arab'], [], 2025],
    ['۲۰۲۴', ['arabext'], [], 2024],
    ['12\u202F345', ['latn'], ['\u202F'], 12345],
  ] as const)('number %s is one token', (raw, digits, separators, value) => {
    const tokens = tokenizeInline(`بلغ ${raw} مليونا`);
    expect(tokens.map(short)).toEqual([
      ['Word', 'بلغ', 0],
      ['WhiteSpace', ' ', 3],
      ['Word', raw, 4],
      ['WhiteSpace', ' ', 4 + raw.length],
      ['Word', 'مليونا', 5 + raw.length],
    ]);
    expect(data(tokens[2]!)).toMatchObject({ script: 'number', number: { digits, separators, value } });
  });

  test('number edges: trailing separators, glued letters', () => {
    expect(tokenizeInline('عام 2024، ثم 2025.').map(short)).toEqual([
      ['Word', 'عام', 0],
      ['WhiteSpace', ' ', 3],
      ['Word', '2024', 4],
      ['Punctuation', '،', 8],
      ['WhiteSpace', ' ', 9],
      ['Word', 'ثم', 10],
      ['WhiteSpace', ' ', 12],
      ['Word', '2025', 13],
      ['Punctuation', '.', 17],
    ]);
    expect(tokenizeInline('G7 COVID-19 2024م').map(short)).toEqual([
      ['Word', 'G7', 0],
      ['WhiteSpace', ' ', 2],
      ['Word', 'COVID', 3],
      ['Punctuation', '-', 8],
      ['Word', '19', 9],
      ['WhiteSpace', ' ', 11],
      ['Word', '2024', 12],
      ['Word', 'م', 16],
    ]);
    expect(data(tokenizeInline('G7')[0]!).script).toBe('mixed');
    // A thin space is a separator only before a group of exactly three digits.
    expect(tokenizeInline('1\u2009234\u200912').map(short)).toEqual([
      ['Word', '1\u2009234', 0],
      ['WhiteSpace', '\u2009', 5],
      ['Word', '12', 6],
    ]);
  });

  test('words keep tatweel, harakat, ZWNJ, inner bidi marks and Latin apostrophes', () => {
    expect(tokenizeInline("الســلامُ بـ«داعش» ab\u200Ecd don't O’Neil \u200F").map(short)).toEqual([
      ['Word', 'الســلامُ', 0],
      ['WhiteSpace', ' ', 9],
      ['Word', 'بـ', 10],
      ['Punctuation', '«', 12],
      ['Word', 'داعش', 13],
      ['Punctuation', '»', 17],
      ['WhiteSpace', ' ', 18],
      ['Word', 'ab\u200Ecd', 19],
      ['WhiteSpace', ' ', 24],
      ['Word', "don't", 25],
      ['WhiteSpace', ' ', 30],
      ['Word', 'O’Neil', 31],
      ['WhiteSpace', ' ', 37],
      ['Symbol', '\u200F', 38],
    ]);
  });

  test('sources, symbols and punctuation', () => {
    expect(tokenizeInline('(www.gov.uk/x) a.b@fco.gov.uk @UKinIraq #بيان_صحفي 25% ٢٥٪ 😀 ً').map(short)).toEqual([
      ['Punctuation', '(', 0],
      ['Source', 'www.gov.uk/x', 1],
      ['Punctuation', ')', 13],
      ['WhiteSpace', ' ', 14],
      ['Source', 'a.b@fco.gov.uk', 15],
      ['WhiteSpace', ' ', 29],
      ['Source', '@UKinIraq', 30],
      ['WhiteSpace', ' ', 39],
      ['Source', '#بيان_صحفي', 40],
      ['WhiteSpace', ' ', 50],
      ['Word', '25', 51],
      ['Symbol', '%', 53],
      ['WhiteSpace', ' ', 54],
      ['Word', '٢٥', 55],
      ['Symbol', '٪', 57],
      ['WhiteSpace', ' ', 58],
      ['Symbol', '😀', 59],
      ['WhiteSpace', ' ', 61],
      ['Symbol', 'ً', 62],
    ]);
  });

  test('CRLF, NBSP and positions with a start point', () => {
    const tokens = tokenizeInline('أ\r\nب\u00A0ج\rد', { offset: 100, line: 3, column: 5 });
    expect(tokens.map((t) => [short(t)[0], t.position])).toEqual([
      ['Word', { start: { line: 3, column: 5, offset: 100 }, end: { line: 3, column: 6, offset: 101 } }],
      ['WhiteSpace', { start: { line: 3, column: 6, offset: 101 }, end: { line: 4, column: 1, offset: 103 } }],
      ['Word', { start: { line: 4, column: 1, offset: 103 }, end: { line: 4, column: 2, offset: 104 } }],
      ['WhiteSpace', { start: { line: 4, column: 2, offset: 104 }, end: { line: 4, column: 3, offset: 105 } }],
      ['Word', { start: { line: 4, column: 3, offset: 105 }, end: { line: 4, column: 4, offset: 106 } }],
      ['WhiteSpace', { start: { line: 4, column: 4, offset: 106 }, end: { line: 5, column: 1, offset: 107 } }],
      ['Word', { start: { line: 5, column: 1, offset: 107 }, end: { line: 5, column: 2, offset: 108 } }],
    ]);
  });
});

const sentenceTexts = (p: Paragraph): string[] =>
  p.children
    .filter((c): c is Sentence => c.type === 'SentenceNode')
    .map((s) =>
      s.children.map((c) => (c.type === 'WordNode' ? c.children.map((x) => x.value).join('') : c.value)).join(''),
    );

describe('sentences and paragraphs', () => {
  test('sentences end at ؟ . ! ? … and take closing quotes', () => {
    const p = buildParagraph(tokenizeInline('هل حضر؟ نعم. قال: «انتهى!» ثم ماذا?! لا أعرف… ربما'));
    expect(sentenceTexts(p)).toEqual(['هل حضر؟', 'نعم.', 'قال: «انتهى!»', 'ثم ماذا?!', 'لا أعرف…', 'ربما']);
    expect(p.children.map((c) => c.type)).toEqual([
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
    ]);
    expect(p.position).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 51, offset: 50 } });
  });

  test('decimal points and URL dots do not end sentences', () => {
    const p = buildParagraph(tokenizeInline('بلغ 4.3 مليار. انظر www.gov.uk.'));
    expect(sentenceTexts(p)).toEqual(['بلغ 4.3 مليار.', 'انظر www.gov.uk.']);
  });

  test('paragraphs split at blank lines', () => {
    const text = '  عنوان\r\n\r\nأول. ثان\nتابع\n\n\nأخير ';
    const root: Root = tokenize(text);
    expect(root.children.map((c) => c.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
    ]);
    const [p1, ws, p2, , p3] = root.children as [Paragraph, { value: string }, Paragraph, unknown, Paragraph];
    expect(p1.children.map((c) => c.type)).toEqual(['WhiteSpaceNode', 'SentenceNode']);
    expect(ws.value).toBe('\r\n\r\n');
    expect(sentenceTexts(p2)).toEqual(['أول.', 'ثان\nتابع']);
    expect(p3.children.map((c) => c.type)).toEqual(['SentenceNode', 'WhiteSpaceNode']);
    expect(root.position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 7, column: 6, offset: text.length },
    });
  });
});

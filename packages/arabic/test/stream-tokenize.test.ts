// The stream tokenizer against the nlcst tokenizer: two independent builders
// that must cut the same tokens and group the same paragraphs and sentences.
// Plain text: `tokenizeStream(text)` ⇔ `tokenize(text)`. Markup runs: a
// `TokenStreamBuilder` fed runs and paragraph ends ⇔ `tokenizeInline` per run
// and `buildParagraph` per paragraph (what core's reference builder does).
import fc from 'fast-check';
import type { Paragraph, Root } from 'nlcst';
import type { Point } from 'unist';
import { describe, expect, it, test } from 'vitest';
import {
  buildParagraph,
  releaseStream,
  streamFromNlcst,
  streamToNlcst,
  tokenize,
  tokenizeInline,
  tokenizeStream,
  TokenKind,
  TokenStreamBuilder,
  type InlineToken,
  type TokenStream,
  type WordEntry,
} from '../src/index.js';

const withoutSerial = ({ serial: _serial, ...analysis }: WordEntry) => analysis;

const pieces = [
  'ب',
  'ت',
  'ا',
  'ل',
  'و',
  'ة',
  'ى',
  'أ',
  'ی',
  'ک',
  '\uFEFB',
  '\uFDF2',
  '\uFE70',
  'ال',
  'وال',
  'كتاب', // Arabic letters, words
  '\u064E',
  '\u0651',
  '\u064B',
  '\u0670',
  'ـ', // harakat, tatweel
  '0',
  '7',
  '٣',
  '٠',
  '۴',
  '۲',
  ',',
  '.',
  '٬',
  '٫',
  '،',
  '\u202F',
  '\u2009',
  '1,000',
  '٣٫٥', // digits and separators
  'a',
  'Z',
  'é',
  'ß',
  "'",
  '’',
  '-',
  '_',
  'Hello',
  "don't", // Latin
  'Ж',
  'ω',
  '中',
  'א',
  '²', // other scripts, other numerals
  '😀',
  '👍🏽',
  '\uD83D',
  '\uDE00',
  '𝐀', // surrogate pairs, lone surrogates, an astral letter
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202B',
  '\u2067',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\uFFFC', // bidi, zero-width, mask
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '  \n \n', // white space
  '؟',
  '!',
  '?',
  '…',
  '«',
  '»',
  '"',
  '(',
  ')',
  '[',
  ']',
  '}',
  '›',
  '”',
  '؛',
  ':',
  '%',
  '٪',
  '‰',
  '#',
  '@',
  '&',
  '+',
  '/', // punctuation, symbols
  'https://x.org/a(b)',
  'HTTP://Y.COM/z).',
  'www.',
  'www.x.org',
  'a@b.co',
  'x.y@d-e.org.',
  'user@host',
  '#وسم',
  '@name_1', // sources
];
const arbText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

/** Line and column as the nlcst tokenizer counts them (\r\n, \n and a lone \r end a line). */
function cursorPoints(text: string, base = 0, line = 1, column = 1): (offset: number) => Point {
  const lines = [line];
  const columns = [column];
  let l = line;
  let c = column;
  for (let k = 0; k < text.length; k++) {
    const u = text[k];
    if (u === '\r' && text[k + 1] === '\n') c++;
    else if (u === '\n' || u === '\r') {
      l++;
      c = 1;
    } else c++;
    lines.push(l);
    columns.push(c);
  }
  return (offset) => ({ line: lines[offset - base]!, column: columns[offset - base]!, offset });
}

type Node = { type: string; children?: Node[] };

function expectSameStream(actual: TokenStream, expected: TokenStream): void {
  expect(actual.text).toBe(expected.text);
  expect(actual.size).toBe(expected.size);
  expect([...actual.start]).toEqual([...expected.start]);
  expect([...actual.end]).toEqual([...expected.end]);
  expect([...actual.kind]).toEqual([...expected.kind]);
  expect([...actual.word]).toEqual([...expected.word]);
  // The same analysis of each word; `serial` only names the entry (each tokenizer makes its own).
  expect(actual.words.map(withoutSerial)).toEqual(expected.words.map(withoutSerial));
  expect([...actual.paragraphStart]).toEqual([...expected.paragraphStart]);
  expect([...actual.paragraphEnd]).toEqual([...expected.paragraphEnd]);
  expect([...actual.sentenceStart]).toEqual([...expected.sentenceStart]);
  expect([...actual.sentenceEnd]).toEqual([...expected.sentenceEnd]);
  expect(actual.paragraphCount).toBe(expected.paragraphCount);
  expect(actual.sentenceCount).toBe(expected.sentenceCount);
  for (let i = 0; i < actual.size; i++) expect(actual.value(i)).toBe(expected.value(i));
}

/** Plain text both ways: stream arrays and trees must agree. */
function checkText(text: string): void {
  const tree = tokenize(text);
  const stream = tokenizeStream(text);
  expectSameStream(stream, streamFromNlcst(tree, text));
  expect(streamToNlcst(stream, cursorPoints(text)).children).toEqual(tree.children);
}

/** Runs of one document (`[start, end)` ranges, in order) with paragraph ends after some. */
interface Layout {
  text: string;
  runs: Array<{ start: number; end: number; endParagraph: boolean }>;
}

/** The reference: `tokenizeInline` per run, `buildParagraph` per paragraph (white-space-only paragraphs dropped). */
function referenceRuns({ text, runs }: Layout): Root {
  const points = cursorPoints(text);
  const paragraphs: Paragraph[] = [];
  let tokens: InlineToken[] = [];
  const end = (): void => {
    if (tokens.some((t) => t.type !== 'WhiteSpaceNode')) paragraphs.push(buildParagraph(tokens));
    tokens = [];
  };
  for (const run of runs) {
    const p = points(run.start);
    tokens.push(
      ...tokenizeInline(text.slice(run.start, run.end), { offset: run.start, line: p.line, column: p.column }),
    );
    if (run.endParagraph) end();
  }
  end();
  return { type: 'RootNode', children: paragraphs };
}

function streamRuns({ text, runs }: Layout): TokenStream {
  const builder = new TokenStreamBuilder(text);
  for (const run of runs) {
    builder.addRun(text.slice(run.start, run.end), run.start);
    if (run.endParagraph) builder.endParagraph();
  }
  return builder.finish();
}

/** A text cut into runs with gaps (markup between them) and paragraph ends. */
const arbLayout = fc
  .array(fc.tuple(arbText, fc.integer({ min: 0, max: 3 }), fc.boolean()), { maxLength: 8 })
  .map((parts): Layout => {
    let text = '';
    const runs: Layout['runs'] = [];
    for (const [run, gap, endParagraph] of parts) {
      // Markup never splits a CRLF between two runs with nothing between them: the reference
      // tokenizer (one cursor per run) would count that line break twice.
      text += '<b>'.slice(0, text.endsWith('\r') && run.startsWith('\n') ? Math.max(gap, 1) : gap);
      runs.push({ start: text.length, end: text.length + run.length, endParagraph });
      text += run;
    }
    return { text, runs };
  });

const runs = { numRuns: Number(process.env.BAYAN_FUZZ_RUNS ?? 600) };

describe('tokenizeStream ⇔ tokenize (plain text)', () => {
  test('random Arabic, Latin, digits, punctuation and space: the same tokens, spans and words', () => {
    fc.assert(fc.property(arbText, checkText), runs);
  });

  test('longer random text, with repeated words (interning, table growth)', () => {
    const arbLong = fc.array(arbText, { minLength: 20, maxLength: 60 }).map((a) => a.join(' '));
    fc.assert(fc.property(arbLong, checkText), { numRuns: 60 });
  });

  it('a long random text (its own arrays, not the shared ones): the same tokens, spans and words', () => {
    const text = fc.sample(arbText, { numRuns: 7000, seed: 42 }).join(' ');
    expect(text.length).toBeGreaterThan(1 << 16);
    checkText(text);
  });

  it.each([
    ['empty', ''],
    ['only white space', ' \t '],
    ['a blank line alone', '\n\n'],
    ['blank lines around', '\n\nكلمة.\n\n\n'],
    ['terminals and closers', 'قال: «انتهى؟!» ثم) مضى… وبعد. «'],
    ['numbers', '١٢٬٣٤٥ و12,345.67 و3\u202F000 و3\u202F0000 و٣،٥ ،5'],
    ['Arabic letter then digit, and format characters', 'و٣ ب\u200c٣ a\u200c3 كلمة\u200dكلمة'],
    ['sources', 'راجع https://example.org/a_(b)). أو www.example.org، أو user@mail.example.com. #وسم_عربي @user'],
    ['a lone CR', 'سطر\rسطر\r\n\rسطر'],
  ])('%s', (_name, text) => {
    checkText(text);
  });

  it('keeps offsets after a BOM (`from`)', () => {
    const text = '\uFEFFكلمة أولى.\n\nثانية';
    const stream = tokenizeStream(text, { from: 1 });
    expect(stream.start[0]).toBe(1);
    expect(stream.value(0)).toBe('كلمة');
    expectSameStream(stream, streamFromNlcst(tokenize(text.slice(1), { offset: 1 }), text));
  });

  it('interns each distinct word once and shares its analysis across documents', () => {
    const a = tokenizeStream('الوزارة أعلنت. الوزارة 2024 و2024');
    const words = [...a.word].filter((id) => id >= 0).map((id) => a.words[id]!.value);
    expect(words).toEqual(['الوزارة', 'أعلنت', 'الوزارة', '2024', 'و', '2024']);
    expect(a.words.map((w) => w.value)).toEqual(['الوزارة', 'أعلنت', '2024', 'و']);
    expect(a.kind[a.size - 1]).toBe(TokenKind.Number);
    expect(a.words[2]!.number?.value).toBe(2024);
    expect(a.words[0]!.clitics?.proclitics).toEqual(['ال']);
    const b = tokenizeStream('أعلنت الوزارة');
    expect(b.words[1]).toBe(a.words[0]);
  });

  it('finds the shared entry of each word by its characters, as the table grows, across documents', () => {
    // 6,000 distinct words that share their length, both ends and middle letter (the per-document hash's
    // characters), so only a comparison of every character tells them apart.
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const wordsOf = (seed: number): string[] =>
      Array.from({ length: 6000 }, (_, k) => {
        const n = k + seed;
        return `سم${letters[n % 27]}${letters[Math.floor(n / 27) % 27]}ع${letters[Math.floor(n / 729) % 27]}نا`;
      });
    const list = wordsOf(100_000);
    expect(new Set(list).size).toBe(6000);
    const first = tokenizeStream(list.join(' '));
    expect(first.words.map((w) => w.value)).toEqual(list);
    const second = tokenizeStream([...list].reverse().join(' '));
    const byValue = new Map(first.words.map((w) => [w.value, w]));
    expect(second.words.length).toBe(6000);
    for (const entry of second.words) expect(entry).toBe(byValue.get(entry.value));
  });

  it('gives exact token ends whether tokens touch (plain text) or not (runs of markup)', () => {
    const plain = tokenizeStream('\uFEFFقال  الوزير.\n\nنعم', { from: 1 });
    expect([...plain.start]).toEqual([1, 4, 6, 12, 13, 15]);
    expect([...plain.end]).toEqual([4, 6, 12, 13, 15, 18]);
    expect(plain.end.length).toBe(plain.size);
    const text = '# قال الوزير\n\n**نعم** هنا';
    const builder = new TokenStreamBuilder(text, { paragraphs: 'explicit' });
    builder.addRun('قال الوزير', 2);
    builder.endParagraph();
    builder.addRun('نعم', 16);
    builder.addRun(' هنا', 21);
    builder.endParagraph();
    const marked = builder.finish();
    expect([...marked.start]).toEqual([2, 5, 6, 16, 21, 22]);
    expect([...marked.end]).toEqual([5, 6, 12, 19, 22, 25]);
    expect([...marked.word].map((id) => (id < 0 ? null : marked.words[id]!.value))).toEqual([
      'قال',
      null,
      'الوزير',
      'نعم',
      null,
      'هنا',
    ]);
  });

  it('writes the next stream into the memory of a released one, and only then', () => {
    const plainText = (k: number) => `أعلنت الوزارة ${k} مشروعا جديدا.`;
    const same = (x: TokenStream, y: TokenStream) =>
      x.start.buffer === y.start.buffer && x.start.byteOffset === y.start.byteOffset;
    const a = tokenizeStream(plainText(1));
    releaseStream(a);
    const b = tokenizeStream(plainText(3));
    expect(same(a, b)).toBe(true);
    expect(b.value(4)).toBe('3');
    // Not released: the next stream is cut after it, and it keeps its tokens.
    const kept = tokenizeStream(plainText(2));
    expect(same(b, kept)).toBe(false);
    // Released twice (or a stream not built here): nothing more happens.
    releaseStream(b);
    releaseStream(b);
    releaseStream(streamFromNlcst(tokenize('نص'), 'نص'));
    const later = [4, 5, 6].map((k) => tokenizeStream(plainText(k)));
    for (const stream of later) expect(same(stream, kept)).toBe(false);
    expect(kept.value(4)).toBe('2');
    expect([...kept.end].at(-1)).toBe(plainText(2).length);
    expect(later.map((stream) => stream.value(4))).toEqual(['4', '5', '6']);
  });

  it('uses a lexicon when given one (no shared analysis)', () => {
    const stream = tokenizeStream('كتاب', { lexicon: (stem) => stem === 'كتاب' });
    expect(stream.words[0]!.clitics).toEqual({ proclitics: [], stem: 'كتاب', enclitic: null, confirmed: true });
    expect(tokenizeStream('كتاب').words[0]!.clitics?.confirmed).toBe(false);
  });

  it('takes 16,384 copies of a sentence as 16,384 sentences of 15 tokens and 7 distinct words', () => {
    const unit = 'أعلنت الوزارة دعما جديدا بقيمة 4.3 مليار. ';
    const stream = tokenizeStream(unit.repeat(16 * 1024));
    expect(stream.size).toBe(16 * 1024 * 15);
    expect(stream.words.length).toBe(7);
    expect(stream.sentenceCount).toBe(16 * 1024);
  });
});

describe('TokenStreamBuilder ⇔ tokenizeInline per run + buildParagraph per paragraph (markup runs)', () => {
  test('random runs, gaps and paragraph ends', () => {
    fc.assert(
      fc.property(arbLayout, (layout) => {
        const reference = referenceRuns(layout);
        const stream = streamRuns(layout);
        expectSameStream(stream, streamFromNlcst(reference, layout.text));
        expect((streamToNlcst(stream, cursorPoints(layout.text)) as Node).children).toEqual(
          (reference as Node).children,
        );
      }),
      runs,
    );
  });

  it('drops a paragraph of white space with its tokens, keeps blank lines inside a paragraph', () => {
    const text = '  \n\n كلمة\n\nأخرى ';
    const builder = new TokenStreamBuilder(text);
    builder.addRun(text.slice(0, 4), 0);
    builder.endParagraph();
    builder.addRun(text.slice(4), 4);
    const stream = builder.finish();
    expect(stream.paragraphCount).toBe(1);
    expect(stream.start[0]).toBe(4);
    expect([...stream.kind]).toEqual([
      TokenKind.WhiteSpace,
      TokenKind.Word,
      TokenKind.WhiteSpace,
      TokenKind.Word,
      TokenKind.WhiteSpace,
    ]);
    // The blank line ends the first sentence; it and the edges belong to the paragraph.
    expect([...stream.sentenceStart]).toEqual([1, 3]);
    expect([...stream.sentenceEnd]).toEqual([2, 4]);
  });

  it('writes masked runs into the stream text, offsets unchanged', () => {
    const text = '<p>أ &amp; ب</p>';
    const builder = new TokenStreamBuilder(text);
    builder.addRun('أ \uFFFC\uFFFC\uFFFC\uFFFC\uFFFC ب', 3, true);
    const stream = builder.finish();
    expect(stream.text).toBe('<p>أ \uFFFC\uFFFC\uFFFC\uFFFC\uFFFC ب</p>');
    expect(stream.text.length).toBe(text.length);
    expect(Array.from({ length: stream.size }, (_, i) => stream.value(i))).toEqual([
      'أ',
      ' ',
      '\uFFFC',
      '\uFFFC',
      '\uFFFC',
      '\uFFFC',
      '\uFFFC',
      ' ',
      'ب',
    ]);
    expect(stream.start[8]).toBe(text.indexOf('ب'));
  });
});

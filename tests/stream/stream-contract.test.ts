// The token stream's contract: for every fixture of the repository (all three
// formats) and for seeded synthetic releases, the stream the stream tokenizer
// builds (`document.stream`) and the nlcst tree made from it (`document.prose`,
// by `streamToNlcst`) equal what the nlcst tokenizer builds on its own —
// `tokenize` for plain text, `tokenizeInline` + `buildParagraph` per run and
// paragraph for markup — token for token (type, value, position, word data,
// paragraph and sentence spans), and the stream's arrays are consistent (spans
// in order, words interned once, values slices of the text). Two independent
// builders: whatever builds `document.stream`, this must keep holding.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  streamFromNlcst,
  streamToNlcst,
  tokenize,
  TokenKind,
  type TokenStream,
  type WordEntry,
} from '../../packages/arabic/src/index.js';
import { parseDocument, type SourceDocument } from '../../packages/core/src/index.js';
import { markdownProseTree } from '../../packages/core/src/formats/markdown.js';
import { htmlProseTree } from '../../packages/core/src/formats/html.js';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { Root as NlcstRoot } from 'nlcst';
import { arabicCorpus } from '../bench/corpus.mjs';

const withoutSerial = ({ serial: _serial, ...analysis }: WordEntry) => analysis;

const root = new URL('../..', import.meta.url).pathname;
const DIRS = ['fixtures', ...readdirSync(join(root, 'rules')).map((pack) => `rules/${pack}/test/fixtures`)];
const files = DIRS.flatMap((dir) => {
  try {
    return (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => join(root, dir, f));
  } catch {
    return [];
  }
})
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort();

const body = arabicCorpus(12 * 1024, 5);
const paragraphs = body.split('\n\n').filter(Boolean);
const cases: Array<{ path: string; text: string }> = [
  ...files.map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') })),
  { path: 'synthetic/release.txt', text: body },
  { path: 'synthetic/bom-crlf.txt', text: `\uFEFF${body.replace(/\n/g, '\r\n')}` },
  {
    path: 'synthetic/release.md',
    text: paragraphs
      .map((p, i) => (i % 3 === 0 ? `## عنوان ${i}\n\n${p}` : `- **${p.slice(0, 30)}** ${p}`))
      .join('\n\n'),
  },
  { path: 'synthetic/release.html', text: `<p>${paragraphs.join('</p>\n<p>')} &amp; &#1575;</p>` },
  { path: 'synthetic/edge.txt', text: '\n\n  كلمة.  \n\n\nhttps://example.org/a و٣ 3.5 ١٢٫٥ % «قال» …\u200cب' },
  { path: 'synthetic/empty.txt', text: '' },
  // Longer than 65,536 characters: the stream tokenizer sizes arrays of its own for these.
  { path: 'synthetic/long.md', text: arabicCorpus(120 * 1024, 10).replace(/\n\n/g, '\n\n## عنوان *مائل* &amp;\n\n') },
  { path: 'synthetic/blank.txt', text: ' \t ' },
  { path: 'synthetic/blank.md', text: '   \n\n  ' },
  {
    path: 'synthetic/references.md',
    text: '# &amp; عنوان &#1575;\n\nنص &copy; و&nbsp;كلمة. جملة؟ «ثانية»!) ثالثة\n\n\n\nفقرة',
  },
  {
    path: 'synthetic/breaks.html',
    text: '<p>سطر أول\n\nسطر ثان. <b>غامق</b>&amp;نص</p><div>  </div><pre>رمز</pre><p>ثالث؟!»  </p>',
  },
];

/** What the nlcst tokenizer builds on its own for a document's prose. */
function referenceTree(document: SourceDocument): NlcstRoot {
  const { text, format, lines } = document;
  if (format === 'markdown') return markdownProseTree(document.markup as MdastRoot, text, lines);
  if (format === 'html') return htmlProseTree(document.markup as HastRoot, text, lines);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return tokenize(text.slice(bom), { offset: bom });
}

type Node = { type: string; value?: string; children?: Node[]; position?: unknown; data?: unknown };
/** The tree without the root's own position (rules never read it; the builders place it differently). */
const children = (tree: Node): Node[] => tree.children ?? [];

function checkInvariants(stream: TokenStream): void {
  let last = -1;
  const seen = new Map<string, number>();
  for (let i = 0; i < stream.size; i++) {
    expect(stream.start[i]).toBeGreaterThanOrEqual(last);
    expect(stream.end[i]).toBeGreaterThan(stream.start[i]!);
    last = stream.end[i]!;
    expect(stream.value(i)).toBe(stream.text.slice(stream.start[i], stream.end[i]));
    const kind = stream.kind[i]!;
    const isWord = kind === TokenKind.Word || kind === TokenKind.Number;
    expect(stream.word[i]! >= 0).toBe(isWord);
    if (isWord) {
      const entry = stream.words[stream.word[i]!]!;
      expect(entry.value).toBe(stream.value(i));
      const key = `${kind}:${entry.value}`;
      expect(seen.get(key) ?? stream.word[i]).toBe(stream.word[i]);
      seen.set(key, stream.word[i]!);
    }
  }
  expect(seen.size).toBe(stream.words.length);
  for (let p = 0; p < stream.paragraphCount; p++) {
    expect(stream.paragraphEnd[p]).toBeGreaterThan(stream.paragraphStart[p]!);
    if (p > 0) expect(stream.paragraphStart[p]).toBeGreaterThanOrEqual(stream.paragraphEnd[p - 1]!);
  }
  for (let s = 0; s < stream.sentenceCount; s++) {
    expect(stream.sentenceEnd[s]).toBeGreaterThan(stream.sentenceStart[s]!);
    if (s > 0) expect(stream.sentenceStart[s]).toBeGreaterThanOrEqual(stream.sentenceEnd[s - 1]!);
  }
}

describe('the token stream keeps the prose tree, token for token', () => {
  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const { path, text } of cases) {
    it(path, () => {
      const parsed = parseDocument(text, { path });
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { document } = parsed;
      const stream = document.stream;
      expect(stream.text.length).toBe(text.length);
      checkInvariants(stream);
      const reference = referenceTree(document);
      // The tree from the stream, and the document's lazy prose, are the reference tree.
      const rebuilt = streamToNlcst(stream, (offset) => document.lines.pointAt(offset)) as Node;
      expect(children(rebuilt)).toEqual(children(reference as Node));
      expect(document.prose).toEqual(reference);
      // The arrays are those read off the reference tree (same spans, same masked text, same words).
      const expected = streamFromNlcst(reference, text);
      expect(stream.text).toBe(expected.text);
      expect(stream.size).toBe(expected.size);
      expect([...stream.start]).toEqual([...expected.start]);
      expect([...stream.end]).toEqual([...expected.end]);
      expect([...stream.kind]).toEqual([...expected.kind]);
      expect([...stream.word]).toEqual([...expected.word]);
      // The same analysis of each word; `serial` only names the entry (each tokenizer makes its own).
      expect(stream.words.map(withoutSerial)).toEqual(expected.words.map(withoutSerial));
      expect([stream.paragraphCount, [...stream.paragraphStart], [...stream.paragraphEnd]]).toEqual([
        expected.paragraphCount,
        [...expected.paragraphStart],
        [...expected.paragraphEnd],
      ]);
      expect([stream.sentenceCount, [...stream.sentenceStart], [...stream.sentenceEnd]]).toEqual([
        expected.sentenceCount,
        [...expected.sentenceStart],
        [...expected.sentenceEnd],
      ]);
    });
  }
});

// Random documents in all three formats (no lone CR: the nlcst tokenizer counts it as a line end, the
// document's line index does not, so positions would differ by design, not by the stream).
const pieces = [
  'ب',
  'ا',
  'ل',
  'و',
  'ة',
  'أ',
  'ی',
  '\uFEFB',
  '\u064E',
  'ـ',
  'ال',
  'كتاب',
  'وزارة',
  '0',
  '7',
  '٣',
  '۴',
  ',',
  '.',
  '٬',
  '٫',
  '،',
  '\u202F',
  'a',
  'Z',
  "'",
  '’',
  '-',
  '😀',
  '\uD83D',
  '\u200E',
  '\u200C',
  '\uFEFF',
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '\r\n',
  '\n\n',
  '؟',
  '!',
  '?',
  '…',
  '«',
  '»',
  '"',
  '(',
  ')',
  '%',
  '#',
  '@',
  'https://x.org/a',
  'a@b.co',
  '&amp;',
  '&#1575;',
  '&copy;',
  '&x',
];
const markdownPieces = [
  '*',
  '**',
  '_',
  '`',
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '[',
  '](u)',
  '![',
  '<b>',
  '</b>',
  '<!-- c -->',
  '|',
  '\n| a | b |\n|---|---|\n',
  '```\n',
  '\\',
];
const htmlPieces = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<div>',
  '</div>',
  '<br>',
  '<code>',
  '</code>',
  '<li>',
  '<script>',
  '</script>',
  '<title>',
  '<!-- c -->',
  '<a href="x">',
  '</a>',
];
const arbDocument = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => ({ path: 'random.txt', text: a.join('') })),
  fc
    .array(fc.constantFrom(...pieces, ...markdownPieces), { maxLength: 60 })
    .map((a) => ({ path: 'random.md', text: a.join('') })),
  fc
    .array(fc.constantFrom(...pieces, ...htmlPieces), { maxLength: 60 })
    .map((a) => ({ path: 'random.html', text: a.join('') })),
);

describe('random documents: the stream and its tree are what the nlcst tokenizer builds', () => {
  it('text, Markdown and HTML', () => {
    fc.assert(
      fc.property(arbDocument, ({ path, text }) => {
        const parsed = parseDocument(text, { path });
        if (!parsed.ok) return;
        const { document } = parsed;
        checkInvariants(document.stream);
        const reference = referenceTree(document);
        expect(document.prose).toEqual(reference);
        const expected = streamFromNlcst(reference, text);
        expect(document.stream.text).toBe(expected.text);
        expect([...document.stream.start, -1, ...document.stream.end]).toEqual([
          ...expected.start,
          -1,
          ...expected.end,
        ]);
        expect([...document.stream.kind]).toEqual([...expected.kind]);
        expect([...document.stream.sentenceStart, -1, ...document.stream.sentenceEnd]).toEqual([
          ...expected.sentenceStart,
          -1,
          ...expected.sentenceEnd,
        ]);
        expect([...document.stream.paragraphStart, -1, ...document.stream.paragraphEnd]).toEqual([
          ...expected.paragraphStart,
          -1,
          ...expected.paragraphEnd,
        ]);
      }),
      { numRuns: Number(process.env.BAYAN_FUZZ_RUNS ?? 500) },
    );
  });
});

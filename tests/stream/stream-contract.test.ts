// The token stream's contract: for every fixture of the repository (all three
// formats) and for seeded synthetic releases, the nlcst tree built from the
// stream (`streamToNlcst`) equals the prose tree the tokenizer builds, token
// for token (type, value, position, word data), and the stream's arrays are
// consistent (spans in order, words interned once, values slices of the text).
// Whatever builds `document.stream`, this must keep holding.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamToNlcst, TokenKind, type TokenStream } from '../../packages/arabic/src/index.js';
import { parseDocument } from '../../packages/core/src/index.js';
import { arabicCorpus } from '../bench/corpus.mjs';

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
  { path: 'synthetic/release.md', text: paragraphs.map((p, i) => (i % 3 === 0 ? `## عنوان ${i}\n\n${p}` : `- **${p.slice(0, 30)}** ${p}`)).join('\n\n') },
  { path: 'synthetic/release.html', text: `<p>${paragraphs.join('</p>\n<p>')} &amp; &#1575;</p>` },
  { path: 'synthetic/edge.txt', text: '\n\n  كلمة.  \n\n\nhttps://example.org/a و٣ 3.5 ١٢٫٥ % «قال» …\u200cب' },
  { path: 'synthetic/empty.txt', text: '' },
];

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
      const rebuilt = streamToNlcst(stream, (offset) => document.lines.pointAt(offset)) as Node;
      expect(children(rebuilt)).toEqual(children(document.prose as Node));
    });
  }
});

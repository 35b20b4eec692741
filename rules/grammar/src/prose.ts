/**
 * The grammar pack's view of the token stream (`document.stream`): every
 * rule reads a paragraph as a span of token indexes [start, end) and asks
 * these helpers about token `i`. Nothing is copied: a word's normal form is
 * the stream's, per distinct word (`stream.words`), and what a rule derives
 * from a word (a folded form, a look-up in a list or the lexicon) is kept in
 * an array indexed by word id, so it is computed once per distinct word per
 * document (`perWord`), not per occurrence.
 *
 * Words keep the tokenizer's normal form (no harakat, tatweel or invisible
 * characters; hamza forms kept). Helpers step from word to word over inline
 * space only: a line break, punctuation or markup between two words ends a
 * phrase, so a rule never pairs words across a heading, a list item or a
 * table cell.
 */
import {
  atLeast,
  memoize,
  memoizeWordInt,
  normalize,
  normalizeWord,
  TokenKind,
  type TokenStream,
  type WordEntry,
} from '@bayan/arabic';

/** Is token `i` a word (numbers included, as in nlcst)? */
export function isWord(stream: TokenStream, i: number): boolean {
  const kind = stream.kind[i];
  return kind === TokenKind.Word || kind === TokenKind.Number;
}

/** The word entry of token `i` (a word or a number). */
export function entryOf(stream: TokenStream, i: number): WordEntry {
  return stream.words[stream.word[i]!]!;
}

/** For words: normalised (no harakat or tatweel); else the text. */
export function normalOf(stream: TokenStream, i: number): string {
  const id = stream.word[i]!;
  return id >= 0 ? stream.words[id]!.normal : stream.value(i);
}

/** For words: the tokenizer's script ('arabic', 'latin', 'number'…); undefined for other tokens. */
export function scriptOf(stream: TokenStream, i: number): string | undefined {
  const id = stream.word[i]!;
  return id >= 0 ? stream.words[id]!.script : undefined;
}

/** Is token `i` punctuation? */
export function isPunctuation(stream: TokenStream, i: number): boolean {
  return stream.kind[i] === TokenKind.Punctuation;
}

/** Is token `i` white space that holds a line break? */
export function breaks(stream: TokenStream, i: number): boolean {
  const text = stream.text;
  for (let k = stream.start[i]!, end = stream.end[i]!; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Is token `i` (of [from, to)) white space without a line break? */
function inlineSpace(stream: TokenStream, i: number, from: number, to: number): boolean {
  return i >= from && i < to && stream.kind[i] === TokenKind.WhiteSpace && !breaks(stream, i);
}

/** Index of the word right after token `i` (one inline space between) inside [from, to), or -1. */
export function nextWord(stream: TokenStream, i: number, from: number, to: number): number {
  const j = i + 2;
  return inlineSpace(stream, i + 1, from, to) && j < to && isWord(stream, j) ? j : -1;
}

/** Index of the word right before token `i` (one inline space between) inside [from, to), or -1. */
export function previousWord(stream: TokenStream, i: number, from: number, to: number): number {
  const j = i - 2;
  return inlineSpace(stream, i - 1, from, to) && j >= from && isWord(stream, j) ? j : -1;
}

type Compute = (entry: WordEntry) => number;

/** A compute's process-wide memo, and its answers for the last document asked (one buffer, reused). */
interface Answers {
  memo: (entry: WordEntry) => number;
  stream: TokenStream | undefined;
  answers: Int32Array | null;
  buffer: Int32Array;
}
/** One per function (rules that ask the same question share it). */
const memos = new Map<Compute, Answers>();

/**
 * A small answer about each distinct word of the document, by word id (`stream.word[i]`): `compute` is
 * called the first time a word is asked in the process, then read back (the memo is indexed by the word
 * entry's serial, see memoizeWordInt, so documents share answers). Null when every word's answer is 0:
 * nothing in the document for the rule to look at. Answers are integers (flags, or an index into a
 * rule's table). `compute` must be a module-level function of the word alone.
 *
 * The answers are kept for the last document asked (its paragraphs share them) in one buffer per
 * `compute`, reused by the next document: read them during the visitor call that asked, not later.
 */
export function perWord(stream: TokenStream, compute: Compute): Int32Array | null {
  let entry = memos.get(compute);
  if (!entry) {
    entry = { memo: memoizeWordInt(compute), stream: undefined, answers: null, buffer: new Int32Array(256) };
    memos.set(compute, entry);
  }
  if (entry.stream !== stream) {
    const { words } = stream;
    const out = (entry.buffer = atLeast(entry.buffer, words.length));
    const memo = entry.memo;
    let any = 0;
    for (let id = 0; id < words.length; id++) any |= out[id] = memo(words[id]!);
    entry.stream = stream;
    entry.answers = any === 0 ? null : out;
  }
  return entry.answers;
}

/** The tokens whose word has a non-zero answer, in document order: `tokens[0..count)`. */
export interface Occurrences {
  tokens: Int32Array;
  count: number;
}

/** Per function: its occurrences in the last document asked (one buffer, reused, as `perWord`'s answers). */
const occurrenceMemos = new Map<
  Compute,
  { stream: TokenStream | undefined; found: Occurrences | null; all: Occurrences }
>();

/**
 * The tokens of the document whose word has a non-zero `perWord(stream, compute)` answer (the words a
 * rule starts from), found in one pass over the stream per document and shared by its paragraphs, so a
 * rule's `Paragraph` visits its few candidates instead of every token. Null when there is none. Kept
 * for the last document asked: read them during the visitor call that asked.
 */
export function occurrences(stream: TokenStream, compute: Compute): Occurrences | null {
  let entry = occurrenceMemos.get(compute);
  if (!entry) {
    entry = { stream: undefined, found: null, all: { tokens: new Int32Array(1024), count: 0 } };
    occurrenceMemos.set(compute, entry);
  }
  if (entry.stream !== stream) {
    const answers = perWord(stream, compute);
    let count = 0;
    if (answers) {
      const { word, size } = stream;
      const all = entry.all;
      const tokens = (all.tokens = atLeast(all.tokens, size));
      for (let i = 0; i < size; i++) {
        const id = word[i]!;
        if (id >= 0 && answers[id] !== 0) tokens[count++] = i;
      }
      all.count = count;
    }
    entry.stream = stream;
    entry.found = count === 0 ? null : entry.all;
  }
  return entry.found;
}

/** The index in `found.tokens` of the first occurrence at token `from` or after it (`found.count` if none). */
export function firstOccurrence(found: Occurrences, from: number): number {
  const { tokens } = found;
  let lo = 0;
  let hi = found.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fold hamza forms, alif maqsura and ta marbuta, for comparisons only (once per form per process, bounded). */
export const fold = memoize((normal: string): string => normalizeWord(normal, { fold: true }), 20_000);

/** The word without a leading conjunction و/ف, when `known` accepts what is left. */
export function withoutConjunction(
  normal: string,
  known: (rest: string) => boolean,
): { conjunction: string; rest: string } {
  if (known(normal)) return { conjunction: '', rest: normal };
  const first = normal[0];
  if ((first === 'و' || first === 'ف') && normal.length > 2 && known(normal.slice(1)))
    return { conjunction: first, rest: normal.slice(1) };
  return { conjunction: '', rest: normal };
}

/**
 * Source offset of the normalised index `index` inside word token `i`: the
 * normal form drops harakat and tatweel, so indexes differ from the text's.
 */
export function sourceOffset(stream: TokenStream, i: number, index: number): number {
  return stream.start[i]! + normalize(stream.value(i)).toOriginal(index);
}

/**
 * The paragraph that holds token `i`, searching forward from paragraph `p` (for tokens visited in
 * document order): the first paragraph that ends after `i` — which holds `i` only when its start is at
 * or before it — or -1 when every paragraph ends before `i`.
 */
export function paragraphFrom(stream: TokenStream, p: number, i: number): number {
  const ends = stream.paragraphEnd;
  const count = stream.paragraphCount;
  while (p < count && ends[p]! <= i) p++;
  return p < count ? p : -1;
}

/**
 * Calls `visit(i, start, end)` for each token `i` of `found` (in document order) with the token bounds
 * [start, end) of the paragraph that holds it: a rule looks no further than the occurrence's paragraph.
 * Tokens outside every paragraph are skipped.
 */
export function inParagraphs(
  stream: TokenStream,
  found: Occurrences,
  visit: (i: number, start: number, end: number) => void,
): void {
  let p = 0;
  for (let x = 0; x < found.count; x++) {
    const i = found.tokens[x]!;
    p = paragraphFrom(stream, p, i);
    if (p === -1) return;
    const start = stream.paragraphStart[p]!;
    if (i < start) continue;
    visit(i, start, stream.paragraphEnd[p]!);
  }
}

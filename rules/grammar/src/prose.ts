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
import { normalize, normalizeWord, TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';

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
const memos = new WeakMap<TokenStream, Map<Compute, (id: number) => number>>();
/**
 * Answers across documents, by the word as written: a word's analysis depends
 * only on it and on whether the tokenizer read it as a number (two maps per
 * function: words, numbers); bounded.
 */
const known = new Map<Compute, [Map<string, number>, Map<string, number>]>();

/**
 * A per-document memo of a small answer about each distinct word: `answer(id)`
 * calls `compute` the first time a word id is asked, then reads an array
 * indexed by word id. Answers are integers in 0…126 (flags, or an index into a
 * rule's table). `compute` must be a module-level function of the word alone:
 * the memo is kept per stream and per function (rules that ask the same
 * question share it), and answers are kept across documents too.
 */
export function perWord(stream: TokenStream, compute: Compute): (id: number) => number {
  let byCompute = memos.get(stream);
  if (!byCompute) memos.set(stream, (byCompute = new Map()));
  let answer = byCompute.get(compute);
  if (!answer) {
    const memo = new Int8Array(stream.words.length).fill(-1);
    const words = stream.words;
    let across = known.get(compute);
    if (!across) known.set(compute, (across = [new Map(), new Map()]));
    const [wordCache, numberCache] = across;
    answer = (id: number): number => {
      let value = memo[id]!;
      if (value === -1) {
        const word = words[id]!;
        const cache = word.script === 'number' ? numberCache : wordCache;
        let found = cache.get(word.value);
        if (found === undefined) {
          found = compute(word);
          if (cache.size > 50_000) cache.clear();
          cache.set(word.value, found);
        }
        memo[id] = value = found;
      }
      return value;
    };
    byCompute.set(compute, answer);
  }
  return answer;
}

const folds = new Map<string, string>();

/** Fold hamza forms, alif maqsura and ta marbuta, for comparisons only (cached per form, bounded). */
export function fold(normal: string): string {
  let out = folds.get(normal);
  if (out === undefined) {
    out = normalizeWord(normal, { fold: true });
    if (folds.size > 20_000) folds.clear();
    folds.set(normal, out);
  }
  return out;
}

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

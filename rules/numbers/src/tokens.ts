/**
 * Numbers as the rules of this pack see them, over the token stream.
 *
 * The tokenizer gives a number written alone one token with
 * `words[id].number`. A number glued to a proclitic («و4.3», «بـ500») is a
 * mixed word instead, and its separators split it into several tokens («و4»
 * «.» «3»), sometimes across a sentence boundary. So `numbersOf` walks each
 * paragraph's token span once, takes the plain number tokens as they are
 * and rebuilds the clitic-prefixed ones (prefix, digits, and any separator +
 * digits glued to them), parsing the digits with the toolkit's
 * `parseNumber`. The result is one table per document (struct of arrays,
 * shared read-only by the six rules): number `n` spans tokens
 * `first[n]..last[n]` of the stream, and the numbers of paragraph `p` are
 * `byParagraph[p]` up to `byParagraph[p + 1]`.
 *
 * What the rules ask of a word (its script, is it a number, is it a
 * proclitic + digits) is computed once per distinct word per process
 * (`wordInfo`, by the word entry's serial), never per occurrence; each
 * document reads it into an array by word id (`wordFlags`).
 */
import {
  memoizeWordInt,
  parseNumber,
  TokenKind,
  type NumberInfo,
  type TokenStream,
  type WordEntry,
} from '@bayan/arabic';

export const SPACE = TokenKind.WhiteSpace;
export const PUNCTUATION = TokenKind.Punctuation;
export const SYMBOL = TokenKind.Symbol;

/** Bits of `wordFlags`, per word id. */
export const Word = { Arabic: 1, Latin: 2, Number: 4 } as const;

/** The numbers of a document. Offsets are UTF-16, half-open. */
export interface Numbers {
  readonly count: number;
  /** Tokens of number n: `first[n]..last[n]` (indexes into the stream). */
  readonly first: readonly number[];
  readonly last: readonly number[];
  /** Start of the number's first token (the proclitic, if any). */
  readonly wordStart: readonly number[];
  /** First digit. */
  readonly start: readonly number[];
  /** After the last digit. */
  readonly end: readonly number[];
  /** The proclitic written before the digits («و», «بـ»), or ''. */
  readonly prefix: readonly string[];
  /** Digits and separators, as written. */
  readonly raw: readonly string[];
  readonly info: readonly NumberInfo[];
  /** The numbers of paragraph p are [byParagraph[p], byParagraph[p + 1]). */
  readonly byParagraph: readonly number[];
  /** The number token i belongs to, or -1. */
  readonly numberAt: readonly number[];
}

interface View {
  flags: readonly number[];
  numbers?: Numbers;
}

// Every rule of the pack reads the same stream: its word flags and numbers are computed once per
// document and shared read-only.
const views = new WeakMap<TokenStream, View>();

// The last stream asked (rules ask per paragraph, one document at a time): no WeakMap look-up for it.
let lastStream: TokenStream | null = null;
let lastView: View | null = null;

function viewOf(stream: TokenStream): View {
  if (stream === lastStream) return lastView!;
  let view = views.get(stream);
  if (!view) views.set(stream, (view = { flags: flagWords(stream) }));
  lastStream = stream;
  lastView = view;
  return view;
}

// tatweel, and direction marks that the tokenizer keeps inside a word («و\u200f1»)
const CLITIC_NUMBER = /^((?:[وف])?(?:[بلك])?)([\u0640\u200e\u200f\u061c]*)([0-9\u0660-\u0669\u06f0-\u06f9]+)$/;
const SEPARATORS = new Set([',', '.', '\u066c', '\u066b', '\u060c'].map((c) => c.charCodeAt(0)));
const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/**
 * What the pack asks of a word alone, once per distinct word per process: its
 * `Word` bits (the low byte) and, for a proclitic + digits («و4», «بـ500»), the
 * length of what comes before the digits (the bits above).
 */
const wordInfo = memoizeWordInt((entry: WordEntry): number => {
  let f = entry.script === 'arabic' ? Word.Arabic : entry.script === 'latin' ? Word.Latin : 0;
  if (entry.number !== undefined) return f | Word.Number;
  if (!HAS_DIGIT.test(entry.value)) return f;
  const match = CLITIC_NUMBER.exec(entry.value);
  if (match && match[1] !== '') f |= (match[1]!.length + match[2]!.length) << 8;
  return f;
});

// Per-document arrays are plain arrays, pushed (packed, whatever the length): a typed array per
// document (memory of its own outside the collected heap) cost more than the loop that fills it.
function flagWords(stream: TokenStream): readonly number[] {
  const { words } = stream;
  const flags: number[] = [];
  for (let id = 0; id < words.length; id++) flags.push(wordInfo(words[id]!) & 0xff);
  return flags;
}

/** `Word` bits of every distinct word of the stream, by word id. */
export function wordFlags(stream: TokenStream): readonly number[] {
  return viewOf(stream).flags;
}

/** Does token i (-1: none) carry the `Word` bit `flag`? */
export function isWordWith(stream: TokenStream, flags: readonly number[], i: number, flag: number): boolean {
  const id = i >= 0 ? stream.word[i]! : -1;
  return id >= 0 && (flags[id]! & flag) !== 0;
}

/** Is token i (-1: none) a word (letters or digits)? */
export function isWord(stream: TokenStream, i: number): boolean {
  return i >= 0 && stream.word[i]! >= 0;
}

/** The char code of token i when it is one UTF-16 unit long, else -1 (`i` may be out of the stream). */
export function charOf(stream: TokenStream, i: number): number {
  if (i < 0 || i >= stream.size) return -1;
  const start = stream.start[i]!;
  return stream.end[i]! - start === 1 ? stream.text.charCodeAt(start) : -1;
}

/** The numbers of a document. */
export function numbersOf(stream: TokenStream): Numbers {
  const view = viewOf(stream);
  return (view.numbers ??= findNumbers(stream, view.flags));
}

/** Per word id: the length of the proclitic (and tatweel or marks) before the digits of «و4», «بـ500», else 0. */
function cliticPrefixes(stream: TokenStream): number[] {
  const { words } = stream;
  const out: number[] = [];
  for (let id = 0; id < words.length; id++) out.push(wordInfo(words[id]!) >> 8);
  return out;
}

function findNumbers(stream: TokenStream, flags: readonly number[]): Numbers {
  const { kind, start, end, word, words, text } = stream;
  const prefixes = cliticPrefixes(stream);
  const first: number[] = [];
  const last: number[] = [];
  const wordStart: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const prefix: string[] = [];
  const raw: string[] = [];
  const info: NumberInfo[] = [];
  const byParagraph: number[] = [];
  let numberAt: number[] | undefined;
  const isNumberWord = (i: number): boolean => word[i]! >= 0 && (flags[word[i]!]! & Word.Number) !== 0;

  for (let p = 0; p < stream.paragraphCount; p++) {
    byParagraph.push(first.length);
    const to = stream.paragraphEnd[p]!;
    for (let i = stream.paragraphStart[p]!; i < to; i++) {
      const id = word[i]!;
      if (id < 0) continue;
      if ((flags[id]! & Word.Number) !== 0) {
        first.push(i);
        last.push(i);
        wordStart.push(start[i]!);
        starts.push(start[i]!);
        ends.push(end[i]!);
        prefix.push('');
        raw.push(words[id]!.value);
        info.push(words[id]!.number!);
        continue;
      }
      const cut = prefixes[id]!;
      if (cut === 0) continue;
      const value = words[id]!.value;
      let digits = value.slice(cut);
      let j = i;
      let stop = end[i]!;
      // «و4» «.» «3»: glue separators and digits that touch each other back on.
      while (j + 2 < to) {
        const sep = j + 1;
        const more = j + 2;
        if (kind[sep] !== PUNCTUATION || !SEPARATORS.has(charOf(stream, sep)) || start[sep] !== stop) break;
        if (!isNumberWord(more) || start[more] !== end[sep]) break;
        digits += text[start[sep]!]! + words[word[more]!]!.value;
        stop = end[more]!;
        j += 2;
      }
      first.push(i);
      last.push(j);
      wordStart.push(start[i]!);
      starts.push(start[i]! + cut);
      ends.push(stop);
      prefix.push(value.slice(0, cut));
      raw.push(digits);
      info.push(parseNumber(digits));
      i = j;
    }
  }
  byParagraph.push(first.length);
  return {
    count: first.length,
    first,
    last,
    wordStart,
    start: starts,
    end: ends,
    prefix,
    raw,
    info,
    byParagraph,
    get numberAt() {
      return (numberAt ??= numberAtOf(stream.size, first, last));
    },
  };
}

/**
 * `Numbers.numberAt`, made on first read: one rule reads it, and only in documents with direction marks
 * (`numberStartingAt` and `numberEndingAt` search `first` and `last`).
 */
function numberAtOf(size: number, first: readonly number[], last: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(-1);
  for (let n = 0; n < first.length; n++) for (let k = first[n]!; k <= last[n]!; k++) out[k] = n;
  return out;
}

/** The number whose tokens include token i, or -1 (numbers are in token order and do not overlap). */
function numberCovering(numbers: Numbers, i: number): number {
  const { first, last } = numbers;
  let lo = 0;
  let hi = numbers.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (first[mid]! > i) hi = mid - 1;
    else if (last[mid]! < i) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The number whose first token is i (-1: none), or -1. */
export function numberStartingAt(numbers: Numbers, i: number): number {
  const n = i >= 0 ? numberCovering(numbers, i) : -1;
  return n >= 0 && numbers.first[n] === i ? n : -1;
}

/** The number whose last token is i (-1: none), or -1. */
export function numberEndingAt(numbers: Numbers, i: number): number {
  const n = i >= 0 ? numberCovering(numbers, i) : -1;
  return n >= 0 && numbers.last[n] === i ? n : -1;
}

/** Is white-space token i free of line breaks? */
function isInlineSpace(stream: TokenStream, i: number): boolean {
  if (stream.kind[i] !== SPACE) return false;
  const { text } = stream;
  for (let k = stream.start[i]!; k < stream.end[i]!; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
  }
  return true;
}

/** Index of the next non-space token of [.., to) after `i` if only inline space separates them (or none), else -1. */
export function nextIndex(stream: TokenStream, i: number, to: number): number {
  let j = i + 1;
  if (j < to && isInlineSpace(stream, j)) j++;
  return j < to && stream.kind[j] !== SPACE ? j : -1;
}

/** Index of the previous non-space token of [from, ..) before `i` if only inline space separates them, else -1. */
export function prevIndex(stream: TokenStream, i: number, from: number): number {
  let j = i - 1;
  if (j >= from && isInlineSpace(stream, j)) j--;
  return j >= from && stream.kind[j] !== SPACE ? j : -1;
}

/** Arabic words vs Latin words of tokens [from, to): is this Arabic running text? */
export function isArabicRun(stream: TokenStream, flags: readonly number[], from: number, to: number): boolean {
  const { word } = stream;
  let arabic = 0;
  let latin = 0;
  for (let i = from; i < to; i++) {
    const id = word[i]!;
    if (id < 0) continue;
    const f = flags[id]!;
    if (f & Word.Arabic) arabic++;
    else if (f & Word.Latin) latin++;
  }
  return arabic > latin;
}

type MarkupNode = {
  type: string;
  tagName?: string;
  children?: MarkupNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
};

/** Source ranges of the tables of a Markdown or HTML document (where ISO codes and symbols are fine). */
export function tableRanges(markup: unknown): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const stack: MarkupNode[] = markup ? [markup as MarkupNode] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'table' || (node.type === 'element' && node.tagName === 'table')) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) out.push([start, end]);
      continue;
    }
    if (node.children) stack.push(...node.children);
  }
  return out;
}

export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** Scale words (conventions §2) as normalised, with their plural, dual and accusative forms. */
export const SCALE_WORDS: ReadonlySet<string> = new Set([
  'مئة',
  'مائة',
  'مئات',
  'ألف',
  'الف',
  'آلاف',
  'الاف',
  'ألفا',
  'الفا',
  'مليون',
  'ملايين',
  'مليونا',
  'مليونان',
  'مليونين',
  'مليار',
  'مليارات',
  'مليارا',
  'ملياران',
  'مليارين',
  'بليون',
  'بلايين',
  'بليونا',
  'تريليون',
  'تريليونات',
  'ترليون',
]);

/** A word's stem once a leading و/ف (and nothing else) is removed: «وملايين» → «ملايين». */
export function withoutConjunction(normal: string): string {
  return normal.length > 2 && (normal[0] === 'و' || normal[0] === 'ف') ? normal.slice(1) : normal;
}

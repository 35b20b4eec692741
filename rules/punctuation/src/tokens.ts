/**
 * The token stream as the punctuation rules read it: a paragraph is the
 * span of tokens [from, to) of `document.stream` (sentences flattened, since
 * punctuation rules look at neighbours across sentence boundaries). Marks are
 * one code point per token, so they are compared by char code (`charOf`),
 * without slicing a string per token; what the rules need per word (its
 * script) is read from a per-word-id array built once per document.
 */
import { atLeast, TokenKind, type TokenStream } from '@bayan/arabic';

export const SPACE = TokenKind.WhiteSpace;
export const PUNCTUATION = TokenKind.Punctuation;

/** Script of a word, per word id (`stream.word[i]`). */
export const Script = { Other: 0, Arabic: 1, Latin: 2, Number: 3 } as const;

const SCRIPT_CODES: Record<string, number> = { arabic: Script.Arabic, latin: Script.Latin, number: Script.Number };

// Five rules read the same stream: the scripts of the last stream asked are kept (in one buffer, reused
// from document to document) and shared read-only.
let scriptsOf: TokenStream | undefined;
let scriptBuffer = new Uint8Array(256);

/**
 * The script code of every distinct word of the stream, indexed by word id. Valid until the scripts of
 * another stream are asked: read them during the visitor call that asked.
 */
export function wordScripts(stream: TokenStream): Uint8Array {
  if (scriptsOf !== stream) {
    const { words } = stream;
    scriptBuffer = atLeast(scriptBuffer, words.length);
    for (let id = 0; id < words.length; id++) scriptBuffer[id] = SCRIPT_CODES[words[id]!.script] ?? Script.Other;
    scriptsOf = stream;
  }
  return scriptBuffer;
}

/** Is token i a word (letters or a number: a WordNode of nlcst)? */
export function isWord(stream: TokenStream, i: number): boolean {
  return stream.word[i]! >= 0;
}

/** The script code of token i (`Script.Other` for a token that is not a word). */
export function scriptOf(stream: TokenStream, scripts: Uint8Array, i: number): number {
  const id = stream.word[i]!;
  return id >= 0 ? scripts[id]! : Script.Other;
}

/** The char code of token i when it is one UTF-16 unit long, else -1 (`i` may be out of the stream). */
export function charOf(stream: TokenStream, i: number): number {
  if (i < 0 || i >= stream.size) return -1;
  const start = stream.start[i]!;
  return stream.end[i]! - start === 1 ? stream.text.charCodeAt(start) : -1;
}

export const code = (mark: string): number => mark.charCodeAt(0);

/** The nearest token of [from, to) before (step -1) or after (step 1) `i` that is not white space, or -1. */
export function neighbour(stream: TokenStream, i: number, step: 1 | -1, from: number, to: number): number {
  const { kind } = stream;
  let j = i + step;
  while (j >= from && j < to && kind[j] === SPACE) j += step;
  return j >= from && j < to ? j : -1;
}

/** Is token i (of the paragraph: -1 is none) an Arabic word? */
export function isArabicWord(stream: TokenStream, scripts: Uint8Array, i: number): boolean {
  return i >= 0 && scriptOf(stream, scripts, i) === Script.Arabic;
}

/** Is white-space token i only spaces, tabs and no-break spaces (no line break)? */
export function isInlineSpace(stream: TokenStream, i: number): boolean {
  const { text } = stream;
  const end = stream.end[i]!;
  let k = stream.start[i]!;
  if (k >= end) return false;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * A gate for a rule that can only report in a paragraph holding one of the characters `chars` (a
 * global regular expression of single characters): `has(stream, from, to)` says whether the text of
 * the paragraph's tokens [from, to) holds one. Paragraphs must be asked in document order (as the
 * runner calls `Paragraph`); the text is searched natively, once overall, so a paragraph without such
 * a character costs no look at its tokens. One gate per document (make it in `create`).
 */
export function paragraphGate(chars: RegExp): (stream: TokenStream, from: number, to: number) => boolean {
  // Offset of the next such character at or after the last paragraph searched from (-1: search again).
  let next = -1;
  return (stream, from, to) => {
    if (from >= to) return false;
    const first = stream.start[from]!;
    if (next < first) {
      chars.lastIndex = first;
      const match = chars.exec(stream.text);
      next = match === null ? Number.POSITIVE_INFINITY : match.index;
    }
    return next < stream.end[to - 1]!;
  };
}

// The punctuation tokens of the last stream asked, in order (one buffer, reused from document to document).
let marksOf: TokenStream | undefined;
let markBuffer = new Int32Array(1024);
let markCount = 0;

/**
 * The punctuation tokens of the stream in document order: `tokens[0..count)` (found in one pass per
 * document and shared by the rules and the paragraphs, which visit them instead of every token). Valid
 * until the marks of another stream are asked: read them during the visitor call that asked.
 */
export function punctuationTokens(stream: TokenStream): { tokens: Int32Array; count: number } {
  if (marksOf !== stream) {
    const { kind, size } = stream;
    markBuffer = atLeast(markBuffer, size);
    let count = 0;
    for (let i = 0; i < size; i++) if (kind[i] === PUNCTUATION) markBuffer[count++] = i;
    markCount = count;
    marksOf = stream;
  }
  return { tokens: markBuffer, count: markCount };
}

/** The index in `tokens` of the first token at `from` or after it (`count` if none). */
export function firstAtOrAfter(tokens: Int32Array, count: number, from: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

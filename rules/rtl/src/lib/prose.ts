/**
 * The RTL rules' view of the token stream (`document.stream`): what each
 * distinct word is made of (Arabic or Latin letters, digits only), computed
 * once per document into a byte per word id, and small tests on tokens that
 * read the stream's text in place.
 */
import { TokenKind, type TokenStream } from '@bayan/arabic';

export const LATIN = /[A-Za-z\u00c0-\u024f]/;
export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

/** Bits of `wordClasses`. */
export const HAS_ARABIC = 1;
export const HAS_LATIN = 2;
/** Digits with , . ٫ ٬ only («+44», «2024» and «١٢٫٥» but not «COP28»). */
export const DIGITS_ONLY = 4;
/** Holds an Arabic-Indic or Eastern Arabic-Indic digit. */
export const ARABIC_DIGITS = 8;

const NUMBER = /^[\d\u0660-\u0669\u06f0-\u06f9.,٫٬]+$/;
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const classes = new WeakMap<TokenStream, Uint8Array>();

/** For each distinct word of the stream (by word id): its `HAS_ARABIC | HAS_LATIN | DIGITS_ONLY | ARABIC_DIGITS` bits. */
export function wordClasses(stream: TokenStream): Uint8Array {
  let out = classes.get(stream);
  if (!out) {
    out = new Uint8Array(stream.words.length);
    for (let id = 0; id < out.length; id++) {
      const value = stream.words[id]!.value;
      out[id] =
        (ARABIC.test(value) ? HAS_ARABIC : 0) |
        (LATIN.test(value) ? HAS_LATIN : 0) |
        (NUMBER.test(value) ? DIGITS_ONLY : 0) |
        (ARABIC_DIGIT.test(value) ? ARABIC_DIGITS : 0);
    }
    classes.set(stream, out);
  }
  return out;
}

/** The class bits of token `i`: its word's, or 0 for a token that is not a word. */
export function classOf(stream: TokenStream, classes: Uint8Array, i: number): number {
  const id = stream.word[i]!;
  return id < 0 ? 0 : classes[id]!;
}

/** A Latin word: Latin letters and no Arabic ones. */
export function isLatinWord(bits: number): boolean {
  return (bits & (HAS_LATIN | HAS_ARABIC)) === HAS_LATIN;
}

/** Is token `i` white space? */
export function isSpace(stream: TokenStream, i: number): boolean {
  return stream.kind[i] === TokenKind.WhiteSpace;
}

/** Does token `i` hold the character `code` (e.g. a line feed in white space)? */
export function holds(stream: TokenStream, i: number, code: number): boolean {
  const text = stream.text;
  for (let k = stream.start[i]!, end = stream.end[i]!; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** Is token `i` exactly one character that `set` (of one-character strings) has? Reads the text in place. */
export function isOneOf(stream: TokenStream, i: number, set: ReadonlySet<string>): boolean {
  const start = stream.start[i]!;
  return stream.end[i]! - start === 1 && set.has(stream.text[start]!);
}

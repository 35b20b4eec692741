/**
 * Small helpers shared by the orthography rules. The rules read the token
 * stream (`document.stream`): going through the prose keeps them off code,
 * URLs and attribute values.
 */
import { TokenKind, type TokenStream } from '@bayan/arabic';

export function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Token kinds as bits, for `tokensWith`. */
export const WORDS = (1 << TokenKind.Word) | (1 << TokenKind.Number);
export const SYMBOLS = 1 << TokenKind.Symbol;
export const PUNCTUATION = 1 << TokenKind.Punctuation;

/** The index of the token that holds `offset` (the last token starting at or before it), or -1. */
function tokenAt(stream: TokenStream, offset: number): number {
  const starts = stream.start;
  let lo = 0;
  let hi = stream.size - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found !== -1 && offset < stream.end[found]! ? found : -1;
}

/**
 * The character classes `tokensWith` is asked about (`charClass`), merged
 * into one expression: the text of a stream is searched once for all of them,
 * and each rule then looks only at the characters found (in most documents,
 * none), instead of one search of the whole text per rule.
 */
const classes = new Map<RegExp, RegExp>();
let union: RegExp | null = null;
/** The stream last searched with `union`, and the offsets of the characters found. */
let searched: TokenStream | null = null;
let searchedWith: RegExp | null = null;
let found: number[] = [];

/**
 * Registers a global regular expression of single UTF-16 units (one class,
 * or one character, flags `gu`) for `tokensWith`, and returns it.
 */
export function charClass(chars: RegExp): RegExp {
  if (chars.flags !== 'gu' || !/^(?:\[[^\]]*\]|\\u[0-9a-fA-F]{4})$/u.test(chars.source))
    throw new Error(`charClass takes one class of single characters with flags gu: ${String(chars)}`);
  classes.set(chars, new RegExp(chars.source, 'uy'));
  union = null;
  return chars;
}

/** Offsets of the characters of every registered class in the stream's text (once per stream). */
function foundIn(stream: TokenStream): number[] {
  if (union === null) {
    const parts = [...classes.keys()].map((re) => (re.source.startsWith('[') ? re.source.slice(1, -1) : re.source));
    union = new RegExp(`[${parts.join('')}]`, 'gu');
  }
  if (searched === stream && searchedWith === union) return found;
  const text = stream.text;
  const out: number[] = [];
  union.lastIndex = 0;
  for (let match = union.exec(text); match !== null; match = union.exec(text)) out.push(match.index);
  searched = stream;
  searchedWith = union;
  found = out;
  return out;
}

/**
 * Calls `scan(text, offset, index)` once for every token of the kinds in `kinds`
 * (bits: `WORDS | SYMBOLS | PUNCTUATION`) that holds a character `chars`
 * matches, in document order. `chars` is a global regular expression of
 * single characters: the stream's text is searched once, natively, and only
 * the few tokens it hits are sliced, so a rule about rare characters costs
 * one scan of the text, not one call per token. A `chars` registered with
 * `charClass` shares that one scan with every other registered class.
 */
export function tokensWith(
  stream: TokenStream,
  chars: RegExp,
  kinds: number,
  scan: (text: string, offset: number, index: number) => void,
): void {
  const text = stream.text;
  const sticky = classes.get(chars);
  if (sticky !== undefined) {
    // The offsets found for every class, and for each one that is `chars`', what the search below does.
    let done = -1;
    let from = 0;
    for (const at of foundIn(stream)) {
      if (at < from) continue;
      sticky.lastIndex = at;
      if (!sticky.test(text)) continue;
      from = at + 1;
      const t = tokenAt(stream, at);
      if (t === -1 || t === done || ((1 << stream.kind[t]!) & kinds) === 0) continue;
      done = t;
      scan(stream.value(t), stream.start[t]!, t);
      if (from < stream.end[t]!) from = stream.end[t]!;
    }
    return;
  }
  chars.lastIndex = 0;
  let done = -1;
  for (let match = chars.exec(text); match !== null; match = chars.exec(text)) {
    const t = tokenAt(stream, match.index);
    if (t === -1 || t === done || ((1 << stream.kind[t]!) & kinds) === 0) continue;
    done = t;
    scan(stream.value(t), stream.start[t]!, t);
    // Nothing more to find in this token.
    if (chars.lastIndex < stream.end[t]!) chars.lastIndex = stream.end[t]!;
  }
}

/** Does white-space token `i` hold a line break (\r or \n)? */
export function holdsLineBreak(stream: TokenStream, i: number): boolean {
  const text = stream.text;
  for (let k = stream.start[i]!, end = stream.end[i]!; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

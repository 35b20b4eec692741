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
 * Calls `scan(text, offset, index)` once for every token of the kinds in `kinds`
 * (bits: `WORDS | SYMBOLS | PUNCTUATION`) that holds a character `chars`
 * matches, in document order. `chars` is a global regular expression of
 * single characters: the stream's text is searched once, natively, and only
 * the few tokens it hits are sliced, so a rule about rare characters costs
 * one scan of the text, not one call per token.
 */
export function tokensWith(
  stream: TokenStream,
  chars: RegExp,
  kinds: number,
  scan: (text: string, offset: number, index: number) => void,
): void {
  const text = stream.text;
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

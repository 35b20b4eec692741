/**
 * Numbers in a paragraph of the token stream, for the counted-noun rule. A
 * number written alone is one Number token with a value; a number glued to a
 * proclitic («و4.3», «بـ500») is a mixed word that the tokenizer splits at
 * its separators («و4» «.» «3»), so it is rebuilt here from the touching
 * tokens and read with the toolkit's `parseNumber`. (The numbers pack has
 * the same walk over its own view; this is the grammar pack's copy.)
 */
import { memoizeWordInt, parseNumber, TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';

export interface NumberSpan {
  /** Index of the first and last token of the number (with its proclitic). */
  first: number;
  last: number;
  /** null when the value is ambiguous («1.234,5»). */
  value: number | null;
  /** How many digit systems the digits mix (1 for a clean number). */
  digitSystems: number;
}

const CLITIC_NUMBER = /^(?:[وف]?[بلك]?)[\u0640\u200e\u200f\u061c]*([0-9\u0660-\u0669\u06f0-\u06f9]+)$/u;
const SEPARATORS = new Set([',', '.', '\u066c', '\u066b', '\u060c']);

/** Is the word a proclitic glued to digits («و4», «بـ500»)? 1 or 0, per distinct word. */
export function cliticNumberOf(w: WordEntry): number {
  if (w.script === 'number') return 0;
  const match = CLITIC_NUMBER.exec(w.value);
  return match && match[0] !== match[1] ? 1 : 0;
}

/** `cliticNumberOf`, once per distinct word per process. */
export const cliticNumber = memoizeWordInt(cliticNumberOf);

/**
 * Reads the number that starts at token `i` of a paragraph ending at token
 * `end` into `span` (reused, so reading allocates nothing); false when token
 * `i` starts no number.
 */
export function readNumber(stream: TokenStream, i: number, end: number, span: NumberSpan): boolean {
  const kind = stream.kind[i];
  if (kind === TokenKind.Number) {
    const info = stream.words[stream.word[i]!]!.number;
    span.first = span.last = i;
    span.value = info?.value ?? null;
    span.digitSystems = info?.digits.length ?? 1;
    return true;
  }
  if (kind !== TokenKind.Word || cliticNumber(stream.words[stream.word[i]!]!) === 0) return false;
  const { start: starts, end: ends } = stream;
  let raw = CLITIC_NUMBER.exec(stream.value(i))![1]!;
  let last = i;
  let to = ends[i]!;
  for (;;) {
    const sep = last + 1;
    const more = last + 2;
    if (sep >= end || stream.kind[sep] !== TokenKind.Punctuation || starts[sep] !== to) break;
    const separator = stream.value(sep);
    if (!SEPARATORS.has(separator)) break;
    if (more >= end || stream.kind[more] !== TokenKind.Number || starts[more] !== ends[sep]) break;
    raw += separator + stream.value(more);
    to = ends[more]!;
    last = more;
  }
  const info = parseNumber(raw);
  span.first = i;
  span.last = last;
  span.value = info.value;
  span.digitSystems = info.digits.length;
  return true;
}

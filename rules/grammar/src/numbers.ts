/**
 * Numbers in a paragraph's tokens, for the counted-noun rule. A number
 * written alone is one word token with a value; a number glued to a
 * proclitic («و4.3», «بـ500») is a mixed word that the tokenizer splits at
 * its separators («و4» «.» «3»), so it is rebuilt here from the touching
 * tokens and read with the toolkit's `parseNumber`. (The numbers pack has
 * the same walk over its own token list; this is the grammar pack's copy.)
 */
import { parseNumber } from '@bayan/arabic';
import type { Token } from './prose.js';

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
const cache = new WeakMap<readonly Token[], readonly NumberSpan[]>();

/** Every number of a token list, in order. */
export function numbersIn(tokens: readonly Token[]): readonly NumberSpan[] {
  let spans = cache.get(tokens);
  if (!spans) cache.set(tokens, (spans = findNumbers(tokens)));
  return spans;
}

function findNumbers(tokens: readonly Token[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (token.script === 'number') {
      out.push({ first: i, last: i, value: token.value ?? null, digitSystems: token.digitSystems ?? 1 });
      continue;
    }
    const match = CLITIC_NUMBER.exec(token.text);
    if (!match || match[0] === match[1]) continue;
    let raw = match[1]!;
    let last = i;
    let end = token.end;
    for (;;) {
      const sep = tokens[last + 1];
      const more = tokens[last + 2];
      if (sep?.kind !== 'punctuation' || !SEPARATORS.has(sep.text) || sep.start !== end) break;
      if (more?.script !== 'number' || more.start !== sep.end) break;
      raw += sep.text + more.text;
      end = more.end;
      last += 2;
    }
    const info = parseNumber(raw);
    out.push({ first: i, last, value: info.value, digitSystems: info.digits.length });
    i = last;
  }
  return out;
}

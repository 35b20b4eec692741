/**
 * Numbers as the rules of this pack see them.
 *
 * The tokenizer gives a number written alone one WordNode with
 * `data.number`. A number glued to a proclitic («و4.3», «بـ500») is a mixed
 * word instead, and its separators split it into several tokens («و4» «.»
 * «3»), sometimes across a sentence boundary. So the rules work on the flat
 * token list of a paragraph: `numbersIn` walks it once, takes the plain
 * number tokens as they are and rebuilds the clitic-prefixed ones (prefix,
 * digits, and any separator + digits glued to them), parsing the digits
 * with the toolkit's `parseNumber`.
 */
import type { Paragraph, SentenceContent, WhiteSpace, Word } from 'nlcst';
import { normalizeWord, parseNumber, type NumberInfo } from '@bayan/arabic';

export type Token = SentenceContent;

/** A number in the text, possibly after a proclitic. Offsets are UTF-16, half-open. */
export interface NumberSpan {
  /** Start of the token (the proclitic, if any). */
  wordStart: number;
  /** The proclitic written before the digits («و», «بـ»), or ''. */
  prefix: string;
  /** First digit. */
  start: number;
  /** After the last digit. */
  end: number;
  /** Digits and separators, as written. */
  raw: string;
  info: NumberInfo;
  /** Indexes of the first and last tokens of the number in the paragraph's token list. */
  first: number;
  last: number;
}

// Every rule of the pack looks at the same paragraphs: their token lists and numbers are computed
// once per paragraph (and shared read-only), not once per rule.
const tokenCache = new WeakMap<Paragraph, readonly Token[]>();
const numberCache = new WeakMap<readonly Token[], readonly NumberSpan[]>();

/** The tokens of a paragraph in order: its sentences' children and the white space between them. */
export function paragraphTokens(paragraph: Paragraph): readonly Token[] {
  let out = tokenCache.get(paragraph);
  if (!out) {
    const tokens: Token[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') tokens.push(...child.children);
      else tokens.push(child as WhiteSpace);
    }
    tokenCache.set(paragraph, (out = tokens));
  }
  return out;
}

export function textOf(token: Token): string {
  if (token.type === 'WordNode') {
    let out = '';
    for (const child of token.children) out += 'value' in child ? child.value : '';
    return out;
  }
  return 'value' in token ? token.value : '';
}

export function startOf(token: Token): number {
  return token.position?.start.offset ?? 0;
}

export function endOf(token: Token): number {
  return token.position?.end.offset ?? 0;
}

// tatweel, and direction marks that the tokenizer keeps inside a word («و\u200f1»)
const CLITIC_NUMBER = /^((?:[وف])?(?:[بلك])?)([\u0640\u200e\u200f\u061c]*)([0-9\u0660-\u0669\u06f0-\u06f9]+)$/;
const SEPARATORS = new Set([',', '.', '\u066c', '\u066b', '\u060c']);

function isNumberWord(token: Token | undefined): token is Word {
  return token?.type === 'WordNode' && token.data?.number !== undefined;
}

/** Every number of a paragraph's token list, in order. */
export function numbersIn(tokens: readonly Token[]): readonly NumberSpan[] {
  let spans = numberCache.get(tokens);
  if (!spans) numberCache.set(tokens, (spans = findNumbers(tokens)));
  return spans;
}

function findNumbers(tokens: readonly Token[]): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'WordNode') continue;
    if (isNumberWord(token)) {
      const raw = textOf(token);
      out.push({ wordStart: startOf(token), prefix: '', start: startOf(token), end: endOf(token), raw, info: token.data!.number!, first: i, last: i });
      continue;
    }
    const match = CLITIC_NUMBER.exec(textOf(token));
    if (!match || match[1] === '') continue;
    const prefix = match[1]! + match[2]!;
    let raw = match[3]!;
    let last = i;
    let end = endOf(token);
    // «و4» «.» «3»: glue separators and digits that touch each other back on.
    for (;;) {
      const sep = tokens[last + 1];
      const more = tokens[last + 2];
      if (sep?.type !== 'PunctuationNode' || !SEPARATORS.has(sep.value) || startOf(sep) !== end) break;
      if (!isNumberWord(more) || startOf(more) !== endOf(sep)) break;
      raw += sep.value + textOf(more);
      end = endOf(more);
      last += 2;
    }
    const start = startOf(token) + prefix.length;
    out.push({ wordStart: startOf(token), prefix, start, end, raw, info: parseNumber(raw), first: i, last });
    i = last;
  }
  return out;
}

/** True when a white-space token does not break the line. */
function isInlineSpace(token: Token): boolean {
  return token.type === 'WhiteSpaceNode' && !/[\n\r]/.test(token.value);
}

/** Index of the next non-space token after `index` if only inline space separates them (or none), else -1. */
export function nextIndex(tokens: readonly Token[], index: number): number {
  let j = index + 1;
  if (j < tokens.length && isInlineSpace(tokens[j]!)) j++;
  return j < tokens.length && tokens[j]!.type !== 'WhiteSpaceNode' ? j : -1;
}

/** Index of the previous non-space token before `index` if only inline space separates them, else -1. */
export function prevIndex(tokens: readonly Token[], index: number): number {
  let j = index - 1;
  if (j >= 0 && isInlineSpace(tokens[j]!)) j--;
  return j >= 0 && tokens[j]!.type !== 'WhiteSpaceNode' ? j : -1;
}

/** The word at `index`, or undefined when that token is not a word. */
export function wordAt(tokens: readonly Token[], index: number): Word | undefined {
  const token = index >= 0 ? tokens[index] : undefined;
  return token?.type === 'WordNode' ? token : undefined;
}

/** Normalised form of a word (no harakat or tatweel, letters not folded). */
export function normalOf(word: Word): string {
  return word.data?.normal ?? normalizeWord(textOf(word));
}

/** Arabic words vs Latin words of a token list: is this Arabic running text? */
export function isArabicRun(tokens: readonly Token[]): boolean {
  let arabic = 0;
  let latin = 0;
  for (const token of tokens) {
    if (token.type !== 'WordNode') continue;
    if (token.data?.script === 'arabic') arabic++;
    else if (token.data?.script === 'latin') latin++;
  }
  return arabic > latin;
}

type MarkupNode = { type: string; tagName?: string; children?: MarkupNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

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
  'مئة', 'مائة', 'مئات', 'ألف', 'الف', 'آلاف', 'الاف', 'ألفا', 'الفا',
  'مليون', 'ملايين', 'مليونا', 'مليونان', 'مليونين',
  'مليار', 'مليارات', 'مليارا', 'ملياران', 'مليارين',
  'بليون', 'بلايين', 'بليونا', 'تريليون', 'تريليونات', 'ترليون',
]);

/** A word's stem once a leading و/ف (and nothing else) is removed: «وملايين» → «ملايين». */
export function withoutConjunction(normal: string): string {
  return normal.length > 2 && (normal[0] === 'و' || normal[0] === 'ف') ? normal.slice(1) : normal;
}

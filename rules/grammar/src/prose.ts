/**
 * The grammar pack's view of a paragraph: a flat list of its tokens (words,
 * punctuation, spaces) with offsets into the source and each word's
 * normalised form, built once per paragraph and shared by every rule.
 *
 * Words keep the tokenizer's normal form (no harakat, tatweel or invisible
 * characters; hamza forms kept). Helpers step from word to word over inline
 * space only: a line break, punctuation or markup between two words ends a
 * phrase, so a rule never pairs words across a heading, a list item or a
 * table cell.
 */
import type { Paragraph, SentenceContent, Word } from 'nlcst';
import { normalize, normalizeWord } from '@bayan/arabic';

export interface Token {
  kind: 'word' | 'punctuation' | 'space' | 'other';
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** For words: normalised (no harakat or tatweel); else the text. */
  normal: string;
  /** For words: the tokenizer's script ('arabic', 'latin', 'number'…). */
  script?: string;
  /** For numbers: the value (null when ambiguous). */
  value?: number | null;
  /** For numbers: how many digit systems the number mixes. */
  digitSystems?: number;
  /** For spaces: true when the space holds a line break. */
  breaks?: boolean;
}

const cache = new WeakMap<Paragraph, readonly Token[]>();

function wordText(word: Word): string {
  let out = '';
  for (const child of word.children) out += 'value' in child ? child.value : '';
  return out;
}

function toToken(node: SentenceContent): Token {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (node.type === 'WordNode') {
    const text = wordText(node);
    const data = node.data ?? {};
    const token: Token = { kind: 'word', start, end, text, normal: data.normal ?? normalizeWord(text), script: data.script ?? 'arabic' };
    if (data.number) {
      token.value = data.number.value;
      token.digitSystems = data.number.digits.length;
    }
    return token;
  }
  const text = 'value' in node ? String(node.value) : '';
  if (node.type === 'WhiteSpaceNode') return { kind: 'space', start, end, text, normal: text, breaks: /[\n\r\u2028\u2029]/u.test(text) };
  if (node.type === 'PunctuationNode') return { kind: 'punctuation', start, end, text, normal: text };
  return { kind: 'other', start, end, text, normal: text };
}

/** The tokens of a paragraph, in order, across its sentences. */
export function tokensOf(paragraph: Paragraph): readonly Token[] {
  let out = cache.get(paragraph);
  if (!out) {
    const tokens: Token[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') for (const inner of child.children) tokens.push(toToken(inner));
      else tokens.push(toToken(child as SentenceContent));
    }
    cache.set(paragraph, (out = tokens));
  }
  return out;
}

/** Index of the word right after token `i` (one inline space between), or -1. */
export function nextWord(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space' && !tokens[j]!.breaks) j++;
  else return -1;
  return tokens[j]?.kind === 'word' ? j : -1;
}

/** Index of the word right before token `i` (one inline space between), or -1. */
export function previousWord(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  if (tokens[j]?.kind === 'space' && !tokens[j]!.breaks) j--;
  else return -1;
  return tokens[j]?.kind === 'word' ? j : -1;
}

/** Fold hamza forms, alif maqsura and ta marbuta, for comparisons only. */
export function fold(normal: string): string {
  return normalizeWord(normal, { fold: true });
}

/** The word without a leading conjunction و/ف, when `known` accepts what is left. */
export function withoutConjunction(normal: string, known: (rest: string) => boolean): { conjunction: string; rest: string } {
  if (known(normal)) return { conjunction: '', rest: normal };
  const first = normal[0];
  if ((first === 'و' || first === 'ف') && normal.length > 2 && known(normal.slice(1))) return { conjunction: first, rest: normal.slice(1) };
  return { conjunction: '', rest: normal };
}

/**
 * Source offset of the normalised index `index` inside a word token: the
 * normal form drops harakat and tatweel, so indexes differ from the text's.
 */
export function sourceOffset(token: Token, index: number): number {
  return token.start + normalize(token.text).toOriginal(index);
}

/** Arabic harakat (U+064B–U+0652) and the superscript alif. */
export const HARAKA = /[\u064b-\u0652\u0670]/u;

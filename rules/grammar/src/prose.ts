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
import type { Paragraph, SentenceContent } from 'nlcst';
import { normalize, normalizeWord } from '@bayan/arabic';

/**
 * One token of a paragraph: a thin view over the tokenizer's nlcst node
 * (no copy of its text or analysis, so listing a paragraph allocates one
 * small object per token and nothing else).
 */
export class Token {
  constructor(readonly node: SentenceContent) {}

  get kind(): 'word' | 'punctuation' | 'space' | 'other' {
    switch (this.node.type) {
      case 'WordNode':
        return 'word';
      case 'PunctuationNode':
        return 'punctuation';
      case 'WhiteSpaceNode':
        return 'space';
      default:
        return 'other';
    }
  }

  get start(): number {
    return this.node.position?.start.offset ?? 0;
  }

  get end(): number {
    return this.node.position?.end.offset ?? this.start;
  }

  /** The text as written. */
  get text(): string {
    const node = this.node;
    if (node.type !== 'WordNode') return 'value' in node ? String(node.value) : '';
    if (node.children.length === 1) {
      const only = node.children[0]!;
      return 'value' in only ? only.value : '';
    }
    let out = '';
    for (const child of node.children) out += 'value' in child ? child.value : '';
    return out;
  }

  /** For words: normalised (no harakat or tatweel); else the text. */
  get normal(): string {
    const node = this.node;
    return node.type === 'WordNode' ? (node.data?.normal ?? normalizeWord(this.text)) : this.text;
  }

  /** For words: the tokenizer's script ('arabic', 'latin', 'number'…). */
  get script(): string | undefined {
    const node = this.node;
    return node.type === 'WordNode' ? (node.data?.script ?? 'arabic') : undefined;
  }

  /** For numbers: the value (null when ambiguous). */
  get value(): number | null | undefined {
    const node = this.node;
    return node.type === 'WordNode' ? node.data?.number?.value : undefined;
  }

  /** For numbers: how many digit systems the number mixes. */
  get digitSystems(): number | undefined {
    const node = this.node;
    return node.type === 'WordNode' ? node.data?.number?.digits.length : undefined;
  }

  /** For spaces: true when the space holds a line break. */
  get breaks(): boolean {
    const node = this.node;
    return node.type === 'WhiteSpaceNode' && LINE_BREAK.test(node.value);
  }
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const cache = new WeakMap<Paragraph, readonly Token[]>();

/** The tokens of a paragraph, in order, across its sentences. */
export function tokensOf(paragraph: Paragraph): readonly Token[] {
  let out = cache.get(paragraph);
  if (!out) {
    const tokens: Token[] = [];
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') for (const inner of child.children) tokens.push(new Token(inner));
      else tokens.push(new Token(child as SentenceContent));
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

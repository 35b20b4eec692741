/**
 * Small helpers shared by the orthography rules: the text of prose leaves
 * (words, symbols, punctuation) with their original offsets. Going through
 * the prose tree keeps the rules off code, URLs and attribute values.
 */
import type { Word } from 'nlcst';

type Leaf = { type: string; value?: string; children?: Array<{ value?: string }>; position?: { start: { offset?: number | undefined } } | undefined };

export function wordText(word: Word | Leaf): string {
  let out = '';
  for (const child of (word as Leaf).children ?? []) out += child.value ?? '';
  return out;
}

export function leafText(node: Leaf): string {
  return node.value ?? wordText(node);
}

export function startOf(node: Leaf): number {
  return node.position?.start.offset ?? 0;
}

/** Visitors calling `scan(text, offset)` for every word, symbol and punctuation leaf of the prose. */
export function proseLeaves(scan: (text: string, offset: number) => void): Record<string, (node: never) => void> {
  const visit = (node: Leaf): void => scan(leafText(node), startOf(node));
  return { WordNode: visit, SymbolNode: visit, PunctuationNode: visit };
}

export function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

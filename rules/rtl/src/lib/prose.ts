import type { Paragraph, Sentence } from 'nlcst';

export type Leaf = { type: string; value?: string; children?: Leaf[]; position?: { start: { offset?: number }; end: { offset?: number } } };

export const LATIN = /[A-Za-z\u00c0-\u024f]/;
export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/;

export function leafText(node: Leaf): string {
  return node.value ?? (node.children ?? []).map(leafText).join('');
}

/** The tokens of a paragraph in order (sentences flattened). */
export function leaves(paragraph: Paragraph): Leaf[] {
  const out: Leaf[] = [];
  for (const child of paragraph.children as Leaf[]) {
    if (child.type === 'SentenceNode') out.push(...((child as unknown as Sentence).children as Leaf[]));
    else out.push(child);
  }
  return out;
}

export const startOf = (leaf: Leaf) => leaf.position?.start.offset ?? -1;
export const endOf = (leaf: Leaf) => leaf.position?.end.offset ?? -1;

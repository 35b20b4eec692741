/**
 * The leaves of a prose paragraph in order (sentences flattened), each with
 * its text, original offsets and, for words, the script. Punctuation rules
 * look at neighbours across sentence boundaries, so they work on this list.
 */
import type { Paragraph } from 'nlcst';

export interface Leaf {
  type: 'WordNode' | 'PunctuationNode' | 'SymbolNode' | 'WhiteSpaceNode' | 'SourceNode';
  text: string;
  start: number;
  end: number;
  script?: string;
}

type AnyNode = { type: string; value?: string; children?: AnyNode[]; data?: { script?: string }; position?: { start: { offset?: number }; end: { offset?: number } } };

function textOf(node: AnyNode): string {
  if (node.value !== undefined) return node.value;
  let out = '';
  for (const child of node.children ?? []) out += textOf(child);
  return out;
}

// Five rules read the same paragraphs: the leaves are listed once per paragraph and shared read-only.
const cache = new WeakMap<Paragraph, readonly Leaf[]>();

export function paragraphLeaves(paragraph: Paragraph): readonly Leaf[] {
  let leaves = cache.get(paragraph);
  if (!leaves) cache.set(paragraph, (leaves = listLeaves(paragraph)));
  return leaves;
}

function listLeaves(paragraph: Paragraph): Leaf[] {
  const out: Leaf[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'SentenceNode') {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const start = node.position?.start.offset ?? 0;
    const text = textOf(node);
    const leaf: Leaf = { type: node.type as Leaf['type'], text, start, end: node.position?.end.offset ?? start + text.length };
    if (node.type === 'WordNode' && node.data?.script) leaf.script = node.data.script;
    out.push(leaf);
  };
  for (const child of paragraph.children as AnyNode[]) visit(child);
  return out;
}

/** The nearest leaf before/after `i` that is not whitespace, and whether whitespace was crossed. */
export function neighbour(leaves: readonly Leaf[], i: number, step: 1 | -1): { leaf: Leaf | undefined; index: number; spaced: boolean } {
  let j = i + step;
  let spaced = false;
  while (j >= 0 && j < leaves.length && leaves[j]!.type === 'WhiteSpaceNode') {
    spaced = true;
    j += step;
  }
  return { leaf: leaves[j], index: j, spaced };
}

export const isArabicWord = (leaf: Leaf | undefined): boolean => leaf?.type === 'WordNode' && leaf.script === 'arabic';

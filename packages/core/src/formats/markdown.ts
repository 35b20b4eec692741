import type { Nodes, Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LineIndex } from '../line-index.js';
import { ProseBuilder } from './prose.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Blocks whose inline content forms one paragraph of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes that are not prose: code, raw HTML, images, references. */
const NOT_PROSE = new Set(['inlineCode', 'code', 'html', 'image', 'imageReference', 'footnoteReference', 'yaml', 'toml', 'definition']);

/** The prose tree of a Markdown document: text leaves of paragraphs, headings and table cells. */
export function markdownProse(tree: Root, text: string, lines: LineIndex): NlcstRoot {
  const builder = new ProseBuilder(text, lines);
  // Iterative walk: hostile input can nest thousands of levels deep.
  const stack: Array<{ node: Nodes; close: boolean }> = [{ node: tree, close: false }];
  while (stack.length > 0) {
    const { node, close } = stack.pop()!;
    if (close) {
      builder.endParagraph();
      continue;
    }
    if (NOT_PROSE.has(node.type)) continue;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) builder.addRun(start, end);
      continue;
    }
    if (PROSE_BLOCKS.has(node.type)) {
      builder.endParagraph();
      stack.push({ node, close: true });
    }
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, close: false });
    }
  }
  return builder.finish();
}

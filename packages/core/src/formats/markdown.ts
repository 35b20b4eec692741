import type { Nodes, Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LineIndex } from '../line-index.js';
import type { TokenStream } from '@bayan/arabic';
import { buildProse, buildProseTree, type ProseShape } from './prose.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/** Blocks whose inline content forms one paragraph of prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes that are not prose: code, raw HTML, images, references. */
const NOT_PROSE = new Set([
  'inlineCode',
  'code',
  'html',
  'image',
  'imageReference',
  'footnoteReference',
  'yaml',
  'toml',
  'definition',
]);

const shape: ProseShape<Nodes> = {
  children: (node) => ('children' in node ? (node.children as Nodes[]) : []),
  isText: (node) => node.type === 'text',
  skip: (node) => NOT_PROSE.has(node.type),
  isBlock: (node) => PROSE_BLOCKS.has(node.type),
};

/** The prose of a Markdown document as a token stream: text leaves of paragraphs, headings and table cells. */
export function markdownProse(tree: Root, text: string): TokenStream {
  return buildProse<Nodes>(tree, shape, text);
}

/** The same prose as an nlcst tree built by the nlcst tokenizer (the reference the stream is tested against). */
export function markdownProseTree(tree: Root, text: string, lines: LineIndex): NlcstRoot {
  return buildProseTree<Nodes>(tree, shape, text, lines);
}

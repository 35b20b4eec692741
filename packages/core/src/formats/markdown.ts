import type { Nodes, Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data } from 'unified';
import type { Transform } from 'mdast-util-from-markdown';
import { markdownParser, withoutConstructs } from './mdast-from-markdown.js';
import type { LineIndex } from '../line-index.js';
import type { TokenStream } from '@bayan/arabic';
import { buildProse, buildProseTree, type ProseShape } from './prose.js';

/** The reference parser: remark-parse with GFM and YAML/TOML frontmatter. */
export const remarkProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .freeze();

type MdastExtensions = NonNullable<Data['fromMarkdownExtensions']>;

/** The transforms of the extension that handles GFM literal autolinks (`www.x.com`, `a@b.org`). */
function autolinkTransforms(extensions: MdastExtensions): Set<Transform> {
  const found = new Set<Transform>();
  for (const extension of extensions.flat()) {
    if (!extension.enter || !('literalAutolink' in extension.enter)) continue;
    for (const transform of extension.transforms ?? []) found.add(transform);
  }
  return found;
}

/**
 * What the autolink-literal transform looks for (`http://`, `www.`, an `@`
 * of an address) can only be in a text node when the source of its block
 * has `http`, `www` or `@`, or a character reference (`&#64;`) that decodes
 * to one:
 * text nodes are the source less markup, escapes' backslashes and line
 * prefixes, none of which can join the letters of `http` or `www`.
 */
const AUTOLINK_POSSIBLE = /[@&]|http|www/i;

const data = remarkProcessor.data();
const syntax = data.micromarkExtensions ?? [];
const mdast = data.fromMarkdownExtensions ?? [];
const options = { textTransforms: { transforms: autolinkTransforms(mdast), needs: AUTOLINK_POSSIBLE } };
const parseWithTables = markdownParser(syntax, mdast, options);
/**
 * A GFM table needs a delimiter row with a `|`, or with a `:` beside its
 * dashes (`:-`, `-:`: micromark-extension-gfm-table refuses a delimiter row
 * that has neither), so a source with none of the three is parsed without
 * the table construct, which is tried at the start of every line.
 */
const parseWithoutTables = markdownParser(withoutConstructs(syntax, ['table']), mdast, options);

const mayHaveTable = (text: string) => text.includes('|') || text.includes(':-') || text.includes('-:');

/** The mdast tree of a Markdown text: remark-parse's tree, from parsers built once per process. */
export function parseMarkdown(text: string): Root {
  return mayHaveTable(text) ? parseWithTables(text) : parseWithoutTables(text);
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

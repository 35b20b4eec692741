import type { Nodes, Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data } from 'unified';
import type { Transform } from 'mdast-util-from-markdown';
import { markdownParser, withoutConstructs } from './mdast-from-markdown.js';
import { AUTOLINK_SYNTAX, parsePlainMarkdown } from './markdown-plain.js';
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
/**
 * Two of GFM's constructs cost micromark time on every document and can only
 * succeed on characters a document may not have:
 * - a table needs a delimiter row with a `|`, or with a `:` beside its
 *   dashes (`:-`, `-:`): micromark-extension-gfm-table refuses a delimiter
 *   row with neither; the construct is tried at the start of every line;
 * - a literal autolink needs `www`, `http` (any case) or, for an address,
 *   an `@`; its constructs are tried at every ASCII letter and digit after a
 *   space or punctuation.
 * A source without them is parsed by a parser without those constructs
 * (one per combination, made on first use). Both leave no trace in the
 * tree when they fail: the tree is the same (markdown-parser.test.ts).
 */
const TABLE = 1;
const AUTOLINK = 2;
const AUTOLINK_CONSTRUCTS = ['wwwAutolink', 'protocolAutolink', 'emailAutolink'];
const parsers: Array<((text: string) => Root) | undefined> = [];

function parserFor(needs: number): (text: string) => Root {
  let parser = parsers[needs];
  if (!parser) {
    const drop = [...(needs & TABLE ? [] : ['table']), ...(needs & AUTOLINK ? [] : AUTOLINK_CONSTRUCTS)];
    parser = markdownParser(drop.length > 0 ? withoutConstructs(syntax, drop) : syntax, mdast, options);
    parsers[needs] = parser;
  }
  return parser;
}

/**
 * The mdast tree of a Markdown text: remark-parse's tree, built without micromark for plain documents
 * (markdown-plain.ts), else by parsers built once per process.
 */
export function parseMarkdown(text: string): Root {
  return parsePlainMarkdown(text) ?? parseWithMicromark(text);
}

/** The same tree, always built by micromark (the path of every document the plain path does not take). */
export function parseWithMicromark(text: string): Root {
  const mayHaveTable = text.includes('|') || text.includes(':-') || text.includes('-:');
  return parserFor((mayHaveTable ? TABLE : 0) | (AUTOLINK_SYNTAX.test(text) ? AUTOLINK : 0))(text);
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

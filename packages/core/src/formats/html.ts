import type { Element, Nodes, Root } from 'hast';
import type { Position } from 'unist';
import type { Root as NlcstRoot } from 'nlcst';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { LineIndex } from '../line-index.js';
import type { TokenStream } from '@bayan/arabic';
import { buildProse, buildProseTree, type ProseShape } from './prose.js';

// `verbose` records each element's start/end tag and attribute positions in
// `element.data.position` (about 0.1 ms more on a 10 KB page).
const documentParser = unified().use(rehypeParse, { fragment: false, verbose: true });
const fragmentParser = unified().use(rehypeParse, { fragment: true, verbose: true });

/**
 * HTML to hast, with positions of start tags, end tags and attributes
 * (`verbose`). A full document (with `<html>`/doctype) keeps its structure; a
 * snippet is parsed as a fragment. Rules that parse raw HTML of their own
 * (inline HTML in Markdown) use this too, with `fragment: true`.
 */
export function parseHtml(text: string, options: { fragment?: boolean } = {}): Root {
  const fragment = options.fragment ?? !/<!doctype\s|<html[\s>]/i.test(text.slice(0, 4096));
  return (fragment ? fragmentParser : documentParser).parse(text);
}

/** Where an element's start tag, end tag and each attribute are written (from the verbose parse). */
export interface TagPositions {
  opening?: Position | undefined;
  closing?: Position | undefined;
  properties?: Record<string, Position | undefined> | undefined;
}

export function tagPositions(element: Element): TagPositions | undefined {
  return element.data?.position;
}

/** Elements whose content is never prose. */
const NOT_PROSE = new Set([
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'template',
  'textarea',
  'svg',
  'math',
]);
/** Block-level elements: text inside one of them (and not inside a nested one) is one paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'br',
  'option',
  'legend',
  'label',
  'button',
]);

const isElement = (node: Nodes, ...names: string[]): node is Element =>
  node.type === 'element' && names.includes(node.tagName);

const shape: ProseShape<Nodes> = {
  children(node) {
    if (!('children' in node) || isElement(node, 'template')) return [];
    const children: readonly Nodes[] = node.children;
    // Of <head>, only <title> is prose.
    return isElement(node, 'head') ? children.filter((child) => isElement(child, 'title')) : children;
  },
  isText: (node) => node.type === 'text',
  skip: (node) => node.type === 'element' && NOT_PROSE.has(node.tagName),
  isBlock: (node) => node.type === 'element' && BLOCKS.has(node.tagName),
};

/** The prose of an HTML document as a token stream: text outside code, scripts and styles; of <head>, the title. */
export function htmlProse(tree: Root, text: string): TokenStream {
  return buildProse<Nodes>(tree, shape, text);
}

/** The same prose as an nlcst tree built by the nlcst tokenizer (the reference the stream is tested against). */
export function htmlProseTree(tree: Root, text: string, lines: LineIndex): NlcstRoot {
  return buildProseTree<Nodes>(tree, shape, text, lines);
}

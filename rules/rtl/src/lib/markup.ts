/**
 * Markup helpers shared by the RTL rules: the attributes of start tags with
 * their exact source offsets, and the elements of a document with the range
 * each one covers, so a rule can ask "which element around this text sets
 * `lang`?" in HTML and Markdown alike. Positions come from parse5 (through
 * rehype-parse with `verbose: true`, which records start tags, end tags and
 * attributes): core parses HTML documents that way, and the raw `html` nodes
 * of Markdown are parsed here as fragments.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { parseHtml, tagPositions, type SourceDocument } from '@bayan/core';

export interface Attribute {
  /** Lower-case name. */
  name: string;
  start: number;
  end: number;
  /** The value as written, without quotes; '' for a bare attribute. */
  value: string;
  valueStart: number;
  valueEnd: number;
}

export interface StartTag {
  name: string;
  start: number;
  /** Offset just after the tag name: where a new attribute can be inserted. */
  nameEnd: number;
  /** Offset just after `>`. */
  end: number;
  /** In source order; a repeated attribute is dropped (the first one wins, as in HTML). */
  attributes: Attribute[];
}

export interface MarkupElement {
  tag: StartTag;
  /** The whole element, start tag to end tag (or as far as the parser extends it when unclosed). */
  start: number;
  end: number;
  /** Where the content ends: the start of the end tag, else `end`. */
  contentEnd: number;
  /** Index of the parent in the list, -1 at the top. */
  parent: number;
}

/**
 * One attribute from parse5's position for it, which covers `name`, `name=value`,
 * `name = "value"`…: the value is what follows `=`, without its quotes.
 */
function attributeAt(text: string, start: number, end: number): Attribute {
  const slice = text.slice(start, end);
  const name = /^[\s\S][^\s/>=]*/.exec(slice)![0];
  const equals = /^\s*=\s*/.exec(slice.slice(name.length));
  let valueStart = start + name.length;
  let valueEnd = valueStart;
  if (equals) {
    valueStart += equals[0].length;
    valueEnd = end;
    const quote = text[valueStart];
    if ((quote === '"' || quote === "'") && end - valueStart >= 2 && text[end - 1] === quote) {
      valueStart++;
      valueEnd--;
    }
  } else {
    // `name=` with the value missing (`<p dir=>`): parse5's position stops at the name; take the `=` too.
    const missing = /\s*=\s*/y;
    missing.lastIndex = end;
    if (missing.test(text)) end = valueStart = valueEnd = missing.lastIndex;
  }
  return { name: name.toLowerCase(), start, end, value: text.slice(valueStart, valueEnd), valueStart, valueEnd };
}

/**
 * The start tag of an element parsed with `verbose: true`; `shift` maps the
 * offsets of a fragment parsed on its own to offsets in `text`.
 */
export function startTag(text: string, element: Element, shift = 0): StartTag | undefined {
  const position = tagPositions(element);
  const start = position?.opening?.start.offset;
  const end = position?.opening?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const attributes: Attribute[] = [];
  for (const at of Object.values(position?.properties ?? {})) {
    const s = at?.start.offset;
    const e = at?.end.offset;
    if (s !== undefined && e !== undefined) attributes.push(attributeAt(text, s + shift, e + shift));
  }
  attributes.sort((a, b) => a.start - b.start);
  // parse5 lower-cases ASCII (and adjusts SVG case) without changing the name's length.
  return {
    name: element.tagName,
    start: start + shift,
    nameEnd: start + shift + 1 + element.tagName.length,
    end: end + shift,
    attributes,
  };
}

export function attribute(tag: StartTag, name: string): Attribute | undefined {
  return tag.attributes.find((a) => a.name === name);
}

const cache = new WeakMap<SourceDocument, MarkupElement[]>();

/** Every element of an HTML document, or of the inline/block HTML in a Markdown document, in source order. */
export function markupElements(document: SourceDocument): MarkupElement[] {
  let list = cache.get(document);
  if (!list) {
    list = [];
    if (document.format === 'html') collect(document.markup as HastRoot, document.text, 0, list);
    else if (document.format === 'markdown') list = markdownElements(document);
    cache.set(document, list);
  }
  return list;
}

/** Appends the elements of a hast tree (offsets + `shift` point into `text`) with their parents. */
function collect(tree: HastRoot, text: string, shift: number, out: MarkupElement[]): void {
  const stack: Array<{ node: HastNodes; parent: number }> = [{ node: tree, parent: -1 }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    let self = parent;
    if (node.type === 'element') {
      const tag = startTag(text, node, shift);
      const end = node.position?.end.offset;
      if (tag && end !== undefined) {
        const contentEnd = tagPositions(node)?.closing?.start.offset ?? end;
        out.push({ tag, start: tag.start, end: end + shift, contentEnd: contentEnd + shift, parent });
        self = out.length - 1;
      }
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent: self });
  }
}

/**
 * Markdown keeps `<span lang="en">`, the text and `</span>` as separate raw
 * nodes: the raw nodes that share a parent (a paragraph, a heading, the
 * document's blocks) are parsed together as one HTML fragment, the Markdown
 * between them blanked out so that offsets stay those of the document.
 */
function markdownElements(document: SourceDocument): MarkupElement[] {
  const text = document.text;
  const found: MarkupElement[] = [];
  const stack: MdastNodes[] = [document.markup as MdastRoot];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const end = node.position?.end.offset;
    let from: number | undefined;
    let html = '';
    for (const child of node.children) {
      const s = child.position?.start.offset;
      const e = child.position?.end.offset;
      if (child.type !== 'html' || s === undefined || e === undefined) continue;
      from ??= s;
      html += ' '.repeat(s - from - html.length) + text.slice(s, e);
    }
    if (from !== undefined && end !== undefined) {
      const block: MarkupElement[] = [];
      collect(parseHtml(html + ' '.repeat(end - from - html.length), { fragment: true }), text, from, block);
      const base = found.length;
      for (const element of block)
        found.push({ ...element, parent: element.parent === -1 ? -1 : base + element.parent });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdastNodes);
  }
  // Source order, with the parent indices renumbered to match.
  const order = found.map((_, i) => i).sort((a, b) => found[a]!.start - found[b]!.start);
  const index = new Map(order.map((old, i) => [old, i]));
  return order.map((old) => ({
    ...found[old]!,
    parent: found[old]!.parent === -1 ? -1 : index.get(found[old]!.parent)!,
  }));
}

/** The innermost element around [start, end) that has the attribute. */
export function innermostWith(
  elements: readonly MarkupElement[],
  start: number,
  end: number,
  name: string,
): { element: MarkupElement; attribute: Attribute } | undefined {
  let best: { element: MarkupElement; attribute: Attribute } | undefined;
  for (const element of elements) {
    if (element.start > start) break;
    if (element.end < end || element.tag.end > start) continue;
    const found = attribute(element.tag, name);
    if (found && (!best || element.start >= best.element.start)) best = { element, attribute: found };
  }
  return best;
}

/** The `<html>` element of a full document. */
export function htmlRoot(document: SourceDocument): Element | undefined {
  if (document.format !== 'html') return undefined;
  const root = document.markup as HastRoot;
  return root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
}

/** An edit that sets an attribute's value, keeping its quotes (a bare or empty attribute is rewritten whole). */
export function setValue(attr: Attribute, value: string): { range: [number, number]; text: string } {
  if (attr.valueStart === attr.valueEnd) return { range: [attr.start, attr.end], text: `${attr.name}="${value}"` };
  return { range: [attr.valueStart, attr.valueEnd], text: value };
}

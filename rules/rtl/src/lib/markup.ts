/**
 * Markup helpers shared by the RTL rules: the attributes of start tags with
 * their exact source offsets (hast keeps element positions but not attribute
 * positions, and Markdown keeps inline HTML as raw `html` nodes), and the
 * elements of a document with the range each one covers, so a rule can ask
 * "which element around this text sets `lang`?" in HTML and Markdown alike.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { SourceDocument } from '@bayan/core';

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
  attributes: Attribute[];
  selfClosing: boolean;
}

export interface MarkupElement {
  tag: StartTag;
  /** The whole element, start tag to end tag (or to the end of its container when unclosed). */
  start: number;
  end: number;
  /** Index of the parent in the list, -1 at the top. */
  parent: number;
}

const NAME_CHAR = /[^\s/>=]/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Parses the start tag at `at` (`text[at]` is `<`) following the HTML tokenizer's attribute states. */
export function scanStartTag(text: string, at: number): StartTag | undefined {
  if (text[at] !== '<' || !/[A-Za-z]/.test(text[at + 1] ?? '')) return undefined;
  let i = at + 1;
  while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
  const tag: StartTag = { name: text.slice(at + 1, i).toLowerCase(), start: at, nameEnd: i, end: -1, attributes: [], selfClosing: false };
  for (;;) {
    while (i < text.length && /[\s/]/.test(text[i]!)) i++;
    if (i >= text.length) return undefined;
    if (text[i] === '>') {
      tag.end = i + 1;
      tag.selfClosing = text[i - 1] === '/';
      return tag;
    }
    const nameStart = i;
    i++; // the first character may be `=`
    while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
    const attribute: Attribute = { name: text.slice(nameStart, i).toLowerCase(), start: nameStart, end: i, value: '', valueStart: i, valueEnd: i };
    let j = i;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (text[j] === '=') {
      j++;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const quote = text[j];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, j + 1);
        if (close === -1) return undefined;
        attribute.valueStart = j + 1;
        attribute.valueEnd = close;
        i = close + 1;
      } else {
        let k = j;
        while (k < text.length && !/[\s>]/.test(text[k]!)) k++;
        attribute.valueStart = j;
        attribute.valueEnd = k;
        i = k;
      }
      attribute.value = text.slice(attribute.valueStart, attribute.valueEnd);
      attribute.end = i;
    }
    if (!tag.attributes.some((a) => a.name === attribute.name)) tag.attributes.push(attribute); // first one wins, as in HTML
  }
}

export function attribute(tag: StartTag, name: string): Attribute | undefined {
  return tag.attributes.find((a) => a.name === name);
}

const cache = new WeakMap<SourceDocument, MarkupElement[]>();

/** Every element of an HTML document, or of the inline/block HTML in a Markdown document, in source order. */
export function markupElements(document: SourceDocument): MarkupElement[] {
  let list = cache.get(document);
  if (!list) {
    list = document.format === 'html' ? htmlElements(document) : document.format === 'markdown' ? markdownElements(document) : [];
    cache.set(document, list);
  }
  return list;
}

function htmlElements(document: SourceDocument): MarkupElement[] {
  const out: MarkupElement[] = [];
  const stack: Array<{ node: HastRoot | HastContent; parent: number }> = [{ node: document.markup as HastRoot, parent: -1 }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    let self = parent;
    if (node.type === 'element') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const tag = start === undefined ? undefined : scanStartTag(document.text, start);
      if (tag && end !== undefined) {
        out.push({ tag, start: tag.start, end, parent });
        self = out.length - 1;
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, parent: self });
  }
  return out;
}

const TAG_RE = /<(\/?)([A-Za-z][^\s/>]*)/g;

/**
 * Markdown keeps `<span lang="en">`, the text and `</span>` as separate raw
 * nodes: tags are paired per block (a paragraph, a heading, or one block of
 * HTML); an unclosed element extends to the end of that block.
 */
function markdownElements(document: SourceDocument): MarkupElement[] {
  const text = document.text;
  const out: MarkupElement[] = [];
  const blocks: MdastNodes[] = [];
  const stack: MdastNodes[] = [document.markup as MdastRoot];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html' || (('children' in node) && node.children.some((c) => c.type === 'html'))) blocks.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdastNodes);
  }
  for (const block of blocks) {
    const blockEnd = block.position?.end.offset ?? text.length;
    const raws = block.type === 'html' ? [block] : (block as { children: MdastNodes[] }).children.filter((c) => c.type === 'html');
    const open: number[] = [];
    for (const raw of raws) {
      const s = raw.position?.start.offset;
      const e = raw.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      const slice = text.slice(s, e);
      for (const match of slice.matchAll(TAG_RE)) {
        const at = s + match.index;
        const name = match[2]!.toLowerCase();
        if (match[1]) {
          for (let k = open.length - 1; k >= 0; k--) {
            const el = out[open[k]!]!;
            if (el.tag.name === name) {
              el.end = Math.min(e, text.indexOf('>', at) + 1 || e);
              open.length = k;
              break;
            }
          }
          continue;
        }
        const tag = scanStartTag(text, at);
        if (!tag || tag.end > e) continue;
        out.push({ tag, start: at, end: blockEnd, parent: open.length > 0 ? open[open.length - 1]! : -1 });
        if (!tag.selfClosing && !VOID.has(name)) open.push(out.length - 1);
        else out[out.length - 1]!.end = tag.end;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The innermost element around [start, end) that has the attribute. */
export function innermostWith(elements: readonly MarkupElement[], start: number, end: number, name: string): { element: MarkupElement; attribute: Attribute } | undefined {
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

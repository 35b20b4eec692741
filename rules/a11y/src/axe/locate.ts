/**
 * Maps the elements axe reports back to source ranges.
 *
 * HTML: the page is parsed again by jsdom (both parsers are parse5, so the
 * element trees agree); the elements of the hast tree (with positions) and
 * of the DOM are listed in document order and aligned by tag name, with a
 * short look-ahead for elements one parser implied and the other did not
 * (a fragment gains `<html>`, `<head>`, `<body>` in the DOM). An element
 * maps to its start tag. Markdown: the markers written by markdown-html.ts.
 * An element without a range takes its nearest ancestor's; the page-level
 * fallback is the first character.
 */
import type { Element as HastElement, Root as HastRoot, RootContent } from 'hast';
import { MARKER } from './markdown-html.js';

export type SourceRange = readonly [number, number];

/** Offset just after the start tag beginning at `start` (quotes respected). */
export function startTagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return text.length;
}

const LOOKAHEAD = 16;

export function locateHtml(tree: HastRoot, text: string, document: Document): Map<Element, SourceRange> {
  const hast: HastElement[] = [];
  const stack: Array<HastRoot | RootContent> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') hast.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const map = new Map<Element, SourceRange>();
  const dom = document.getElementsByTagName('*');
  let j = 0;
  for (let d = 0; d < dom.length; d++) {
    const element = dom[d]!;
    const name = element.localName.toLowerCase();
    for (let k = j; k < hast.length && k < j + LOOKAHEAD; k++) {
      const candidate = hast[k]!;
      if (candidate.tagName.toLowerCase() !== name) continue;
      const start = candidate.position?.start.offset;
      if (start !== undefined && text[start] === '<') map.set(element, [start, startTagEnd(text, start)]);
      j = k + 1;
      break;
    }
  }
  return map;
}

export function locateMarkdown(document: Document): Map<Element, SourceRange> {
  const map = new Map<Element, SourceRange>();
  for (const element of Array.from(document.querySelectorAll(`[${MARKER}]`))) {
    const [s, e] = (element.getAttribute(MARKER) ?? '').split(':').map(Number);
    if (Number.isInteger(s) && Number.isInteger(e)) map.set(element, [s!, e!]);
    element.removeAttribute(MARKER);
  }
  return map;
}

export function rangeOf(map: Map<Element, SourceRange>, element: Element | null | undefined): SourceRange {
  for (let e = element; e; e = e.parentElement) {
    const range = map.get(e);
    if (range) return range;
  }
  return [0, 0];
}

/**
 * The text an editor sees of an HTML source (a Word file converted by
 * mammoth): each text node's characters, blocks separated by a blank line,
 * with a map both ways between view offsets and source offsets. Findings
 * (source offsets) are shown in the view; an edit typed in the view is made
 * in the source, escaped, so the source stays the draft that is linted.
 *
 * A text node whose source has character references (`&amp;`) maps each
 * reference to the one character it stands for.
 */
import type { Element, Nodes, Root } from 'hast';
import { parseHtml, type Edit } from '@bayan/core';

/** One run of view text that comes from one text node (or a separator between blocks, `src` empty). */
interface Segment {
  viewStart: number;
  viewEnd: number;
  /** A blank line put between two blocks: it has no source of its own. */
  separator?: boolean;
  /** Source offset of each view character, plus the source end after the last. */
  src: number[];
}

export interface HtmlTextView {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'td',
  'th',
  'table',
  'ul',
  'ol',
  'blockquote',
  'div',
  'br',
  'caption',
  'figure',
  'figcaption',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
]);
const SKIP = new Set(['script', 'style', 'template', 'head']);

/** Source offsets of each character of a text node's value, reading character references in the source. */
function charOffsets(value: string, source: string, start: number, end: number): number[] {
  const out: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    out.push(j);
    const reference =
      source[j] === '&'
        ? /^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.exec(source.slice(j, Math.min(end, j + 40)))?.[0]
        : undefined;
    if (reference) {
      // A reference to an astral character stands for two UTF-16 units: both map to it.
      const code = reference.startsWith('&#')
        ? Number.parseInt(reference.slice(/^&#x/i.test(reference) ? 3 : 2), /^&#x/i.test(reference) ? 16 : 10)
        : 0;
      if (code > 0xffff && i + 1 < value.length) {
        out.push(j);
        i++;
      }
      j += reference.length;
    } else j++;
  }
  out.push(Math.min(j, end));
  return out;
}

export function htmlTextView(source: string, tree: Root = parseHtml(source)): HtmlTextView {
  const segments: Segment[] = [];
  let text = '';
  let pendingBreak = false;
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || node.value === '') return;
      if (pendingBreak && text !== '') {
        const at = segments[segments.length - 1]?.src.at(-1) ?? start;
        segments.push({ viewStart: text.length, viewEnd: text.length + 2, src: [at, at, at], separator: true });
        text += '\n\n';
      }
      pendingBreak = false;
      segments.push({
        viewStart: text.length,
        viewEnd: text.length + node.value.length,
        src: charOffsets(node.value, source, start, end),
      });
      text += node.value;
      return;
    }
    if (node.type === 'element' && SKIP.has(node.tagName)) return;
    const block = node.type === 'element' && BLOCKS.has((node as Element).tagName);
    if (block) pendingBreak = true;
    if ('children' in node) for (const child of node.children) walk(child);
    if (block) pendingBreak = true;
  };
  walk(tree);
  return { text, segments };
}

/** View offset → source offset (an end offset takes the end of the run before it, a start the run after it). */
export function toSource(view: HtmlTextView, offset: number, isEnd = false): number {
  for (const s of view.segments) {
    const inside = isEnd ? offset > s.viewStart && offset <= s.viewEnd : offset >= s.viewStart && offset < s.viewEnd;
    if (inside) return s.src[offset - s.viewStart]!;
  }
  const last = view.segments[view.segments.length - 1];
  const first = view.segments[0];
  if (!last || !first) return 0;
  return offset <= 0 ? first.src[0]! : last.src[last.src.length - 1]!;
}

/** Source offset → view offset. A start inside markup maps to the next text, an end to the previous text. */
export function toView(view: HtmlTextView, offset: number, isEnd = false): number {
  const runs = view.segments.filter((s) => !s.separator);
  if (!isEnd) {
    for (const s of runs) {
      if (offset < s.src[0]!) return s.viewStart;
      if (offset < s.src[s.src.length - 1]!) {
        let i = 0;
        while (i + 1 < s.src.length && s.src[i + 1]! <= offset) i++;
        return s.viewStart + i;
      }
    }
    return view.text.length;
  }
  for (let k = runs.length - 1; k >= 0; k--) {
    const s = runs[k]!;
    if (offset >= s.src[s.src.length - 1]!) return s.viewEnd;
    if (offset > s.src[0]!) {
      let i = 0;
      while (s.src[i]! < offset) i++;
      return s.viewStart + i;
    }
  }
  return 0;
}

/** A finding's source range as a view range (a range wholly inside markup becomes an empty range at the next text). */
export function rangeToView(view: HtmlTextView, start: number, end: number): [number, number] {
  const a = toView(view, start);
  const b = toView(view, end, true);
  return [a, Math.max(a, b)];
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An edit of the view made in the source: the range mapped, the new text escaped. */
export function viewEditToSource(view: HtmlTextView, edit: Edit): Edit {
  const start = toSource(view, edit.range[0]);
  const end = Math.max(start, toSource(view, edit.range[1], true));
  return { range: [start, end], text: escapeText(edit.text) };
}

/** The single edit that turns one text into another (common start and end kept). */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end))
    end++;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}

/**
 * The mdast tree of a plain Markdown document, without micromark.
 *
 * Most press releases in Markdown use a handful of constructs: ATX headings,
 * paragraphs, a tight bullet list, bold, and a bare URL. micromark parses
 * those through the whole of CommonMark and GFM — a state machine tried at
 * every character, events, then a compiler — which made Markdown files the
 * costliest part of a corpus run before any rule ran. This module builds the
 * same tree for documents that use only those constructs, in one pass over
 * the lines, and gives up (`null`) on anything else, so that the caller
 * parses the document with micromark as before.
 *
 * What it takes, exactly (anything outside it is `null`, never a guess):
 * - line endings `\n` only; no tab, NUL, BOM, backslash, backtick, `[`, `]`,
 *   `<`, `&`, `~` or `|` anywhere (escapes, code, links, HTML, references,
 *   strikethrough, tables);
 * - no line that starts or ends with a space (indented code, lazy
 *   continuation, hard breaks, trailing whitespace);
 * - blocks: blank lines; ATX headings (`#`…`######`, a space, text not
 *   ending with `#`); paragraphs; tight lists of one-line `- ` items, followed
 *   by a blank line or the end;
 * - a line that could open another block (`>`, `-` without a space, `+`,
 *   `*` other than `**`, `=`, `_`, `1.`/`1)`) is `null`;
 * - inline: `**strong**` on one line, opened after a space or a line's start
 *   and closed before a space or a line's end, both ends beside a letter or a
 *   digit; `_` only between letters or digits (where CommonMark never makes
 *   emphasis of it); `http://` and `https://` URLs of ASCII letters, digits,
 *   `-`, `.` and `/` (a letter or digit first) between spaces (GFM's literal autolinks); no other
 *   `www`, `http` or `@`.
 *
 * The tree is the one remark-parse builds, node for node and key for key,
 * positions included: markdown-parser.test.ts checks it against remark on
 * every Markdown file of the repository and on thousands of generated
 * documents, and checks that the documents of a release are taken here.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Characters whose constructs this module does not build (see above). */
const OUTSIDE = /[\r\t\0\uFEFF\\`[\]<&~|]/;
/** A line that would open a block other than a paragraph, a heading or a `- ` item. */
const OTHER_BLOCK = /^(?:[>+=_]|-(?! )|\*(?!\*[^\s*])|\d{1,9}[.)])/;
const HEADING = /^(#{1,6})(?: (.*))?$/;
/** Where GFM could see a literal autolink. */
const AUTOLINK_TRIGGER = /www|http|@/gi;
/** The one literal autolink taken: a lower-case `http(s)://` URL of a dotted host and a plain path. */
const URL = /https?:\/\/[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+(?:\/[A-Za-z0-9/-]*)?/y;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

class Lines {
  /** Offset of each line's first character. */
  readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** The point of `offset`, on line `line` (0-based) or later. */
  point(offset: number, line: number): Point {
    const starts = this.starts;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  }
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character);
const isBreak = (character: string | undefined): boolean =>
  character === undefined || character === ' ' || character === '\n';

/** A span of inline content: `[start, end)` in the document. */
type Span = readonly [number, number];

/**
 * The phrasing nodes of inline content `text.slice(start, end)` (one line, or
 * lines joined by `\n`), or null when it has a construct not taken here.
 */
function phrasing(text: string, start: number, end: number, lines: Lines, line: number): PhrasingContent[] | null {
  const content = text.slice(start, end);
  // `_` makes emphasis only when a side of it is a space or punctuation.
  for (let at = content.indexOf('_'); at !== -1; at = content.indexOf('_', at + 1))
    if (!isWordCharacter(content[at - 1]) || !isWordCharacter(content[at + 1])) return null;
  const strong: Span[] = [];
  for (let at = content.indexOf('*'); at !== -1;) {
    const close = content.indexOf('**', at + 2);
    const newline = content.indexOf('\n', at);
    if (
      content[at + 1] !== '*' ||
      content.indexOf('*', at + 2) !== close ||
      !isBreak(content[at - 1]) ||
      !isWordCharacter(content[at + 2]) ||
      close === -1 ||
      (newline !== -1 && newline < close) ||
      !isWordCharacter(content[close - 1]) ||
      !isBreak(content[close + 2])
    )
      return null;
    strong.push([start + at, start + close + 2]);
    at = content.indexOf('*', close + 2);
  }
  const links: Span[] = [];
  AUTOLINK_TRIGGER.lastIndex = 0;
  for (let found = AUTOLINK_TRIGGER.exec(content); found; found = AUTOLINK_TRIGGER.exec(content)) {
    const at = found.index;
    const last = links[links.length - 1];
    if (last && start + at < last[1]) continue; // the `www` of a URL already taken
    URL.lastIndex = at;
    const url = URL.exec(content);
    if (!url || !isBreak(content[at - 1])) return null;
    const after = at + url[0].length;
    if (!isBreak(content[after]) || !/[A-Za-z0-9/]/.test(content[after - 1]!)) return null;
    if (strong.some(([s, e]) => start + at < e && s < start + after)) return null;
    links.push([start + at, start + after]);
  }
  const nodes: PhrasingContent[] = [];
  const textNode = (from: number, to: number, nodeLine: number): void => {
    if (to <= from) return;
    nodes.push({
      type: 'text',
      value: text.slice(from, to),
      position: { start: lines.point(from, nodeLine), end: lines.point(to, nodeLine) },
    });
  };
  const marks = [...strong.map((s) => ({ span: s, strong: true })), ...links.map((s) => ({ span: s, strong: false }))];
  marks.sort((a, b) => a.span[0] - b.span[0]);
  let at = start;
  for (const { span, strong: isStrong } of marks) {
    const [s, e] = span;
    textNode(at, s, line);
    const from = lines.point(s, line);
    const to = lines.point(e, from.line - 1);
    if (isStrong) {
      const inner = lines.point(s + 2, from.line - 1);
      const innerEnd = lines.point(e - 2, from.line - 1);
      nodes.push({
        type: 'strong',
        children: [{ type: 'text', value: text.slice(s + 2, e - 2), position: { start: inner, end: innerEnd } }],
        position: { start: from, end: to },
      });
    } else {
      const value = text.slice(s, e);
      nodes.push({
        type: 'link',
        title: null,
        url: value,
        children: [{ type: 'text', value, position: { start: { ...from }, end: { ...to } } }],
        position: { start: from, end: to },
      });
    }
    at = e;
  }
  textNode(at, end, line);
  return nodes;
}

/** The tree remark-parse builds for `text`, when `text` is plain Markdown (see above); otherwise null. */
export function parsePlainMarkdown(text: string): Root | null {
  if (OUTSIDE.test(text)) return null;
  const lines = new Lines(text);
  const starts = lines.starts;
  const children: RootContent[] = [];
  // The open paragraph (lines `paragraphFrom`…`l - 1`) and the open list, if any.
  let paragraphFrom = -1;
  let list: List | null = null;

  const closeParagraph = (until: number): boolean => {
    const first = paragraphFrom;
    if (first === -1) return true;
    paragraphFrom = -1;
    const from = starts[first]!;
    const to = starts[until - 1]! + lineText(until - 1).length;
    const nodes = phrasing(text, from, to, lines, first);
    if (!nodes) return false;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: nodes,
      position: { start: lines.point(from, first), end: lines.point(to, first) },
    };
    children.push(paragraph);
    return true;
  };
  const lineText = (l: number): string =>
    text.slice(starts[l]!, l + 1 < starts.length ? starts[l + 1]! - 1 : text.length);

  for (let l = 0; l < starts.length; l++) {
    const line = lineText(l);
    if (line === '') {
      if (!closeParagraph(l)) return null;
      list = null;
      continue;
    }
    if (line[0] === ' ' || line[line.length - 1] === ' ') return null;
    const start = starts[l]!;
    const end = start + line.length;
    const heading = HEADING.exec(line);
    if (heading) {
      if (list) return null;
      const content = heading[2] ?? '';
      if (content.endsWith('#') || content.startsWith(' ')) return null;
      if (!closeParagraph(l)) return null;
      const depth = heading[1]!.length;
      const nodes = content === '' ? [] : phrasing(text, start + depth + 1, end, lines, l);
      if (!nodes) return null;
      const node: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: nodes,
        position: { start: lines.point(start, l), end: lines.point(end, l) },
      };
      children.push(node);
      continue;
    }
    if (line.startsWith('- ')) {
      const content = line.slice(2);
      if (OTHER_BLOCK.test(content) || content.startsWith('#') || content.startsWith('- ')) return null;
      if (!closeParagraph(l)) return null;
      // A list after a blank line that follows another list would be one loose list.
      const previous = children[children.length - 1];
      if (!list && previous?.type === 'list' && lineText(l - 1) === '') return null;
      const nodes = phrasing(text, start + 2, end, lines, l);
      if (!nodes) return null;
      const itemStart = lines.point(start, l);
      const itemEnd = lines.point(end, l);
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        checked: null,
        children: [
          {
            type: 'paragraph',
            children: nodes,
            position: { start: lines.point(start + 2, l), end: { ...itemEnd } },
          },
        ],
        position: { start: itemStart, end: itemEnd },
      };
      if (!list) {
        list = {
          type: 'list',
          ordered: false,
          start: null,
          spread: false,
          children: [],
          position: { start: { ...itemStart }, end: { ...itemEnd } },
        };
        children.push(list);
      }
      list.children.push(item);
      list.position!.end = { ...itemEnd };
      continue;
    }
    if (list || OTHER_BLOCK.test(line)) return null; // a lazy line of the item, or another block
    if (paragraphFrom === -1) paragraphFrom = l;
  }
  if (!closeParagraph(starts.length)) return null;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: lines.point(text.length, 0) },
  };
}

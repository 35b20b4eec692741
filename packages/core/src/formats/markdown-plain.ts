/**
 * The mdast tree of a plain Markdown document, without micromark.
 *
 * Most press releases in Markdown use a handful of constructs: ATX headings,
 * paragraphs, a tight bullet list, a table, bold, a bare URL, a bit of code.
 * micromark parses those through the whole of CommonMark and GFM — a state
 * machine tried at every character, events, then a compiler — which made
 * Markdown files the costliest part of a corpus run before any rule ran.
 * This module builds the same tree for documents that use only those
 * constructs, in one pass over the lines, and gives up (`null`) on anything
 * else, so that the caller parses the document with micromark as before.
 *
 * What it takes, exactly (anything outside it is `null`, never a guess):
 * - line endings `\n` or `\r\n`; no tab, NUL, BOM, backslash, `<`, `&` or
 *   `~` anywhere (escapes, HTML, references, strikethrough);
 * - no line that starts with a space (indented code, lazy continuation),
 *   and no two spaces or more before a line ending inside a paragraph (a
 *   hard break); spaces that end a line are no text (as CommonMark has it:
 *   out of text values, inside the positions of blocks);
 * - blocks: blank lines; ATX headings (`#`…`######`, a space, text not
 *   ending with `#`); paragraphs; tight lists of one-line `- ` items, followed
 *   by a blank line or the end; GFM tables whose every line starts and ends
 *   with `|`, with no empty cell, followed by a blank line or the end;
 * - a line that could open another block (`>`, `-` without a space, `+`,
 *   `*` other than `**`, `=`, `_`, two backticks, `2.`/`2)` and a space, or
 *   inside a paragraph only `1.`/`1)`, which alone may interrupt one) is
 *   `null`, and so is a `|` outside a table;
 * - inline: `` `code` `` (one backtick each side, on one line, no space at
 *   either end of the code); `[text](destination)` and `![alt](source)` with
 *   plain text (no markup, URL or address) and a destination without spaces
 *   or parentheses, every `[` and `]` part of one (no references, footnotes
 *   or definitions); `**strong**` on one line, opened after a space
 *   or a line's start and closed before a space or a line's end, both ends
 *   beside a letter or a digit, with no code in it; `_` only between letters
 *   or digits (where CommonMark never makes emphasis of it); `http://` and
 *   `https://` URLs of ASCII letters, digits, `-`, `.` and `/` (a letter or
 *   digit first) between spaces (GFM's literal autolinks); no other `www`,
 *   `http` or `@` outside code.
 *
 * The tree is the one remark-parse builds, node for node and key for key,
 * positions included: markdown-plain.test.ts checks it against remark on
 * thousands of generated documents, markdown-parser.test.ts on every
 * Markdown file of the repository.
 */
import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Characters whose constructs this module does not build (see above); a lone `\r` is a line ending too. */
const OUTSIDE = /[\t\0\uFEFF\\<&~]|\r(?!\n)/;
/** A line that would open a block other than a paragraph, a heading, a `- ` item or a table. */
const OTHER_BLOCK_START = String.raw`^(?:[>+=_]|-(?! )|\*(?!\*[^\s*])|` + '``|';
const OTHER_BLOCK = new RegExp(`${OTHER_BLOCK_START}\\d{1,9}[.)](?: |$))`);
/**
 * The same, for a line that would continue an open paragraph: an ordered list interrupts a paragraph
 * only from number 1 («2024. …» at the start of a line goes on the paragraph).
 */
const OTHER_BLOCK_INSIDE = new RegExp(`${OTHER_BLOCK_START}0*1[.)](?: |$))`);
const HEADING = /^(#{1,6})(?: (.*))?$/;
/** Where GFM could see a literal autolink (`www`, `http`, an address's `@`, in any case). */
export const AUTOLINK_SYNTAX = /www|http|@/i;
const AUTOLINK_TRIGGER = new RegExp(AUTOLINK_SYNTAX.source, 'gi');
/** The one literal autolink taken: a lower-case `http(s)://` URL of a dotted host and a plain path. */
const URL = /https?:\/\/[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+(?:\/[A-Za-z0-9/-]*)?/y;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A link (or, after `!`, an image) at a `[`: plain text, then a destination without spaces or parentheses. */
const LINK = /\[([^[\]\u0001\r\n`*_]+)\]\(([^\s()<>\u0001]+)\)/y;
/** Spaces before a line ending. */
const LINE_END_SPACES = / +(?=\r?\n)/g;
const LEADING_LINE_SPACES = /^ +(?=\r?\n)/;
/** A cell of a table's delimiter row, trimmed. */
const DELIMITER_CELL = /^(:?)-+(:?)$/;

class Lines {
  /** Offset of each line's first character. */
  readonly starts: number[] = [0];
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** Where line `l` (0-based) ends, before its line ending. */
  end(l: number): number {
    if (l + 1 >= this.starts.length) return this.#text.length;
    const newline = this.starts[l + 1]! - 1;
    return this.#text[newline - 1] === '\r' ? newline - 1 : newline;
  }

  /** Line `l` without its trailing spaces and line ending. */
  content(l: number): string {
    return this.#text.slice(this.starts[l]!, this.contentEnd(l));
  }

  /** Where line `l`'s content ends: before its trailing spaces and its line ending. */
  contentEnd(l: number): number {
    const start = this.starts[l]!;
    let end = this.end(l);
    while (end > start && this.#text.charCodeAt(end - 1) === 32) end--;
    return end;
  }

  /** The point of `offset`, on line `line` (0-based) or later. */
  point(offset: number, line: number): Point {
    const starts = this.starts;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return { line: line + 1, column: offset - starts[line]! + 1, offset };
  }
}

/** Where `search` is next found in `s` from `from`, or `s.length`. */
function indexOrEnd(s: string, search: string, from: number): number {
  const at = s.indexOf(search, from);
  return at === -1 ? s.length : at;
}

const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character);
const isBreak = (character: string | undefined): boolean =>
  character === undefined || character === ' ' || character === '\n' || character === '\r';

/** An inline construct found in a span: `[start, end)` in the document. */
interface Mark {
  start: number;
  end: number;
  kind: 'code' | 'strong' | 'link' | 'anchor' | 'image';
  /** Of an anchor or an image: the length of its text. */
  label?: number;
}

/**
 * The phrasing nodes of inline content `text.slice(start, end)` (one line, or
 * lines joined by their line endings), or null when it has a construct not
 * taken here.
 */
function phrasing(text: string, start: number, end: number, lines: Lines, line: number): PhrasingContent[] | null {
  const content = text.slice(start, end);
  const marks: Mark[] = [];
  // Code first: nothing inside a code span is markup. `masked` is the content with each code span
  // replaced by U+0001 (neither a space nor a letter: markup beside code is not taken here).
  let masked = content;
  if (content.includes('`')) {
    let out = '';
    let from = 0;
    for (let at = content.indexOf('`'); at !== -1;) {
      const close = content.indexOf('`', at + 1);
      if (close === -1 || content[at + 1] === '`' || content[close + 1] === '`') return null;
      const code = content.slice(at + 1, close);
      if (code === '' || /^[ \r\n]|[ \r\n]$|[\r\n]/.test(code)) return null;
      marks.push({ start: start + at, end: start + close + 1, kind: 'code' });
      out += content.slice(from, at) + '\u0001'.repeat(close + 1 - at);
      from = close + 1;
      at = content.indexOf('`', from);
    }
    masked = out + content.slice(from);
  }
  // Then links and images: `[text](destination)`, `![alt](source)`, plain text and a destination
  // without spaces or parentheses; every bracket must belong to one. They are masked as code is.
  if (masked.includes('[') || masked.includes(']')) {
    let out = '';
    let from = 0;
    for (let at = masked.indexOf('['); at !== -1;) {
      LINK.lastIndex = at;
      const link = LINK.exec(masked);
      if (!link || link[1]!.startsWith('^') || /www|http|@/i.test(link[1]!)) return null;
      const image = masked[at - 1] === '!';
      const open = image ? at - 1 : at;
      const close = at + link[0].length;
      marks.push({ start: start + open, end: start + close, kind: image ? 'image' : 'anchor', label: link[1]!.length });
      out += masked.slice(from, open) + '\u0001'.repeat(close - open);
      from = close;
      at = masked.indexOf('[', from);
    }
    masked = out + masked.slice(from);
    if (masked.includes(']')) return null;
  }
  // `_` makes emphasis only when a side of it is a space or punctuation.
  for (let at = masked.indexOf('_'); at !== -1; at = masked.indexOf('_', at + 1))
    if (!isWordCharacter(masked[at - 1]) || !isWordCharacter(masked[at + 1])) return null;
  // Strong: each `**` opens or closes on its line, with no code or link inside. Every search moves
  // forward only (next line ending, next masked character), so a long paragraph costs linear time.
  const strong: Mark[] = [];
  let newline = -1;
  let maskedAt = -1;
  for (let at = masked.indexOf('*'); at !== -1;) {
    const close = masked.indexOf('**', at + 2);
    if (newline < at) newline = indexOrEnd(masked, '\n', at);
    if (maskedAt < at) maskedAt = indexOrEnd(masked, '\u0001', at);
    if (
      masked[at + 1] !== '*' ||
      masked.indexOf('*', at + 2) !== close ||
      !isBreak(masked[at - 1]) ||
      !isWordCharacter(masked[at + 2]) ||
      close === -1 ||
      newline < close ||
      maskedAt < close ||
      !isWordCharacter(masked[close - 1]) ||
      !isBreak(masked[close + 2])
    )
      return null;
    strong.push({ start: start + at, end: start + close + 2, kind: 'strong' });
    at = masked.indexOf('*', close + 2);
  }
  // Bare URLs, outside strong (code and links are masked, and a URL needs a space on each side).
  let lastLink = -1;
  let k = 0;
  AUTOLINK_TRIGGER.lastIndex = 0;
  for (let found = AUTOLINK_TRIGGER.exec(masked); found; found = AUTOLINK_TRIGGER.exec(masked)) {
    const at = found.index;
    if (start + at < lastLink) continue; // the `www` of a URL already taken
    URL.lastIndex = at;
    const url = URL.exec(masked);
    if (!url || !isBreak(masked[at - 1])) return null;
    const after = at + url[0].length;
    if (!isBreak(masked[after]) || !/[A-Za-z0-9/]/.test(masked[after - 1]!)) return null;
    const mark: Mark = { start: start + at, end: start + after, kind: 'link' };
    while (k < strong.length && strong[k]!.end <= mark.start) k++;
    if (k < strong.length && strong[k]!.start < mark.end) return null;
    marks.push(mark);
    lastLink = mark.end;
  }
  for (const mark of strong) marks.push(mark);
  const nodes: PhrasingContent[] = [];
  // Nodes come in order: each point is looked for from the line of the one before.
  let cursor = line;
  const point = (offset: number): Point => {
    const p = lines.point(offset, cursor);
    cursor = p.line - 1;
    return p;
  };
  // The spaces that end a line inside the content are no text: dropped from a value, and a text that
  // starts with them (after a mark) starts after them.
  const textNode = (from: number, to: number): void => {
    let source = text.slice(from, to);
    const lead = LEADING_LINE_SPACES.exec(source);
    if (lead) {
      from += lead[0].length;
      source = source.slice(lead[0].length);
    }
    if (to <= from) return;
    const value = source.includes(' \n') || source.includes(' \r') ? source.replace(LINE_END_SPACES, '') : source;
    nodes.push({ type: 'text', value, position: { start: point(from), end: point(to) } });
  };
  marks.sort((a, b) => a.start - b.start);
  let at = start;
  for (const { start: s, end: e, kind, label = 0 } of marks) {
    textNode(at, s);
    // Every mark is on one line: its inner points are on the line of its ends.
    const from = point(s);
    const to = point(e);
    if (kind === 'anchor' || kind === 'image') {
      const textStart = s + (kind === 'image' ? 2 : 1);
      const value = text.slice(textStart, textStart + label);
      const url = text.slice(textStart + label + 2, e - 1);
      if (kind === 'image')
        nodes.push({ type: 'image', title: null, url, alt: value, position: { start: from, end: to } });
      else
        nodes.push({
          type: 'link',
          title: null,
          url,
          children: [
            {
              type: 'text',
              value,
              position: { start: point(textStart), end: point(textStart + label) },
            },
          ],
          position: { start: from, end: to },
        });
    } else if (kind === 'code') {
      nodes.push({ type: 'inlineCode', value: text.slice(s + 1, e - 1), position: { start: from, end: to } });
    } else if (kind === 'strong') {
      const inner = point(s + 2);
      const innerEnd = point(e - 2);
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
  textNode(at, end);
  return nodes;
}

/** The offsets of the `|` of a table line (its first and last character are pipes). */
function pipesOf(line: string, start: number): number[] {
  const out: number[] = [];
  for (let at = line.indexOf('|'); at !== -1; at = line.indexOf('|', at + 1)) out.push(start + at);
  return out;
}

/** A table row: a cell between each two pipes, its content trimmed; null if a cell is empty. */
function tableRow(text: string, l: number, lines: Lines): TableRow | null {
  const start = lines.starts[l]!;
  const end = lines.end(l);
  const pipes = pipesOf(lines.content(l), start);
  const cells: TableCell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    let from = pipes[k]! + 1;
    let to = pipes[k + 1]!;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    if (from === to) return null;
    const children = phrasing(text, from, to, lines, l);
    if (!children) return null;
    const last = k + 2 === pipes.length;
    cells.push({
      type: 'tableCell',
      children,
      position: { start: lines.point(pipes[k]!, l), end: lines.point(last ? end : pipes[k + 1]!, l) },
    });
  }
  return { type: 'tableRow', children: cells, position: { start: lines.point(start, l), end: lines.point(end, l) } };
}

const isTableLine = (line: string): boolean => line.length >= 2 && line[0] === '|' && line[line.length - 1] === '|';

/** The alignment of each column, if line `l` is a delimiter row for `columns` columns; else null. */
function delimiterRow(line: string, columns: number): Table['align'] | null {
  if (!isTableLine(line)) return null;
  const cells = line.slice(1, -1).split('|');
  if (cells.length !== columns) return null;
  const align: NonNullable<Table['align']> = [];
  for (const cell of cells) {
    const m = DELIMITER_CELL.exec(cell.trim());
    if (!m) return null;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  return align;
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
  const lineText = (l: number): string => text.slice(starts[l]!, lines.end(l));

  const closeParagraph = (until: number): boolean => {
    const first = paragraphFrom;
    if (first === -1) return true;
    paragraphFrom = -1;
    // Two spaces or more before a line ending inside a paragraph make a hard break: not taken here.
    for (let k = first; k < until - 1; k++) if (lines.end(k) - lines.contentEnd(k) >= 2) return false;
    const from = starts[first]!;
    const to = lines.contentEnd(until - 1);
    const nodes = phrasing(text, from, to, lines, first);
    if (!nodes) return false;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: nodes,
      position: { start: lines.point(from, first), end: lines.point(lines.end(until - 1), first) },
    };
    children.push(paragraph);
    return true;
  };

  for (let l = 0; l < starts.length; l++) {
    const full = lineText(l);
    if (full === '') {
      if (!closeParagraph(l)) return null;
      list = null;
      continue;
    }
    if (full[0] === ' ') return null;
    const start = starts[l]!;
    // `line` without its trailing spaces; positions of blocks end after them (`lineEnd`), text before.
    const line = lines.content(l);
    const end = start + line.length;
    const lineEnd = start + full.length;
    if (line.includes('|')) {
      // A table (header, delimiter row, rows up to a blank line or the end), or nothing taken here.
      if (list || !isTableLine(line) || l + 1 >= starts.length) return null;
      const header = tableRow(text, l, lines);
      const align = header && delimiterRow(lines.content(l + 1), header.children.length);
      if (!header || !align) return null;
      if (!closeParagraph(l)) return null;
      const rows = [header];
      let last = l + 1;
      while (last + 1 < starts.length && lineText(last + 1) !== '') {
        if (!isTableLine(lines.content(last + 1))) return null;
        const row = tableRow(text, last + 1, lines);
        if (!row) return null;
        rows.push(row);
        last++;
      }
      children.push({
        type: 'table',
        align,
        children: rows,
        position: { start: lines.point(start, l), end: lines.point(lines.end(last), last) },
      });
      l = last;
      continue;
    }
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
        position: { start: lines.point(start, l), end: lines.point(lineEnd, l) },
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
      const itemEnd = lines.point(lineEnd, l);
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
    // A lazy line of the item, or another block.
    if (list || (paragraphFrom === -1 ? OTHER_BLOCK : OTHER_BLOCK_INSIDE).test(line)) return null;
    if (paragraphFrom === -1) paragraphFrom = l;
  }
  if (!closeParagraph(starts.length)) return null;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: lines.point(text.length, 0) },
  };
}

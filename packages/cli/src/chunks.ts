/**
 * Large plain-text files, paragraph by paragraph: the text is cut into
 * chunks of at most a given length, each ending after the blank line that
 * ends a paragraph, so the engine sees every paragraph exactly as in the
 * whole text (plain text has no markup and no inline directives: a paragraph
 * is all a text rule looks at, except the rules that compare a document with
 * itself, which then compare within a chunk). Findings of a chunk are moved
 * back onto the whole text: offsets by the chunk's start, lines by the line
 * breaks before it, columns on the chunk's first line by the characters
 * before it on that line.
 */
import type { Finding, Point } from '@bayan/core';

/** \p{White_Space}, the tokenizer's whitespace, as code units. */
function isSpace(u: number): boolean {
  return (
    (u >= 0x09 && u <= 0x0d) ||
    u === 0x20 ||
    u === 0x85 ||
    u === 0xa0 ||
    u === 0x1680 ||
    (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 ||
    u === 0x2029 ||
    u === 0x202f ||
    u === 0x205f ||
    u === 0x3000
  );
}

/** Line breaks as the tokenizer counts them between paragraphs: `\n`, or a `\r` not followed by `\n`. */
function breaksIn(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const u = text.charCodeAt(k);
    if (u === 0x0a || (u === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}

/**
 * Where the chunk that starts at `start` ends, at most `max` code units on:
 * after the last paragraph break (a whitespace run with two line breaks or
 * more) that fits, right before the next paragraph; failing that, after the
 * last line break; failing that, after the last whitespace; failing that, at
 * the limit (never between the halves of a surrogate pair). Looks no further
 * than `start + max` (the code unit there included): a text read block by
 * block is cut as the whole text would be once it holds that much.
 */
export function chunkEnd(text: string, start: number, max: number): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  let i = text.lastIndexOf('\n', limit - 1);
  while (i > start) {
    let a = i;
    while (a > start && isSpace(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < limit && isSpace(text.charCodeAt(b))) b++;
    if (breaksIn(text, a, b) >= 2) {
      // The whole run fits: the next chunk starts with the paragraph itself.
      if (b < limit || !isSpace(text.charCodeAt(b))) return b;
      // A run of whitespace longer than what is left: cut it after a line break.
      return text.lastIndexOf('\n', limit - 1) + 1;
    }
    i = a > start ? text.lastIndexOf('\n', a - 1) : -1;
  }
  const line = text.lastIndexOf('\n', limit - 1);
  if (line >= start) return line + 1;
  for (let k = limit - 1; k > start; k--) if (isSpace(text.charCodeAt(k))) return k + 1;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/** The chunks of `text`, as [start, end) offsets, each at most `max` code units long. */
export function textChunks(text: string, max: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.max(chunkEnd(text, start, max), start + 1);
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

/** Where a chunk sits in the whole text: its offset, the line breaks before it, and its first line's column. */
export interface ChunkOrigin {
  offset: number;
  /** Line breaks (`\n`) before the chunk. */
  lines: number;
  /** Code units between the start of the chunk's first line and the chunk. */
  column: number;
}

/** Moves one chunk's findings onto the whole text (a new array of new objects). */
export function shiftFindings(findings: readonly Finding[], origin: ChunkOrigin): Finding[] {
  if (origin.offset === 0) return [...findings];
  const point = (p: Point): Point => ({
    line: p.line + origin.lines,
    column: p.line === 1 ? p.column + origin.column : p.column,
    offset: p.offset + origin.offset,
  });
  const range = (r: readonly [number, number]): [number, number] => [r[0] + origin.offset, r[1] + origin.offset];
  return findings.map((f) => {
    const start = point(f.place.start);
    const end = point(f.place.end);
    const moved: Finding = {
      ...f,
      place: { start, end },
      line: f.line + origin.lines,
      column: f.line === 1 ? f.column + origin.column : f.column,
      endLine: f.endLine + origin.lines,
      endColumn: f.endLine === 1 ? f.endColumn + origin.column : f.endColumn,
    };
    if (f.fix) moved.fix = { ...f.fix, range: range(f.fix.range) };
    if (f.suggestions)
      moved.suggestions = f.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: range(s.fix.range) } }));
    return moved;
  });
}

/** Keeps count of where the next chunk starts as the chunks of a text (or of its fixed output) go by. */
export class ChunkCursor {
  #offset = 0;
  #lines = 0;
  #column = 0;

  /** The origin of the next chunk. */
  get origin(): ChunkOrigin {
    return { offset: this.#offset, lines: this.#lines, column: this.#column };
  }

  /** Moves past a chunk's text. */
  advance(chunk: string): void {
    const last = chunk.lastIndexOf('\n');
    // Line 1's columns start after a BOM (see LineIndex).
    const bom = this.#offset === 0 && chunk.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.#offset += chunk.length;
    if (last === -1) {
      this.#column += chunk.length - bom;
      return;
    }
    let lines = 0;
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) lines++;
    this.#lines += lines;
    this.#column = chunk.length - last - 1;
  }
}

/**
 * A big file's findings and text on disk (big-file.ts writes them), and their
 * readers for the report (phases/report-stream.ts): lines and pieces of a
 * file a block at a time, and the text at any offsets a segment at a time
 * (SpilledText), so that writing a 50 MB file's report holds a block or a
 * segment, never the file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Finding, Severity } from '@bayan/core';
import type { Excerpt } from './formatters/stylish.js';
import type { Counts, FileResult } from './result.js';

/**
 * Bytes read at a time. Decoded, a block is a string of at most 128 KB (64 K code units, two bytes each
 * when any is over U+00FF), under V8's large-object size: it is made and dropped in the young generation.
 * Blocks of 1 MB made strings of up to 2 MB that lived long enough to be moved to the old generation's
 * large-object space, where they stayed until the next full collection (the report of 10 MB of text
 * peaked 30 MB higher than its lint).
 */
export const BLOCK_BYTES = 64 * 1024;
/** A streamed file's findings on disk, and what the report needs to know of them without reading them. */
export interface Spill {
  /** One line per finding: `{"f": finding, "x": excerpts}` (excerpts: see stylish.ts). */
  findingsFile: string;
  /** The text as linted, or as fixed (UTF-8): for the json report's `source` or `output`. */
  textFile: string;
  counts: Counts;
  total: number;
  /** Widest `line:column` of all findings, and of the errors only (--quiet). */
  width: number;
  errorWidth: number;
  severities: Severity[];
  /** With --fix: the fixed text differs from the file's. */
  changed: boolean;
  /** With --fix: the fixed text in the file's encoding, beside the file; null once written or removed. */
  fixedFile: string | null;
  /** SHA-256 of the bytes that were linted (to see whether the file changed meanwhile). */
  hash: string;
}

/** A spilled finding as stored: the finding and its excerpts. */
export interface SpilledFinding {
  f: Finding;
  x: Excerpt[];
}

/** Lines of a file, read a block at a time. */
export function* linesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(BLOCK_BYTES);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, block, 0, block.length, null);
      rest += decoder.decode(block.subarray(0, n), { stream: n > 0 });
      let nl = rest.indexOf('\n');
      let from = 0;
      while (nl !== -1) {
        yield rest.slice(from, nl);
        from = nl + 1;
        nl = rest.indexOf('\n', from);
      }
      rest = rest.slice(from);
      if (n === 0) break;
    }
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

/** The text of a UTF-8 file, a piece at a time (never splitting a character). */
export function* piecesOf(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(BLOCK_BYTES);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  try {
    for (;;) {
      const n = readSync(fd, block, 0, block.length, null);
      const piece = decoder.decode(block.subarray(0, n), { stream: n > 0 });
      if (piece !== '') yield piece;
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** The stored findings of a spill, one at a time. */
export function* spilledFindings(spill: Spill): Generator<SpilledFinding> {
  for (const line of linesOf(spill.findingsFile)) if (line !== '') yield JSON.parse(line) as SpilledFinding;
}

/**
 * A spilled text read at any UTF-16 offsets without holding it: one pass over the file (the constructor)
 * notes, about every BLOCK_BYTES, the byte where a character starts and its UTF-16 offset; a slice is
 * decoded from the segments between those marks that it covers, the last two segments kept.
 * The file is UTF-8 written from strings by this process (valid, a BOM kept as U+FEFF), so its
 * length in code units is counted from its bytes: one per character, two from a four-byte one.
 */
export class SpilledText {
  /** The text's length in UTF-16 code units. */
  readonly length: number;
  /** Byte and UTF-16 offsets of the segments' starts, the file's end last. */
  private readonly byteAt: number[] = [0];
  private readonly unitAt: number[] = [0];
  private cache: Array<{ segment: number; text: string }> = [];

  constructor(readonly path: string) {
    const fd = openSync(path, 'r');
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    let bytes = 0;
    let units = 0;
    let mark = BLOCK_BYTES;
    try {
      for (let n = readSync(fd, block, 0, block.length, null); n > 0; n = readSync(fd, block, 0, block.length, null)) {
        for (let k = 0; k < n; k++) {
          const b = block[k]!;
          if ((b & 0xc0) === 0x80) continue;
          if (bytes + k >= mark) {
            this.byteAt.push(bytes + k);
            this.unitAt.push(units);
            mark = bytes + k + BLOCK_BYTES;
          }
          units += b >= 0xf0 ? 2 : 1;
        }
        bytes += n;
      }
    } finally {
      closeSync(fd);
    }
    if (this.byteAt.at(-1) !== bytes) {
      this.byteAt.push(bytes);
      this.unitAt.push(units);
    }
    this.length = units;
  }

  /** As String.prototype.slice on the whole text. */
  slice(start: number, end: number): string {
    let out = '';
    for (const piece of this.range(start, end)) out += piece;
    return out;
  }

  /** The pieces of `slice(start, end)`, at most a segment each (a character is never split between two). */
  *range(start: number, end: number): Generator<string> {
    const from = this.at(start);
    const to = this.at(end);
    if (to <= from) return;
    let segment = this.segmentOf(from);
    let at = from;
    while (at < to) {
      const base = this.unitAt[segment]!;
      const text = this.segment(segment);
      const stop = Math.min(to, base + text.length);
      yield text.slice(at - base, stop - base);
      at = stop;
      segment++;
    }
  }

  /** An index as slice takes it: negative from the end, clamped to the text. */
  private at(index: number): number {
    if (index < 0) return Math.max(0, this.length + index);
    return Math.min(this.length, index);
  }

  /** The segment holding the code unit at `unit` (the last one for the text's end). */
  private segmentOf(unit: number): number {
    let lo = 0;
    let hi = this.unitAt.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.unitAt[mid]! <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private segment(segment: number): string {
    const hit = this.cache.find((c) => c.segment === segment);
    if (hit) return hit.text;
    const start = this.byteAt[segment]!;
    const bytes = Buffer.allocUnsafe(this.byteAt[segment + 1]! - start);
    const fd = openSync(this.path, 'r');
    try {
      for (let at = 0; at < bytes.length;) {
        const n = readSync(fd, bytes, at, bytes.length - at, start + at);
        if (n === 0) throw new Error(`${this.path} is shorter than when it was read`);
        at += n;
      }
    } finally {
      closeSync(fd);
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    this.cache = [{ segment, text }, ...this.cache.slice(0, 1)];
    return text;
  }
}

/** A file result with its findings and text in memory (what the streamed reports are compared with). */
export function materialize(result: FileResult): FileResult {
  const { spill, ...rest } = result;
  if (!spill) return result;
  const findings = [...spilledFindings(spill)].map((s) => s.f);
  const text = [...piecesOf(spill.textFile)].join('');
  return spill.changed ? { ...rest, findings, output: text } : { ...rest, findings, source: text };
}

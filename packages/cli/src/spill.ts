/**
 * A big file's findings and text on disk (big-file.ts writes them), and their
 * readers for the report (phases/report-stream.ts): lines and pieces of a
 * file a block at a time, so that reading back a 50 MB file's report holds
 * one block, never the file.
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

/** A file result with its findings and text in memory, for the formats that are not streamed. */
export function materialize(result: FileResult): FileResult {
  const { spill, ...rest } = result;
  if (!spill) return result;
  const findings = [...spilledFindings(spill)].map((s) => s.f);
  const text = [...piecesOf(spill.textFile)].join('');
  return spill.changed ? { ...rest, findings, output: text } : { ...rest, findings, source: text };
}

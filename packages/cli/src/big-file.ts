/**
 * Plain text over WHOLE_DOCUMENT_BYTES (up to MAX_FILE_BYTES), streamed: the
 * file is read and decoded block by block, cut into the chunks textChunks
 * would cut the whole text into (chunks.ts), and each chunk is linted (and
 * fixed) as it comes. Nothing of the file stays in memory: a chunk's findings
 * are moved onto the whole text and written to a spill file on disk, one JSON
 * line each, with the excerpts the stylish report shows; with --fix the fixed
 * text goes, chunk by chunk and in the file's own encoding, to a temporary
 * file beside the original, which replaces it once every chunk is done (see
 * replaceFixed). The report reads the spill file back a line at a time, in
 * every format (phases/report-stream.ts, with the readers of spill.ts), and
 * the spilled text in pieces. While the file is linted V8's heap is
 * held tight (HeapBound), so the run's peak follows one chunk, not the file.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { fatalFinding, type Finding, type Severity } from '@bayan/core';
import { ChunkCursor, chunkEnd, shiftFindings } from './chunks.js';
import {
  CHUNK_CHARS,
  DecodeError,
  encode,
  MAX_FILE_BYTES,
  StreamDecoder,
  unreadableReason,
  type Encoding,
} from './decode.js';
import { excerptsOf } from './formatters/stylish.js';
import { textLinter } from './lint-file.js';
import { NotReadableError, openRegularFileSync } from './regular-file.js';
import { count, type Counts, type FileResult } from './result.js';
import type { PlannedFile } from './phases/plan.js';
import type { Session } from './session.js';
import { BLOCK_BYTES, type Spill } from './spill.js';

export type { Spill } from './spill.js';

/** Findings lines gathered before a write to the spill (UTF-16 code units): kept out of the large-object space too. */
const LINES_CHARS = 16 * 1024;

/** Appends to a file through its descriptor. */
class Appender {
  readonly fd: number;
  constructor(
    readonly path: string,
    mode = 0o600,
  ) {
    this.fd = openSync(path, 'wx', mode);
  }
  write(data: string | Uint8Array): void {
    if (typeof data === 'string') writeSync(this.fd, data);
    else for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at);
  }
  close(): void {
    closeSync(this.fd);
  }
}

function failed(file: PlannedFile, finding: Finding): FileResult {
  return { filePath: file.filePath, displayPath: file.displayPath, findings: [finding], source: '' };
}

/** A name for the fixed text beside the file (same folder, so the rename that replaces the file is atomic). */
function besideName(path: string): string {
  return join(dirname(path), `.${basename(path)}.bayan-${process.pid}-${Date.now()}.tmp`);
}

/**
 * Lints one big plain-text file as a stream (see the top of this file). `dir`: a private folder for
 * the spill files. The result carries the spill instead of its findings and text.
 */
export async function lintBigFile(file: PlannedFile, session: Session, dir: string): Promise<FileResult> {
  const { task } = file;
  const locale = task.locale;
  let opened: { fd: number; size: number };
  try {
    opened = openRegularFileSync(file.absolute!, MAX_FILE_BYTES);
  } catch (error) {
    return failed(file, fatalFinding(unreadableReason(error, locale), locale));
  }
  const { fd, size } = opened;
  const base = join(dir, String(file.index));
  const findingsOut = new Appender(`${base}.findings`);
  const textOut = new Appender(`${base}.text`);
  let fixedOut: Appender | null = null;
  const spill: Spill = {
    findingsFile: findingsOut.path,
    textFile: textOut.path,
    counts: count([]),
    total: 0,
    width: 0,
    errorWidth: 0,
    severities: [],
    changed: false,
    fixedFile: null,
    hash: '',
  };
  const hash = createHash('sha256');
  const linter = textLinter(task, session.registry, file.config.resolved);
  const heap = new HeapBound();
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    let decoder: StreamDecoder | null = null;
    let encoding: Encoding = 'utf-8';
    let buffer = '';
    let eof = false;
    let total = 0;
    const readMore = () => {
      const n = readSync(fd, block, 0, block.length, null);
      total += n;
      if (total > MAX_FILE_BYTES) throw new DecodeError(unreadableReason(tooBig(), locale));
      const bytes = block.subarray(0, n);
      hash.update(bytes);
      decoder ??= new StreamDecoder(bytes, size, locale);
      encoding = decoder.encoding;
      eof = n === 0;
      buffer += decoder.push(bytes, eof);
    };
    const at = new ChunkCursor();
    const severities = new Set<Severity>();
    for (;;) {
      heap.beforeChunk();
      // Enough text to cut the next chunk exactly where the whole text would be cut (chunkEnd).
      while (!eof && buffer.length <= CHUNK_CHARS) readMore();
      if (buffer.length === 0) break;
      const end = Math.max(chunkEnd(buffer, 0, CHUNK_CHARS), 1);
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end);
      const result = await linter(chunk);
      const text = result.output ?? chunk;
      const moved = shiftFindings(result.findings, at.origin);
      let lines = '';
      result.findings.forEach((f, k) => {
        const g = moved[k]!;
        lines += `${JSON.stringify({ f: g, x: excerptsOf(f, text) })}\n`;
        if (lines.length >= LINES_CHARS) {
          findingsOut.write(lines);
          lines = '';
        }
        const width = `${g.line}:${g.column}`.length;
        spill.width = Math.max(spill.width, width);
        if (g.severity === 'error') spill.errorWidth = Math.max(spill.errorWidth, width);
        severities.add(g.severity);
      });
      findingsOut.write(lines);
      addCounts(spill.counts, count(moved));
      spill.total += moved.length;
      textOut.write(text);
      if (task.fix) {
        if (!fixedOut) {
          const mode = fstatSync(fd).mode & 0o7777;
          fixedOut = new Appender(besideName(file.absolute!), mode);
          spill.fixedFile = fixedOut.path;
        }
        fixedOut.write(encode(text, encoding));
        if (text !== chunk) spill.changed = true;
      }
      at.advance(text);
    }
    spill.severities = [...severities];
    spill.hash = hash.digest('hex');
  } catch (error) {
    fixedOut?.close();
    if (spill.fixedFile) rmSync(spill.fixedFile, { force: true });
    if (error instanceof DecodeError) return failed(file, fatalFinding(error.message, locale));
    throw error;
  } finally {
    heap.release();
    closeSync(fd);
    findingsOut.close();
    textOut.close();
  }
  fixedOut?.close();
  if (spill.fixedFile && !spill.changed) {
    rmSync(spill.fixedFile, { force: true });
    spill.fixedFile = null;
  }
  return { filePath: file.filePath, displayPath: file.displayPath, findings: [], source: '', spill };
}

/** What the young generation (both semi-spaces) may grow to while a big file is linted, in bytes. */
export const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;

/**
 * V8's heap held tight while a big file is linted, so that the run's peak follows the largest chunk and
 * not the length of the run (docs/benchmarks.md, "h-big"). Each chunk's document dies once its findings
 * are written, so what stays alive between chunks is small and flat (some 27 MB after a full collection,
 * at 10 MB as at 50 MB); what grows is room V8 gives garbage:
 *
 * - The old generation. By default it may grow to about twice what was live before a full collection is
 *   due; growing it by 20 % (`--heap-growing-percent`) keeps 10 MB of text some 50 MB lower at the same
 *   speed (234 → 182 MB).
 * - The young generation. Its two semi-spaces double whenever most of what it holds survives, which
 *   linting a 256 K-unit chunk (its document lives while its rules run) does: from 16 MB to V8's
 *   most, 32 MB, in the first chunks of a long file, and a 1 MB file linted whole never gets there.
 *   Each doubling is allowed only up to YOUNG_GENERATION_BYTES (`--semi-space-growth-factor` 2 while
 *   below, 1 once there): 30 MB less at the peak for some 4 % more CPU (more scavenges, 44 → 83 on 10 MB).
 *   Held smaller (8 MB), the scavenges cost more than a second on 10 MB.
 *
 * Both are flags V8 reads when it next sizes the heap; they are set back to V8's defaults (0: the
 * factor it computes itself; 2) once the file is done, so the rest of the run and the code cache's
 * flag hash are as before.
 */
class HeapBound {
  private factor = 2;
  constructor() {
    setFlagsFromString('--heap-growing-percent=20');
  }
  /** Before each chunk: the young generation may double once more only while that keeps it within the bound. */
  beforeChunk(): void {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
    this.set(young * 2 <= YOUNG_GENERATION_BYTES ? 2 : 1);
  }
  release(): void {
    this.set(2);
    setFlagsFromString('--heap-growing-percent=0');
  }
  private set(factor: number): void {
    if (factor === this.factor) return;
    this.factor = factor;
    setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  }
}

/** A file that grew past the limit while it was read. */
function tooBig(): NotReadableError {
  const mb = Math.round(MAX_FILE_BYTES / 1024 / 1024);
  return new NotReadableError('ETOOBIG', 'too large', `is larger than ${mb} MB`, mb);
}

function addCounts(into: Counts, more: Counts): void {
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.infos += more.infos;
  into.fixableErrors += more.fixableErrors;
  into.fixableWarnings += more.fixableWarnings;
  into.fatal += more.fatal;
}

/** SHA-256 of a file, read a block at a time. */
function hashOf(path: string): string | null {
  try {
    const hash = createHash('sha256');
    const fd = openSync(path, 'r');
    try {
      const block = Buffer.allocUnsafe(BLOCK_BYTES);
      for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) hash.update(block.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * Puts a streamed file's fixed text in its place, as writeFixed does for the others: not when the file
 * changed on disk meanwhile or is read-only (then why not, as a message); a file with other hard links
 * is written in place (same inode); any other file is replaced by the renamed temporary file.
 */
export function replaceFixed(path: string, spill: Spill): string | null {
  const fixed = spill.fixedFile;
  if (!fixed) return null;
  spill.fixedFile = null;
  try {
    if (hashOf(path) !== spill.hash) return 'changed on disk while it was being checked; fixes not written';
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      return `could not be written (${(error as { code?: string }).code ?? String(error)}); fixes not written`;
    }
    if ((stat.mode & 0o222) === 0) return 'is read-only; fixes not written';
    try {
      if (stat.nlink > 1) copyFileSync(fixed, path);
      else {
        chmodSync(fixed, stat.mode & 0o7777);
        renameSync(fixed, path);
      }
    } catch (error) {
      return `could not be written (${(error as { code?: string }).code ?? String(error)}); fixes not written`;
    }
    return null;
  } finally {
    rmSync(fixed, { force: true });
  }
}

/**
 * Plain text over WHOLE_DOCUMENT_BYTES (up to MAX_FILE_BYTES), streamed: the
 * file is read and decoded block by block, cut into the chunks textChunks
 * would cut the whole text into (chunks.ts), and each chunk is linted (and
 * fixed) as it comes. Nothing of the file stays in memory: a chunk's findings
 * are moved onto the whole text and written to a spill file on disk, one JSON
 * line each, with the excerpts the stylish report shows; with --fix the fixed
 * text goes, chunk by chunk and in the file's own encoding, to a temporary
 * file beside the original, which replaces it once every chunk is done (see
 * replaceFixed). The report reads the spill file back a line at a time for
 * the formats that can be written as they go (stylish, json, github:
 * report.ts); the others get the findings in memory (materialize).
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
import { setFlagsFromString } from 'node:v8';
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
import { excerptsOf, type Excerpt } from './formatters/stylish.js';
import { textLinter } from './lint-file.js';
import { NotReadableError, openRegularFileSync } from './regular-file.js';
import { count, type Counts, type FileResult } from './result.js';
import type { PlannedFile } from './phases/plan.js';
import type { Session } from './session.js';

/** Bytes read at a time. */
const BLOCK_BYTES = 1024 * 1024;

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
interface SpilledFinding {
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
  lowHeapGrowth(true);
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
    lowHeapGrowth(false);
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

/**
 * Each chunk's document dies once its findings are written, so what stays alive is small and flat (some
 * 20 MB after a full collection, at 10 MB as at 50 MB); but with V8's default heap growth (the old
 * generation may grow to about twice what was live before a full collection is due) a long run of chunks
 * had the heap at 100–160 MB between collections. Growing it by 20 % keeps the peak some 50 MB lower at the
 * same speed (10 MB of text: 234 → 182 MB). The flag is one V8 reads each time it sets the next limit; it
 * is set back to V8's default once the file is done.
 */
function lowHeapGrowth(on: boolean): void {
  // 0 is V8's default: the factor it computes from the collector's and the program's speeds.
  setFlagsFromString(`--heap-growing-percent=${on ? 20 : 0}`);
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

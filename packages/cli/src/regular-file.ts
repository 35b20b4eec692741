/**
 * Reading a file named by a user, a folder walk or a config: only regular
 * files, and only up to a size limit. `/dev/zero` would be read until memory
 * runs out and a FIFO would block forever, so the file is opened without
 * blocking, checked with fstat (the opened file itself, not the name, which a
 * link could point elsewhere meanwhile), and read no further than the limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** Thrown for a path that is not a regular file, or is larger than allowed. */
export class NotReadableError extends Error {
  override name = 'NotReadableError';
  constructor(
    readonly code: 'ENOTREG' | 'ETOOBIG',
    readonly kind: string,
    message: string,
    /** For ETOOBIG: the limit, in MB. */
    readonly limitMb?: number,
  ) {
    super(message);
  }
}

function tooBig(maxBytes: number): NotReadableError {
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new NotReadableError('ETOOBIG', 'too large', `is larger than ${mb} MB`, mb);
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kindOf(stat: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function check(stat: Parameters<typeof kindOf>[0] & { isFile(): boolean; size: number }, maxBytes: number): void {
  if (!stat.isFile()) throw new NotReadableError('ENOTREG', kindOf(stat), `is ${kindOf(stat)}, not a regular file`);
  if (stat.size > maxBytes) throw tooBig(maxBytes);
}

/** An open descriptor and the size of a regular file of at most `maxBytes` (the caller closes it). */
export function openRegularFileSync(path: string, maxBytes: number): { fd: number; size: number } {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    check(stat, maxBytes);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The bytes of a regular file of at most `maxBytes`; throws NotReadableError or the fs error. */
export function readRegularFileSync(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, FLAGS);
  try {
    const stat = fstatSync(fd);
    check(stat, maxBytes);
    // One buffer of the size fstat gives (one byte more, to see a file that grew meanwhile).
    let bytes = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === bytes.length) {
        if (total > maxBytes) throw tooBig(maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
        bytes.copy(grown, 0, 0, total);
        bytes = grown;
      }
      const n = readSync(fd, bytes, total, bytes.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw tooBig(maxBytes);
    return bytes.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** As readRegularFileSync, asynchronously. A file above the limit is not read at all. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, FLAGS);
  try {
    check(await handle.stat(), maxBytes);
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) throw tooBig(maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

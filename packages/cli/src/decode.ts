/**
 * Bytes → text. A file that is not text Bayan can read (NUL bytes, invalid
 * UTF-8, UTF-16 without a byte order mark), too large or empty becomes one
 * finding for that file; the run goes on. UTF-8 is the norm; UTF-16 with a
 * BOM (Windows "Unicode" text) is decoded too, and `encode` writes fixes back
 * in the file's own encoding. The BOM stays in the text (the engine keeps it
 * and fixes never touch it).
 */
import type { Locale } from '@bayan/core';
import { NotReadableError } from './regular-file.js';

/**
 * Markdown and HTML files above this size are not linted (a release is a few KB; 5 MB is far beyond
 * any): their markup tree is built for the whole file. Plain text above it is linted paragraph by
 * paragraph (chunks.ts), so its memory follows the largest chunk, up to MAX_FILE_BYTES.
 */
export const WHOLE_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** Plain-text files above this size are not linted. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * The length of the chunks of plain text over WHOLE_DOCUMENT_BYTES, in UTF-16 code units (about 470 KB
 * of Arabic, a hundred releases): the document of a chunk (tokens, nodes, indexes of the rules) takes
 * some 150 bytes a character while it is linted, so a chunk of 1,048,576 kept a 10 MB run at 660 MB.
 */
export const CHUNK_CHARS = 256 * 1024;

/** The largest file of a format that is linted. */
export function maxBytesFor(format: string | undefined): number {
  return format === 'markdown' || format === 'html' ? WHOLE_DOCUMENT_BYTES : MAX_FILE_BYTES;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; empty?: boolean };

const REASONS = {
  binary: { en: 'it contains NUL bytes (a binary file?)', ar: 'فيه بايتات صفرية (هل هو ملف ثنائي؟)' },
  utf8: { en: 'it is not valid UTF-8 text (save it as UTF-8)', ar: 'ليس نصًّا بترميز UTF-8 سليم (احفظه بترميز UTF-8)' },
  utf16: {
    en: 'it is not valid UTF-16 text (save it as UTF-8)',
    ar: 'ليس نصًّا بترميز UTF-16 سليم (احفظه بترميز UTF-8)',
  },
  utf16NoBom: {
    en: 'it looks like UTF-16 text without a byte order mark (save it as UTF-8)',
    ar: 'يبدو أنه نص بترميز UTF-16 بلا علامة ترتيب البايتات (احفظه بترميز UTF-8)',
  },
  large: { en: (mb: number) => `it is larger than ${mb} MB`, ar: (mb: number) => `حجمه أكبر من ${mb} ميغابايت` },
  empty: { en: 'it is empty', ar: 'الملف فارغ' },
};

/** The file's encoding, from its byte order mark (UTF-8 when there is none). */
export function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * UTF-16 without a BOM: NUL bytes on one side of most byte pairs (Latin
 * text), or Arabic letters' high byte 0x06 there. Binary files have NULs
 * scattered over both sides.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length % 2 !== 0) return false;
  const pairs = Math.min(bytes.length / 2, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    if (b === 0 || b === 0x06) odd++;
    if (a === 0 || a === 0x06) even++;
  }
  return (odd >= pairs * 0.9 && even === 0) || (even >= pairs * 0.9 && odd === 0);
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Bytes → text, or why not; `maxBytes` is the size limit of the file's format (maxBytesFor). */
export function decode(bytes: Uint8Array, locale: Locale, maxBytes = MAX_FILE_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty[locale], empty: true };
  if (bytes.length > maxBytes) return { ok: false, reason: REASONS.large[locale](megabytes(maxBytes)) };
  const encoding = encodingOf(bytes);
  if (encoding !== 'utf-8') {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      if (text.includes('\0')) return { ok: false, reason: REASONS.binary[locale] };
      return { ok: true, text };
    } catch {
      return { ok: false, reason: REASONS.utf16[locale] };
    }
  }
  if (bytes.includes(0))
    return { ok: false, reason: (looksLikeUtf16(bytes) ? REASONS.utf16NoBom : REASONS.binary)[locale] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: REASONS.utf8[locale] };
  }
}

/**
 * `decode` for a file read block by block (big plain text, big-file.ts): the same checks and reasons,
 * the text handed out as it comes. `push` returns the text of a block (or throws a DecodeError).
 */
export class StreamDecoder {
  readonly encoding: Encoding;
  #decoder: InstanceType<typeof TextDecoder>;
  #first: Uint8Array;

  /** `first`: the file's first block (at least 2 bytes when the file has them), for the BOM and the reasons. */
  constructor(
    first: Uint8Array,
    private readonly size: number,
    private readonly locale: Locale,
  ) {
    this.encoding = encodingOf(first);
    this.#first = first;
    this.#decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: true });
  }

  push(block: Uint8Array, last: boolean): string {
    const { locale } = this;
    if (this.encoding === 'utf-8' && block.includes(0)) {
      const even = this.size % 2 === 0 ? this.#first.subarray(0, this.#first.length & ~1) : this.#first;
      throw new DecodeError((looksLikeUtf16(even) ? REASONS.utf16NoBom : REASONS.binary)[locale]);
    }
    let text: string;
    try {
      text = this.#decoder.decode(block, { stream: !last });
    } catch {
      throw new DecodeError((this.encoding === 'utf-8' ? REASONS.utf8 : REASONS.utf16)[locale]);
    }
    if (this.encoding !== 'utf-8' && text.includes('\0')) throw new DecodeError(REASONS.binary[locale]);
    return text;
  }
}

/** Why a file read block by block is not text Bayan can read (the message of decode's finding). */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Text → bytes in the given encoding (a UTF-16 file's fixes are written back as UTF-16). */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new Uint8Array(Buffer.from(text, 'utf8'));
  const bytes = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') bytes.swap16();
  return new Uint8Array(bytes);
}

const KINDS_AR: Record<string, string> = {
  'a folder': 'مجلد',
  'a FIFO (named pipe)': 'أنبوب مسمّى (FIFO)',
  'a device': 'جهاز',
  'a socket': 'مقبس',
  'not a regular file': 'ليس ملفًّا عاديًّا',
};

export function unreadableReason(error: unknown, locale: Locale): string {
  if (error instanceof NotReadableError) {
    if (error.code === 'ETOOBIG') return REASONS.large[locale](error.limitMb ?? megabytes(WHOLE_DOCUMENT_BYTES));
    return locale === 'ar'
      ? `ليس ملفًّا عاديًّا بل ${KINDS_AR[error.kind] ?? error.kind}`
      : `it is ${error.kind}, not a regular file`;
  }
  const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
  return locale === 'ar' ? `تعذّر فتح الملف (${code})` : `it could not be opened (${code})`;
}

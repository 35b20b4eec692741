/**
 * Bytes → text. A file that is not UTF-8 text (NUL bytes, invalid UTF-8),
 * too large or empty becomes one finding for that file; the run goes on.
 * The BOM stays in the text (the engine keeps it and fixes never touch it).
 */
import type { Locale } from '@bayan/core';

/** Files above this size are not linted (a release is a few KB; 5 MB is far beyond any). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; empty?: boolean };

const REASONS = {
  binary: { en: 'it contains NUL bytes (a binary file?)', ar: 'فيه بايتات صفرية (هل هو ملف ثنائي؟)' },
  utf8: { en: 'it is not valid UTF-8 text (save it as UTF-8)', ar: 'ليس نصًّا بترميز UTF-8 سليم (احفظه بترميز UTF-8)' },
  large: { en: 'it is larger than 5 MB', ar: 'حجمه أكبر من 5 ميغابايت' },
  empty: { en: 'it is empty', ar: 'الملف فارغ' },
};

export function decode(bytes: Uint8Array, locale: Locale): Decoded {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty[locale], empty: true };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: REASONS.large[locale] };
  if (bytes.includes(0)) return { ok: false, reason: REASONS.binary[locale] };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: REASONS.utf8[locale] };
  }
}

export function unreadableReason(error: unknown, locale: Locale): string {
  const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
  return locale === 'ar' ? `تعذّر فتح الملف (${code})` : `it could not be opened (${code})`;
}

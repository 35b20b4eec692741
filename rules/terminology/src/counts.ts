import type { Locale } from '@bayan/core';

/** «مرتين», “2 times”. */
export function times(count: number, locale: Locale): string {
  if (locale === 'en') return count === 1 ? '1 time' : `${count} times`;
  if (count === 1) return 'مرة واحدة';
  if (count === 2) return 'مرتين';
  return count <= 10 ? `${count} مرات` : `${count} مرة`;
}

/** «سورية» مرتين، «سوريا» مرة واحدة / “سورية” 2 times, “سوريا” 1 time. */
export function countsText(counts: ReadonlyArray<{ label: string; count: number }>, locale: Locale): string {
  const open = locale === 'en' ? '“' : '«';
  const close = locale === 'en' ? '”' : '»';
  return counts
    .map(({ label, count }) => `${open}${label}${close} ${times(count, locale)}`)
    .join(locale === 'en' ? ', ' : '، ');
}

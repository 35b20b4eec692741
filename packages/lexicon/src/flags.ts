/**
 * Clitic classes that the source word list attests for a clitic-free form
 * (bit set per form, computed at build time: «حكومة» has و، ب، ل، ك، ال and
 * the pronoun suffixes; «ذلك» has و، ف، ب، ك، ل but no pronoun suffix, so
 * «ذلكك» is not a word).
 */
export const FLAG = {
  conj: 1, // و ف
  bi: 2, // ب
  li: 4, // ل
  ka: 8, // ك
  future: 16, // س
  article: 32, // ال
  enclitic3: 64, // ه ها هم هما هن
  enclitic2: 128, // ك كم كما كن
  enclitic1: 256, // ي ني نا
} as const;

const PROCLITIC_FLAG: Record<string, number> = {
  و: FLAG.conj,
  ف: FLAG.conj,
  ب: FLAG.bi,
  ل: FLAG.li,
  ك: FLAG.ka,
  س: FLAG.future,
  ال: FLAG.article,
};

const ENCLITIC_FLAG: Record<string, number> = {
  ه: FLAG.enclitic3,
  ها: FLAG.enclitic3,
  هم: FLAG.enclitic3,
  هما: FLAG.enclitic3,
  هن: FLAG.enclitic3,
  ك: FLAG.enclitic2,
  كم: FLAG.enclitic2,
  كما: FLAG.enclitic2,
  كن: FLAG.enclitic2,
  ي: FLAG.enclitic1,
  ني: FLAG.enclitic1,
  نا: FLAG.enclitic1,
};

/** May a form with these flags carry these proclitics and this enclitic? */
export function allows(flags: number, proclitics: readonly string[], enclitic: string | null): boolean {
  let article = false;
  for (const p of proclitics) {
    const bit = PROCLITIC_FLAG[p];
    if (bit === undefined || (flags & bit) === 0) return false;
    if (p === 'ال') article = true;
  }
  if (enclitic !== null) {
    if (article) return false; // «الحكومتها» is not Arabic
    const bit = ENCLITIC_FLAG[enclitic];
    if (bit === undefined || (flags & bit) === 0) return false;
  }
  return true;
}

/** Number of clitic classes attested for a form (0–9). */
export function breadth(flags: number): number {
  let n = 0;
  for (let f = flags; f !== 0; f &= f - 1) n++;
  return n;
}

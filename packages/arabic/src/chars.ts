/**
 * Code point classes used across the package. All functions take a code
 * point (not a UTF-16 unit) so astral characters are handled correctly.
 */

export const TATWEEL = '\u0640';
export const TATWEEL_CP = 0x0640;

/** Arabic letters (not marks, not digits), including presentation forms. */
export function isArabicLetter(cp: number): boolean {
  if (cp < 0x0621) return false;
  if (cp <= 0x06ff) {
    return (
      cp <= 0x063a ||
      (cp >= 0x0641 && cp <= 0x064a) ||
      cp === 0x066e ||
      cp === 0x066f ||
      (cp >= 0x0671 && cp <= 0x06d3) ||
      cp === 0x06d5 ||
      cp === 0x06ee ||
      cp === 0x06ef ||
      (cp >= 0x06fa && cp <= 0x06fc) ||
      cp === 0x06ff
    );
  }
  if (cp >= 0xfb50 && cp <= 0xfdff) return isPresentationLetter(cp);
  if (cp >= 0xfe70 && cp <= 0xfeff) return isPresentationLetter(cp);
  return false;
}

const LETTER_RE = /\p{L}/u;
function isPresentationLetter(cp: number): boolean {
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/** Harakat and other Arabic combining marks removed by normalisation. */
export function isHaraka(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed);
}

/** Bidi formatting characters: LRM, RLM, ALM, embeddings/overrides, isolates. */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x200e || cp === 0x200f || cp === 0x061c || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Zero-width characters: ZWSP, ZWNJ, ZWJ, WORD JOINER, BOM/ZWNBSP. */
export function isZeroWidth(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff;
}

export type DigitSystem = 'latn' | 'arab' | 'arabext';

/** Which of the three digit sets a code point belongs to, if any. */
export function digitSystem(cp: number): DigitSystem | undefined {
  if (cp >= 0x30 && cp <= 0x39) return 'latn';
  if (cp >= 0x0660 && cp <= 0x0669) return 'arab';
  if (cp >= 0x06f0 && cp <= 0x06f9) return 'arabext';
  return undefined;
}

/** Numeric value (0–9) of a digit in any of the three systems, or -1. */
export function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0x0660 && cp <= 0x0669) return cp - 0x0660;
  if (cp >= 0x06f0 && cp <= 0x06f9) return cp - 0x06f0;
  return -1;
}

/** Arabic presentation forms (A and B), the ranges NFKC is applied to. */
export function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

const LATIN_RE = /\p{Script=Latin}/u;
/** A Latin-script letter. */
export function isLatinLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp >= 0x0590 && cp <= 0x08ff) return false;
  return LATIN_RE.test(String.fromCodePoint(cp)) && LETTER_RE.test(String.fromCodePoint(cp));
}

const ARABIC_SCRIPT_RE = /\p{Script=Arabic}/u;
/** Any letter (not mark) of Arabic script, a broader test than isArabicLetter. */
export function isArabicScriptLetter(cp: number): boolean {
  if (cp < 0x0600) return false;
  if (cp <= 0x06ff) return isArabicLetter(cp);
  const ch = String.fromCodePoint(cp);
  return ARABIC_SCRIPT_RE.test(ch) && LETTER_RE.test(ch);
}

/** Any letter of any script (general category L*). Tatweel (Lm) counts. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER_RE.test(String.fromCodePoint(cp));
}

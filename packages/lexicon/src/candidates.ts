/**
 * Spelling variants of a word along the confusion classes of Arabic
 * (conventions §3): ة/ه and ت/ة at the end, ى/ي at the end, hamza seats
 * (ا أ إ آ ء ؤ ئ, and ي/و for ئ/ؤ), ض/ظ, د/ذ; then single edits: one extra
 * letter (a doubled one included), one missing letter, two neighbours
 * swapped. The caller keeps the variants it knows.
 */

export type ConfusionKind =
  | 'ta-marbuta'
  | 'alef-maqsura'
  | 'hamza'
  | 'madda'
  | 'dad-za'
  | 'dal-dhal'
  | 'extra-letter'
  | 'missing-letter'
  | 'swapped-letters';

export interface Variant {
  /** The corrected word (normalised). */
  text: string;
  kind: ConfusionKind;
  /** Offset in the normalised word of the letter(s) that change. */
  index: number;
  /** Letters written there ('' for a missing letter). */
  actual: string;
  /** Letters that belong there ('' for an extra letter). */
  expected: string;
}

/** Letter classes, in order of how often editors confuse them. */
export const LETTER_CLASSES: readonly ConfusionKind[] = ['ta-marbuta', 'alef-maqsura', 'hamza', 'madda', 'dad-za', 'dal-dhal'];

const HAMZA_SEATS = ['ا', 'أ', 'إ', 'آ', 'ء', 'ؤ', 'ئ'];
const HAMZA_SET = new Set(HAMZA_SEATS);
const INSERTABLE = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];

function replace(word: string, index: number, length: number, text: string): string {
  return word.slice(0, index) + text + word.slice(index + length);
}

/** Letter-class variants (the six confusion classes and ت/ة). */
export function* letterVariants(word: string): Generator<Variant> {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const ch = word[i]!;
    const end = i === n - 1;
    const push = (kind: ConfusionKind, to: string): Variant => ({ text: replace(word, i, 1, to), kind, index: i, actual: ch, expected: to });
    if (ch === 'ه' && i >= 2) yield push('ta-marbuta', 'ة');
    if (ch === 'ة') {
      yield push('ta-marbuta', end ? 'ه' : 'ت');
      if (end) yield push('ta-marbuta', 'ت');
    }
    if (ch === 'ت' && i >= 2) yield push('ta-marbuta', 'ة');
    if (ch === 'ي' && end && i >= 1) yield push('alef-maqsura', 'ى');
    if (ch === 'ى') yield push('alef-maqsura', end ? 'ي' : 'ي');
    if (ch === 'ى' && end) yield push('alef-maqsura', 'ا');
    if (ch === 'ا' && end && i >= 2) yield push('alef-maqsura', 'ى');
    if (HAMZA_SET.has(ch)) {
      for (const seat of HAMZA_SEATS) {
        if (seat === ch) continue;
        yield push(seat === 'آ' || ch === 'آ' ? 'madda' : 'hamza', seat);
      }
    }
    if ((ch === 'ي' || ch === 'ى') && i > 0) yield push('hamza', 'ئ');
    if (ch === 'و' && i > 0) yield push('hamza', 'ؤ');
    if (ch === 'ض') yield push('dad-za', 'ظ');
    if (ch === 'ظ') yield push('dad-za', 'ض');
    if (ch === 'د') yield push('dal-dhal', 'ذ');
    if (ch === 'ذ') yield push('dal-dhal', 'د');
  }
}

/** Single edits: one extra letter, one missing letter, one swapped pair. */
export function* editVariants(word: string): Generator<Variant> {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    if (n > 3) yield { text: replace(word, i, 1, ''), kind: 'extra-letter', index: i, actual: word[i]!, expected: '' };
  }
  for (let i = 0; i < n - 1; i++) {
    const a = word[i]!;
    const b = word[i + 1]!;
    if (a !== b) yield { text: replace(word, i, 2, b + a), kind: 'swapped-letters', index: i, actual: a + b, expected: b + a };
  }
  for (let i = 1; i <= n; i++) {
    for (const ch of INSERTABLE) {
      yield { text: replace(word, i, 0, ch), kind: 'missing-letter', index: i, actual: '', expected: ch };
    }
  }
}

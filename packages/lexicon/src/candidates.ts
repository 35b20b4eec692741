/**
 * Spelling variants of a word along the confusion classes of Arabic
 * (conventions §3): ة/ه and ت/ة at the end, ى/ي at the end, hamza seats
 * (ا أ إ آ ء ؤ ئ, and ي/و for ئ/ؤ), ض/ظ, د/ذ; then single edits: one extra
 * letter (a doubled one included), one missing letter, two neighbours
 * swapped; and a shadda where Arabic cannot have one (shaddaVariants). The
 * caller keeps the variants it knows.
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
  | 'swapped-letters'
  | 'shadda';

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
export const LETTER_CLASSES: readonly ConfusionKind[] = [
  'ta-marbuta',
  'alef-maqsura',
  'hamza',
  'madda',
  'dad-za',
  'dal-dhal',
];

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
    const push = (kind: ConfusionKind, to: string): Variant => ({
      text: replace(word, i, 1, to),
      kind,
      index: i,
      actual: ch,
      expected: to,
    });
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
    if (a !== b)
      yield { text: replace(word, i, 2, b + a), kind: 'swapped-letters', index: i, actual: a + b, expected: b + a };
  }
  for (let i = 1; i <= n; i++) {
    for (const ch of INSERTABLE) {
      yield { text: replace(word, i, 0, ch), kind: 'missing-letter', index: i, actual: '', expected: ch };
    }
  }
}

const SHADDA = '\u0651';
/** Letters that never carry a shadda: alif (bare or with madda), alif maqsura, ta marbuta. */
const NEVER_DOUBLED = new Set(['ا', 'آ', 'ى', 'ة']);
/** What may follow a doubled last root letter after a long «ا» («عامّة», «مهامّها», «الحاجّ», «عامّا»). */
const AFTER_FINAL_DOUBLE =
  /^(?:|ا|وا|ة|ت(?:ا|م|ما|ن|ه|ها|هم|هما|هن|ك|كم|كما|ي|نا)?|ات|ان|ين|ون|ي|ية|يات|ه|ها|هم|هما|هن|ك|كم|كما|نا|ني)$/u;
/** What may stand before the article's alif: the conjunction and a preposition. */
const BEFORE_ARTICLE = /^(?:و|ف)?(?:ب|ك|ل)?$/u;

/**
 * A shadda (U+0651) on a letter that cannot be doubled, in a word written
 * with harakat («تعاوّن»): on the first letter, on ا آ ى ة, right after
 * another doubled letter (not a sun letter after the article: «الصّحّة»), or
 * on a consonant after a long «ا» (not the article's) that is not the
 * word's last root letter (CaaCC: «تعاوّن» is تفاعُل, which has no doubled
 * letter; «عامّة», «مهامّها» are fine). Each variant removes that shadda:
 * `text` is the word as written without it (harakat kept), `index` the
 * offset of the shadda in the written word. The caller keeps the variants
 * whose letters it knows.
 */
export function* shaddaVariants(written: string): Generator<Variant> {
  if (!written.includes(SHADDA)) return;
  // Letters of the word, each with the offset of its shadda (or -1).
  const letters: Array<{ ch: string; shadda: number }> = [];
  for (let i = 0; i < written.length; i++) {
    const ch = written[i]!;
    if (ch === SHADDA) {
      const last = letters[letters.length - 1];
      if (last && last.shadda < 0) last.shadda = i;
      continue;
    }
    if (/[\u0621-\u063A\u0641-\u064A]/u.test(ch)) letters.push({ ch, shadda: -1 });
  }
  const plain = letters.map((l) => l.ch).join('');
  for (let k = 0; k < letters.length; k++) {
    const { ch, shadda } = letters[k]!;
    if (shadda < 0) continue;
    const impossible =
      k === 0 ||
      NEVER_DOUBLED.has(ch) ||
      // right after another doubled letter, unless that one is a sun letter after the article («الصّحّة»)
      (letters[k - 1]!.shadda >= 0 &&
        !(k >= 3 && plain.slice(k - 3, k - 1) === 'ال' && BEFORE_ARTICLE.test(plain.slice(0, k - 3)))) ||
      (k >= 2 &&
        letters[k - 1]!.ch === 'ا' &&
        !AFTER_FINAL_DOUBLE.test(plain.slice(k + 1)) &&
        // «والّذين», «فالّتي»: the lam of the article after its alif, not a long vowel
        !(ch === 'ل' && BEFORE_ARTICLE.test(plain.slice(0, k - 1))));
    if (!impossible) continue;
    yield {
      text: written.slice(0, shadda) + written.slice(shadda + 1),
      kind: 'shadda',
      index: shadda,
      actual: SHADDA,
      expected: '',
    };
  }
}

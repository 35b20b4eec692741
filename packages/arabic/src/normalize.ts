/**
 * Normalisation of Arabic text for comparison, with an offset map back to
 * the original string so findings can point at the original characters.
 *
 * Per code point of the input:
 *   1. NFKC, but only for presentation forms (U+FB50–FDFF, U+FE70–FEFF);
 *      U+FD3E/FD3F have no decomposition and stay as they are. Spaces that
 *      NFKC produces for isolated-mark forms (e.g. U+FE70 → " ً") are dropped.
 *   2. Persian/Urdu letters: ی→ي, ک→ك, ھ→ه (after NFKC, which can yield them).
 *   3. Removal of tatweel, harakat, zero-width characters and bidi controls.
 *   4. With `fold`: أ/إ/آ/ٱ→ا, ى→ي, ة→ه (for comparisons only).
 */
import { isBidiControl, isHaraka, isPresentationForm, isZeroWidth, TATWEEL_CP } from './chars.js';

export interface NormalizeOptions {
  /** Fold hamza/alef forms, alef maqsura and ta marbuta (for comparisons only). */
  fold?: boolean;
}

export interface Normalized {
  /** The normalised string. */
  text: string;
  /** Original UTF-16 offset of each normalised code unit; length text.length + 1 (last = original end). */
  map: Int32Array | number[];
  /** Normalised offset → original offset. */
  toOriginal(index: number): number;
  /**
   * Normalised range → original range. The end is the end of the original
   * character behind the last normalised unit, extended over harakat that
   * follow it (they belong to that letter).
   */
  toOriginalRange(start: number, end: number): [number, number];
}

function isRemoved(cp: number): boolean {
  return cp === TATWEEL_CP || isHaraka(cp) || isZeroWidth(cp) || isBidiControl(cp);
}

function mapLetter(cp: number, fold: boolean): number {
  switch (cp) {
    case 0x06cc:
      return 0x064a; // ی → ي
    case 0x06a9:
      return 0x0643; // ک → ك
    case 0x06be:
      return 0x0647; // ھ → ه
  }
  if (fold) {
    switch (cp) {
      case 0x0623:
      case 0x0625:
      case 0x0622:
      case 0x0671:
        return 0x0627; // أ إ آ ٱ → ا
      case 0x0649:
        return 0x064a; // ى → ي
      case 0x0629:
        return 0x0647; // ة → ه
    }
  }
  return cp;
}

/** Does this code point change or disappear under normalisation? */
function isTouched(cp: number, fold: boolean): boolean {
  return isPresentationForm(cp) || isRemoved(cp) || mapLetter(cp, fold) !== cp;
}

/**
 * Emit the normalised form of one original code point through `out`.
 * `out(unit)` receives single UTF-16 units of the result.
 */
function emit(cp: number, fold: boolean, out: (unit: number) => void): void {
  if (isPresentationForm(cp) && cp !== 0xfd3e && cp !== 0xfd3f) {
    const decomposed = String.fromCharCode(cp).normalize('NFKC');
    for (let k = 0; k < decomposed.length; k++) {
      const unit = decomposed.charCodeAt(k);
      if (unit === 0x20) continue;
      if (isRemoved(unit)) continue;
      out(mapLetter(unit, fold));
    }
    return;
  }
  if (isRemoved(cp)) return;
  out(mapLetter(cp, fold));
}

export function normalize(input: string, options?: NormalizeOptions): Normalized {
  const fold = options?.fold ?? false;
  const n = input.length;
  let units: number[] | undefined;
  let map: number[] | undefined;

  for (let i = 0; i < n; i++) {
    const cp = input.charCodeAt(i);
    // Surrogates are never touched; copying unit by unit keeps pairs intact.
    if (!units) {
      if (cp < 0xd800 || cp > 0xdfff ? !isTouched(cp, fold) : true) continue;
      // First touched unit: materialise the identity prefix.
      units = [];
      map = [];
      for (let k = 0; k < i; k++) {
        units.push(input.charCodeAt(k));
        map.push(k);
      }
    }
    const origin = i;
    const u = units;
    const m = map!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      u.push(cp);
      m.push(origin);
    } else {
      emit(cp, fold, (unit) => {
        u.push(unit);
        m.push(origin);
      });
    }
  }

  let text: string;
  let offsets: Int32Array | number[];
  if (!units) {
    text = input;
    const identity = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) identity[k] = k;
    offsets = identity;
  } else {
    text = unitsToString(units);
    map!.push(n);
    offsets = map!;
  }
  return makeNormalized(input, text, offsets);
}

function unitsToString(units: number[]): string {
  let s = '';
  const CHUNK = 8192;
  for (let k = 0; k < units.length; k += CHUNK) {
    s += String.fromCharCode(...units.slice(k, k + CHUNK));
  }
  return s;
}

function makeNormalized(input: string, text: string, map: Int32Array | number[]): Normalized {
  const at = (index: number): number => {
    const clamped = index < 0 ? 0 : index > text.length ? text.length : index;
    return map[clamped] ?? input.length;
  };
  return {
    text,
    map,
    toOriginal: at,
    toOriginalRange(start: number, end: number): [number, number] {
      const from = at(start);
      if (end <= start) return [from, from];
      const last = at(end - 1);
      const lastUnit = input.charCodeAt(last);
      const nextUnit = input.charCodeAt(last + 1);
      const pair = lastUnit >= 0xd800 && lastUnit <= 0xdbff && nextUnit >= 0xdc00 && nextUnit <= 0xdfff;
      let to = last + (pair ? 2 : 1);
      // Harakat after the last letter were removed but belong to it.
      while (to < input.length && isHaraka(input.charCodeAt(to))) to++;
      return [from, to];
    },
  };
}

/** Normalised form of a (short) string, without an offset map. */
export function normalizeWord(word: string, options?: NormalizeOptions): string {
  const fold = options?.fold ?? false;
  let out = '';
  let copied = 0; // word[copied..i) is still to be copied unchanged
  for (let i = 0; i < word.length; i++) {
    const cp = word.charCodeAt(i);
    // Every touched code point is ≥ U+0600; surrogates are never touched.
    if (cp < 0x0600 || (cp >= 0xd800 && cp <= 0xdfff) || !isTouched(cp, fold)) continue;
    out += word.slice(copied, i);
    copied = i + 1;
    if (isPresentationForm(cp)) {
      emit(cp, fold, (unit) => {
        out += String.fromCharCode(unit);
      });
    } else if (!isRemoved(cp)) {
      out += String.fromCharCode(mapLetter(cp, fold));
    }
  }
  return copied === 0 ? word : out + word.slice(copied);
}

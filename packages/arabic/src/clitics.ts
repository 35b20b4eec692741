/**
 * Proclitic and enclitic segmentation of normalised (unfolded or folded)
 * Arabic words, per conventions §6: [و|ف]? [ب|ل|ك|س]? [ال]? STEM [enclitic]?,
 * with ل + ال written «لل».
 */

export interface CliticAnalysis {
  /** e.g. ['و','ل','ال'] for «وللدولة» (لل is reported as ['ل','ال']). */
  proclitics: string[];
  /** Normalised stem (for لل + X the stem is X; the article is in proclitics). */
  stem: string;
  enclitic: string | null;
  /** True only when a lexicon confirmed the stem. */
  confirmed: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PARTICLES = ['', 'ب', 'ل', 'ك', 'س'];
const ARTICLES = ['', 'ال'];

/** Stack string → its parts (e.g. 'ولل' → ['و','ل','ال']). */
const STACK_PARTS = new Map<string, string[]>();
for (const c of CONJUNCTIONS) {
  for (const p of PARTICLES) {
    for (const a of ARTICLES) {
      if (p === 'س' && a) continue; // the future marker only precedes verbs
      const parts = [c, p, a].filter(Boolean);
      if (parts.length === 0) continue;
      const written = p === 'ل' && a ? `${c}لل` : parts.join('');
      STACK_PARTS.set(written, parts);
    }
  }
}

/** Valid proclitic stacks, longest first. */
export const PROCLITIC_STACKS: readonly string[] = Object.freeze(
  [...STACK_PARTS.keys()].sort((a, b) => b.length - a.length),
);

/** Enclitic pronouns, longest first. */
export const ENCLITICS: readonly string[] = Object.freeze([
  'هما',
  'كما',
  'ها',
  'هم',
  'هن',
  'كم',
  'كن',
  'ني',
  'نا',
  'ه',
  'ك',
  'ي',
]);

/** Parts of a proclitic stack, or undefined if `stack` is not one. */
export function procliticParts(stack: string): string[] | undefined {
  const parts = STACK_PARTS.get(stack);
  return parts ? [...parts] : undefined;
}

/** The longest proclitic stack is 4 units long (وبال, ولل…). */
export const MAX_STACK_LENGTH = 4;

/**
 * Stems a word can have once an enclitic is removed: ة was written ت before
 * the pronoun (حكومتها → حكومة), final ى was written ي (عليها → على).
 */
export function restoreStemEnd(stem: string): string[] {
  const last = stem[stem.length - 1];
  if (last === 'ت') return [`${stem.slice(0, -1)}ة`, stem];
  if (last === 'ي') return [`${stem.slice(0, -1)}ى`, stem];
  return [stem];
}

function enclitcSplits(rest: string): Array<{ stem: string; enclitic: string }> {
  const out: Array<{ stem: string; enclitic: string }> = [];
  for (const enclitic of ENCLITICS) {
    if (rest.length - enclitic.length < 2 || !rest.endsWith(enclitic)) continue;
    for (const stem of restoreStemEnd(rest.slice(0, -enclitic.length))) out.push({ stem, enclitic });
  }
  return out;
}

/**
 * All segmentations of a normalised word, longest proclitic stack first
 * (for each stack: without enclitic, then with each enclitic); the
 * unsegmented word is always the last candidate. A proclitic stack is only
 * stripped if the stem keeps at least 2 letters. A stack with the article
 * takes no enclitic (a definite noun has no possessive pronoun: «المدرسه»
 * is not ال + مدرس + ه; «الله», «المياه» are stems of their own).
 */
export function cliticCandidates(normalWord: string): readonly CliticAnalysis[] {
  // Words repeat in running text and several rules ask about the same word: one computation each.
  const cached = CANDIDATE_CACHE.get(normalWord);
  if (cached) return cached;
  const out = computeCandidates(normalWord);
  if (CANDIDATE_CACHE.size >= CANDIDATE_CACHE_LIMIT) CANDIDATE_CACHE.clear();
  CANDIDATE_CACHE.set(normalWord, out);
  return out;
}

const CANDIDATE_CACHE = new Map<string, readonly CliticAnalysis[]>();
const CANDIDATE_CACHE_LIMIT = 50_000;

function computeCandidates(normalWord: string): readonly CliticAnalysis[] {
  const out: CliticAnalysis[] = [];
  const max = Math.min(MAX_STACK_LENGTH, normalWord.length - 2);
  for (let k = max; k >= 1; k--) {
    const parts = STACK_PARTS.get(normalWord.slice(0, k));
    if (!parts) continue;
    const rest = normalWord.slice(k);
    out.push({ proclitics: [...parts], stem: rest, enclitic: null, confirmed: false });
    // A definite noun takes no possessive pronoun: «المدرسه» is never ال + مدرس + ه.
    if (parts.includes('ال')) continue;
    for (const { stem, enclitic } of enclitcSplits(rest)) {
      out.push({ proclitics: [...parts], stem, enclitic, confirmed: false });
    }
  }
  for (const { stem, enclitic } of enclitcSplits(normalWord)) {
    out.push({ proclitics: [], stem, enclitic, confirmed: false });
  }
  out.push({ proclitics: [], stem: normalWord, enclitic: null, confirmed: false });
  // Shared between callers: frozen, so a caller that edits one fails loudly instead of corrupting the cache.
  for (const candidate of out) {
    Object.freeze(candidate.proclitics);
    Object.freeze(candidate);
  }
  return Object.freeze(out);
}

/** Proclitics that may be stripped without a lexicon (not the future marker س). */
const UNCONFIRMED_OK = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال']);

/**
 * Pick one analysis.
 * - With a lexicon: the unsegmented word if the lexicon knows it (so «كتاب»
 *   is never read as ك+تاب), else the first candidate whose stem it
 *   confirms (`confirmed: true`).
 * - Otherwise (or if nothing is confirmed): strip the longest stack made of
 *   و/ف/ب/ل/ك/ال whose stem keeps ≥3 letters; never an enclitic.
 */
export function analyzeClitics(normalWord: string, lexicon?: (stem: string) => boolean): CliticAnalysis {
  if (lexicon) {
    if (lexicon(normalWord)) return { proclitics: [], stem: normalWord, enclitic: null, confirmed: true };
    for (const candidate of cliticCandidates(normalWord)) {
      if (lexicon(candidate.stem)) return { ...candidate, confirmed: true };
    }
  }
  const max = Math.min(MAX_STACK_LENGTH, normalWord.length - 3);
  for (let k = max; k >= 1; k--) {
    const parts = STACK_PARTS.get(normalWord.slice(0, k));
    if (!parts || !parts.every((p) => UNCONFIRMED_OK.has(p))) continue;
    return { proclitics: [...parts], stem: normalWord.slice(k), enclitic: null, confirmed: false };
  }
  return { proclitics: [], stem: normalWord, enclitic: null, confirmed: false };
}

/**
 * @bayan/lexicon: Arabic word forms (Ayaspell) with clitic-aware look-up,
 * derived verb-form patterns and confusion-class candidates. Pure: importing
 * it loads no data; the automaton (data/words.bin, or base64 in the browser
 * entry) is read on the first `loadLexicon()`, once per process or worker
 * (see load.ts).
 */
import { ENCLITICS, normalizeWord, PROCLITIC_STACKS } from '@bayan/arabic';
import {
  editVariants,
  LETTER_CLASSES,
  letterVariants,
  shaddaVariants,
  type ConfusionKind,
  type Variant,
} from './candidates.js';
import { Dafsa } from './dafsa.js';
import * as data from './data/meta.js';
import { allows, breadth, FLAG } from './flags.js';
import { derivedVerbForm, type VerbForm } from './patterns.js';
import { loadEdges } from './load.js';

export { FLAG, allows, breadth } from './flags.js';
export { derivedVerbForm, type VerbForm } from './patterns.js';
export {
  letterVariants,
  editVariants,
  shaddaVariants,
  LETTER_CLASSES,
  type ConfusionKind,
  type Variant,
} from './candidates.js';

/** Where the word list comes from (also in package.json and the README). */
export const LEXICON_SOURCE: {
  readonly name: string;
  readonly version: string;
  readonly licence: string;
  readonly forms: number;
} = data.SOURCE;

export interface LexiconAnalysis {
  /** Proclitics as @bayan/arabic names them, e.g. ['و', 'ب', 'ال']. */
  proclitics: readonly string[];
  /** The clitic-free form the lexicon knows (ة restored: «حكومتهم» → «حكومة»). */
  stem: string;
  enclitic: string | null;
  /** Clitic classes attested for the stem (see FLAG). */
  flags: number;
}

export interface Candidate extends Variant {
  /** Frequency score of the corrected word (see Lexicon.frequency). */
  frequency: number;
}

export interface CandidateOptions {
  /** Also single-letter edits (extra, missing, swapped letters). Default true. */
  edits?: boolean;
  /** At most this many candidates. Default 8. */
  limit?: number;
}

export interface NumberForms {
  /** Known forms of the same noun in the other numbers (clitic-free, article-free). */
  singular: string[];
  dual: string[];
  plural: string[];
}

export class Lexicon {
  constructor(private readonly dafsa: Dafsa) {}

  /** Clitic flags of a clitic-free, unvocalised form, or -1 when unknown. */
  flags(form: string): number {
    return this.dafsa.flags(form);
  }

  /** Is this exact clitic-free form known (no clitic analysis)? */
  hasForm(form: string): boolean {
    return this.dafsa.flags(form) >= 0;
  }

  /**
   * The analysis of a word (harakat and tatweel are ignored) into
   * proclitics + known stem + enclitic, where the stem accepts those clitics;
   * the unsegmented word first. Null when the word is not known.
   */
  analyse(word: string): LexiconAnalysis | null {
    const normal = normalizeWord(word);
    if (normal.length === 0) return null;
    const whole = this.dafsa.flags(normal);
    if (whole >= 0 && !this.interrogative(normal, whole))
      return { proclitics: [], stem: normal, enclitic: null, flags: whole };
    // The segmentations of @bayan/arabic's cliticCandidates, computed here without its cache:
    // candidate generation asks about hundreds of non-words per unknown word.
    let best: LexiconAnalysis | null = null;
    const consider = (proclitics: readonly string[], stem: string, enclitic: string | null): void => {
      const flags = this.dafsa.flags(stem);
      if (flags < 0 || !allows(flags, proclitics, enclitic) || this.interrogative(stem, flags)) return;
      if (best === null || breadth(flags) > breadth(best.flags)) best = { proclitics, stem, enclitic, flags };
    };
    const max = Math.min(4, normal.length - 2);
    for (let k = max; k >= 1; k--) {
      const parts = STACK_PARTS.get(normal.slice(0, k));
      if (!parts) continue;
      const rest = normal.slice(k);
      consider(parts, rest, null);
      encliticSplits(rest, (stem, enclitic) => consider(parts, stem, enclitic));
    }
    encliticSplits(normal, (stem, enclitic) => consider(NONE, stem, enclitic));
    return best ?? this.defectiveImperfect(normal);
  }

  /**
   * A form the source has only as the interrogative hamza «أ» before
   * another word: «أجتماع» (أ + اجتماع, the two alifs written as one),
   * «أفبالمكافحة» (أ + ف + ب + ال + مكافحة). Ayaspell generates them; a
   * real word in «أ» takes و/ف or the article or another proclitic
   * («وأكثر», «الأكثر»), these take none, and they are exactly the forms a
   * dropped or misplaced hamza makes («أجتماع» for «اجتماع»), so the look-up
   * does not know them.
   */
  private interrogative(form: string, flags: number): boolean {
    if (form.charCodeAt(0) !== 0x623 || (flags & PROCLITIC_CLASSES) !== 0 || form.length < 4) return false;
    const rest = form.slice(1);
    if (this.dafsa.flags(`ا${rest}`) >= 0) return true;
    return STACK_PARTS.has(rest[0]!) && this.analyse(rest) !== null;
  }

  /**
   * The imperfect of a derived defective verb («تنتهي», «سينتهي») known
   * through its past («انتهى»): the build drops such forms through chained
   * reductions («تنتهي» = تنته + ي, «تنته» = تنت + ه; see README, Limits).
   * With و/ف and the future «س» or ل before it; never the article.
   */
  private defectiveImperfect(normal: string): LexiconAnalysis | null {
    for (let k = Math.min(3, normal.length - 5); k >= 0; k--) {
      const parts = k === 0 ? NONE : STACK_PARTS.get(normal.slice(0, k));
      if (!parts || parts.includes('ال') || parts.includes('ب') || parts.includes('ك')) continue;
      const rest = normal.slice(k);
      if (!/^[يتنأ].{3,}ي$/u.test(rest)) continue;
      const past = `ا${rest.slice(1, -1)}ى`;
      const flags = this.dafsa.flags(past);
      if (flags >= 0 && derivedVerbForm(past) !== undefined)
        return { proclitics: parts, stem: rest, enclitic: null, flags };
    }
    return null;
  }

  /**
   * Is the word (normal form) the imperfect of a derived defective verb whose past the lexicon knows
   * («وتنتهي» ← «انتهى»), whatever other segmentation the look-up found for it («تنته» + ي)?
   */
  derivedImperfect(normal: string): boolean {
    return this.defectiveImperfect(normal) !== null;
  }

  /** Is the word known, with its clitics («وبالحكومة», «لحكومتهم»)? */
  has(word: string): boolean {
    return this.analyse(word) !== null;
  }

  /**
   * Frequency score of a word: 0 when unknown, else 1 + the number of clitic
   * classes the source attests for its stem (1–10); an indefinite accusative
   * in «ـا» counts the classes of its noun too. The source has no corpus
   * counts: breadth of attestation stands in for frequency (see README).
   */
  frequency(word: string): number {
    const analysis = this.analyse(word);
    if (analysis === null) return 0;
    let flags = analysis.flags;
    // The indefinite accusative («آفاقا», «آثارا») takes few clitics itself: it is scored as the
    // noun it inflects (the form without the tanween alif, when that form takes the article).
    const stem = analysis.stem;
    if (stem.length >= 4 && stem.endsWith('ا')) {
      const noun = this.dafsa.flags(stem.slice(0, -1));
      if (noun >= 0 && (noun & FLAG.article) !== 0) flags |= noun;
    }
    return 1 + breadth(flags);
  }

  /**
   * Known variants of a word along the confusion classes (and, unless
   * `edits: false`, single-letter edits), best first: letter classes before
   * edits, then by frequency. The word itself is never a candidate. A word
   * written with a shadda where Arabic has none («تعاوّن») gets only the
   * `shadda` variants (the shadda removed, `index` in the word as written).
   */
  candidates(word: string, options: CandidateOptions = {}): Candidate[] {
    const normal = normalizeWord(word);
    const limit = options.limit ?? 8;
    // A shadda where none can be («تعاوّن»): removing it is the candidate, when the letters are known.
    const shadda: Candidate[] = [];
    for (const v of shaddaVariants(word)) {
      const frequency = this.frequency(v.text);
      if (frequency > 0) shadda.push({ ...v, frequency });
    }
    if (shadda.length > 0) return shadda.slice(0, limit);
    const seen = new Set<string>([normal]);
    const letters: Candidate[] = [];
    for (const v of letterVariants(normal)) {
      if (seen.has(v.text)) continue;
      seen.add(v.text);
      const frequency = this.frequency(v.text);
      if (frequency > 0) letters.push({ ...v, frequency });
    }
    const rank = (a: Candidate, b: Candidate): number =>
      b.frequency - a.frequency || classRank(a.kind) - classRank(b.kind);
    letters.sort(rank);
    if (options.edits === false) return letters.slice(0, limit);
    const edits: Candidate[] = [];
    for (const v of editVariants(normal)) {
      if (seen.has(v.text)) continue;
      seen.add(v.text);
      const frequency = this.frequency(v.text);
      if (frequency > 0) edits.push({ ...v, frequency });
    }
    edits.sort(rank);
    return [...letters, ...edits].slice(0, limit);
  }

  /**
   * A word written with أ or إ where the alif is hamzat al-wasl of a derived
   * verb form (VII–X) or its verbal noun: the corrected word, its form and the
   * offset of the alif in the normalised word. The alif form must be known
   * (with its clitics) and the hamza form not.
   */
  hamzaWasl(word: string): { text: string; form: VerbForm; index: number } | null {
    const normal = normalizeWord(word);
    for (let i = 0; i < normal.length && i <= 4; i++) {
      const ch = normal[i];
      if (ch !== 'أ' && ch !== 'إ') continue;
      const text = normal.slice(0, i) + 'ا' + normal.slice(i + 1);
      const analysis = this.analyse(text);
      if (analysis === null || this.has(normal)) return null;
      const stemStart = text.indexOf(analysis.stem.slice(0, 2), i);
      if (stemStart !== i) return null;
      const form = derivedVerbForm(analysis.stem);
      return form ? { text, form, index: i } : null;
    }
    return null;
  }

  /**
   * Known forms of a noun in the other numbers (sound patterns only:
   * ـان/ـين duals, ـون/ـين/ـات plurals), from any of its forms.
   */
  numberForms(form: string): NumberForms {
    const normal = normalizeWord(form);
    const singulars = new Set<string>();
    singulars.add(normal);
    for (const [ending, restore] of [
      ['ات', ['ة', '']],
      ['تان', ['ة']],
      ['تين', ['ة']],
      ['ان', ['']],
      ['ين', ['']],
      ['ون', ['']],
    ] as const) {
      if (normal.length - ending.length >= 2 && normal.endsWith(ending)) {
        for (const r of restore) singulars.add(normal.slice(0, -ending.length) + r);
      }
    }
    const out: NumberForms = { singular: [], dual: [], plural: [] };
    const add = (list: string[], w: string): void => {
      if (w !== normal && !list.includes(w) && this.hasForm(w)) list.push(w);
    };
    for (const s of singulars) {
      add(out.singular, s);
      const base = s.endsWith('ة') ? s.slice(0, -1) : s;
      const fem = s.endsWith('ة');
      add(out.dual, fem ? `${base}تان` : `${s}ان`);
      add(out.dual, fem ? `${base}تين` : `${s}ين`);
      add(out.plural, `${base}ات`);
      if (!fem) {
        add(out.plural, `${s}ون`);
        add(out.plural, `${s}ين`);
      }
    }
    out.singular = out.singular.filter((w) => !out.dual.includes(w) && !out.plural.includes(w));
    return out;
  }
}

const NONE: readonly string[] = Object.freeze([]);
/** Clitic classes of the proclitics (not the pronoun suffixes). */
const PROCLITIC_CLASSES = FLAG.conj | FLAG.bi | FLAG.li | FLAG.ka | FLAG.future | FLAG.article;

/** Proclitic stack as written → its parts («ولل» → و، ل، ال), for every stack @bayan/arabic knows. */
const STACK_PARTS = new Map<string, readonly string[]>();
for (const stack of PROCLITIC_STACKS) {
  const parts: string[] = [];
  let rest = stack;
  if (rest[0] === 'و' || rest[0] === 'ف') {
    parts.push(rest[0]);
    rest = rest.slice(1);
  }
  if (rest === 'لل') parts.push('ل', 'ال');
  else {
    if (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك' || rest[0] === 'س') {
      parts.push(rest[0]);
      rest = rest.slice(1);
    }
    if (rest === 'ال') parts.push('ال');
  }
  STACK_PARTS.set(stack, Object.freeze(parts));
}

/** Stems once an enclitic is removed (ة written ت, ى written ي before it), as @bayan/arabic does. */
function encliticSplits(rest: string, visit: (stem: string, enclitic: string) => void): void {
  for (const enclitic of ENCLITICS) {
    if (rest.length - enclitic.length < 2 || !rest.endsWith(enclitic)) continue;
    const stem = rest.slice(0, -enclitic.length);
    const last = stem[stem.length - 1];
    if (last === 'ت') visit(`${stem.slice(0, -1)}ة`, enclitic);
    else if (last === 'ي') visit(`${stem.slice(0, -1)}ى`, enclitic);
    visit(stem, enclitic);
  }
}

function classRank(kind: ConfusionKind): number {
  const i = LETTER_CLASSES.indexOf(kind);
  return i < 0 ? LETTER_CLASSES.length : i;
}

let instance: Lexicon | undefined;

/** The lexicon, read on the first call (one file read in Node, ≈ 1 ms), then shared. */
export function loadLexicon(): Lexicon {
  instance ??= new Lexicon(new Dafsa(loadEdges(), data.ROOT, data.ALPHABET));
  return instance;
}

/** Has the lexicon been loaded in this process (or worker) yet? */
export function lexiconLoaded(): boolean {
  return instance !== undefined;
}

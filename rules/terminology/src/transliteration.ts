/**
 * Two spellings of one transliterated name in one document («فولكنر» and
 * «فالكونر»), found from the text itself. Arabic has no capital letters, so
 * names are told from ordinary words by elimination:
 *
 * 1. Candidates: Arabic words (no digits, no Latin), stripped of the
 *    proclitics و ف ب ل ك that their clitic analysis finds (see `stemOf` for
 *    which split is kept), of at least 4 letters, not starting with the
 *    article (transliterated names of people do not take «ال»; Arabic place
 *    names that do are spelled one way), not a common word (the data list,
 *    with its suffixed forms), and not seen in the document in a form that
 *    only ordinary words take: with the article, with a plural or pronoun
 *    suffix, or conjugated (ي/ت/ن + the word).
 * 2. Two candidate spellings are one name when they begin and end with the
 *    same letter, neither is an inflection of the other (the same word with
 *    a different suffix: ون/ين, ة/ية…; «…اء» broken plurals; «م…» nouns with
 *    «ا» after the second letter, مفعل/مفاعل), and either their skeletons
 *    (the first letter plus every letter that is not ا و ي ى or a hamza) are
 *    equal, or both have at least 6 letters and their skeletons differ by one
 *    substitution between letters that render the same foreign sound (ج/غ/ق/ك,
 *    ت/ط, س/ص/ث, د/ض/ذ, ز/ذ/ظ, ه/ح). The skeleton must have at least 4 letters:
 *    shorter ones are Arabic roots in their patterns (كاتب/كتاب).
 */
import { analyzeClitics, cliticCandidates, memoize, normalize, normalizeWord } from '@bayan/arabic';

/** One Arabic word of the document. */
export interface WordToken {
  /** Offsets of the word in the document. */
  start: number;
  end: number;
  /** The word as written. */
  value: string;
  /** normalizeWord(value). */
  normal: string;
  /** Proclitics found by the word's clitic analysis (e.g. ['و','ب'], ['ف','ال']). */
  proclitics: readonly string[];
}

export interface CommonWords {
  /** Is this (normalised) word, or a clitic/suffix form of it, a common word? */
  has(word: string): boolean;
}

export interface Variant {
  token: WordToken;
  /** Document offset where the name begins (after the proclitics). */
  nameStart: number;
  /** The name as written here (normalised). */
  form: string;
  /** The spelling to write (the majority form). */
  expected: string;
  /** Forms of this name and how often each occurs, majority first. */
  counts: Array<{ label: string; count: number }>;
}

const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/u;
const MIN_LETTERS = 4;
const MIN_SKELETON = 4;
const MIN_LONG = 6;
const HAMZA = /[ءؤئ]/gu;

/** Folded for comparison: أ/إ/آ/ٱ→ا, ى→ي, ة→ه (normalizeWord's fold). */
const fold = memoize((word: string): string => normalizeWord(word, { fold: true }));

/** First letter, then every letter that is not a long vowel or a hamza seat. */
export const skeleton = memoize((word: string): string => {
  const f = fold(word);
  return f.slice(0, 1) + f.slice(1).replace(/[اويءؤئ]/gu, '');
});

/** Suffix morphemes (folded): two words that differ only in these are one word inflected. */
const SUFFIXES = [
  '',
  'ا',
  'ات',
  'يات',
  'ان',
  'ون',
  'ين',
  'وا',
  'ه',
  'يه',
  'ها',
  'هم',
  'هما',
  'ي',
  'يا',
  'يين',
  'يون',
  'ت',
  'تم',
  'نا',
  'اء',
];
/** Suffixes that only ordinary words take (names do not). */
const WORD_SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'وا', 'ها', 'هم', 'هما', 'تم', 'نا'];

function bases(folded: string): string[] {
  const out: string[] = [];
  for (const suffix of SUFFIXES) {
    if (folded.length - suffix.length >= 2 && folded.endsWith(suffix))
      out.push(folded.slice(0, folded.length - suffix.length));
  }
  return out;
}

/** The same word with different suffixes (المتحدون/المتحدين, دولي/دولية, يشكل/يشكلون). */
function inflections(a: string, b: string): boolean {
  const fb = new Set(bases(fold(b)));
  return bases(fold(a)).some((base) => fb.has(base));
}

const SOUND_CLASSES = ['جغقكگ', 'تط', 'سصث', 'دضذ', 'زذظ', 'هح', 'فڤ', 'بپ'];
const sameSound = (x: string, y: string): boolean =>
  x === y || SOUND_CLASSES.some((c) => c.includes(x) && c.includes(y));

/** «م» + consonant + «ا» where the other has two consonants: a broken plural (مجالس of مجلس). */
function brokenPluralOf(plural: string, singular: string): boolean {
  return plural.startsWith('م') && plural[2] === 'ا' && !/[اويءؤئ]/u.test(singular.slice(1, 3));
}

/** Are two different candidate spellings one name written two ways? */
export function sameName(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (a === b || fa[0] !== fb[0]) return false;
  // Only a hamza seat, ى/ي or ة/ه differs (أوستن/اوستن, مصطفى/مصطفي, ادعاءات/ادعائات): a
  // spelling slip of one word, which the orthography pack reports.
  if (fa.replace(HAMZA, 'ء') === fb.replace(HAMZA, 'ء')) return false;
  if (inflections(a, b)) return false;
  if (fa.endsWith('اء') !== fb.endsWith('اء')) return false;
  if (brokenPluralOf(fa, fb) || brokenPluralOf(fb, fa)) return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa.length < MIN_SKELETON || sb.length < MIN_SKELETON) return false;
  const lastA = fa[fa.length - 1]!;
  const lastB = fb[fb.length - 1]!;
  if (sa === sb) return lastA === lastB;
  if (fa.length < MIN_LONG || fb.length < MIN_LONG || sa.length !== sb.length) return false;
  let differences = 0;
  for (let k = 1; k < sa.length; k++) {
    if (sa[k] === sb[k]) continue;
    if (!sameSound(sa[k]!, sb[k]!)) return false;
    differences++;
  }
  return differences === 1 && sameSound(lastA, lastB);
}

/** A common-word list: folded words; a word is common if it, or a clitic/suffix form of it, is listed. */
export function commonWords(words: Iterable<string>): CommonWords {
  const set = new Set<string>();
  for (const word of words) set.add(fold(word));
  const listed = (stem: string): boolean => {
    const f = fold(stem);
    if (set.has(f)) return true;
    for (const base of bases(f)) {
      if (set.has(base) || set.has(`${base}ه`)) return true;
      if (base.endsWith('ت') && set.has(`${base.slice(0, -1)}ه`)) return true;
    }
    // Present tense of a listed past (يجتمع ← اجتمع) or of a listed verb (يتعاون ← تعاون).
    // (Not ت: it also begins verbal nouns, and تقديم is no form of قديم.)
    if (/^[ين]/u.test(f) && (set.has(f.slice(1)) || set.has(`ا${f.slice(1)}`))) return true;
    return false;
  };
  // The list never changes and documents share most of their words: each word is judged once.
  const known = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let answer = known.get(word);
      if (answer === undefined) {
        answer =
          listed(word) || cliticCandidates(normalizeWord(word)).some((c) => c.stem.length >= 2 && listed(c.stem));
        if (known.size >= 100_000) known.clear();
        known.set(word, answer);
      }
      return answer;
    },
  };
}

// ---------------------------------------------------------------- keys and per-document marks

/**
 * Strings (words, stems, skeletons, bucket keys) as small integers,
 * process-wide: what one document knows about them is kept in typed arrays
 * (`KeyMarks`) instead of Maps and Sets built for every document. A few keys
 * per distinct word, kept as long as the word memos keep the word.
 */
const keys = new Map<string, number>();

function keyOf(s: string): number {
  let k = keys.get(s);
  if (k === undefined) keys.set(s, (k = keys.size));
  return k;
}

/** The key of a string if it has one, else -1 (no key: no document has marked it). */
const knownKey = (s: string): number => keys.get(s) ?? -1;

/**
 * An integer per key, for one document at a time: `start()` forgets every
 * value at once (a new generation, nothing cleared); a key not set since
 * reads -1.
 */
class KeyMarks {
  #generation = 1;
  #stamp = new Int32Array(1024);
  #value = new Int32Array(1024);

  start(): void {
    if (this.#generation === 0x7fffffff) {
      this.#stamp.fill(0);
      this.#generation = 0;
    }
    this.#generation++;
  }

  get(key: number): number {
    return key >= 0 && key < this.#stamp.length && this.#stamp[key] === this.#generation ? this.#value[key]! : -1;
  }

  set(key: number, value: number): void {
    if (key >= this.#stamp.length) {
      const length = Math.max(key + 1, this.#stamp.length * 2);
      const stamp = new Int32Array(length);
      stamp.set(this.#stamp);
      const values = new Int32Array(length);
      values.set(this.#value);
      this.#stamp = stamp;
      this.#value = values;
    }
    this.#stamp[key] = this.#generation;
    this.#value[key] = value;
  }
}

// ---------------------------------------------------------------- words

interface Split {
  /** Letters of the normalised word before the name. */
  prefix: number;
  stem: string;
  /** The word begins like «فال…»/«وال…»: its analysis found an article after the prefix. */
  articleLike: boolean;
  /** The stem folded, and its skeleton. */
  folded: string;
  skeleton: string;
  /** What `Family.ordinary` looks up for this stem (`ordinaryForms`; made on first need, as the two below). */
  ordinaryForms: readonly string[] | undefined;
  /** The keys of `ordinaryForms` (-1: none yet), as of when `keys` had `ordinaryKeysAt` keys. */
  ordinaryKeys: number[] | undefined;
  ordinaryKeysAt: number;
  /** Keys of the stem, of its folded form, of its skeleton, and of its skeleton's buckets (`nameBuckets`). */
  key: number;
  foldedKey: number;
  skeletonKey: number;
  bucketKeys: readonly number[] | undefined;
  /** Of an article-like split: the key of its stem after the article, folded (what `Family.elsewhere` reads); else -1. */
  afterArticleKey: number | undefined;
}

/** The stem of a «فال…»-like split once its article is taken off (per split, once per process). */
const stemAfterArticle = memoize((stem: string): string => analyzeClitics(stem).stem);

/** `splits` per word (its proclitics follow from its normal form); bounded. */
const splitsByWord = new Map<string, readonly Split[]>();

function splitsOf(normal: string, proclitics: readonly string[]): readonly Split[] {
  let out = splitsByWord.get(normal);
  if (out === undefined) {
    out = splits(normal, proclitics);
    if (splitsByWord.size >= 50_000) splitsByWord.clear();
    splitsByWord.set(normal, out);
  }
  return out;
}

/** Splits of a word into proclitics (و ف ب ل ك, never the article) and a possible name, least stripped first. */
function splits(normal: string, proclitics: readonly string[]): Split[] {
  const letters = proclitics.filter((p) => p !== 'ال');
  const articleLike = letters.length < proclitics.length;
  const out: Split[] = [];
  // With an article the last split would start with «ال» (or «لل»): that is no name.
  const last = articleLike ? letters.length - 1 : letters.length;
  for (let k = 0; k <= last; k++) {
    const stem = normal.slice(k);
    const folded = fold(stem);
    const sk = skeleton(stem);
    out.push({
      prefix: k,
      stem,
      articleLike,
      folded,
      skeleton: sk,
      ordinaryForms: undefined,
      ordinaryKeys: undefined,
      ordinaryKeysAt: -1,
      key: keyOf(stem),
      foldedKey: keyOf(folded),
      skeletonKey: keyOf(sk),
      bucketKeys: undefined,
      afterArticleKey: undefined,
    });
  }
  return out;
}

// Most splits are never a name's: what only a name's split needs is made on first need.
const ordinaryFormsOf = (split: Split): readonly string[] => (split.ordinaryForms ??= ordinaryForms(split.folded));

/**
 * `knownKey` of each of `ordinaryFormsOf(split)`: looked up again only when
 * keys were added since (a form with no key may have one now), so a warm
 * process reads an array instead of a Map per form.
 */
function ordinaryKeysOf(split: Split): readonly number[] {
  let out = split.ordinaryKeys;
  if (out !== undefined && split.ordinaryKeysAt === keys.size) return out;
  const forms = ordinaryFormsOf(split);
  if (out === undefined) out = split.ordinaryKeys = forms.map(knownKey);
  else for (let f = 0; f < forms.length; f++) if (out[f] === -1) out[f] = knownKey(forms[f]!);
  split.ordinaryKeysAt = keys.size;
  return out;
}
const bucketKeysOf = (split: Split): readonly number[] => (split.bucketKeys ??= nameBuckets(split.skeleton).map(keyOf));
const afterArticleKeyOf = (split: Split): number =>
  (split.afterArticleKey ??= split.articleLike ? keyOf(fold(stemAfterArticle(split.stem))) : -1);

/**
 * The forms that only ordinary words take, of a folded stem: with a plural
 * or pronoun suffix, or conjugated (ي/ت/ن + the word). A document that writes
 * one of them tells that the stem is no name (`Family.ordinary`).
 */
function ordinaryForms(f: string): string[] {
  const out: string[] = [];
  const roots = f.endsWith('ه') ? [f, f.slice(0, -1)] : [f];
  for (const root of roots) {
    for (const suffix of WORD_SUFFIXES) out.push(root + suffix);
    if (root !== f) out.push(`${root}ت`);
  }
  for (const prefix of ['ي', 'ت', 'ن']) out.push(prefix + f);
  if (/^[يتنا]/u.test(f)) {
    for (const prefix of ['ي', 'ت', 'ن', 'ا']) if (prefix !== f[0]) out.push(prefix + f.slice(1));
  }
  return out;
}

/**
 * A word's proclitic splits, folded: «وللمجلس» → «وللمجلس», «للمجلس», «لمجلس», «مجلس» (the
 * analysis never strips enclitics), and its stem after an article (folded) if it has one. Per word,
 * once per process.
 */
const stemsOf = memoize((normal: string): { article: string | null; stems: readonly string[] } => {
  const analysis = analyzeClitics(normal);
  const stems: string[] = [];
  for (let k = 0; k <= normal.length - analysis.stem.length; k++) stems.push(fold(normal.slice(k)));
  return { article: analysis.proclitics.includes('ال') ? fold(analysis.stem) : null, stems };
});

// ---------------------------------------------------------------- what a document tells about stems

/** `Family`'s mark for a stem read in more than one distinct word. */
const SEVERAL = -2;
/** Folded stem → the key of the one distinct word it was read in, or SEVERAL (every stem seen is set). */
const stemOwner = new KeyMarks();
/** Folded stems seen after the article: 1. */
const articleStems = new KeyMarks();

/**
 * What the document tells about stems: forms only ordinary words take. One
 * document at a time: making a Family forgets the previous one.
 */
class Family {
  /** `words`: the document's distinct words. */
  constructor(words: readonly WordFacts[]) {
    stemOwner.start();
    articleStems.start();
    for (const word of words) {
      if (word.articleKey >= 0) articleStems.set(word.articleKey, 1);
      for (const stem of word.stemKeys) {
        const first = stemOwner.get(stem);
        if (first === -1) stemOwner.set(stem, word.key);
        else if (first !== word.key && first !== SEVERAL) stemOwner.set(stem, SEVERAL);
      }
    }
  }

  /** Its stem after the article is read in another distinct word too (e.g. «الكونر» of «فالكونر» also in «والكونر»). */
  elsewhere(split: Split, word: WordFacts): boolean {
    const first = stemOwner.get(afterArticleKeyOf(split));
    return first !== -1 && first !== word.key;
  }

  /** Seen with the article, a plural or pronoun suffix, or conjugated: an ordinary word. */
  ordinary(split: Split): boolean {
    if (articleStems.get(split.foldedKey) === 1) return true;
    for (const key of ordinaryKeysOf(split)) if (stemOwner.get(key) !== -1) return true;
    return false;
  }
}

/**
 * Keys (of a spelling's skeleton) under which two spellings that `sameName`
 * could join meet: the skeleton itself (equal skeletons), and for each letter after the first
 * the skeleton with that letter replaced by its sound class (one
 * same-sound substitution). `sameName` is false for any pair that shares
 * no key, so comparing bucket-mates only finds exactly the same pairs.
 */
export const nameBuckets = memoize((sk: string): readonly string[] => {
  if (sk.length < MIN_SKELETON) return [];
  const keys = [`=${sk}`];
  for (let k = 1; k < sk.length; k++) {
    for (let c = 0; c < SOUND_CLASSES.length; c++) {
      if (SOUND_CLASSES[c]!.includes(sk[k]!)) keys.push(`${k}:${sk.slice(0, k)}[${c}]${sk.slice(k + 1)}`);
    }
  }
  return keys;
});

/** What the rule needs of one distinct word, computed once per word (see `wordFacts`). */
export interface WordFacts {
  normal: string;
  proclitics: readonly string[];
  /** Arabic letters only: the words names are looked for in, and that tell about them. */
  letters: boolean;
  /** Keys of the word and of its skeleton; what it tells about stems (`stemsOf`), as keys (-1: no article). */
  key: number;
  skeletonKey: number;
  articleKey: number;
  stemKeys: readonly number[];
  /** The word's splits into proclitics and a possible name (`splits`). */
  splits: readonly Split[];
  /** Per split: does the word alone (length, the common words) let it be a name? */
  viable: readonly boolean[];
  /** Some split is viable: without one, the word is never a name in any document. */
  mayBeName: boolean;
}

const NO_SPLITS: readonly Split[] = [];
const NO_FLAGS: readonly boolean[] = [];
const NO_STEMS: readonly number[] = [];

/** A word's facts for a common-word list: what `findVariantsIn` reads instead of the word. */
export function wordFacts(normal: string, proclitics: readonly string[], common: CommonWords): WordFacts {
  if (!ARABIC_WORD.test(normal))
    return {
      normal,
      proclitics,
      letters: false,
      key: -1,
      skeletonKey: -1,
      articleKey: -1,
      stemKeys: NO_STEMS,
      splits: NO_SPLITS,
      viable: NO_FLAGS,
      mayBeName: false,
    };
  const options = splitsOf(normal, proclitics);
  // The checks of `candidate` below that read the word alone.
  const viable = options.map(
    (split) =>
      split.stem.length >= MIN_LETTERS &&
      !common.has(split.stem) &&
      (!split.articleLike || !common.has(stemAfterArticle(split.stem))),
  );
  const { article, stems } = stemsOf(normal);
  return {
    normal,
    proclitics,
    letters: true,
    key: keyOf(normal),
    skeletonKey: keyOf(skeleton(normal)),
    articleKey: article === null ? -1 : keyOf(article),
    stemKeys: stems.map(keyOf),
    splits: options,
    viable,
    mayBeName: viable.includes(true),
  };
}

/**
 * The words of a document as `findVariantsIn` reads them: word k (in
 * document order) is distinct word `ids[k]`, with `facts[ids[k]]`; words that
 * have no Arabic letters only or that are skipped are left out by the caller.
 */
export interface WordSequence {
  count: number;
  ids: ArrayLike<number>;
  /** Offsets of word k in the document. */
  start(k: number): number;
  end(k: number): number;
  /** Facts by id (only the ids of `ids` are read). */
  facts: ReadonlyArray<WordFacts | undefined>;
  /** Each id of `ids` once. */
  distinct: readonly number[];
  /** Word k as written. */
  value(k: number): string;
}

/**
 * The minority spellings of names written two ways. `skip(start, end)` leaves
 * words out altogether (e.g. the terms of the active dictionaries, which
 * terminology/consistent-terms checks).
 */
export function findVariants(
  all: readonly WordToken[],
  common: CommonWords,
  skip?: (start: number, end: number) => boolean,
): Variant[] {
  const kept = all.filter((t) => ARABIC_WORD.test(t.normal) && !skip?.(t.start, t.end));
  const idOf = new Map<string, number>();
  const facts: WordFacts[] = [];
  const ids = kept.map((t) => {
    let id = idOf.get(t.normal);
    if (id === undefined) {
      idOf.set(t.normal, (id = facts.length));
      facts.push(wordFacts(t.normal, t.proclitics, common));
    }
    return id;
  });
  return findVariantsIn({
    count: kept.length,
    ids,
    start: (k) => kept[k]!.start,
    end: (k) => kept[k]!.end,
    facts,
    distinct: facts.map((_, id) => id),
    value: (k) => kept[k]!.value,
  });
}

/** `findVariants` over a word sequence (its words already filtered; its facts made with the common-word list). */
/** Word keys of the document → 1 (the words as written on their own). */
const bareWords = new KeyMarks();
/** Skeleton key → the last distinct word (its index) with that skeleton; earlier ones by `sameSkeleton`. */
const skeletonLast = new KeyMarks();
/** Stem key → the index of that name in `findVariantsIn`'s names. */
const nameOf = new KeyMarks();
/** Bucket key → the last name entry put in that bucket; earlier ones by `inBucket`. */
const bucketLast = new KeyMarks();

/**
 * `findVariantsIn`'s per-document arrays, reused (one document at a time, as
 * the marks above): a fresh typed array per document costs more than filling it.
 */
let skeletonScratch = new Int32Array(1024);
let nameScratch = new Int32Array(4096);
let parentScratch = new Int32Array(256);
const chosenScratch: Array<Split | undefined> = [];

export function findVariantsIn(words: WordSequence): Variant[] {
  const { facts, distinct } = words;
  // Most words can never be a name (too short, common): a document without one has no variants.
  if (!distinct.some((id) => facts[id]!.mayBeName)) return [];
  // What the document tells about stems and the words written on their own depend on its
  // distinct words only, not on how often each occurs.
  let familyOf: Family | null = null;
  const family = (): Family => (familyOf ??= new Family(distinct.map((id) => facts[id]!)));
  // Asked once per distinct word (see `chosen` below): nothing to cache here.
  const candidate = (split: Split, word: WordFacts): boolean => {
    if (family().ordinary(split)) return false;
    if (!split.articleLike) return true;
    // «فالكونر» is a name only if «الكونر» is nothing else in the document.
    return !family().elsewhere(split, word);
  };

  // Words as written on their own (the first split of every word), by skeleton: a chain per
  // skeleton through `sameSkeleton`. Only words with a proclitic ask for them: made on the first question.
  let sameSkeleton: Int32Array | null = null;
  const bare = (): Int32Array => {
    if (sameSkeleton) return sameSkeleton;
    bareWords.start();
    skeletonLast.start();
    if (skeletonScratch.length < distinct.length)
      skeletonScratch = new Int32Array(Math.max(distinct.length, skeletonScratch.length * 2));
    sameSkeleton = skeletonScratch;
    for (let d = 0; d < distinct.length; d++) {
      const word = facts[distinct[d]!]!;
      bareWords.set(word.key, 1);
      sameSkeleton[d] = skeletonLast.get(word.skeletonKey);
      skeletonLast.set(word.skeletonKey, d);
    }
    return sameSkeleton;
  };
  const hasBarePartner = (split: Split): boolean => {
    const chain = bare();
    if (bareWords.get(split.key) === 1) return true;
    for (let d = skeletonLast.get(split.skeletonKey); d >= 0; d = chain[d]!) {
      if (sameName(split.stem, facts[distinct[d]!]!.normal)) return true;
    }
    return false;
  };

  // The name in each word: the most stripped split that the document also
  // writes on its own («وفولكنر» → «فولكنر» when «فولكنر» occurs), else the word.
  // The split depends on the word alone: chosen once per distinct word (none: no name in it).
  // Read only at the ids of the sequence, which are the distinct ids: those are cleared, the rest is left.
  const chosen = chosenScratch;
  while (chosen.length < facts.length) chosen.push(undefined);
  for (const id of distinct) chosen[id] = undefined;
  let anyChosen = false;
  for (const id of distinct) {
    const word = facts[id]!;
    if (!word.mayBeName) continue;
    const options = word.splits;
    let pick = 0; // none: «الـ» + word
    for (let k = options.length - 1; k >= 1; k--) {
      if (hasBarePartner(options[k]!)) {
        pick = k;
        break;
      }
    }
    if (pick < options.length && word.viable[pick] && candidate(options[pick]!, word)) {
      chosen[id] = options[pick]!;
      anyChosen = true;
    }
  }
  if (!anyChosen) return [];

  // The distinct names (chosen splits) in order of first occurrence, and each word's name.
  nameOf.start();
  const names: Split[] = [];
  const counts: number[] = [];
  if (nameScratch.length < words.count) nameScratch = new Int32Array(Math.max(words.count, nameScratch.length * 2));
  const nameAt = nameScratch;
  nameAt.fill(-1, 0, words.count);
  for (let k = 0; k < words.count; k++) {
    const split = chosen[words.ids[k]!];
    if (!split) continue;
    let n = nameOf.get(split.key);
    if (n === -1) {
      n = names.length;
      nameOf.set(split.key, n);
      names.push(split);
      counts.push(0);
    }
    counts[n]!++;
    nameAt[k] = n;
  }

  if (parentScratch.length < names.length)
    parentScratch = new Int32Array(Math.max(names.length, parentScratch.length * 2));
  const parent = parentScratch;
  for (let n = 0; n < names.length; n++) parent[n] = n;
  const find = (n: number): number => {
    let p = parent[n]!;
    while (p !== parent[p]) p = parent[p]!;
    parent[n] = p;
    return p;
  };
  // Only names that share a bucket can be one name (see `nameBuckets`), so
  // each is compared with its few bucket-mates, not with every other name:
  // the work grows with the document, not with its square. Each bucket is a
  // chain of entries (name, next) through `inBucket`.
  bucketLast.start();
  const entryName: number[] = [];
  const inBucket: number[] = [];
  for (let j = 0; j < names.length; j++) {
    const b = names[j]!;
    bucketKeysOf(b).forEach((bucket, q) => {
      // A name's first bucket is its «=» bucket (equal skeletons), which no other kind of key matches.
      const equalOnly = q === 0;
      for (let e = bucketLast.get(bucket); e >= 0; e = inBucket[e]!) {
        const i = entryName[e]!;
        const a = names[i]!;
        // Equal skeletons share every key: they are compared in their «=» bucket only.
        if (!equalOnly && a.skeleton === b.skeleton) continue;
        // Two «فال…»-like words are more likely «و/ف + ال + word» than a name.
        if (a.articleLike && b.articleLike) continue;
        if (sameName(a.stem, b.stem)) parent[find(i)] = find(j);
      }
      inBucket.push(bucketLast.get(bucket));
      entryName.push(j);
      bucketLast.set(bucket, entryName.length - 1);
    });
  }

  const clusters = new Map<number, number[]>();
  for (let n = 0; n < names.length; n++) {
    const root = find(n);
    const list = clusters.get(root);
    if (list) list.push(n);
    else clusters.set(root, [n]);
  }
  const expectedOf: Array<{ expected: string; counts: Variant['counts'] } | undefined> = [];
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    // Majority first; a tie goes to the form that comes first in the document (names are in that order).
    members.sort((x, y) => counts[y]! - counts[x]! || x - y);
    const target = {
      expected: names[members[0]!]!.stem,
      counts: members.map((n) => ({ label: names[n]!.stem, count: counts[n]! })),
    };
    for (const member of members.slice(1)) expectedOf[member] = target;
  }

  const out: Variant[] = [];
  for (let k = 0; k < words.count; k++) {
    const n = nameAt[k]!;
    const target = n >= 0 ? expectedOf[n] : undefined;
    if (!target) continue;
    // This word's own split: words with one name may differ in their proclitics («ولننفوب», «ننفوب»).
    const split = chosen[words.ids[k]!]!;
    const word = facts[words.ids[k]!]!;
    const token: WordToken = {
      start: words.start(k),
      end: words.end(k),
      value: words.value(k),
      normal: word.normal,
      proclitics: word.proclitics,
    };
    const nameStart = token.start + normalize(token.value).toOriginal(split.prefix);
    out.push({ token, nameStart, form: split.stem, expected: target.expected, counts: target.counts });
  }
  return out;
}

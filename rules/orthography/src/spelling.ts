/**
 * Open-class spelling from @bayan/lexicon (Ayaspell's word forms).
 *
 * Each distinct Arabic word of the prose is looked up clitic-aware
 * («وبالحكومة» → و+ب+ال+حكومة). A word the lexicon does not know gets its
 * variants along the confusion classes (ة/ه, ى/ي, hamza seats, آ/ا, ض/ظ,
 * د/ذ, ت/ة) and, failing those, single-letter edits (an extra, missing or
 * swapped letter), kept when the lexicon knows them:
 *   - one letter-class variant, or one clearly better attested than the
 *     others → error with a fix that changes only that letter;
 *   - several plausible variants, or only edits → warning, one suggestion each;
 *   - none → `unknown` at info level, only with `unknownWords: true`.
 * Never an error: a word after a title or a kind of place or body
 * (data/spelling.yaml), a word with a Latin-script gloss beside it, the house
 * dictionary's terms, the config's accepted words (`orthography.words`,
 * `orthography.wordFiles`); those are at most `unknown`. A spelling written
 * the same way several times in the document keeps its finding but the fix
 * becomes a suggestion (a slip can be repeated, a name usually is).
 * Words that hamza-wasl or common-misspellings report are left to them.
 */
import {
  atLeast,
  cliticCandidates,
  memoizeWordInt,
  ENCLITICS,
  normalize,
  normalizeWord,
  PROCLITIC_STACKS,
  type TokenStream,
  type WordEntry,
} from '@bayan/arabic';
import { defineRule, embeddedDataFile, type Edit, type Locale, type SuggestDescriptor } from '@bayan/core';
import { loadLexicon, type Candidate, type ConfusionKind, type Lexicon } from '@bayan/lexicon';
import { waslShapeIndex } from './hamza-wasl.js';
import {
  contextSlips,
  maySlip,
  type ContextData,
  type ContextSlip,
  type ContextWords,
  type Cue,
} from './real-words.js';
import * as data from './data/spelling.generated.js';
import { spellingSettings } from './settings.js';
import { misspellingsFinder } from './misspellings-list.js';

export const spellingData = embeddedDataFile<{
  nameCues: string[];
  accept: string[];
  numberWords: string[];
  annaVerbs: string[];
  annaAfter: string[];
  particles: string[];
  imperfectParticles: string[];
  examples: { invalid: Array<{ text: string; output: string }>; valid: string[] };
}>(data);
const NAME_CUES = new Set(spellingData.data.nameCues.map((w) => normalizeWord(w)));
const ACCEPT = new Set(spellingData.data.accept.map((w) => normalizeWord(w)));

const CONTEXT_DATA: ContextData = {
  numberWords: new Set(spellingData.data.numberWords.map((w) => normalizeWord(w))),
  annaVerbs: new Set(spellingData.data.annaVerbs.map((w) => normalizeWord(w))),
  sayingVerbs: new Set([
    'قال',
    'قالت',
    'قالا',
    'قالتا',
    'قالوا',
    'يقول',
    'تقول',
    'يقولون',
    'تقولون',
    'نقول',
    'أقول',
    'قائلا',
    'قائلة',
    'قائلين',
  ]),
  annaAfter: new Set(spellingData.data.annaAfter.map((w) => normalizeWord(w))),
  particles: new Set(spellingData.data.particles.map((w) => normalizeWord(w))),
  imperfectParticles: new Set(spellingData.data.imperfectParticles.map((w) => normalizeWord(w))),
};

/** Why the context asks for the other word, per cue (docs/spelling.md, "Real-word slips"). */
const CUE_REASONS: Record<Cue, { ar: string; en: string }> = {
  number: { ar: 'العدد لا يتصل به ضمير', en: 'a number takes no possessive pronoun' },
  nisba: { ar: 'الصفة المنسوبة لا يتصل بها ضمير', en: 'a nisba adjective takes no possessive pronoun' },
  demonstrative: { ar: 'بعد «هذه» أو «تلك»', en: 'after «هذه» or «تلك»' },
  agreement: { ar: 'صفة لاسم مؤنث أو جمع قبلها', en: 'an adjective of the feminine or plural noun before it' },
  adjectiveAfter: { ar: 'بعدها صفة مؤنثة نكرة', en: 'an indefinite feminine adjective follows it' },
  idafa: {
    ar: 'مضاف إلى المعرفة بعده، والمضاف لا يتصل به ضمير',
    en: 'it is the first term of an idafa with the definite noun after it, which a pronoun suffix rules out',
  },
  masculineNisba: { ar: 'صفة منسوبة لاسم مذكر قبلها', en: 'a nisba adjective of the masculine noun before it' },
  feminineAgreement: {
    ar: 'صفة لاسم مؤنث أو جمع قبلها، فهي على «فُعلى»',
    en: 'an adjective of the feminine or plural noun before it, so the فُعلى form',
  },
  placeNoun: {
    ar: 'اسم مكان مضاف إلى المعرفة بعده',
    en: 'a noun of place, first term of an idafa with the definite noun after it',
  },
  elative: {
    ar: 'اسم تفضيل (أفعل) من فعل معتل الآخر',
    en: 'an elative (أفعل) of a root ending in a weak letter',
  },
  anna: { ar: 'بعد فعل أو حرف يليه «أنّ»', en: 'after a verb or particle that «أنّ» follows' },
  pair: { ar: 'مؤنث الاسم المعطوف عليه', en: 'the feminine of the noun it is joined to' },
  firstPerson: {
    ar: 'لا يكون ضمير المتكلم «ي» في السرد',
    en: 'the first-person «ي» (my) does not fit narration',
  },
  afal: {
    ar: 'على وزن «أفعل» في وسط الجملة، لا فعل أمر',
    en: 'the pattern أفعل in the middle of a clause, not an imperative',
  },
  brokenPlural: {
    ar: 'جمع على «أفعال» تصفه الصفة المؤنثة بعده، لا مصدر',
    en: 'a plural أفعال, as the feminine adjective after it shows, not a verbal noun',
  },
  waslPast: {
    ar: 'فعل ماض من الأوزان انفعل وافتعل واستفعل في سياق السرد، وألفه ألف وصل',
    en: 'a past verb of form VII, VIII or X in narration, whose alif is a wasl alif',
  },
  attestation: {
    ar: 'الكلمة المكتوبة نادرة، والأخرى شائعة',
    en: 'the word as written is rare, the other in wide use',
  },
};

/** How much better attested the best variant must be than the next for a fix. */
const CLEAR_MARGIN = 3;
const MAX_SUGGESTIONS = 3;

const LETTER_NAMES: Record<string, { ar: string; en: string }> = {
  ة: { ar: 'التاء المربوطة «ة»', en: 'ta marbuta (ة)' },
  ه: { ar: 'الهاء «ه»', en: 'ha (ه)' },
  ت: { ar: 'التاء المفتوحة «ت»', en: 'open ta (ت)' },
  ى: { ar: 'الألف المقصورة «ى»', en: 'alif maqsura (ى)' },
  ي: { ar: 'الياء «ي»', en: 'ya (ي)' },
  ا: { ar: 'الألف بلا همزة «ا»', en: 'bare alif (ا)' },
  أ: { ar: 'الهمزة على الألف «أ»', en: 'hamza above alif (أ)' },
  إ: { ar: 'الهمزة تحت الألف «إ»', en: 'hamza below alif (إ)' },
  آ: { ar: 'ألف المد «آ»', en: 'alif madda (آ)' },
  ء: { ar: 'الهمزة على السطر «ء»', en: 'hamza on the line (ء)' },
  ؤ: { ar: 'الهمزة على الواو «ؤ»', en: 'hamza on waw (ؤ)' },
  ئ: { ar: 'الهمزة على النبرة «ئ»', en: 'hamza on ya (ئ)' },
  و: { ar: 'الواو «و»', en: 'waw (و)' },
  ض: { ar: 'الضاد «ض»', en: 'dad (ض)' },
  ظ: { ar: 'الظاء «ظ»', en: 'za (ظ)' },
  د: { ar: 'الدال «د»', en: 'dal (د)' },
  ذ: { ar: 'الذال «ذ»', en: 'dhal (ذ)' },
};

function letterName(letter: string, locale: Locale): string {
  return LETTER_NAMES[letter]?.[locale] ?? (locale === 'ar' ? `«${letter}»` : `“${letter}”`);
}

const LETTER_KINDS = new Set<ConfusionKind>(['ta-marbuta', 'alef-maqsura', 'hamza', 'madda', 'dad-za', 'dal-dhal']);

/** Per process: words already looked up (the lexicon answers the same way everywhere). */
const KNOWN = new Map<string, boolean>();
const KNOWN_LIMIT = 100_000;

/** Per process: candidates of unknown words (hundreds of look-ups each, and names recur across files). */
const CANDIDATES = new Map<string, Candidate[]>();
const CANDIDATES_LIMIT = 10_000;

/** What a word is to this rule, as bits (`wordFlags`). */
const LOOK = 1; // unknown to the lexicon, or written with a shadda: the rule looks at it
const SLIP = 2; // a known word the context can show to be a slip of another (`maySlip`)

/**
 * Must the rule look at this word in its document: unknown, written with a shadda (LOOK), or a possible
 * real-word slip (SLIP)? 0 for any word that is not Arabic or shorter than two letters. Depends only on
 * the word (the config's accepted words are checked later): answered once per distinct written word per
 * process (memoizeWordInt; word entries are shared across documents). The lexicon is read on the first
 * Arabic word (once per process).
 */
const wordFlags = memoizeWordInt((entry: WordEntry): number => {
  if (entry.script !== 'arabic' || entry.normal.length < 2) return 0;
  const lexicon = loadLexicon();
  return (
    (entry.value.includes(SHADDA) || !known(lexicon, entry.normal) ? LOOK : 0) |
    (maySlip(lexicon, entry.normal, CONTEXT_DATA) ? SLIP : 0)
  );
});

function known(lexicon: Lexicon, normal: string): boolean {
  let answer = KNOWN.get(normal);
  if (answer === undefined) {
    answer = lexicon.has(normal);
    if (KNOWN.size >= KNOWN_LIMIT) KNOWN.clear();
    KNOWN.set(normal, answer);
  }
  return answer;
}

let scratch = new Int32Array(1024);
let flaggedScratch = new Int32Array(1024);

/**
 * Zeroed byte arrays for one document (per word id or word index), reused from document to document:
 * a typed array made per document costs more than its use while the code is cold. The rule reads one
 * document at a time and keeps nothing after `Prose`.
 */
const buffers = {
  list: [new Uint8Array(256), new Uint8Array(256), new Uint8Array(256)],
  /** Buffer `which`, its first `length` bytes zeroed. */
  bytes(which: number, length: number): Uint8Array {
    const buffer = (this.list[which] = atLeast(this.list[which]!, length));
    buffer.fill(0, 0, length);
    return buffer;
  },
};

/**
 * The words (and numbers) of the token stream in order, word `w` being token `tokens[w]` (the rule looks
 * back a few words from an unknown one): a view, no object or string per word.
 */
class ProseWords implements ContextWords {
  readonly length: number;
  readonly #tokens: Int32Array;
  readonly #stream: TokenStream;
  /** The indexes of the words whose id `flags` marks, in order: `flagged[0..flaggedCount)`. */
  readonly flagged: Int32Array;
  readonly flaggedCount: number;

  constructor(stream: TokenStream, flags: Uint8Array) {
    const { word, size } = stream;
    // Buffers for every document (the rule reads one document at a time, and never after `Prose`).
    const tokens = (scratch = atLeast(scratch, size));
    const flagged = (flaggedScratch = atLeast(flaggedScratch, size));
    let n = 0;
    let f = 0;
    for (let i = 0; i < size; i++) {
      const id = word[i]!;
      if (id < 0) continue;
      if (flags[id] !== 0) flagged[f++] = n;
      tokens[n++] = i;
    }
    this.#stream = stream;
    this.#tokens = tokens;
    this.length = n;
    this.flagged = flagged;
    this.flaggedCount = f;
  }

  /** The word id (index into `stream.words`) of word `w`. */
  id(w: number): number {
    return this.#stream.word[this.#tokens[w]!]!;
  }

  entry(w: number): WordEntry {
    return this.#stream.words[this.id(w)]!;
  }

  /** The word as written. */
  value(w: number): string {
    return this.entry(w).value;
  }

  start(w: number): number {
    return this.#stream.start[this.#tokens[w]!]!;
  }

  end(w: number): number {
    return this.#stream.end[this.#tokens[w]!]!;
  }
}

/** 1 for each word (by index in `all`) that holds the start of one of the list's matches. */
function listedWords(all: ProseWords, hits: ReadonlyArray<{ start: number }>): Uint8Array {
  const out = buffers.bytes(2, all.length);
  for (const { start } of hits) {
    // The last word starting at or before the match (words are in document order).
    let lo = 0;
    let hi = all.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all.start(mid) <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && start < all.end(found)) out[found] = 1;
  }
  return out;
}

const LATIN = /[A-Za-z]{2,}/;
const SHADDA = '\u0651';

/** The edit that turns the written word into the candidate, on original offsets (harakat elsewhere kept). */
function editFor(value: string, offset: number, candidate: Candidate): Edit {
  const n = normalize(value);
  const at = (i: number): number =>
    offset + (i >= n.text.length ? n.toOriginalRange(0, n.text.length)[1] : n.toOriginal(i));
  switch (candidate.kind) {
    case 'missing-letter':
      return { range: [at(candidate.index), at(candidate.index)], text: candidate.expected };
    case 'extra-letter': {
      const [s, e] = n.toOriginalRange(candidate.index, candidate.index + 1);
      return { range: [offset + s, offset + e], text: '' };
    }
    case 'swapped-letters': {
      const [s, e] = n.toOriginalRange(candidate.index, candidate.index + 2);
      return { range: [offset + s, offset + e], text: candidate.expected };
    }
    default:
      return { range: [at(candidate.index), at(candidate.index) + 1], text: candidate.expected };
  }
}

function apply(value: string, offset: number, edit: Edit): string {
  return value.slice(0, edit.range[0] - offset) + edit.text + value.slice(edit.range[1] - offset);
}

export default defineRule<{ unknownWords?: boolean }>({
  meta: {
    id: 'orthography/spelling',
    type: 'problem',
    docs: {
      description: {
        ar: 'كلمات لا يعرفها المعجم، مع تصويبها من فئات الخلط (ة/ه، ى/ي، الهمزات، ض/ظ، د/ذ) أو حرف زائد أو ناقص، وشدة في غير موضعها.',
        en: 'Words the lexicon does not know, with fixes along the confusion classes (ة/ه, ى/ي, hamza, ض/ظ, د/ذ) or one extra or missing letter, and a shadda where none belongs.',
      },
      recommended: true,
      url: 'rules/orthography/docs/spelling.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: { unknownWords: { type: 'boolean', description: 'Also report words with no known variant (info).' } },
      additionalProperties: false,
    },
    defaultOptions: { unknownWords: false },
    messages: {
      letter: {
        ar: '«{{actual}}» خطأ إملائي، والصواب «{{expected}}»: {{right}} لا {{wrong}}.',
        en: '“{{actual}}” is misspelled: “{{expected}}”, with {{right}}, not {{wrong}}.',
      },
      extra: {
        ar: '«{{actual}}» فيها حرف زائد ({{wrong}})، والصواب على الأرجح «{{expected}}».',
        en: '“{{actual}}” has an extra letter ({{wrong}}): probably “{{expected}}”.',
      },
      missing: {
        ar: '«{{actual}}» ينقصها حرف ({{right}})، والصواب على الأرجح «{{expected}}».',
        en: '“{{actual}}” lacks a letter ({{right}}): probably “{{expected}}”.',
      },
      swapped: {
        ar: '«{{actual}}» فيها حرفان متبادلان، والصواب على الأرجح «{{expected}}».',
        en: '“{{actual}}” has two letters swapped: probably “{{expected}}”.',
      },
      ambiguous: {
        ar: '«{{actual}}» ليست في المعجم؛ لعل الصواب: {{expected}}.',
        en: '“{{actual}}” is not in the lexicon; perhaps: {{expected}}.',
      },
      unknown: {
        ar: '«{{actual}}» ليست في المعجم (اسم علم؟ أضفها إلى الكلمات المقبولة إن كانت صحيحة).',
        en: '“{{actual}}” is not in the lexicon (a name? add it to the accepted words if it is right).',
      },
      shadda: {
        ar: '«{{actual}}»: الشدة في غير موضعها على «{{letter}}»، والصواب على الأرجح «{{expected}}».',
        en: '“{{actual}}” has a shadda where none belongs (on {{letter}}): probably “{{expected}}”.',
      },
      context: {
        ar: '«{{actual}}» كلمة صحيحة، لكن السياق يطلب «{{expected}}» ({{reason}}): {{right}} لا {{wrong}}.',
        en: '“{{actual}}” is a word, but the context asks for “{{expected}}” ({{reason}}): {{right}}, not {{wrong}}.',
      },
      replace: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const unknownWords = context.options.unknownWords ?? false;
    // Words of the misspellings list (built-in and the project's) are common-misspellings' to report: their
    // matches come from the shared dictionary pass, computed once for both rules.
    const listedHits = misspellingsFinder(context.settings)(context);
    return {
      Prose(stream) {
        const { accepted, houseWords } = spellingSettings(context.settings);
        // What each distinct word of the document is to the rule (`wordFlags`, per process). Most words
        // are known, carry no shadda and cannot be a real-word slip: the rule skips them without a look.
        const { words } = stream;
        const flags = buffers.bytes(0, words.length);
        let any = 0;
        for (let id = 0; id < words.length; id++) any |= flags[id] = wordFlags(words[id]!);
        if (any === 0) return;
        const lexicon = loadLexicon();
        const all = new ProseWords(stream, flags);
        const text = context.text;
        // The list's matches are only needed once a word is unknown or a slip (by word index, when first asked).
        let listed: Uint8Array | undefined;
        const isListed = (w: number): boolean => (listed ??= listedWords(all, listedHits()))[w] === 1;
        // The config's accepted words and the house dictionary's, per word id (asked once per document):
        // 0 not asked yet, 1 accepted, 2 not.
        const acceptance = buffers.bytes(1, words.length);
        const accept = (w: number): boolean => {
          const id = all.id(w);
          if (acceptance[id] === 0) acceptance[id] = isAccepted(words[id]!.normal, accepted, houseWords) ? 1 : 2;
          return acceptance[id] === 1;
        };
        // How often each spelling occurs in the document (a repeated spelling gets a suggestion, not a fix).
        let count: Map<string, number> | undefined;
        const occurrences = (normal: string): number => {
          if (count === undefined) {
            count = new Map<string, number>();
            for (let w = 0; w < all.length; w++) {
              const entry = all.entry(w);
              if (entry.script === 'arabic' && entry.normal)
                count.set(entry.normal, (count.get(entry.normal) ?? 0) + 1);
            }
          }
          return count.get(normal) ?? 0;
        };
        if ((any & LOOK) !== 0) {
          for (let k = 0; k < all.flaggedCount; k++) {
            const w = all.flagged[k]!;
            if ((flags[all.id(w)]! & LOOK) === 0) continue;
            const entry = all.entry(w);
            const normal = entry.normal;
            const value = entry.value;
            const offset = all.start(w);
            // A shadda is not in `normal`: a known word can still carry one where none belongs.
            const shadda = value.includes(SHADDA);
            if (accept(w)) continue;
            if (shadda && (reportShadda(value, offset, lexicon) || known(lexicon, normal))) continue;
            if (isListed(w)) continue;
            if (lexicon.hamzaWasl(normal) || (normal.length >= 6 && waslShapeIndex(normal) >= 0)) continue;
            let candidates = CANDIDATES.get(normal);
            if (candidates === undefined) {
              candidates = lexicon
                .candidates(normal, { limit: 24 })
                .filter((c) => LETTER_KINDS.has(c.kind) || isTypo(normal, c))
                .slice(0, 6);
              if (CANDIDATES.size >= CANDIDATES_LIMIT) CANDIDATES.clear();
              CANDIDATES.set(normal, candidates);
            }
            // «ان» is a particle, never a name, even right after a title («وأوضح الوزير ان…»).
            const inna = innaSeat(all, w, text);
            const nameLike = inna === undefined && isNameLike(all, w, text, offset, value, (n) => known(lexicon, n));
            if (candidates.length === 0 || nameLike) {
              if (unknownWords)
                context.report({
                  range: [offset, offset + value.length],
                  messageId: 'unknown',
                  data: { actual: value },
                  actual: value,
                  severity: 'info',
                });
              continue;
            }
            report(value, offset, candidates, occurrences(normal) > 1, inna);
          }
        }
        // Known words that the context shows to be slips of another known word.
        if ((any & SLIP) === 0) return;
        const slips = contextSlips(
          all,
          text,
          lexicon,
          CONTEXT_DATA,
          all.flagged.subarray(0, all.flaggedCount),
          (w) => (flags[all.id(w)]! & SLIP) !== 0,
          (w) => accept(w) || isListed(w),
        );
        for (const slip of slips) reportContext(all.value(slip.word), all.start(slip.word), slip);
      },
    };

    /** A real-word slip: a warning, the other word suggested, the cue named. */
    function reportContext(value: string, offset: number, slip: ContextSlip): void {
      const locale = context.locale;
      const edit = editFor(value, offset, { ...slip, frequency: 0 });
      const expected = apply(value, offset, edit);
      context.report({
        range: [offset, offset + value.length],
        messageId: 'context',
        data: {
          actual: value,
          expected,
          reason: CUE_REASONS[slip.cue][locale],
          right: letterName(slip.expected, locale),
          wrong: letterName(slip.actual, locale),
        },
        actual: value,
        expected: [expected],
        severity: 'warning',
        suggest: [{ messageId: 'replace', data: { expected }, fix: edit }],
      });
    }

    /** A shadda where Arabic has none («تعاوّن»): a warning, the shadda's removal suggested. */
    function reportShadda(value: string, offset: number, lexicon: Lexicon): boolean {
      const shadda = lexicon.candidates(value, { edits: false }).filter((c) => c.kind === 'shadda');
      if (shadda.length === 0) return false;
      const first = shadda[0]!;
      const edit: Edit = { range: [offset + first.index, offset + first.index + 1], text: '' };
      const expected = apply(value, offset, edit);
      const letter = value
        .slice(0, first.index)
        .replace(/[\u064B-\u0652\u0670]+$/u, '')
        .slice(-1);
      context.report({
        range: [offset, offset + value.length],
        messageId: 'shadda',
        data: { actual: value, expected, letter },
        actual: value,
        expected: [expected],
        severity: 'warning',
        suggest: [{ messageId: 'replace', data: { expected }, fix: edit }],
      });
      return true;
    }

    function report(
      value: string,
      offset: number,
      candidates: Candidate[],
      repeated: boolean,
      inna: string | undefined,
    ): void {
      const locale = context.locale;
      const normal = normalOf(value);
      const lexicon = loadLexicon();
      // Two-letter stems («الأف» = ال + أف) are where clitic analysis is least sure.
      // «ان» and its suffixed forms: the seat the grammar asks for (innaSeat) comes first.
      // Closed-class words (prepositions, particles) take few clitics however common they are: the
      // frequency stand-in underrates them («اليه»: «إليه» = إلى + ه, not «آليه»).
      const score = (c: Candidate): number =>
        c.frequency +
        (isParticle(c.text) ? CLOSED_CLASS_BONUS : 0) +
        prior(normal, c) -
        (shortStemAfterProclitic(lexicon, c.text) ? 2 : 0) +
        (inna !== undefined && (c.kind === 'hamza' || c.kind === 'madda') && c.actual === 'ا'
          ? c.expected === inna
            ? 6
            : -2
          : 0);
      // Letter-class variants and doubled letters («ذلكك») compete; other edits only follow them.
      const primary = candidates
        .filter((c) => LETTER_KINDS.has(c.kind) || prior(normal, c) >= 2)
        .sort((a, b) => score(b) - score(a));
      const secondary = candidates.filter((c) => !primary.includes(c)).sort((a, b) => score(b) - score(a));
      const ranked = [...primary, ...secondary];
      const range: [number, number] = [offset, offset + value.length];
      const best = ranked[0]!;
      // A fix only for a letter-class slip with no close rival.
      // «ان»: the grammar decides between أن and إن, so it is a suggestion, never a fix; so is
      // a madda against a hamza on one alif when both words exist («اثار»: آثار or أثار).
      const rivalSeat = primary.length > 1 && isSeat(best) && isSeat(primary[1]!) && best.index === primary[1]!.index;
      const clear =
        inna === undefined &&
        !rivalSeat &&
        LETTER_KINDS.has(best.kind) &&
        (primary.length === 1 || score(best) - score(primary[1]!) >= CLEAR_MARGIN);
      if (clear) {
        const edit = editFor(value, offset, best);
        const expected = apply(value, offset, edit);
        const data = {
          actual: value,
          expected,
          right: letterName(best.expected, locale),
          wrong: letterName(best.actual, locale),
        };
        if (repeated) {
          context.report({
            range,
            messageId: 'letter',
            data,
            actual: value,
            expected: [expected],
            severity: 'warning',
            suggest: [{ messageId: 'replace', data: { expected }, fix: edit }],
          });
        } else {
          context.report({ range, messageId: 'letter', data, actual: value, expected: [expected], fix: edit });
        }
        return;
      }
      const shown = ranked.slice(0, MAX_SUGGESTIONS);
      const suggestions: SuggestDescriptor[] = [];
      const expectedWords: string[] = [];
      for (const candidate of shown) {
        const edit = editFor(value, offset, candidate);
        const expected = apply(value, offset, edit);
        expectedWords.push(expected);
        suggestions.push({ messageId: 'replace', data: { expected }, fix: edit });
      }
      const first = shown[0]!;
      if (shown.length === 1 && !LETTER_KINDS.has(first.kind)) {
        const messageId =
          first.kind === 'extra-letter' ? 'extra' : first.kind === 'missing-letter' ? 'missing' : 'swapped';
        const data = {
          actual: value,
          expected: expectedWords[0]!,
          right: letterName(first.expected, locale),
          wrong: letterName(first.actual, locale),
        };
        context.report({
          range,
          messageId,
          data,
          actual: value,
          expected: expectedWords,
          severity: 'warning',
          suggest: suggestions,
        });
        return;
      }
      const list = expectedWords
        .map((e) => (locale === 'ar' ? `«${e}»` : `“${e}”`))
        .join(locale === 'ar' ? ' أو ' : ' or ');
      context.report({
        range,
        messageId: 'ambiguous',
        data: { actual: value, expected: list },
        actual: value,
        expected: expectedWords,
        severity: 'warning',
        suggest: suggestions,
      });
    }
  },
});

function isSeat(c: Candidate): boolean {
  return c.kind === 'hamza' || c.kind === 'madda';
}

/** «ان» with a pronoun suffix or none, after و/ف at most: the particle أنّ / إنّ (or أنْ / إنْ). */
const INNA = /^(?:و|ف)?ان(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|ني|نا|ي)?$/u;
/** Verbs of saying (and the participle «قائلا»): after them the particle is إنّ (conventions §3.2). */
const SAYING_VERBS = CONTEXT_DATA.sayingVerbs;
function isSaying(normal: string): boolean {
  return SAYING_VERBS.has(normal.replace(/^(?:و|ف)/u, ''));
}
/** Words after which the particle is إنّ as well: «حيث إن», «ألا إن». */
const INNA_AFTER = new Set(['حيث', 'ألا']);

/**
 * The hamza seat for «ان» written without one, from its place in the
 * sentence: إ at the start of a sentence or of quoted speech (after a colon
 * or an opening quotation mark), after a verb of saying, «حيث» or «ألا»; أ
 * elsewhere (after a verb such as «أكد»,
 * «أوضح», a preposition, «بعد», «يجب»…). Undefined for any other word.
 */
function innaSeat(all: ProseWords, w: number, text: string): string | undefined {
  const normal = all.entry(w).normal;
  if (!INNA.test(normal)) return undefined;
  // Back through the sentence: a verb of saying with its subject before it («وقال المتحدث الرسمي
  // باسم الوزارة إن…») asks for إن unless a verb that takes أنّ («أكد», «أوضح»…) comes closer.
  for (let back = 1; back <= SAYING_WINDOW; back++) {
    if (w - back < 0) return back === 1 ? 'إ' : 'أ';
    const between = text.slice(all.end(w - back), all.start(w - back + 1));
    // a new sentence, or quoted speech after a colon («وقال الوزير: إن…»)
    if (/[.!؟?؛:«"“\n]/u.test(between)) return back === 1 ? 'إ' : 'أ';
    const before = all.entry(w - back).normal;
    const bare = before.replace(/^(?:و|ف)/u, '');
    if (isSaying(before)) return 'إ';
    if (back === 1 && INNA_AFTER.has(bare)) return 'إ';
    if (ANNA_VERBS.has(bare) || bare === 'أن' || bare === 'إن' || bare === 'أنه' || bare === 'إنه') return 'أ';
  }
  return 'أ';
}

const SAYING_WINDOW = 7;
/** Verbs after which the particle is أنّ («وأكد الوزير أن…»): they end the search for a verb of saying. */
const ANNA_VERBS = new Set(spellingData.data.annaVerbs.map((w) => normalizeWord(w)));

/** Enough to lift a particle over an open-class rival attested with every clitic class. */
const CLOSED_CLASS_BONUS = 5;

/** A closed-class word (data/spelling.yaml `particles`), alone or with و/ف or a pronoun suffix. */
function isParticle(text: string): boolean {
  const particles = CONTEXT_DATA.particles;
  const bare = text.length > 2 ? text.replace(/^(?:و|ف)/u, '') : text;
  if (particles.has(text) || particles.has(bare)) return true;
  for (const enclitic of ENCLITICS) {
    if (bare.length - enclitic.length < 1 || !bare.endsWith(enclitic)) continue;
    const base = bare.slice(0, -enclitic.length);
    // «إليه», «عليها», «لديهم»: ى is written ي before the pronoun
    if (particles.has(base) || (base.endsWith('ي') && particles.has(`${base.slice(0, -1)}ى`))) return true;
  }
  return false;
}

function shortStemAfterProclitic(lexicon: Lexicon, text: string): boolean {
  const analysis = lexicon.analyse(text);
  return analysis !== null && analysis.proclitics.length > 0 && analysis.stem.length < 3;
}

function normalOf(value: string): string {
  return normalizeWord(value);
}

const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/**
 * The single-letter edits editors actually make: a doubled letter («ذلكك»),
 * a dropped long vowel or a dropped doubled letter («البرلمن»), two
 * neighbours swapped. Other insertions and deletions turn names and rare
 * words into unrelated known words, so they are not offered.
 */
const HAMZAS = new Set(['أ', 'إ', 'آ', 'ء', 'ؤ', 'ئ']);
const MADDA_PLURAL = /^[^اويى][اي]./u;
const STACKS = new Set(PROCLITIC_STACKS);

/**
 * How likely a letter-class slip is, before attestation: a dropped hamza
 * («اعلن») or a wrong seat («وإكد») far more than a hamza added to a bare
 * alif; ه written for a final ة more than the reverse. Added to the
 * candidate's frequency score to rank and to judge «clearly better».
 */
function prior(word: string, c: Candidate): number {
  const end = c.index === word.length - 1;
  switch (c.kind) {
    case 'ta-marbuta':
      return c.actual === 'ه' && end ? 3 : c.actual === 'ة' && end && c.expected === 'ه' ? 1 : 0;
    case 'hamza':
      if (!HAMZAS.has(c.expected)) return 0;
      return c.actual === 'ا' || HAMZAS.has(c.actual) ? 2 : 1;
    case 'madda':
      // A madda dropped from a bare alif («الاف»); a hamza seat written for it is rarer. At the
      // start of a stem before one consonant and a long vowel, آ is the hamza-initial plural
      // أفعال and its kin («آثار، آفاق، آلاف، آراء، آليات، آلية»), which outnumber the rival
      // أفعل verbs and rarer nouns in release prose.
      if (c.expected !== 'آ' || c.actual !== 'ا') return 0;
      return MADDA_PLURAL.test(word.slice(c.index + 1)) && (c.index === 0 || STACKS.has(word.slice(0, c.index)))
        ? 4
        : 2;
    case 'alef-maqsura':
      return c.expected === 'ى' || c.expected === 'ي' ? 1 : 0;
    case 'dad-za':
    case 'dal-dhal':
      return 1;
    case 'extra-letter':
      // a doubled letter («ذلكك») is the commonest extra letter
      return word[c.index - 1] === c.actual || word[c.index + 1] === c.actual ? 2 : 0;
    case 'missing-letter':
      return 1;
    default:
      return 0;
  }
}

function isTypo(word: string, c: Candidate): boolean {
  switch (c.kind) {
    case 'extra-letter':
      return word[c.index - 1] === c.actual || word[c.index + 1] === c.actual;
    case 'missing-letter':
      return LONG_VOWELS.has(c.expected) || word[c.index - 1] === c.expected || word[c.index] === c.expected;
    case 'swapped-letters':
      return c.index > 0 && c.index + 2 < word.length;
    default:
      return false;
  }
}

function isAccepted(normal: string, accepted: ReadonlySet<string>, houseWords: ReadonlySet<string>): boolean {
  if (ACCEPT.has(normal) || accepted.has(normal) || houseWords.has(normal)) return true;
  // With clitics: «وللإنترنت», «بكوفاكس».
  for (const { stem } of cliticCandidates(normal)) {
    if (ACCEPT.has(stem) || accepted.has(stem) || houseWords.has(stem)) return true;
  }
  return false;
}

/**
 * Evidence that a word is a name or a foreign word: a title or kind of place
 * or body right before it, or before the unknown words of the name it
 * continues («السيد جون سميثوفيتش»), or Latin letters just after it (a
 * gloss: «كوفاكس (COVAX)») or a Latin gloss in brackets just before it.
 */
function isNameLike(
  all: ProseWords,
  w: number,
  text: string,
  offset: number,
  value: string,
  isKnown: (normal: string) => boolean,
): boolean {
  for (let back = 1; back <= 3 && w - back >= 0; back++) {
    const previous = all.entry(w - back);
    const normal = previous.normal;
    // Only within one run of prose: no sentence end between the two words.
    const between = text.slice(all.end(w - back), all.start(w - back + 1));
    if (/[.!؟?؛:\n]/.test(between)) break;
    const bare = normal.startsWith('و') && NAME_CUES.has(normal.slice(1)) ? normal.slice(1) : normal;
    // «المدير التنفيذى»: a word with the article after a title is an adjective, not a name.
    if (NAME_CUES.has(bare)) return !/^(?:و|ف)?(?:ب|ل|ك)?ال/u.test(all.entry(w).normal);
    if (previous.script !== 'arabic' || isKnown(normal)) break;
  }
  const after = text.slice(offset + value.length, offset + value.length + 24);
  const before = text.slice(Math.max(0, offset - 24), offset);
  return LATIN.test(after.split(/[.!؟?\n]/)[0] ?? '') || /\([A-Za-z][^)]*\)\s*$/.test(before);
}

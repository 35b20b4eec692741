/**
 * Real-word slips: a known word that is the slip of another known word along
 * one confusion class («جديده» = جديد + ه for «جديدة»; «المحلى» for
 * «المحلي»; «إن» for «أن»). The lexicon cannot see them; the morphology and
 * the syntax around them can. Each finding names the cue it rests on (see
 * docs/spelling.md, "Real-word slips"); all are warnings with a suggestion,
 * since each cue has rare exceptions.
 *
 * Cues (W the word, P the word before it and N the word after it, in the
 * same clause: nothing but spaces between them):
 *   ة for a final ه («…ه» read as a stem + the pronoun ه, and «…ة» known):
 *   - number: W is a cardinal 3–10 («خمسه» → «خمسة»): numbers take no
 *     possessive pronoun;
 *   - nisba: W is a relative adjective in ـي + ه («قانونيه» → «قانونية»):
 *     a nisba adjective takes no possessive pronoun;
 *   - pair: the feminine of the noun before it («طالب وطالبه»);
 *   - demonstrative: P is «هذه» or «تلك» («هذه مدرسه»);
 *   - agreement: P is a noun in ة or ـات with the same definiteness as W
 *     («مكتبة حديثه», «دورات تدريبيه», «الهيئة العامه»): W is its adjective;
 *   - adjective after: W is indefinite and N an indefinite word in ة
 *     («نافذه واحدة»): a pronoun would make W definite;
 *   - idafa: N carries the article and nothing else («شبكه الكهرباء»), or
 *     is a demonstrative before such a word («بدراسه هذه المقترحات»): a
 *     noun with a pronoun suffix cannot be the first term of an idafa.
 *   ى/ي at the end:
 *   - a definite nisba after a definite masculine noun («الإنتاج المحلى» →
 *     «المحلي»: the stem without ي is a known noun);
 *   - ى after a feminine noun or a plural in ـات («المرحلة الأولي» →
 *     «الأولى», «مشروعات كبري» → «كبرى»): the masculine «…ي» cannot agree;
 *   - first person: «…ي» read only as a noun + «ي» (my), in narration,
 *     where the ى form is known («وتسعي الوزارة» → «وتسعى»);
 *   - a noun of place in م… ending in ى before the article («مبني الركاب» →
 *     «مبنى»): the first term of an idafa, not the participle;
 *   - an elative أفعى after a noun in ة or a particle («بقيمة أعلي» →
 *     «أعلى»): not the first-person verb «أُعلي».
 *   any class:
 *   - attestation: the word is rare (the source attests at most two of its
 *     clitic classes) and exactly one of its letter-class variants is in
 *     wide use («يظم» → «يضم», «ذعت» → «دعت», «ظربت» → «ضربت»).
 *   hamza:
 *   - wasl past: «أفتتح», «وأستمع» (the first-person imperfect) in narration,
 *     with no colon or quotation mark before it in the sentence and no «أن»,
 *     «لن», «لم»… right before it, is the past of form VII, VIII or X
 *     («افتتح», «واستمع»);
 *   - afal: «ا» + three consonants (+ «وا»), not a derived form, without
 *     و/ف, mid-clause and in narration («في اقرب وقت», «الذين امضوا»): an imperative is out
 *     of place, so أفعل (the elative or the form IV past);
 *   - broken plural: الإفعال before a definite adjective in ة («بالإمراض
 *     المزمنة»): the feminine agrees with the plural أفعال, not the masdar;
 *   - «إن» after a verb that takes «أنّ» («وأكد المشاركون إن…») or after a
 *     preposition («إلى إن») is «أن».
 */
import type { WordEntry } from '@bayan/arabic';
import {
  derivedVerbForm,
  FLAG,
  LETTER_CLASSES,
  letterVariants,
  type ConfusionKind,
  type Lexicon,
  type LexiconAnalysis,
  type Variant,
} from '@bayan/lexicon';

/**
 * The words (and numbers) of the prose in order, as the spelling rule reads them: word `w`'s entry
 * and offsets (a view over the token stream, no object per word).
 */
export interface ContextWords {
  readonly length: number;
  entry(w: number): WordEntry;
  start(w: number): number;
  end(w: number): number;
}

export type Cue =
  | 'number'
  | 'nisba'
  | 'demonstrative'
  | 'agreement'
  | 'adjectiveAfter'
  | 'idafa'
  | 'masculineNisba'
  | 'feminineAgreement'
  | 'placeNoun'
  | 'elative'
  | 'anna'
  | 'attestation'
  | 'waslPast'
  | 'pair'
  | 'afal'
  | 'brokenPlural'
  | 'firstPerson';

export interface ContextSlip {
  /** Index of the word in the list. */
  word: number;
  kind: ConfusionKind;
  /** Offset of the letter in the word's normal form, the letter written and the letter meant. */
  index: number;
  actual: string;
  expected: string;
  /** The corrected word (normal form). */
  text: string;
  cue: Cue;
}

export interface ContextData {
  /** Cardinals 3–10 with their ة («ثلاثة»…«عشرة»). */
  numberWords: ReadonlySet<string>;
  /** Verbs after which the particle is «أنّ» («أكد», «أوضح»…), without و/ف. */
  annaVerbs: ReadonlySet<string>;
  /** Verbs of saying (after them the particle is «إنّ»), without و/ف. */
  sayingVerbs: ReadonlySet<string>;
  /** Prepositions and particles after which the particle is «أنّ» («إلى», «على», «بعد»). */
  annaAfter: ReadonlySet<string>;
  /** Prepositions and particles that take a pronoun suffix («منه», «عليه»): that ه is never a ta marbuta. */
  particles: ReadonlySet<string>;
  /** Particles an imperfect verb follows («أن», «لن», «لم»): «أن أستمع» is the first person. */
  imperfectParticles: ReadonlySet<string>;
}

/** What a word is, as far as the cues need it; once per distinct word (process-wide, see `wordInfo`). */
interface Info {
  analysis: LexiconAnalysis | null;
  /** The known word with final ة for a final ه, or with the other of ى/ي. */
  variant: string | null;
  definite: boolean;
  /** Indefinite and without a pronoun: ends in ة (a feminine noun or adjective). */
  bareFeminine: boolean;
  /** Ends in ة or ـات, any definiteness, no pronoun: a noun a feminine singular adjective can follow. */
  feminineHead: boolean;
  /** A feminine nisba whose masculine in ـي is a known noun or adjective («ساحلية»: «الساحلي»; not «نهاية», «أهمية»). */
  nisba: boolean;
  /** The article and nothing else before the stem, no pronoun after it. */
  articleOnly: boolean;
  /** No proclitic but و/ف and the article: the word can be an adjective (a preposition rules that out). */
  adjectiveLike: boolean;
  /**
   * A rare form with one letter-class variant in wide use («يظم» for «يضم», «ذعت» for «دعت»): the source
   * attests at most one clitic class for the written word and most of them for the variant.
   */
  common: Variant | null;
  /**
   * «أفتتح», «وأستمع»: the first-person imperfect of a derived verb, and with «ا» the past of form VII,
   * VIII or X («افتتح»): the offset of the alif, when the «ا» form is known.
   */
  waslPast: number;
  /**
   * «اكبر», «امضوا»: أفعل (an elative or a form IV past) written without its hamza, which the source has
   * as an imperative; the offset of the alif, when the «أ» form is known.
   */
  afal: number;
  /** «بالإمراض»: the verbal noun إفعال of a word whose أفعال plural is known; the offset of the «إ». */
  ifal: number;
}

/**
 * The written word's frequency score (1 + clitic classes) at most RARE; its variant's at least COMMON and
 * MARGIN above it. Closed-class words take few clitics however common they are («منذ»): `particles` skips them.
 */
const RARE = 3;
const COMMON = 6;
const MARGIN = 3;

const INFO = new Map<string, Info>();
const INFO_LIMIT = 50_000;

function wordInfo(lexicon: Lexicon, normal: string, particles: ReadonlySet<string>): Info {
  let info = INFO.get(normal);
  if (info === undefined) {
    info = computeInfo(lexicon, normal);
    if (normal.length >= 3 && !particles.has(normal) && !particles.has(withoutConjunction(normal)))
      info.common = commonVariant(lexicon, normal);
    if (INFO.size >= INFO_LIMIT) INFO.clear();
    INFO.set(normal, info);
  }
  return info;
}

function computeInfo(lexicon: Lexicon, normal: string): Info {
  const analysis = lexicon.analyse(normal);
  const definite = analysis !== null && analysis.proclitics.includes('ال');
  const suffixed = analysis !== null && analysis.enclitic !== null;
  const stem = analysis?.stem ?? normal;
  const last = normal[normal.length - 1];
  let variant: string | null = null;
  if (analysis !== null && stem.length + (analysis.enclitic?.length ?? 0) >= 3) {
    const other = last === 'ه' ? 'ة' : last === 'ى' ? 'ي' : last === 'ي' ? 'ى' : '';
    if (other !== '') {
      const text = normal.slice(0, -1) + other;
      if (lexicon.has(text)) variant = text;
    }
  }
  const feminineHead =
    analysis !== null &&
    !suffixed &&
    stem.length >= 3 &&
    (stem.endsWith('ة') || (stem.length >= 4 && stem.endsWith('ات')));
  return {
    analysis,
    variant,
    definite,
    bareFeminine: analysis !== null && !definite && !suffixed && stem.length >= 3 && stem.endsWith('ة'),
    feminineHead,
    articleOnly: analysis !== null && !suffixed && analysis.proclitics.length === 1 && analysis.proclitics[0] === 'ال',
    nisba:
      feminineHead &&
      stem.length >= 5 &&
      stem.endsWith('ية') &&
      (Math.max(0, lexicon.flags(stem.slice(0, -1))) & FLAG.article) !== 0,
    adjectiveLike: analysis !== null && analysis.proclitics.every((p) => p === 'و' || p === 'ف' || p === 'ال'),
    common: null,
    waslPast: waslPastIndex(lexicon, normal, analysis),
    afal: afalIndex(lexicon, normal, analysis),
    ifal: ifalIndex(lexicon, normal, analysis),
  };
}

/** Past verbs of forms VII, VIII, X: no ending or the feminine «ت» («افتتحت»), no pronoun suffix. */
function waslPastIndex(lexicon: Lexicon, normal: string, analysis: LexiconAnalysis | null): number {
  if (analysis === null || analysis.enclitic !== null) return -1;
  const at = normal[0] === 'و' || normal[0] === 'ف' ? 1 : 0;
  if (normal[at] !== 'أ' || normal.length - at < 5 || analysis.proclitics.length > at) return -1;
  const past = `ا${normal.slice(at + 1)}`;
  const form = derivedVerbForm(past.endsWith('ت') ? past.slice(0, -1) : past);
  if (form === undefined || form === 'IX' || !/^ا[^اوي]+ت?$/u.test(past)) return -1;
  return lexicon.hasForm(past) ? at : -1;
}

/** ا + three consonants (+ «وا»), not a derived verb form: أفعل written without its hamza. */
function afalIndex(lexicon: Lexicon, normal: string, analysis: LexiconAnalysis | null): number {
  if (analysis === null || analysis.enclitic !== null) return -1;
  // No و/ف: after one a new clause starts, where a verb can stand. Not a form VIII whose ت merged into
  // the first root letter, the shadda unwritten («اطّلع», «ادّخر», «اذّكر»).
  // «اكبر», «امضوا» (a root in ي: أمضى, أمضوا)
  if (analysis.proclitics.length > 0 || !/^ا[^اويىةءتطدذزصضظث](?:[^اويىةء]{2}|[^اويىةء]{1,2}وا)$/u.test(normal))
    return -1;
  if (derivedVerbForm(normal) !== undefined) return -1;
  return lexicon.hasForm(`أ${normal.slice(1)}`) ? 0 : -1;
}

/** (ال)إفعال whose (ال)أفعال is known: a verbal noun that may be written for a broken plural. */
function ifalIndex(lexicon: Lexicon, normal: string, analysis: LexiconAnalysis | null): number {
  // Definite: a definite noun is not in construct, so the definite word after it is its adjective.
  if (analysis === null || analysis.enclitic !== null || !analysis.proclitics.includes('ال')) return -1;
  if (!/^إ[^اويى]{2}ا[^اويى]$/u.test(analysis.stem)) return -1;
  const at = normal.length - analysis.stem.length;
  return lexicon.hasForm(`أ${analysis.stem.slice(1)}`) ? at : -1;
}

/** The one letter-class variant of a rare word that is in wide use, if there is exactly one. */
function commonVariant(lexicon: Lexicon, normal: string): Variant | null {
  const frequency = lexicon.frequency(normal);
  if (frequency === 0 || frequency > RARE) return null;
  let found: Variant | null = null;
  for (const variant of letterVariants(normal)) {
    if (!LETTER_CLASSES.includes(variant.kind)) continue;
    if (lexicon.frequency(variant.text) < Math.max(COMMON, frequency + MARGIN)) continue;
    if (found !== null && found.text !== variant.text) return null;
    found = variant;
  }
  return found;
}

const withoutConjunction = (normal: string): string =>
  normal.length > 2 && (normal[0] === 'و' || normal[0] === 'ف') ? normal.slice(1) : normal;

/** Only spaces between two neighbouring words (no punctuation, no line break). */
function joined(words: ContextWords, a: number, text: string): boolean {
  if (a + 1 >= words.length) return false;
  for (let i = words.end(a), to = words.start(a + 1); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x200f && c !== 0x200e) return false;
  }
  return true;
}

const IMPERFECT = /^[يتنأ]/u;
/** A nisba in ـية or a participle مـ…ة (four letters or more before the ة). */
const FEMININE_ADJECTIVE = /^(?:.{2,}ية|م.{3,}ة)$/u;
/**
 * A stem that can be a masculine singular adjective: a nisba in ـي, فاعل («سابق»), فعيل («جديد»), أفعل
 * («أكبر»), a participle in مـ («مقبل», «مشترك»). Words in ة, ـات, ـين, ـون, ـاء are not.
 */
const MASCULINE_ADJECTIVE = /^(?:.+ي|.ا..|..ي.|أ...|م...+)$/u;
const NOT_MASCULINE = /(?:ة|ات|ين|ون|اء)$/u;
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'هؤلاء', 'ذلك', 'تلك', 'أولئك']);
/** Elatives أفعل of defective roots («الأعلى», «الأدنى»): masculine, written with ى. */
const ELATIVE = /^أ..ى$/u;
/** The same written with ي («أعلي», «أدني»), no clitic. */
const ELATIVE_YA = /^أ[^اويى]{2}ي$/u;

/**
 * Can the context make this word a real-word slip? False for most words: `contextSlips` reports
 * nothing for them, whatever their neighbours (process-wide answer, see `wordInfo`).
 */
export function maySlip(lexicon: Lexicon, normal: string, data: ContextData): boolean {
  if (normal === 'إن') return true;
  if (normal.length < 3) return false;
  const info = wordInfo(lexicon, normal, data.particles);
  if (info.common !== null || info.waslPast >= 0 || info.afal >= 0 || info.ifal >= 0) return true;
  const last = normal[normal.length - 1];
  if (!((last === 'ه' || last === 'ى' || last === 'ي') && info.variant !== null && info.analysis !== null))
    return false;
  return endingCueMayHold(lexicon, data.particles, info, normal);
}

/**
 * For a word in ه, ى or ي with a known variant: can some context give `contextSlips` a cue for it? The
 * conditions of `taMarbutaCue`, `alefCue` and the first-person cue that rest on the word alone (its
 * analysis, its shape, the lexicon), so that the many words no neighbour can make a slip («على», «في»,
 * «عليه») are not looked at in every document.
 */
function endingCueMayHold(lexicon: Lexicon, particles: ReadonlySet<string>, info: Info, normal: string): boolean {
  const analysis = info.analysis!;
  const stem = analysis.stem;
  const last = normal[normal.length - 1];
  if (last === 'ه') {
    // «عليه», «منه», «لديه»: a particle's pronoun (the first test of `taMarbutaCue`).
    const pronoun = analysis.enclitic === 'ه';
    return !particles.has(pronoun ? stem : stem.slice(0, -1));
  }
  if (analysis.enclitic === 'ي' && !particles.has(withoutConjunction(normal))) return !lexicon.derivedImperfect(normal);
  // `alefCue`:
  if (analysis.enclitic !== null) return false;
  if (last === 'ى')
    return (
      info.definite &&
      info.adjectiveLike &&
      stem.length >= 3 &&
      !ELATIVE.test(stem) &&
      !/^الت.ى$/u.test(withoutConjunction(normal)) &&
      lexicon.flags(stem.slice(0, -1)) >= 0
    );
  const elative = ELATIVE_YA.test(normal) && (lexicon.flags(normal.slice(0, -1)) & FLAG.article) === 0;
  if (elative) return true;
  if (!info.definite && (stem.length < 4 || IMPERFECT.test(stem))) return false;
  return info.adjectiveLike || (!info.definite && stem.startsWith('م'));
}

/**
 * The real-word slips the context shows, in word order. Only the words of `candidates` (word indexes,
 * ascending) that `may` accepts are looked at (`maySlip`: no other word can be a slip); `skip` (the
 * config's accepted words, the list's matches) is asked last, for a word the context shows to be a slip.
 */
export function contextSlips(
  words: ContextWords,
  text: string,
  lexicon: Lexicon,
  data: ContextData,
  candidates: ArrayLike<number>,
  may: (w: number) => boolean,
  skip: (w: number) => boolean,
): ContextSlip[] {
  const out: ContextSlip[] = [];
  const infoAt = (w: number): Info | null => {
    if (w >= words.length) return null;
    const entry = words.entry(w);
    return entry.script === 'arabic' && entry.normal.length >= 2
      ? wordInfo(lexicon, entry.normal, data.particles)
      : null;
  };
  for (let k = 0; k < candidates.length; k++) {
    const w = candidates[k]!;
    if (!may(w)) continue;
    const entry = words.entry(w);
    if (entry.script !== 'arabic') continue;
    const normal = entry.normal;
    if (normal === 'إن') {
      if (annaEvidence(words, w, text, data) && !skip(w))
        out.push({ word: w, kind: 'hamza', index: 0, actual: 'إ', expected: 'أ', text: 'أن', cue: 'anna' });
      continue;
    }
    if (normal.length < 3) continue;
    const info = wordInfo(lexicon, normal, data.particles);
    if (info.waslPast >= 0) {
      if (narration(words, w, text, data) && !skip(w)) {
        const index = info.waslPast;
        out.push({
          word: w,
          kind: 'hamza',
          index,
          actual: 'أ',
          expected: 'ا',
          text: `${normal.slice(0, index)}ا${normal.slice(index + 1)}`,
          cue: 'waslPast',
        });
      }
      continue;
    }
    if (info.common !== null) {
      if (!skip(w)) out.push({ word: w, ...info.common, cue: 'attestation' });
      continue;
    }
    // «في اقرب وقت», «الذين امضوا»: mid-clause and in narration an imperative is out of place.
    if (info.afal >= 0) {
      if (w > 0 && joined(words, w - 1, text) && narration(words, w, text, data) && !skip(w)) {
        const index = info.afal;
        const fixed = `${normal.slice(0, index)}أ${normal.slice(index + 1)}`;
        out.push({ word: w, kind: 'hamza', index, actual: 'ا', expected: 'أ', text: fixed, cue: 'afal' });
      }
      continue;
    }
    // «بالإمراض المزمنة»: a feminine adjective follows the plural, not the (masculine) verbal noun.
    if (info.ifal >= 0) {
      const next = joined(words, w, text) ? infoAt(w + 1) : null;
      if (next !== null && next.articleOnly && words.entry(w + 1).normal.endsWith('ة') && !skip(w)) {
        const index = info.ifal;
        const fixed = `${normal.slice(0, index)}أ${normal.slice(index + 1)}`;
        out.push({ word: w, kind: 'hamza', index, actual: 'إ', expected: 'أ', text: fixed, cue: 'brokenPlural' });
      }
      continue;
    }
    const last = normal[normal.length - 1];
    if (last !== 'ه' && last !== 'ى' && last !== 'ي') continue;
    if (info.variant === null || info.analysis === null) continue;
    const previous = w > 0 && joined(words, w - 1, text) ? infoAt(w - 1) : null;
    const previousNormal = previous ? words.entry(w - 1).normal : '';
    const next = joined(words, w, text) ? infoAt(w + 1) : null;
    const cue =
      last === 'ه'
        ? taMarbutaCue(
            info,
            normal,
            previous,
            previousNormal,
            next,
            next ? words.entry(w + 1).normal : '',
            next && joined(words, w + 1, text) ? infoAt(w + 2) : null,
            data,
          )
        : info.analysis.enclitic === 'ي' && !data.particles.has(withoutConjunction(normal))
          ? // «وتنتهي», «سينتهي»: the imperfect of a derived defective verb, whose ي is radical, not «my».
            !lexicon.derivedImperfect(normal) && narration(words, w, text, data)
            ? 'firstPerson'
            : undefined
          : alefCue(lexicon, data.particles, info, normal, previous, previousNormal, next);
    if (cue === undefined || skip(w)) continue;
    const index = normal.length - 1;
    const expected = info.variant[index]!;
    out.push({
      word: w,
      kind: last === 'ه' ? 'ta-marbuta' : 'alef-maqsura',
      index,
      actual: last,
      expected,
      text: info.variant,
      cue,
    });
  }
  return out;
}

function taMarbutaCue(
  info: Info,
  normal: string,
  previous: Info | null,
  previousNormal: string,
  next: Info | null,
  nextNormal: string,
  afterNext: Info | null,
  data: ContextData,
): Cue | undefined {
  const analysis = info.analysis!;
  // Read as stem + the pronoun ه, or as a stem in ه («العامه»).
  const pronoun = analysis.enclitic === 'ه';
  // «عليه», «منه», «لديه»: a particle's pronoun; «رماه»-like verbs in ى do not end in «يه».
  if (data.particles.has(pronoun ? analysis.stem : analysis.stem.slice(0, -1))) return undefined;
  if (data.numberWords.has(pronoun ? `${analysis.stem}ة` : `${analysis.stem.slice(0, -1)}ة`)) return 'number';
  // A nisba in ـي (the look-up may restore it as ى before the pronoun: «محليه» = محلى + ه). Not a stem
  // the source has in «ـيه» itself: that is mostly a تفعيل noun of a root in ه («ترفيه», «توجيه»).
  const stem = analysis.stem;
  if (pronoun && stem.length >= 4 && (stem.endsWith('ي') || stem.endsWith('ى'))) return 'nisba';
  // «طالب وطالبه»: the feminine of the noun before it.
  if (normal.length >= 4 && normal[0] === 'و' && withoutConjunction(previousNormal) + 'ه' === normal.slice(1))
    return 'pair';
  if (!info.definite && (previousNormal === 'هذه' || previousNormal === 'تلك')) return 'demonstrative';
  if (
    info.adjectiveLike &&
    previous !== null &&
    previous.feminineHead &&
    previous.definite === info.definite &&
    // After an indefinite singular noun a noun with a pronoun is as likely its possessor («في نهاية
    // حديثه», «زيارة وزيره»): only a plural in ـات, or the definite «الهيئة العامه», is evidence enough.
    // A nisba before it («مدن ساحلية مختلفه») is itself an adjective, never the head of an idafa.
    (info.definite || !previousNormal.endsWith('ة') || previous.nisba)
  )
    return 'agreement';
  // An adjective by its shape (a nisba in ـية, a participle in مـ…ة): an object or a predicate in ة can
  // follow a noun with a pronoun too («أرسل إلى نظيره رسالة»).
  if (!info.definite && next !== null && next.bareFeminine && FEMININE_ADJECTIVE.test(nextNormal))
    return 'adjectiveAfter';
  // Not before a word that can be the masculine adjective of a noun with a pronoun («نظيره الأردني»,
  // «قراره السابق», «حديثه الأخير»).
  if (
    !info.definite &&
    pronoun &&
    next !== null &&
    next.articleOnly &&
    (NOT_MASCULINE.test(nextNormal) || !MASCULINE_ADJECTIVE.test(nextNormal.slice(2)))
  )
    return 'idafa';
  // «بدراسه هذه المقترحات»: idafa to a demonstrative and its noun («كتابه هذا» alone stays).
  if (!info.definite && pronoun && DEMONSTRATIVES.has(nextNormal) && afterNext !== null && afterNext.articleOnly)
    return 'idafa';
  return undefined;
}

function alefCue(
  lexicon: Lexicon,
  particles: ReadonlySet<string>,
  info: Info,
  normal: string,
  previous: Info | null,
  previousNormal: string,
  next: Info | null,
): Cue | undefined {
  const analysis = info.analysis!;
  if (analysis.enclitic !== null) return undefined;
  const stem = analysis.stem;
  const last = normal[normal.length - 1];
  if (last === 'ى') {
    // «الإنتاج المحلى»: a nisba (the stem without its last letter is a noun) after a masculine definite noun.
    if (!info.definite || !info.adjectiveLike || stem.length < 3 || ELATIVE.test(stem)) return undefined;
    // «التقى» (met), «التوى»: the past of a form VIII verb whose first radical is ل, not the article + a
    // word (the lexicon has these verbs only as ال + «تقى»); as a nisba «الت…ي» of four letters is rare.
    if (/^الت.ى$/u.test(withoutConjunction(normal))) return undefined;
    if (previous === null || !previous.definite || previous.analysis!.enclitic !== null) return undefined;
    // «والتي التقى»: a relative pronoun or another closed-class word is no noun for the nisba to follow.
    if (particles.has(withoutConjunction(previousNormal))) return undefined;
    if (/(?:ة|ات|ى|اء|ون|ين|ان)$/u.test(previousNormal)) return undefined;
    const base = lexicon.flags(stem.slice(0, -1));
    return base >= 0 && stem.length >= 3 ? 'masculineNisba' : undefined;
  }
  // «…ي» for «…ى»
  // «بقيمة أعلي», «إلى أدني مستوى»: after a noun in ة or a particle, أفعى is the elative, not the verb «أُعلي».
  // Not a noun's dual or nisba («ألفي» = ألف + ي: «ألفي متطوع»).
  if (
    ELATIVE_YA.test(normal) &&
    previous !== null &&
    (previousNormal.endsWith('ة') || particles.has(previousNormal)) &&
    (lexicon.flags(normal.slice(0, -1)) & FLAG.article) === 0
  )
    return 'elative';
  if (!info.definite && (stem.length < 4 || IMPERFECT.test(stem))) return undefined;
  if (info.adjectiveLike && previous !== null && previous.feminineHead && previous.definite === info.definite)
    return 'feminineAgreement';
  if (!info.definite && stem.startsWith('م') && next !== null && next.articleOnly) return 'placeNoun';
  return undefined;
}

/**
 * Evidence that «إن» is «أنّ»: a verb that takes «أنّ» before it in the same
 * sentence (its subject may come between) with no verb of saying closer, or a
 * preposition or particle right before it.
 */
function annaEvidence(words: ContextWords, w: number, text: string, data: ContextData): boolean {
  for (let back = 1; back <= 6 && w - back >= 0; back++) {
    if (!joinedLoose(words, w - back, text)) return false;
    const before = words.entry(w - back).normal;
    const bare = before[0] === 'و' || before[0] === 'ف' ? before.slice(1) : before;
    if (back === 1 && (data.annaAfter.has(before) || data.annaAfter.has(bare))) return true;
    if (data.sayingVerbs.has(bare) || data.sayingVerbs.has(before)) return false;
    if (data.annaVerbs.has(bare) || data.annaVerbs.has(before)) return true;
  }
  return false;
}

/**
 * Narration, not the first person: no colon or quotation mark between the start of the sentence and
 * the word, and no particle that an imperfect follows right before it («أن أستمع», «لن أفتتح»).
 */
function narration(words: ContextWords, w: number, text: string, data: ContextData): boolean {
  let i = words.start(w) - 1;
  while (i >= 0 && !/[.!؟?\n]/u.test(text[i]!)) {
    if (/[:«»"“”]/u.test(text[i]!)) return false;
    i--;
  }
  if (w > 0 && joinedLoose(words, w - 1, text)) {
    const before = words.entry(w - 1).normal;
    if (data.imperfectParticles.has(before) || data.imperfectParticles.has(withoutConjunction(before))) return false;
  }
  return true;
}

/** Within one sentence: a comma may come between, not a sentence end, a colon or a quotation mark. */
function joinedLoose(words: ContextWords, a: number, text: string): boolean {
  return !/[.!؟?؛:«»"“”\n]/u.test(text.slice(words.end(a), words.start(a + 1)));
}

/**
 * The noun after a number written in digits (تمييز العدد, conventions §1.5).
 * Moved here from the numbers pack (it was `numbers/counted-noun`).
 *
 * For each number of a paragraph followed (inline space only) by a bare
 * noun of data/count-nouns.yaml, a singular of `pluralNouns` in
 * data/sound-plurals.yaml (plural «ـين»; compared folded), or a noun the
 * lexicon knows (src/lexicon.ts: a singular with a sound plural «ـون», or
 * any noun whose accusative «ـًا» it knows, for 11–99 only; never a unit,
 * currency, scale word or month of `units`), the noun's form is
 * checked against the number's last two digits (212 behaves like 12), in
 * Western and Arabic-Indic digits alike:
 *   T2  3–10: plural («7 عضو» → «7 أعضاء»); a fix for scale words
 *       (مليون، مليار، ألف) up to 100, a suggestion otherwise;
 *   T1  11–99: singular accusative with a written alif («87 عضو» →
 *       «87 عضوًا»), a suggestion, and only when what follows cannot be the
 *       second noun of an idafa («87 عضو برلمان», «15 مليون دولار» are
 *       right): the end of the text, punctuation, a function word, a word
 *       that starts with «و»/«ف» or a preposition + article («بال», «لل»),
 *       or an adjective, which then agrees too («12 طبيب سوداني» →
 *       «12 طبيبًا سودانيًا»); an accusative noun before a bare adjective
 *       gets the adjective's accusative («12 طبيبًا سوداني» → «سودانيًا»);
 *   T4  11–99 + plural → the singular accusative (or the bare singular
 *       before a noun);
 *   T3  a round hundred or thousand + plural → singular;
 *       a decimal + plural → singular;
 *   T5  2 + singular → the dual, only with the `dual` option.
 * Adjectives are nisba adjectives (ending in ي, not one of `notAdjectives`)
 * and the `adjectives` list. Numbers that are part of a date, time or range
 * («2024/9», «3-5») and numbers after «عام»/«رقم»/«المادة»… are not counts.
 */
import { TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { countNounLists, type CountNounLists } from './count-noun-lists.js';
import { cliticNumberOf, readNumber, type NumberSpan } from './numbers.js';
import { isKnownForm, isKnownNoun, isSoundNominative } from './lexicon.js';
import { fold, isPunctuation, nextWord, normalOf, occurrences, inParagraphs, previousWord, scriptOf } from './prose.js';

export interface CountNoun {
  singular: string;
  plurals: string[];
  scale?: boolean;
  accusative?: string;
  /** Run by tests/data-examples.test.ts; the rule does not read them (nouns found in the lexicon have none). */
  examples: unknown;
}

// The lists (data/count-nouns.yaml, or with a project's files) and their tables: count-noun-lists.ts.

/** Endings after which the lexicon is not asked: feminine and hamza nouns show no alif, plurals are not singulars. */
const NOT_A_BARE_SINGULAR = /(ة|اء|ى|ا|ات|ون|ين)$/u;

/**
 * A count noun the lists do not have, from the lexicon: a singular whose sound
 * plural «ـون» the lexicon knows (plural «ـين» after 3–10), or any other noun
 * whose written accusative «ـًا» it knows (11–99 only: no plural to suggest).
 */
function lexiconNoun(lists: CountNounLists, singular: string): CountNoun | undefined {
  const { lexiconNouns } = lists;
  let noun = lexiconNouns.get(singular);
  if (noun === undefined) {
    noun = null;
    const key = fold(singular);
    // «وأصيب 20 آخرون»: adjectives and function words are not count nouns.
    if (
      singular.length >= 3 &&
      !NOT_A_BARE_SINGULAR.test(singular) &&
      !lists.units.has(key) &&
      !lists.adjectives.has(key) &&
      !CLAUSE_WORDS.has(key)
    ) {
      if (isSoundNominative(`${singular}ون`))
        noun = { singular, plurals: [`${singular}ين`, `${singular}ون`], examples: [] };
      // Three-letter words are too often past verbs as well («صدر», «عمل»: «في 2019 عمل في الوزارة»).
      else if (singular.length >= 4 && isKnownNoun(singular) && isKnownForm(`${singular}ا`))
        noun = { singular, plurals: [], examples: [] };
    }
    if (lexiconNouns.size > 10_000) lexiconNouns.clear();
    lexiconNouns.set(singular, noun);
  }
  return noun ?? undefined;
}

/**
 * The noun a word after a number is, as a singular or as a plural (lists first, then the lexicon;
 * not after a year such as «في 2019», where the next word is rarely counted).
 */
function countNounIn(
  lists: CountNounLists,
  normal: string,
  value: number | null,
): { single?: CountNoun; plural?: CountNoun } {
  const folded = fold(normal);
  const single = lists.bySingular.get(folded);
  const plural = lists.byPlural.get(folded);
  if (single || plural) return { single, plural };
  if (value !== null && Number.isInteger(value) && value >= 1800 && value <= 2100) return {};
  if (normal.endsWith('ين') || normal.endsWith('ون')) {
    const noun = lexiconNoun(lists, normal.slice(0, -2));
    return noun && noun.plurals.length > 0 ? { plural: noun } : {};
  }
  const noun = lexiconNoun(lists, normal);
  return noun ? { single: noun } : {};
}

/** Words after which a count noun is not the first term of an idafa (folded). */
const CLAUSE_WORDS = new Set(
  [
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'اللتين',
    'اللواتي',
    'اللاتي',
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'حتى',
    'منذ',
    'خلال',
    'قد',
    'لم',
    'لن',
    'لا',
    'ما',
    'أن',
    'إن',
    'ثم',
    'أو',
    'بين',
    'حول',
    'ضد',
    'داخل',
    'خارج',
    'عبر',
    'تحت',
    'فوق',
    'بعد',
    'قبل',
    'عند',
    'لدى',
    'كما',
    'حيث',
    'هم',
    'هي',
    'هو',
    'نحو',
    'أكثر',
    'فقط',
    'تقريبا',
    'آخرين',
    'آخر',
    'جدد',
    'جديدا',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    // «25 صحفيًا و٣ مصورين»: the tokenizer splits «و٣» into «و» and «٣»
    'و',
    'ف',
  ].map(fold),
);
const CLAUSE_PREFIXES = ['و', 'ف', 'بال', 'لل', 'كال'];
/** Words before a number that make it a label, not a count (folded). */
const LABEL_WORDS = new Set(
  [
    'عام',
    'العام',
    'سنة',
    'رقم',
    'المادة',
    'مادة',
    'الفقرة',
    'البند',
    'الصفحة',
    'القرار',
    'الساعة',
    'الفصل',
    'الجدول',
  ].map(fold),
);
const JOINERS = new Set(['/', ':', '-', '–', '.', ',']);

type Tanween = 'before-alif' | 'on-alif' | 'none';

interface Options {
  tanween: Tanween;
  dual: boolean;
}

const TANWEEN_ALIF: Record<Tanween, string> = { 'before-alif': '\u064bا', 'on-alif': 'ا\u064b', none: 'ا' };

/** The written accusative of a singular, or undefined when it shows no alif (ة, اء, ى). */
function accusativeOf(noun: CountNoun, tanween: Tanween): string | undefined {
  if (noun.accusative) return noun.accusative;
  if (/(ة|اء|ى)$/u.test(noun.singular)) return undefined;
  return noun.singular + TANWEEN_ALIF[tanween];
}

function dualsOf(noun: CountNoun): string[] {
  const stem = noun.singular.endsWith('ة') ? `${noun.singular.slice(0, -1)}ت` : noun.singular;
  return [`${stem}ان`, `${stem}ين`];
}

/** A bare adjective that would agree with a counted noun: «سوداني», «جديد». */
function isAdjectiveIn(lists: CountNounLists, stream: TokenStream, i: number): boolean {
  if (scriptOf(stream, i) !== 'arabic') return false;
  const folded = fold(normalOf(stream, i));
  if (lists.adjectives.has(folded)) return true;
  return (
    folded.length >= 4 &&
    folded.endsWith('ي') &&
    !folded.startsWith('ال') &&
    !lists.notAdjectives.has(folded) &&
    !CLAUSE_WORDS.has(folded)
  );
}

/** An adjective already in the accusative: «سودانيًا», «جديدا». */
function isAccusativeAdjectiveIn(lists: CountNounLists, stream: TokenStream, i: number): boolean {
  const folded = fold(normalOf(stream, i));
  if (!folded.endsWith('ا')) return false;
  const bare = folded.slice(0, -1);
  return lists.adjectives.has(bare) || (bare.length >= 4 && bare.endsWith('ي') && !lists.notAdjectives.has(bare));
}

/** The adjective written in the accusative, keeping its letters and adding the tanween alif. */
function accusativeAdjective(stream: TokenStream, i: number, tanween: Tanween): string {
  return stream.value(i).replace(/[\u064b-\u0652]+$/u, '') + TANWEEN_ALIF[tanween];
}

/** Can the word after the noun (token `index`, -1 for none) not be the second term of an idafa? */
function endsPhraseIn(
  lists: CountNounLists,
  stream: TokenStream,
  index: number,
): 'yes' | 'adjective' | 'noun' | 'unknown' {
  if (index === -1) return 'yes';
  if (isPunctuation(stream, index)) return 'yes';
  if (scriptOf(stream, index) !== 'arabic') return 'unknown';
  const folded = fold(normalOf(stream, index));
  if (CLAUSE_WORDS.has(folded)) return 'yes';
  // An accusative word («متطوعًا», «جديدا») cannot be the genitive second term of an idafa.
  if (folded.length >= 4 && folded.endsWith('ا')) return 'yes';
  if (CLAUSE_PREFIXES.some((p) => folded.startsWith(p) && folded.length >= p.length + 3)) return 'yes';
  if (isAdjectiveIn(lists, stream, index)) return 'adjective';
  return 'noun';
}

/** The next token after `index` when it touches it or is one inline space away (inside [start, end)), or -1. */
function follower(stream: TokenStream, index: number, start: number, end: number): number {
  if (index + 1 < end && isPunctuation(stream, index + 1)) return index + 1;
  return nextWord(stream, index, start, end);
}

/** Is the number a label («2024/9», «3-5», «عام 2024», «المادة 12»), not a count? */
function isLabel(stream: TokenStream, span: NumberSpan, start: number, end: number): boolean {
  const { start: starts, end: ends } = stream;
  const before = span.first - 1;
  if (
    before >= start &&
    isPunctuation(stream, before) &&
    JOINERS.has(stream.value(before)) &&
    ends[before] === starts[span.first]
  )
    return true;
  const after = span.last + 1;
  if (
    after < end &&
    isPunctuation(stream, after) &&
    JOINERS.has(stream.value(after)) &&
    starts[after] === ends[span.last] &&
    after + 1 < end
  ) {
    const kind = stream.kind[after + 1];
    if (kind === TokenKind.Word || kind === TokenKind.Number) return true;
  }
  const p = previousWord(stream, span.first, start, end);
  return p !== -1 && LABEL_WORDS.has(fold(normalOf(stream, p)));
}

export const countedNoun = defineRule<Options>({
  meta: {
    id: 'grammar/counted-noun',
    type: 'problem',
    docs: {
      description: {
        ar: 'صيغة المعدود بعد عدد مكتوب بالأرقام: جمع مجرور بعد 3–10، ومفرد منصوب بعد 11–99 (وتتبعه صفته)، ومفرد مجرور بعد المئات والألوف والكسور.',
        en: 'The counted noun after a number in digits: plural after 3–10, singular accusative after 11–99 (and its adjective agrees), singular after round hundreds, thousands and decimals.',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/counted-noun.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tanween: { enum: ['before-alif', 'on-alif', 'none'] },
        dual: { type: 'boolean' },
      },
    },
    defaultOptions: { tanween: 'before-alif', dual: false },
    messages: {
      plural: {
        ar: 'بعد عدد من 3 إلى 10 يأتي المعدود جمعًا: «{{expected}}» لا «{{actual}}».',
        en: 'After a number from 3 to 10 the noun is plural: “{{expected}}”, not “{{actual}}”.',
      },
      accusative: {
        ar: 'بعد عدد من 11 إلى 99 يأتي المعدود مفردًا منصوبًا: «{{expected}}» لا «{{actual}}».',
        en: 'After a number from 11 to 99 the noun is singular and accusative: “{{expected}}”, not “{{actual}}”.',
      },
      adjective: {
        ar: 'صفة المعدود المنصوب بعد عدد من 11 إلى 99 منصوبة مثله: «{{expected}}» لا «{{actual}}».',
        en: 'After a number from 11 to 99 the adjective of the accusative noun is accusative too: “{{expected}}”, not “{{actual}}”.',
      },
      singular: {
        ar: 'بعد المئات والألوف يأتي المعدود مفردًا: «{{expected}}» لا «{{actual}}».',
        en: 'After a round hundred or thousand the noun is singular: “{{expected}}”, not “{{actual}}”.',
      },
      decimal: {
        ar: 'بعد العدد العشري يأتي المعدود مفردًا: «{{expected}}» لا «{{actual}}».',
        en: 'After a decimal number the noun is singular: “{{expected}}”, not “{{actual}}”.',
      },
      dual: {
        ar: 'بعد الرقم 2 يُستعمل المثنى: «{{expected}}» لا «{{actual}}».',
        en: 'After the digit 2 Arabic uses the dual: “{{expected}}”, not “{{actual}}”.',
      },
      write: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const { tanween, dual } = context.options;
    // The built-in lists with the project's files (`grammar.countNouns`, see count-noun-lists.ts).
    const lists = countNounLists(context.settings);
    const countNounOf = (normal: string, value: number | null) => countNounIn(lists, normal, value);
    const isAdjective = (stream: TokenStream, i: number) => isAdjectiveIn(lists, stream, i);
    const isAccusativeAdjective = (stream: TokenStream, i: number) => isAccusativeAdjectiveIn(lists, stream, i);
    const endsPhrase = (stream: TokenStream, index: number) => endsPhraseIn(lists, stream, index);

    /** Report the noun (token `word`); each candidate may also rewrite an adjective after it (`extra`). */
    const report = (
      stream: TokenStream,
      word: number,
      messageId: string,
      candidates: readonly string[],
      fix: boolean,
      extra?: { token: number; text: string },
    ): void => {
      const wordEnd = stream.end[word]!;
      const range = [stream.start[word]!, extra ? stream.end[extra.token]! : wordEnd] as const;
      const textOf = (candidate: string): string =>
        extra ? candidate + context.text.slice(wordEnd, stream.start[extra.token]) + extra.text : candidate;
      const actual = context.text.slice(range[0], range[1]);
      const expected = candidates.map(textOf);
      context.report({
        range,
        messageId,
        data: { actual, expected: expected[0]! },
        actual,
        expected,
        ...(fix
          ? { fix: { range, text: expected[0]! } }
          : {
              suggest: expected.map((text) => ({ messageId: 'write', data: { expected: text }, fix: { range, text } })),
            }),
      });
    };

    /** «12 طبيبًا سوداني»: an accusative noun followed by a bare adjective, which takes the accusative too. */
    const checkAdjectiveAfterAccusative = (
      stream: TokenStream,
      k: number,
      value: number,
      start: number,
      end: number,
    ): void => {
      const text = stream.value(k);
      const accusativeNoun = HARAKA_OR_ALIF.test(text)
        ? countNounOf(normalOf(stream, k).replace(/ا$/u, ''), value).single
        : undefined;
      if (!(value % 100 >= 11 && Number.isInteger(value) && accusativeNoun && !accusativeNoun.scale)) return;
      const f = follower(stream, k, start, end);
      if (f === -1 || !isAdjective(stream, f) || isAccusativeAdjective(stream, f)) return;
      const actual = stream.value(f);
      const expected = accusativeAdjective(stream, f, tanween);
      const range = [stream.start[f]!, stream.end[f]!] as const;
      context.report({
        range,
        messageId: 'adjective',
        data: { actual, expected },
        actual,
        expected: [expected],
        suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
      });
    };

    /** 11–99: a singular accusative, unless the noun is the first term of an idafa. */
    const checkAccusative = (
      stream: TokenStream,
      k: number,
      single: CountNoun | undefined,
      plural: CountNoun | undefined,
      start: number,
      end: number,
    ): void => {
      const f = follower(stream, k, start, end);
      const kind = endsPhrase(stream, f);
      const noun = single ?? plural!;
      const accusative = accusativeOf(noun, tanween);
      const agreeing =
        kind === 'adjective' && accusative && !noun.scale
          ? { token: f, text: accusativeAdjective(stream, f, tanween) }
          : undefined;
      if (single) {
        if (accusative && kind === 'yes') report(stream, k, 'accusative', [accusative], false);
        else if (agreeing) report(stream, k, 'accusative', [accusative!], false, agreeing);
      } else if (agreeing) {
        report(stream, k, 'accusative', [accusative!], false, agreeing);
      } else if (accusative) {
        const choices =
          kind === 'yes' ? [accusative] : kind === 'noun' ? [noun.singular, accusative] : [accusative, noun.singular];
        report(stream, k, 'accusative', choices, false);
      } else {
        report(stream, k, 'accusative', [noun.singular], false);
      }
    };

    const span: NumberSpan = { first: 0, last: 0, value: null, digitSystems: 1 };
    return {
      Prose(stream: TokenStream) {
        // Numbers start at a Number token or at a word that is a proclitic glued to digits («و4»).
        const found = occurrences(stream, numberStartOf);
        if (!found) return;
        let next = 0;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          if (i < next || !readNumber(stream, i, end, span)) return;
          next = span.last + 1;
          const value = span.value;
          if (value === null || span.digitSystems !== 1) return;
          const k = nextWord(stream, span.last, start, end);
          if (k === -1) return;
          if (scriptOf(stream, k) !== 'arabic' || isLabel(stream, span, start, end)) return;
          const { single, plural } = countNounOf(normalOf(stream, k), value);
          if (!single && !plural) {
            checkAdjectiveAfterAccusative(stream, k, value, start, end);
            return;
          }

          if (!Number.isInteger(value)) {
            if (plural) report(stream, k, 'decimal', [plural.singular], false);
            return;
          }
          const last2 = value % 100;
          if (last2 >= 3 && last2 <= 10) {
            if (single && single.plurals.length > 0)
              report(stream, k, 'plural', [single.plurals[0]!], Boolean(single.scale) && value <= 100);
          } else if (last2 >= 11) {
            checkAccusative(stream, k, single, plural, start, end);
          } else if (last2 === 0 && value >= 100) {
            if (plural) report(stream, k, 'singular', [plural.singular], false);
          } else if (value === 2 && dual && single) {
            report(stream, k, 'dual', dualsOf(single), false);
          }
        });
      },
    };
  },
});

/** A word a number starts at: a number, or a proclitic glued to digits («و4»); 1 or 0 (see `perWord`). */
const numberStartOf = (w: WordEntry): number => (w.script === 'number' ? 1 : cliticNumberOf(w));

/** A written accusative: a final alif (with or without its tanween). */
const HARAKA_OR_ALIF = /ا[\u064b]?$|\u064bا$/u;

export default countedNoun;

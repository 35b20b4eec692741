/**
 * A demonstrative that does not agree in gender with the definite noun
 * after it: «هذا/ذلك» before a feminine singular («هذا الخطة» → «هذه»),
 * «هذه/تلك» before a masculine singular («هذه الاجتماع» → «هذا»).
 *
 * Algorithm: a demonstrative (after an optional و/ف and ب/ل/ك), one inline
 * space, then a word with the article. Gender comes from
 * data/demonstratives.yaml: a noun is masculine when it is listed as such;
 * feminine when it is listed (أرض، حرب) or ends in ة or ات and is not one of
 * `notFeminine` (human plurals in ة such as «القادة» take «هؤلاء»).
 * Non-human broken plurals take the feminine («هذه المشاريع») and are never
 * reported. «هذا/ذلك» are also pronouns («بما في ذلك الحكومة», «يعني ذلك
 * الحاجة», «لذلك», «كذلك»): they are skipped after «بما في»; «ذلك» after a
 * word of `thatPronounAfter` (prepositions such as «بعد ذلك», masculine verbs
 * such as «يعني»), «هذا» after a word of `thisPronounAfter` (masculine verbs
 * only: a feminine verb before «هذا الخطوة» agrees with the noun, so the
 * demonstrative belongs to it, and «عن هذا الخطة» is a slip),
 * «ذلك» after a word ending in the past-tense «ت» («أكدت ذلك الوزارة»), and
 * both with an attached ل/ك (and ب for «ذلك»). The change is a suggestion.
 */
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as demonstrativesFile from './data/demonstratives.generated.js';
import {
  nextWord,
  normalOf,
  occurrences,
  inParagraphs,
  perWord,
  previousWord,
  sourceOffset,
  withoutConjunction,
} from './prose.js';

export interface Demonstratives {
  masculine: string[];
  feminine: string[];
  notFeminine: string[];
  thatPronounAfter: string[];
  thisPronounAfter: string[];
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid: string[] };
}

export const demonstratives = embeddedDataFile<Demonstratives>(demonstrativesFile).data;
const MASCULINE = new Set(demonstratives.masculine);
const FEMININE = new Set(demonstratives.feminine);
const NOT_FEMININE = new Set(demonstratives.notFeminine);
const THAT_PRONOUN_AFTER = new Set(demonstratives.thatPronounAfter);
const THIS_PRONOUN_AFTER = new Set(demonstratives.thisPronounAfter);

/** Each demonstrative with its gender and its partner of the other gender. */
const PARTNER: Record<string, { gender: 'm' | 'f'; other: string }> = {
  هذا: { gender: 'm', other: 'هذه' },
  ذلك: { gender: 'm', other: 'تلك' },
  ذاك: { gender: 'm', other: 'تلك' },
  هذه: { gender: 'f', other: 'هذا' },
  تلك: { gender: 'f', other: 'ذلك' },
};

function genderOf(stem: string): 'm' | 'f' | undefined {
  if (MASCULINE.has(stem)) return 'm';
  if (FEMININE.has(stem)) return 'f';
  if (NOT_FEMININE.has(stem)) return undefined;
  if (stem.length >= 3 && (stem.endsWith('ة') || stem.endsWith('ات'))) return 'f';
  return undefined;
}

const isDemonstrative = (w: string): boolean => Object.hasOwn(PARTNER, w);
const BASES = Object.keys(PARTNER);
const ATTACHED = 8;
const CONJUNCTION = 16;

/**
 * A word as a demonstrative, per distinct word: 0 when it is none, else
 * 1 + the index of its base in `BASES`, + `ATTACHED` when a letter is
 * attached before it («بهذا», «أهذا»), + `CONJUNCTION` when a conjunction
 * و/ف comes first.
 */
function demonstrativeOf(w: WordEntry): number {
  const { conjunction, rest } = withoutConjunction(
    w.normal,
    (v) => isDemonstrative(v) || (v.length > 3 && isDemonstrative(v.slice(1)) && 'بلك'.includes(v[0]!)),
  );
  const attached = isDemonstrative(rest) ? '' : rest[0]!;
  const base = attached ? rest.slice(1) : rest;
  if (!isDemonstrative(base)) return 0;
  return 1 + BASES.indexOf(base) + (attached ? ATTACHED : 0) + (conjunction ? CONJUNCTION : 0);
}

/** The gender of a word with the article, per distinct word: 0 none (or no article), 1 masculine, 2 feminine. */
function nounGenderOf(w: WordEntry): number {
  if (!w.normal.startsWith('ال')) return 0;
  const gender = genderOf(w.normal.slice(2));
  return gender === 'm' ? 1 : gender === 'f' ? 2 : 0;
}

/** Is this masculine demonstrative a pronoun here («لذلك», «بما في ذلك الحكومة», «أكدت ذلك الوزارة»)? */
function isPronoun(
  stream: TokenStream,
  i: number,
  start: number,
  end: number,
  base: string,
  attached: string,
  conjunction: boolean,
): boolean {
  if (attached === 'ل' || attached === 'ك' || (attached === 'ب' && base !== 'هذا')) return true;
  const p = previousWord(stream, i, start, end);
  if (p === -1 || conjunction) return false;
  const pronounAfter = base === 'هذا' ? THIS_PRONOUN_AFTER : THAT_PRONOUN_AFTER;
  const before = withoutConjunction(normalOf(stream, p), (w) => pronounAfter.has(w)).rest;
  if (pronounAfter.has(before) || (base !== 'هذا' && before.endsWith('ت'))) return true;
  // «بما في ذلك الحكومة» (including the government); «في ذلك الوقت» is an ordinary demonstrative.
  const pp = previousWord(stream, p, start, end);
  return before === 'في' && pp !== -1 && withoutConjunction(normalOf(stream, pp), (w) => w === 'بما').rest === 'بما';
}

export const demonstrativeAgreement = defineRule({
  meta: {
    id: 'grammar/demonstrative-agreement',
    type: 'problem',
    docs: {
      description: {
        ar: 'اسم الإشارة يطابق الاسم المعرّف بعده في التذكير والتأنيث («هذه الخطة»، «هذا الاجتماع»).',
        en: 'A demonstrative agrees in gender with the definite noun after it («هذه الخطة», «هذا الاجتماع»).',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/demonstrative-agreement.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      feminine: {
        ar: 'اسم الإشارة يطابق المشار إليه، و«{{noun}}» مؤنث: «{{expected}}» لا «{{actual}}».',
        en: 'A demonstrative agrees with its noun, and “{{noun}}” is feminine: “{{expected}}”, not “{{actual}}”.',
      },
      masculine: {
        ar: 'اسم الإشارة يطابق المشار إليه، و«{{noun}}» مذكر: «{{expected}}» لا «{{actual}}».',
        en: 'A demonstrative agrees with its noun, and “{{noun}}” is masculine: “{{expected}}”, not “{{actual}}”.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without a demonstrative or without a noun of known gender.
        const found = occurrences(stream, demonstrativeOf);
        const demonstrative = found && perWord(stream, demonstrativeOf);
        const nounGender = demonstrative && perWord(stream, nounGenderOf);
        if (!found || !demonstrative || !nounGender) return;
        const word = stream.word;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          const code = demonstrative[word[i]!]!;
          const base = BASES[(code & 7) - 1]!;
          const conjunction = (code & CONJUNCTION) !== 0;
          const attached = (code & ATTACHED) !== 0 ? normalOf(stream, i)[conjunction ? 1 : 0]! : '';
          const partner = PARTNER[base]!;
          const j = nextWord(stream, i, start, end);
          if (j === -1) return;
          const g = nounGender[word[j]!]!;
          if (g === 0) return;
          const gender = g === 1 ? 'm' : 'f';
          if (gender === partner.gender) return;
          if (partner.gender === 'm' && isPronoun(stream, i, start, end, base, attached, conjunction)) return;
          const text = stream.value(i);
          const at = sourceOffset(stream, i, (conjunction ? 1 : 0) + attached.length) - stream.start[i]!;
          const actual = text.slice(at);
          const range = [stream.start[i]! + at, stream.end[i]!] as const;
          const expected = partner.other;
          context.report({
            range,
            messageId: gender === 'f' ? 'feminine' : 'masculine',
            data: { noun: stream.value(j), actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        });
      },
    };
  },
});

export default demonstrativeAgreement;

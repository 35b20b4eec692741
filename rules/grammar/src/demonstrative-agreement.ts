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
import type { Paragraph } from 'nlcst';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as demonstrativesFile from './data/demonstratives.generated.js';
import { nextWord, previousWord, sourceOffset, tokensOf, withoutConjunction } from './prose.js';

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
  'هذا': { gender: 'm', other: 'هذه' },
  'ذلك': { gender: 'm', other: 'تلك' },
  'ذاك': { gender: 'm', other: 'تلك' },
  'هذه': { gender: 'f', other: 'هذا' },
  'تلك': { gender: 'f', other: 'ذلك' },
};

function genderOf(stem: string): 'm' | 'f' | undefined {
  if (MASCULINE.has(stem)) return 'm';
  if (FEMININE.has(stem)) return 'f';
  if (NOT_FEMININE.has(stem)) return undefined;
  if (stem.length >= 3 && (stem.endsWith('ة') || stem.endsWith('ات'))) return 'f';
  return undefined;
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
      ParagraphNode(node: Paragraph) {
        const tokens = tokensOf(node);
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i]!;
          if (token.kind !== 'word') continue;
          const { conjunction, rest } = withoutConjunction(token.normal, (w) => w in PARTNER || (w.length > 3 && w.slice(1) in PARTNER && 'بلك'.includes(w[0]!)));
          const attached = rest in PARTNER ? '' : rest[0]!;
          const base = attached ? rest.slice(1) : rest;
          const partner = PARTNER[base];
          if (!partner) continue;
          const j = nextWord(tokens, i);
          if (j === -1) continue;
          const noun = tokens[j]!;
          if (!noun.normal.startsWith('ال')) continue;
          const gender = genderOf(noun.normal.slice(2));
          if (!gender || gender === partner.gender) continue;
          if (partner.gender === 'm') {
            // «هذا/ذلك» as a pronoun: «لذلك», «كذلك», «بذلك», «بما في ذلك الحكومة», «أكدت ذلك الوزارة».
            if (attached === 'ل' || attached === 'ك' || (attached === 'ب' && base !== 'هذا')) continue;
            const p = previousWord(tokens, i);
            if (p !== -1 && !conjunction) {
              const pronounAfter = base === 'هذا' ? THIS_PRONOUN_AFTER : THAT_PRONOUN_AFTER;
              const before = withoutConjunction(tokens[p]!.normal, (w) => pronounAfter.has(w)).rest;
              if (pronounAfter.has(before) || (base !== 'هذا' && before.endsWith('ت'))) continue;
              // «بما في ذلك الحكومة» (including the government); «في ذلك الوقت» is an ordinary demonstrative.
              const pp = previousWord(tokens, p);
              if (before === 'في' && pp !== -1 && withoutConjunction(tokens[pp]!.normal, (w) => w === 'بما').rest === 'بما') continue;
            }
          }
          const at = sourceOffset(token, conjunction.length + attached.length) - token.start;
          const actual = token.text.slice(at);
          const range = [token.start + at, token.end] as const;
          const expected = partner.other;
          context.report({
            range,
            messageId: gender === 'f' ? 'feminine' : 'masculine',
            data: { noun: noun.text, actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        }
      },
    };
  },
});

export default demonstrativeAgreement;

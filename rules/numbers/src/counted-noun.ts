/**
 * The noun after a number written in digits (تمييز العدد, catalog §1.5).
 *
 * For each number of a paragraph followed (inline space only) by a bare
 * noun of the lexicon (data/count-nouns.yaml, compared folded), the noun's
 * form is checked against the number's last two digits (212 behaves like 12):
 *   T2  3–10: plural («3 مليون» → «3 ملايين»); a fix for scale words up to
 *       100, a suggestion otherwise;
 *   T1  11–99: singular accusative with a written alif («87 عضو» → «87 عضوًا»),
 *       a suggestion, and only when what follows cannot be the second noun
 *       of an idafa («87 عضو برلمان», «15 مليون دولار» are right): the end
 *       of the text, punctuation, a function word, or a word that starts
 *       with «و»/«ف» or a preposition + article («بال», «لل»);
 *   T4  11–99 + plural → the singular accusative (or the bare singular
 *       before a noun);
 *   T3  a round hundred or thousand + plural → singular;
 *       a decimal + plural → singular;
 *   T5  2 + singular → the dual, only with the `dual` option.
 * Numbers that are part of a date, time or range («2024/9», «3-5») and
 * numbers after «عام»/«رقم»/«المادة»… are not counts and are skipped.
 */
import type { Paragraph, Word } from 'nlcst';
import { normalizeWord } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as countNounsFile from './data/count-nouns.generated.js';
import { endOf, nextIndex, numbersIn, paragraphTokens, startOf, textOf, wordAt, type NumberSpan, type Token } from './tokens.js';

export interface CountNoun {
  singular: string;
  plurals: string[];
  scale?: boolean;
  accusative?: string;
  examples: Array<{ wrong: string; right: string }>;
}

export const countNouns = embeddedDataFile<{ nouns: CountNoun[] }>(countNounsFile).data.nouns;

const fold = (word: string): string => normalizeWord(word, { fold: true });
const BY_SINGULAR = new Map<string, CountNoun>();
const BY_PLURAL = new Map<string, CountNoun>();
for (const noun of countNouns) {
  BY_SINGULAR.set(fold(noun.singular), noun);
  for (const plural of noun.plurals) BY_PLURAL.set(fold(plural), noun);
}

/** Words after which a count noun is not the first term of an idafa (folded). */
const CLAUSE_WORDS = new Set(
  [
    'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'في', 'من', 'على', 'إلى', 'عن', 'مع', 'حتى', 'منذ',
    'خلال', 'قد', 'لم', 'لن', 'لا', 'ما', 'أن', 'إن', 'ثم', 'أو', 'بين', 'حول', 'ضد', 'داخل', 'خارج', 'عبر', 'تحت', 'فوق',
    'بعد', 'قبل', 'عند', 'لدى', 'كما', 'حيث', 'هم', 'هي', 'هو', 'نحو', 'أكثر', 'فقط', 'تقريبا', 'آخرين', 'آخر', 'جدد', 'جديدا',
  ].map(fold),
);
const CLAUSE_PREFIXES = ['و', 'ف', 'بال', 'لل', 'كال'];
/** Words before a number that make it a label, not a count (folded). */
const LABEL_WORDS = new Set(['عام', 'العام', 'سنة', 'رقم', 'المادة', 'مادة', 'الفقرة', 'البند', 'الصفحة', 'القرار', 'الساعة', 'الفصل', 'الجدول'].map(fold));
const JOINERS = new Set(['/', ':', '-', '–', '.', ',']);

type Tanween = 'before-alif' | 'on-alif' | 'none';

interface Options {
  tanween: Tanween;
  dual: boolean;
}

/** The written accusative of a singular, or undefined when it shows no alif (ة, اء, ى). */
function accusativeOf(noun: CountNoun, tanween: Tanween): string | undefined {
  if (noun.accusative) return noun.accusative;
  if (/(ة|اء|ى)$/.test(noun.singular)) return undefined;
  return noun.singular + (tanween === 'before-alif' ? '\u064bا' : tanween === 'on-alif' ? 'ا\u064b' : 'ا');
}

function dualsOf(noun: CountNoun): string[] {
  const stem = noun.singular.endsWith('ة') ? `${noun.singular.slice(0, -1)}ت` : noun.singular;
  return [`${stem}ان`, `${stem}ين`];
}

/** Can the word after the noun not be the second term of an idafa? */
function endsPhrase(tokens: readonly Token[], index: number): 'yes' | 'noun' | 'unknown' {
  if (index === -1) return 'yes';
  const token = tokens[index]!;
  if (token.type === 'PunctuationNode') return 'yes';
  if (token.type !== 'WordNode' || token.data?.script !== 'arabic') return 'unknown';
  const folded = token.data.folded ?? fold(textOf(token));
  if (CLAUSE_WORDS.has(folded)) return 'yes';
  if (CLAUSE_PREFIXES.some((p) => folded.startsWith(p) && folded.length >= p.length + 3)) return 'yes';
  return 'noun';
}

export const countedNoun = defineRule<Options>({
  meta: {
    id: 'numbers/counted-noun',
    type: 'problem',
    docs: {
      description: {
        ar: 'صيغة المعدود بعد عدد مكتوب بالأرقام: جمع بعد 3–10، ومفرد منصوب بعد 11–99، ومفرد بعد المئات والألوف والكسور.',
        en: 'The counted noun after a number in digits: plural after 3–10, singular accusative after 11–99, singular after round hundreds, thousands and decimals.',
      },
      recommended: 'warning',
      url: 'rules/numbers/docs/counted-noun.md',
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

    const report = (word: Word, messageId: string, candidates: readonly string[], fix: boolean): void => {
      const actual = textOf(word);
      const range = [startOf(word), endOf(word)] as const;
      const data = { actual, expected: candidates[0]! };
      context.report({
        node: word,
        messageId,
        data,
        actual,
        expected: candidates,
        ...(fix
          ? { fix: { range, text: candidates[0]! } }
          : { suggest: candidates.map((expected) => ({ messageId: 'write', data: { expected }, fix: { range, text: expected } })) }),
      });
    };

    const isLabel = (tokens: readonly Token[], span: NumberSpan): boolean => {
      const before = tokens[span.first - 1];
      if (before?.type === 'PunctuationNode' && JOINERS.has(before.value) && endOf(before) === span.wordStart) return true;
      const after = tokens[span.last + 1];
      if (after?.type === 'PunctuationNode' && JOINERS.has(after.value) && startOf(after) === span.end && tokens[span.last + 2]?.type === 'WordNode') return true;
      let p = span.first - 1;
      if (tokens[p]?.type === 'WhiteSpaceNode') p--;
      const word = wordAt(tokens, p);
      return word !== undefined && LABEL_WORDS.has(word.data?.folded ?? '');
    };

    return {
      ParagraphNode(node: Paragraph) {
        const tokens = paragraphTokens(node);
        for (const span of numbersIn(tokens)) {
          const value = span.info.value;
          if (value === null || span.info.digits.length !== 1) continue;
          const k = nextIndex(tokens, span.last);
          const word = wordAt(tokens, k);
          if (!word || word.data?.script !== 'arabic' || isLabel(tokens, span)) continue;
          const folded = word.data.folded ?? fold(textOf(word));
          const single = BY_SINGULAR.get(folded);
          const plural = BY_PLURAL.get(folded);
          if (!single && !plural) continue;

          if (!Number.isInteger(value)) {
            if (plural) report(word, 'decimal', [plural.singular], false);
            continue;
          }
          const last2 = value % 100;
          if (last2 >= 3 && last2 <= 10) {
            if (single) report(word, 'plural', [single.plurals[0]!], Boolean(single.scale) && value <= 100);
          } else if (last2 >= 11) {
            const follower = endsPhrase(tokens, nextIndex(tokens, k));
            const noun = single ?? plural!;
            const accusative = accusativeOf(noun, tanween);
            if (single) {
              if (accusative && follower === 'yes') report(word, 'accusative', [accusative], false);
            } else if (accusative) {
              const choices = follower === 'yes' ? [accusative] : follower === 'noun' ? [noun.singular, accusative] : [accusative, noun.singular];
              report(word, 'accusative', choices, false);
            } else {
              report(word, 'accusative', [noun.singular], false);
            }
          } else if (last2 === 0 && value >= 100) {
            if (plural) report(word, 'singular', [plural.singular], false);
          } else if (value === 2 && dual && single) {
            report(word, 'dual', dualsOf(single), false);
          }
        }
      },
    };
  },
});

export default countedNoun;

/**
 * Two prepositions in a row («على في الأسواق», «إلى للمدينة»): a
 * preposition governs a noun, so one of the two is a leftover of an edit.
 *
 * Algorithm: a free-standing preposition of data/prepositions.yaml `first`
 * (after an optional و/ف), then one inline space, then either another
 * free-standing preposition (`second`; «من» of `secondBeforeArticle` only
 * before a word with the article, since «مَن» is also a pronoun), or a word that starts with an
 * attached preposition and the article («بال», «لل», «كال»; not a word of
 * `notAttached` such as «بالغ»). Pairs of `allowed` («من على») are correct
 * Arabic. Two suggestions: drop the first preposition, or drop the second.
 */
import type { Paragraph } from 'nlcst';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as prepositionsFile from './data/prepositions.generated.js';
import { nextWord, sourceOffset, tokensOf, withoutConjunction, type Token } from './prose.js';

export interface Prepositions {
  first: string[];
  second: string[];
  secondBeforeArticle: string[];
  attached: string[];
  allowed: string[];
  notAttached: string[];
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid: string[] };
}

export const prepositions = embeddedDataFile<Prepositions>(prepositionsFile).data;
const FIRST = new Set(prepositions.first);
const SECOND = new Set(prepositions.second);
const SECOND_BEFORE_ARTICLE = new Set(prepositions.secondBeforeArticle);
const ATTACHED = new Set(prepositions.attached);
const ALLOWED = new Set(prepositions.allowed);
const NOT_ATTACHED = new Set(prepositions.notAttached);

interface Edit {
  range: readonly [number, number];
  text: string;
}

/** For a word that starts with an attached preposition + article: the edit that removes the preposition. */
function dropAttached(word: Token): Edit | undefined {
  const normal = word.normal;
  if (NOT_ATTACHED.has(normal) || normal.length < 5) return undefined;
  const letter = normal[0]!;
  if (!ATTACHED.has(letter)) return undefined;
  // «لل» is ل + the article with its alif dropped: «للمدينة» → «المدينة».
  if (letter === 'ل' && normal[1] === 'ل') return { range: [word.start, sourceOffset(word, 1)], text: 'ا' };
  if (letter !== 'ل' && normal.startsWith('ال', 1)) return { range: [word.start, sourceOffset(word, 1)], text: '' };
  return undefined;
}

export const stackedPrepositions = defineRule({
  meta: {
    id: 'grammar/stacked-prepositions',
    type: 'problem',
    docs: {
      description: {
        ar: 'حرفا جرّ متتاليان («على في الأسواق»، «إلى للمدينة»): حرف الجرّ لا يدخل على حرف جرّ آخر.',
        en: 'Two prepositions in a row («على في الأسواق», «إلى للمدينة»): a preposition cannot govern another preposition.',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/stacked-prepositions.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      stacked: {
        ar: 'حرفا جرّ متتاليان «{{actual}}»: لا يدخل حرف جرّ على حرف جرّ آخر، فاحذف أحدهما.',
        en: 'Two prepositions in a row, “{{actual}}”: a preposition cannot govern another preposition; drop one of them.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const tokens = tokensOf(node);
        for (let i = 0; i < tokens.length; i++) {
          const first = tokens[i]!;
          if (first.kind !== 'word') continue;
          const { conjunction, rest } = withoutConjunction(first.normal, (w) => FIRST.has(w));
          if (!FIRST.has(rest)) continue;
          const j = nextWord(tokens, i);
          if (j === -1) continue;
          const second = tokens[j]!;
          let dropSecond: Edit | undefined;
          const third = nextWord(tokens, j);
          const beforeArticle = SECOND_BEFORE_ARTICLE.has(second.normal) && third !== -1 && tokens[third]!.normal.startsWith('ال');
          // «في في» is a repeated word (orthography/no-repeated-words), not two prepositions.
          if (second.normal === rest) continue;
          if (SECOND.has(second.normal) || beforeArticle) {
            if (ALLOWED.has(`${rest} ${second.normal}`)) continue;
            dropSecond = { range: [first.end, second.end], text: '' };
          } else {
            dropSecond = dropAttached(second);
            if (!dropSecond) continue;
          }
          // Dropping the first keeps its conjunction: «وعلى بالرغم» → «وبالرغم».
          const keepFrom = conjunction ? sourceOffset(first, 1) : first.start;
          const dropFirst: Edit = { range: [keepFrom, second.start], text: '' };
          const range = [first.start, second.end] as const;
          const actual = context.text.slice(range[0], range[1]);
          const outputOf = (edit: Edit): string =>
            context.text.slice(range[0], edit.range[0]) + edit.text + context.text.slice(edit.range[1], range[1]);
          context.report({
            range,
            messageId: 'stacked',
            data: { actual },
            actual,
            expected: [outputOf(dropFirst), outputOf(dropSecond)],
            suggest: [dropFirst, dropSecond].map((fix) => ({ messageId: 'write', data: { expected: outputOf(fix) }, fix })),
          });
          i = j;
        }
      },
    };
  },
});

export default stackedPrepositions;

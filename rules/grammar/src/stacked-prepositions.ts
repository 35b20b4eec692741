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
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as prepositionsFile from './data/prepositions.generated.js';
import { nextWord, normalOf, occurrences, inParagraphs, perWord, sourceOffset, withoutConjunction } from './prose.js';

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
function dropAttached(stream: TokenStream, i: number): Edit | undefined {
  const normal = normalOf(stream, i);
  if (NOT_ATTACHED.has(normal) || normal.length < 5) return undefined;
  const letter = normal[0]!;
  if (!ATTACHED.has(letter)) return undefined;
  // «لل» is ل + the article with its alif dropped: «للمدينة» → «المدينة».
  if (letter === 'ل' && normal[1] === 'ل') return { range: [stream.start[i]!, sourceOffset(stream, i, 1)], text: 'ا' };
  if (letter !== 'ل' && normal.startsWith('ال', 1))
    return { range: [stream.start[i]!, sourceOffset(stream, i, 1)], text: '' };
  return undefined;
}

/** Is the word a preposition of `first`: 0 no, 1 as it stands, 2 after a conjunction و/ف («وعلى»)? */
const firstOf = (w: WordEntry): number => {
  const split = withoutConjunction(w.normal, (rest) => FIRST.has(rest));
  return FIRST.has(split.rest) ? (split.conjunction ? 2 : 1) : 0;
};

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
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without a preposition of `first`.
        const found = occurrences(stream, firstOf);
        const isFirst = found && perWord(stream, firstOf);
        if (!found || !isFirst) return;
        const word = stream.word;
        // After a finding, the search goes on after its second preposition.
        let next = 0;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          if (i < next) return;
          const first = isFirst[word[i]!]!;
          const conjunction = first === 2;
          const rest = conjunction ? normalOf(stream, i).slice(1) : normalOf(stream, i);
          const j = nextWord(stream, i, start, end);
          if (j === -1) return;
          const secondNormal = normalOf(stream, j);
          let dropSecond: Edit | undefined;
          const third = nextWord(stream, j, start, end);
          const beforeArticle =
            SECOND_BEFORE_ARTICLE.has(secondNormal) && third !== -1 && normalOf(stream, third).startsWith('ال');
          // «في في» is a repeated word (orthography/no-repeated-words), not two prepositions.
          if (secondNormal === rest) return;
          if (SECOND.has(secondNormal) || beforeArticle) {
            if (ALLOWED.has(`${rest} ${secondNormal}`)) return;
            dropSecond = { range: [stream.end[i]!, stream.end[j]!], text: '' };
          } else {
            dropSecond = dropAttached(stream, j);
            if (!dropSecond) return;
          }
          // Dropping the first keeps its conjunction: «وعلى بالرغم» → «وبالرغم».
          const keepFrom = conjunction ? sourceOffset(stream, i, 1) : stream.start[i]!;
          const dropFirst: Edit = { range: [keepFrom, stream.start[j]!], text: '' };
          const range = [stream.start[i]!, stream.end[j]!] as const;
          const actual = context.text.slice(range[0], range[1]);
          const outputOf = (edit: Edit): string =>
            context.text.slice(range[0], edit.range[0]) + edit.text + context.text.slice(edit.range[1], range[1]);
          context.report({
            range,
            messageId: 'stacked',
            data: { actual },
            actual,
            expected: [outputOf(dropFirst), outputOf(dropSecond)],
            suggest: [dropFirst, dropSecond].map((fix) => ({
              messageId: 'write',
              data: { expected: outputOf(fix) },
              fix,
            })),
          });
          next = j + 1;
        });
      },
    };
  },
});

export default stackedPrepositions;

/**
 * «حيث أنّ» → «حيث إنّ». «حيث» is followed by a clause, never by a
 * single noun, so the particle after it opens the clause and takes kasra.
 * Any «أن/أنّ/ان» word (with or without a pronoun suffix) right after
 * «حيث» — also «وحيث», «فحيث», «بحيث», «من حيث» — is reported, with the
 * «إن» form as a suggestion.
 */
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { annaOf, withKasraHamza } from './anna.js';
import { nextWord, occurrences, inParagraphs, perWord, withoutConjunction } from './prose.js';

const HAYTH = new Set(['حيث', 'بحيث']);
const haythOf = (w: WordEntry): number =>
  HAYTH.has(withoutConjunction(w.normal, (rest) => HAYTH.has(rest)).rest) ? 1 : 0;

export const haythInna = defineRule({
  meta: {
    id: 'grammar/hayth-inna',
    type: 'problem',
    docs: {
      description: {
        ar: '«حيث أنّ» والصواب «حيث إنّ»: بعد «حيث» جملة، فتُكسر همزة «إنّ».',
        en: '«حيث أنّ» should be «حيث إنّ»: «حيث» is followed by a clause, so the particle takes kasra.',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/hayth-inna.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      inna: {
        ar: 'بعد «حيث» تأتي جملة، فتُكسر همزة «إنّ»: «{{expected}}» لا «{{actual}}».',
        en: '«حيث» is followed by a clause, so the particle takes kasra: “{{expected}}”, not “{{actual}}”.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without «حيث» or without an «أنّ» word.
        const hayth = occurrences(stream, haythOf);
        const isAnna = hayth && perWord(stream, annaOf);
        if (!hayth || !isAnna) return;
        const word = stream.word;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, hayth, (i, start, end) => {
          const j = nextWord(stream, i, start, end);
          if (j === -1 || isAnna[word[j]!] === 0) return;
          const actual = stream.value(j);
          const expected = withKasraHamza(stream, j);
          const range = [stream.start[j]!, stream.end[j]!] as const;
          context.report({
            range,
            messageId: 'inna',
            data: { actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        });
      },
    };
  },
});

export default haythInna;

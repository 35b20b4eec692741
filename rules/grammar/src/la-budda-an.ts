/**
 * «لا بد وأن» → «لا بد أن». «لا بدّ» takes the clause with «أنْ» directly:
 * the «و» between them joins nothing. Reported as a style note (info) on
 * the «وأن» word, with the «و» dropped as a suggestion. Forms: «لا بد»,
 * «لابد», with harakat, after «و»/«ف» («فلا بد»), and «وأن» with a
 * pronoun suffix («لا بد وأنه» → «لا بد أنه»).
 */
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { annaSuffix } from './anna.js';
import { nextWord, occurrences, inParagraphs, perWord, sourceOffset } from './prose.js';

const LA = new Set(['لا', 'ولا', 'فلا']);
const LABUDDA = new Set(['لابد', 'ولابد', 'فلابد']);

/** What a word is to this rule (per distinct word). */
const NONE = 0;
const LA_WORD = 1;
const LABUDDA_WORD = 2;
const BUDDA = 3;
const WAW_ANNA = 4;
const roleOf = (w: WordEntry): number => {
  const normal = w.normal;
  if (LABUDDA.has(normal)) return LABUDDA_WORD;
  if (LA.has(normal)) return LA_WORD;
  if (normal === 'بد') return BUDDA;
  if (normal.startsWith('و') && annaSuffix(normal.slice(1)) !== undefined) return WAW_ANNA;
  return NONE;
};

export const laBuddaAn = defineRule({
  meta: {
    id: 'grammar/la-budda-an',
    type: 'suggestion',
    docs: {
      description: {
        ar: '«لا بد وأن» والأفصح «لا بد أن»: «لا بدّ» يليها المصدر المؤول مباشرة بلا واو.',
        en: '«لا بد وأن» reads better as «لا بد أن»: «لا بدّ» takes the «أن» clause directly, with no «و».',
      },
      recommended: 'info',
      url: 'rules/grammar/docs/la-budda-an.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      extraWaw: {
        ar: '«لا بدّ» يليها «أنْ» مباشرة، فالواو زائدة: «{{expected}}» لا «{{actual}}».',
        en: '«لا بدّ» takes «أن» directly, so the «و» is superfluous: “{{expected}}”, not “{{actual}}”.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without «لا», «لابد», «بد» or «وأن».
        const found = occurrences(stream, roleOf);
        const role = found && perWord(stream, roleOf);
        if (!found || !role) return;
        const word = stream.word;
        // After a finding, the search goes on after its «وأن».
        let next = 0;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          if (i < next) return;
          const r = role[word[i]!]!;
          if (r !== LABUDDA_WORD && r !== LA_WORD) return;
          let budda = -1;
          if (r === LABUDDA_WORD) budda = i;
          else if (r === LA_WORD) {
            const j = nextWord(stream, i, start, end);
            if (j !== -1 && role[word[j]!] === BUDDA) budda = j;
          }
          if (budda === -1) return;
          const k = nextWord(stream, budda, start, end);
          if (k === -1 || role[word[k]!] !== WAW_ANNA) return;
          const actual = stream.value(k);
          const cut = sourceOffset(stream, k, 1) - stream.start[k]!;
          const expected = actual.slice(cut);
          const range = [stream.start[k]!, stream.end[k]!] as const;
          context.report({
            range,
            messageId: 'extraWaw',
            data: { actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
          next = k + 1;
        });
      },
    };
  },
});

export default laBuddaAn;

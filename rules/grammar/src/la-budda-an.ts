/**
 * «لا بد وأن» → «لا بد أن». «لا بدّ» takes the clause with «أنْ» directly:
 * the «و» between them joins nothing. Reported as a style note (info) on
 * the «وأن» word, with the «و» dropped as a suggestion. Forms: «لا بد»,
 * «لابد», with harakat, after «و»/«ف» («فلا بد»), and «وأن» with a
 * pronoun suffix («لا بد وأنه» → «لا بد أنه»).
 */
import type { Paragraph } from 'nlcst';
import { defineRule } from '@bayan/core';
import { annaSuffix } from './anna.js';
import { nextWord, sourceOffset, tokensOf } from './prose.js';

const LA = new Set(['لا', 'ولا', 'فلا']);
const LABUDDA = new Set(['لابد', 'ولابد', 'فلابد']);

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
      ParagraphNode(node: Paragraph) {
        const tokens = tokensOf(node);
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i]!;
          if (token.kind !== 'word') continue;
          let budda = -1;
          if (LABUDDA.has(token.normal)) budda = i;
          else if (LA.has(token.normal)) {
            const j = nextWord(tokens, i);
            if (j !== -1 && tokens[j]!.normal === 'بد') budda = j;
          }
          if (budda === -1) continue;
          const k = nextWord(tokens, budda);
          if (k === -1) continue;
          const waw = tokens[k]!;
          if (!waw.normal.startsWith('و') || annaSuffix(waw.normal.slice(1)) === undefined) continue;
          const cut = sourceOffset(waw, 1) - waw.start;
          const expected = waw.text.slice(cut);
          const range = [waw.start, waw.end] as const;
          context.report({
            range,
            messageId: 'extraWaw',
            data: { actual: waw.text, expected },
            actual: waw.text,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
          i = k;
        }
      },
    };
  },
});

export default laBuddaAn;

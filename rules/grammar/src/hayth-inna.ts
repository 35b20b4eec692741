/**
 * «حيث أنّ» → «حيث إنّ». «حيث» is followed by a clause, never by a
 * single noun, so the particle after it opens the clause and takes kasra.
 * Any «أن/أنّ/ان» word (with or without a pronoun suffix) right after
 * «حيث» — also «وحيث», «فحيث», «بحيث», «من حيث» — is reported, with the
 * «إن» form as a suggestion.
 */
import type { Paragraph } from 'nlcst';
import { defineRule } from '@bayan/core';
import { annaSuffix, withKasraHamza } from './anna.js';
import { nextWord, tokensOf, withoutConjunction } from './prose.js';

const HAYTH = new Set(['حيث', 'بحيث']);

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
      ParagraphNode(node: Paragraph) {
        const tokens = tokensOf(node);
        for (let i = 0; i < tokens.length; i++) {
          if (tokens[i]!.kind !== 'word' || !HAYTH.has(withoutConjunction(tokens[i]!.normal, (w) => HAYTH.has(w)).rest)) continue;
          const j = nextWord(tokens, i);
          if (j === -1) continue;
          const anna = tokens[j]!;
          if (annaSuffix(anna.normal) === undefined) continue;
          const expected = withKasraHamza(anna);
          const range = [anna.start, anna.end] as const;
          context.report({
            range,
            messageId: 'inna',
            data: { actual: anna.text, expected },
            actual: anna.text,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        }
      },
    };
  },
});

export default haythInna;

/**
 * The conjunction و is written joined to the next word; a space after it
 * («و الحكومة») comes from typing or justification (conventions §3.2 item 96).
 * Suggestion only: the space may be deliberate in a list or a quotation.
 */
import { defineRule } from '@bayan/core';
import type { Sentence } from 'nlcst';
import { startOf, wordText } from './prose.js';

export default defineRule({
  meta: {
    id: 'orthography/no-detached-waw',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'واو العطف منفصلة عن الكلمة التالية بمسافة («و الحكومة»).',
        en: 'The conjunction و separated from the next word by a space (و الحكومة).',
      },
      recommended: 'warning',
      url: 'rules/orthography/docs/no-detached-waw.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      detached: {
        ar: 'واو العطف تتصل بما بعدها: «{{expected}}».',
        en: 'The conjunction و is joined to the next word: “{{expected}}”.',
      },
      join: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    return {
      SentenceNode(sentence: Sentence) {
        const children = sentence.children;
        for (let i = 0; i + 2 < children.length; i++) {
          const waw = children[i]!;
          if (waw.type !== 'WordNode' || wordText(waw) !== 'و') continue;
          const space = children[i + 1]!;
          const next = children[i + 2]!;
          if (space.type !== 'WhiteSpaceNode' || /[\r\n]/u.test(space.value) || next.type !== 'WordNode') continue;
          if (next.data?.script !== 'arabic' || next.data.normal === 'و') continue;
          const nextText = wordText(next);
          const expected = `و${nextText}`;
          const range: [number, number] = [startOf(waw), startOf(next) + nextText.length];
          context.report({
            range,
            messageId: 'detached',
            data: { expected },
            expected: [expected],
            suggest: [{ messageId: 'join', data: { expected }, fix: { range: [startOf(space), startOf(next)], text: '' } }],
          });
        }
      },
    };
  },
});

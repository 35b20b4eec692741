/**
 * The conjunction و is written joined to the next word; a space after it
 * («و الحكومة») comes from typing or justification (conventions §3.2 item 96).
 * Suggestion only: the space may be deliberate in a list or a quotation.
 */
import { TokenKind, type TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { holdsLineBreak } from './prose.js';

/** The id of the word «و» written alone in the stream's table of words, or -1. */
function wawId(stream: TokenStream): number {
  const words = stream.words;
  for (let id = 0; id < words.length; id++) if (words[id]!.value === 'و' && words[id]!.script !== 'number') return id;
  return -1;
}

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
      Prose(stream: TokenStream) {
        const waw = wawId(stream);
        if (waw === -1) return;
        const { word, kind, words } = stream;
        for (let s = 0; s < stream.sentenceCount; s++) {
          for (let i = stream.sentenceStart[s]!, last = stream.sentenceEnd[s]! - 2; i < last; i++) {
            if (word[i] !== waw) continue;
            const next = i + 2;
            if (kind[i + 1] !== TokenKind.WhiteSpace || holdsLineBreak(stream, i + 1) || word[next]! < 0) continue;
            const entry = words[word[next]!]!;
            if (entry.script !== 'arabic' || entry.normal === 'و') continue;
            const expected = `و${entry.value}`;
            const range: [number, number] = [stream.start[i]!, stream.end[next]!];
            context.report({
              range,
              messageId: 'detached',
              data: { expected },
              expected: [expected],
              suggest: [
                {
                  messageId: 'join',
                  data: { expected },
                  fix: { range: [stream.start[i + 1]!, stream.start[next]!], text: '' },
                },
              ],
            });
          }
        }
      },
    };
  },
});

/**
 * A punctuation mark typed twice or more in a row: «،،», «؟؟», «!!», «..»
 * (conventions §4 P6). The run becomes one mark. Three dots are an ellipsis and
 * are left alone; four or more dots become three. «؟!» mixes two marks and
 * is not a repetition.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { charOf, code, firstAtOrAfter, paragraphGate, punctuationTokens, PUNCTUATION } from './tokens.js';

const MARKS = new Set(['،', '؛', '؟', '!', '.', ',', ';', '?', ':'].map(code));
const DOT = code('.');
/** A mark of MARKS twice in a row: nothing to report in a paragraph without one. */
const TWICE = /([،؛؟!.,;?:])\1/gu;

export default defineRule({
  meta: {
    id: 'punctuation/no-repeated-marks',
    type: 'layout',
    docs: {
      description: {
        ar: 'علامة ترقيم مكررة («،،» «؟؟» «!!» «..»).',
        en: 'A punctuation mark repeated (،، ؟؟ !! ..).',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/no-repeated-marks.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      repeated: {
        ar: 'العلامة «{{mark}}» مكررة؛ تكفي «{{expected}}».',
        en: 'The mark “{{mark}}” is repeated; “{{expected}}” is enough.',
      },
    },
  },
  create(context) {
    const hasTwice = paragraphGate(TWICE);
    /** One paragraph: the tokens [from, to) of the stream. */
    const paragraph = (stream: TokenStream, from: number, to: number): void => {
      if (!hasTwice(stream, from, to)) return;
      const { kind, start, end } = stream;
      const marks = punctuationTokens(stream);
      // After a run of marks, the search goes on after it.
      let next = from;
      for (let x = firstAtOrAfter(marks.tokens, marks.count, from); x < marks.count; x++) {
        const i = marks.tokens[x]!;
        if (i >= to) break;
        if (i < next) continue;
        const c = charOf(stream, i);
        if (!MARKS.has(c)) continue;
        let j = i + 1;
        while (j < to && kind[j] === PUNCTUATION && charOf(stream, j) === c && start[j] === end[j - 1]) j++;
        const count = j - i;
        if (count > 1 && !(c === DOT && count === 3)) {
          const mark = String.fromCharCode(c);
          const expected = c === DOT ? (count === 2 ? '.' : '...') : mark;
          const range = [start[i]!, end[j - 1]!] as const;
          context.report({
            range,
            messageId: 'repeated',
            data: { mark, expected },
            expected: [expected],
            fix: { range, text: expected },
          });
        }
        next = j;
      }
    };
    return {
      Prose(stream: TokenStream) {
        for (let p = 0; p < stream.paragraphCount; p++)
          paragraph(stream, stream.paragraphStart[p]!, stream.paragraphEnd[p]!);
      },
    };
  },
});

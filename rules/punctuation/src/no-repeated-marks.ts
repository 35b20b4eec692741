/**
 * A punctuation mark typed twice or more in a row: «،،», «؟؟», «!!», «..»
 * (conventions §4 P6). The run becomes one mark. Three dots are an ellipsis and
 * are left alone; four or more dots become three. «؟!» mixes two marks and
 * is not a repetition.
 */
import { defineRule } from '@bayan/core';
import type { Paragraph } from 'nlcst';
import { paragraphLeaves } from './leaves.js';

const MARKS = new Set(['،', '؛', '؟', '!', '.', ',', ';', '?', ':']);

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
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves = paragraphLeaves(paragraph);
        let i = 0;
        while (i < leaves.length) {
          const leaf = leaves[i]!;
          if (leaf.type !== 'PunctuationNode' || !MARKS.has(leaf.text)) {
            i++;
            continue;
          }
          let j = i + 1;
          while (j < leaves.length && leaves[j]!.type === 'PunctuationNode' && leaves[j]!.text === leaf.text && leaves[j]!.start === leaves[j - 1]!.end) j++;
          const count = j - i;
          const end = leaves[j - 1]!.end;
          const expected = leaf.text === '.' ? (count === 2 ? '.' : '...') : leaf.text;
          if (count > 1 && !(leaf.text === '.' && count === 3)) {
            context.report({ range: [leaf.start, end], messageId: 'repeated', data: { mark: leaf.text, expected }, expected: [expected], fix: { range: [leaf.start, end], text: expected } });
          }
          i = j;
        }
      },
    };
  },
});

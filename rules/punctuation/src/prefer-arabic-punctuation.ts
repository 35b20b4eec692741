/**
 * Latin `,` `;` `?` after an Arabic word (or after a figure or a
 * percentage, when an Arabic word follows) become `،` `؛` `؟` (conventions §4
 * P4), unless the next word is Latin or a figure not followed by Arabic (a
 * Latin run such as «Paris, London» or a list of figures keeps Latin marks). Numbers and URLs
 * are single tokens, so their commas and dots are never seen here. The
 * Urdu full stop «۔» (U+06D4) gets a suggestion to use «.» (conventions §4).
 */
import { defineRule } from '@bayan/core';
import type { Paragraph } from 'nlcst';
import { isArabicWord, neighbour, paragraphLeaves, type Leaf } from './leaves.js';

const ARABIC: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const PERCENT = new Set(['%', '\u066a', '\u2030', '\u0609']);

const isFigure = (leaf: Leaf | undefined): boolean => leaf?.type === 'WordNode' && leaf.script === 'number';

export default defineRule({
  meta: {
    id: 'punctuation/prefer-arabic-punctuation',
    type: 'layout',
    docs: {
      description: {
        ar: 'الفاصلة والفاصلة المنقوطة وعلامة الاستفهام اللاتينية في نص عربي (, ; ?) بدلا من (، ؛ ؟).',
        en: 'Latin comma, semicolon and question mark (, ; ?) in Arabic text instead of ، ؛ ؟.',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/prefer-arabic-punctuation.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      urduStop: {
        ar: '«۔» نقطة أردية؛ النقطة في العربية «.».',
        en: '“۔” is the Urdu full stop; Arabic uses “.”.',
      },
      useStop: {
        ar: 'اكتب «.».',
        en: 'Write “.”.',
      },
      latinMark: {
        ar: 'في النص العربي تُكتب «{{expected}}» بدلا من «{{actual}}».',
        en: 'Arabic text uses “{{expected}}” instead of “{{actual}}”.',
      },
    },
  },
  create(context) {
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves = paragraphLeaves(paragraph);
        leaves.forEach((leaf, i) => {
          if (leaf.text === '۔') {
            const range: [number, number] = [leaf.start, leaf.end];
            context.report({ range, messageId: 'urduStop', expected: ['.'], suggest: [{ messageId: 'useStop', fix: { range, text: '.' } }] });
            return;
          }
          const expected = leaf.type === 'PunctuationNode' ? ARABIC[leaf.text] : undefined;
          if (!expected) return;
          const previous = neighbour(leaves, i, -1);
          const next = neighbour(leaves, i, 1);
          const before = previous.leaf;
          const after = next.leaf;
          // After an Arabic word; or after a figure or a percentage when Arabic text follows
          // («عام 2027, ويشمل», «12%, لتصل»): a comma inside a number is part of the number's
          // token and never seen here.
          const figure = isFigure(before) || (before !== undefined && PERCENT.has(before.text) && isFigure(neighbour(leaves, previous.index, -1).leaf));
          const afterFigure = figure && isArabicWord(after);
          if (!isArabicWord(before) && !afterFigure) return;
          // Before a Latin word or a figure the mark stays Latin («Paris, London», «2023, 2024»),
          // unless Arabic text follows the figure («صحفية, 20 يونيو»).
          const arabicAfterFigure = isFigure(after) && isArabicWord(neighbour(leaves, next.index, 1).leaf);
          if (after?.type === 'WordNode' && after.script !== 'arabic' && !arabicAfterFigure) return;
          context.report({
            range: [leaf.start, leaf.end],
            messageId: 'latinMark',
            data: { actual: leaf.text, expected },
            expected: [expected],
            fix: { range: [leaf.start, leaf.end], text: expected },
          });
        });
      },
    };
  },
});

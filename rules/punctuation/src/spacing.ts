/**
 * Spaces around punctuation (conventions §4 P1-P3):
 * - no space before «، ؛ ؟ : . !» (and Latin «, ; ?» after an Arabic word);
 * - one space after «، ؛ ؟ . : !» when a letter follows: a missing space is
 *   added, a run of spaces becomes one (line breaks are left alone);
 * - no space just inside brackets and guillemets: «( نص )» → «(نص)».
 * Numbers are single tokens («4.3», «120,000»), so they are never split; an
 * ellipsis «...» and the clitic + tatweel + quote idiom «لـ«داعش»» are left
 * alone. Everything is a fix: spacing never changes meaning.
 */
import { defineRule } from '@bayan/core';
import type { Paragraph } from 'nlcst';
import { isArabicWord, neighbour, paragraphLeaves, type Leaf } from './leaves.js';

const NO_SPACE_BEFORE = new Set(['،', '؛', '؟', ':', '.', '!', ',', ';', '?']);
const ARABIC_ONLY = new Set(['،', '؛', '؟']);
const SPACE_AFTER = new Set(['،', '؛', '؟', '.', ':', '!']);
const OPENERS = new Set(['(', '[', '{', '«']);
const CLOSERS = new Set([')', ']', '}', '»']);
const INLINE_SPACE = /^[ \t\u00a0]+$/u;

export default defineRule({
  meta: {
    id: 'punctuation/spacing',
    type: 'layout',
    docs: {
      description: {
        ar: 'المسافات حول علامات الترقيم: لا مسافة قبل الفاصلة والنقطة وأخواتهما، ومسافة واحدة بعدها، ولا مسافة داخل الأقواس وعلامات التنصيص.',
        en: 'Spaces around punctuation: none before commas, stops and the like, one after them, none just inside brackets and guillemets.',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/spacing.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      spaceBefore: {
        ar: 'لا توضع مسافة قبل «{{mark}}».',
        en: 'No space before “{{mark}}”.',
      },
      missingAfter: {
        ar: 'تلزم مسافة بعد «{{mark}}».',
        en: 'A space is needed after “{{mark}}”.',
      },
      extraAfter: {
        ar: 'تكفي مسافة واحدة بعد «{{mark}}».',
        en: 'One space is enough after “{{mark}}”.',
      },
      insideOpening: {
        ar: 'لا توضع مسافة بعد «{{mark}}».',
        en: 'No space after the opening “{{mark}}”.',
      },
      insideClosing: {
        ar: 'لا توضع مسافة قبل «{{mark}}».',
        en: 'No space before the closing “{{mark}}”.',
      },
    },
  },
  create(context) {
    const report = (space: Leaf, messageId: string, mark: string, text = ''): void => {
      context.report({ range: [space.start, space.end], messageId, data: { mark }, expected: [text], fix: { range: [space.start, space.end], text } });
    };
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves = paragraphLeaves(paragraph);
        for (let i = 0; i < leaves.length; i++) {
          const leaf = leaves[i]!;
          if (leaf.type !== 'PunctuationNode') continue;
          const mark = leaf.text;
          const prev = leaves[i - 1];
          const next = leaves[i + 1];
          const dots = mark === '.' && (prev?.text === '.' || next?.text === '.');
          // No space before.
          if (NO_SPACE_BEFORE.has(mark) && !dots && prev?.type === 'WhiteSpaceNode' && INLINE_SPACE.test(prev.text) && i >= 2) {
            const word = neighbour(leaves, i, -1).leaf;
            const arabicContext = ARABIC_ONLY.has(mark) || isArabicWord(word);
            if (word && (word.type === 'WordNode' || CLOSERS.has(word.text)) && arabicContext) report(prev, 'spaceBefore', mark);
          }
          // One space after, when a letter follows.
          if (SPACE_AFTER.has(mark) && !dots) {
            const before = neighbour(leaves, i, -1).leaf;
            const arabicContext = ARABIC_ONLY.has(mark) || isArabicWord(before);
            if (arabicContext && next?.type === 'WordNode' && next.script === 'arabic') {
              context.report({ range: [leaf.start, leaf.end], messageId: 'missingAfter', data: { mark }, expected: [`${mark} `], fix: { range: [leaf.end, leaf.end], text: ' ' } });
            } else if (arabicContext && next?.type === 'WhiteSpaceNode' && next.text.length > 1 && INLINE_SPACE.test(next.text) && leaves[i + 2]?.type === 'WordNode') {
              report(next, 'extraAfter', mark, ' ');
            }
          }
          // Nothing just inside brackets and guillemets.
          if (OPENERS.has(mark) && next?.type === 'WhiteSpaceNode' && INLINE_SPACE.test(next.text) && leaves[i + 2] && leaves[i + 2]!.type !== 'WhiteSpaceNode') {
            report(next, 'insideOpening', mark);
          }
          if (CLOSERS.has(mark) && prev?.type === 'WhiteSpaceNode' && INLINE_SPACE.test(prev.text) && i >= 2) {
            report(prev, 'insideClosing', mark);
          }
        }
      },
    };
  },
});

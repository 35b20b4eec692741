/**
 * Brackets and quotation marks that do not pair up within a paragraph
 * (conventions §4).
 *
 * Algorithm: one pass with a stack per paragraph for ( ) [ ] { } « ». A
 * closer that matches the top of the stack pops it; any other closer is
 * unmatched. What is left on the stack at the end is unclosed. An unmatched
 * closer followed later by an unclosed opener of the same pair is the
 * visual-order text of old systems, «)نص(»: a suggestion swaps the two. The
 * curly “ ” (used in both orientations in Arabic) and the straight " are
 * counted: an odd number leaves the last one unpaired. A «)» right after a
 * one-letter or number list marker at the start of a paragraph («أ)», «1)»)
 * is not a bracket.
 */
import { defineRule } from '@bayan/core';
import type { Paragraph } from 'nlcst';
import { paragraphLeaves, type Leaf } from './leaves.js';

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»' };
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{', '»': '«' };

export default defineRule({
  meta: {
    id: 'punctuation/balanced-brackets',
    type: 'problem',
    docs: {
      description: {
        ar: 'أقواس أو علامات تنصيص بلا نظير، أو مقلوبة «)…(» من أنظمة قديمة.',
        en: 'Brackets or quotation marks without a partner, or reversed )…( from old systems.',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/balanced-brackets.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unclosed: {
        ar: '«{{mark}}» مفتوح ولا يُغلق في هذه الفقرة.',
        en: '“{{mark}}” is opened but not closed in this paragraph.',
      },
      unopened: {
        ar: '«{{mark}}» يُغلق ما لم يُفتح في هذه الفقرة.',
        en: '“{{mark}}” closes something that was not opened in this paragraph.',
      },
      unpairedQuote: {
        ar: 'علامة التنصيص «{{mark}}» بلا نظير في هذه الفقرة.',
        en: 'The quotation mark “{{mark}}” has no partner in this paragraph.',
      },
      reversed: {
        ar: 'القوسان «{{closer}}…{{opener}}» مقلوبان، وهو أثر نص منسوخ بالترتيب المرئي.',
        en: 'The pair “{{closer}}…{{opener}}” is reversed, a trace of text copied in visual order.',
      },
      swap: {
        ar: 'اقلب القوسين: «{{opener}}…{{closer}}».',
        en: 'Swap them: “{{opener}}…{{closer}}”.',
      },
    },
  },
  create(context) {
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves = paragraphLeaves(paragraph);
        const stack: Leaf[] = [];
        const unopened: Leaf[] = [];
        const curly: Leaf[] = [];
        const straight: Leaf[] = [];
        leaves.forEach((leaf, i) => {
          if (leaf.type !== 'PunctuationNode') return;
          const mark = leaf.text;
          if (PAIRS[mark]) stack.push(leaf);
          else if (CLOSING[mark]) {
            if (stack.length > 0 && stack[stack.length - 1]!.text === CLOSING[mark]) stack.pop();
            else if (!(mark === ')' && i === 1 && leaves[0]!.type === 'WordNode' && (leaves[0]!.text.length === 1 || leaves[0]!.script === 'number'))) unopened.push(leaf);
          } else if (mark === '“' || mark === '”') curly.push(leaf);
          else if (mark === '"') straight.push(leaf);
        });
        const reversed = new Set<Leaf>();
        for (const closer of unopened) {
          const opener = stack.find((o) => o.text === CLOSING[closer.text] && o.start > closer.start && !reversed.has(o));
          if (!opener) continue;
          reversed.add(opener).add(closer);
          const data = { opener: opener.text, closer: closer.text };
          context.report({
            range: [closer.start, opener.end],
            messageId: 'reversed',
            data,
            suggest: [{ messageId: 'swap', data, fix: [{ range: [closer.start, closer.end], text: opener.text }, { range: [opener.start, opener.end], text: closer.text }] }],
          });
        }
        for (const leaf of unopened) if (!reversed.has(leaf)) context.report({ range: [leaf.start, leaf.end], messageId: 'unopened', data: { mark: leaf.text } });
        for (const leaf of stack) if (!reversed.has(leaf)) context.report({ range: [leaf.start, leaf.end], messageId: 'unclosed', data: { mark: leaf.text } });
        for (const list of [curly, straight]) {
          if (list.length % 2 === 1) {
            const last = list[list.length - 1]!;
            context.report({ range: [last.start, last.end], messageId: 'unpairedQuote', data: { mark: last.text } });
          }
        }
      },
    };
  },
});

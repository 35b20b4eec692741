/**
 * Tatweel (kashida, U+0640) stretches letters for display; in body text it
 * breaks search (conventions §3.1 U8). It is removed, except in the idiom of a
 * proclitic joined to a quoted or foreign word: «بـ«داعش»», «لـ"بي بي سي"»,
 * «لـBBC», and before digits «بـ500»; also a preposition detached by one
 * space before a figure or a Latin word: «لـ 250 ألف لاجئ», «بـ COP28».
 */
import { defineRule } from '@bayan/core';
import type { Word } from 'nlcst';
import { startOf, wordText } from './prose.js';

const CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'ال', 'وال', 'بال', 'لل', 'كال', 'وبال', 'ولل']);
/** Proclitics ending in a preposition (ب ل ك), which may stand detached before a figure or a Latin word. */
const PREPOSITIONS = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']);
const OPENERS = new Set(['«', '"', '“', '”', "'", '‘', '(', '[', '‹']);
const FOREIGN = /^[\p{Script=Latin}\p{Nd}]/u;

export default defineRule({
  meta: {
    id: 'orthography/no-tatweel',
    type: 'layout',
    docs: {
      description: {
        ar: 'التطويل (الكشيدة «ـ») داخل الكلمات.',
        en: 'Tatweel (kashida, ـ) inside words.',
      },
      recommended: 'warning',
      url: 'rules/orthography/docs/no-tatweel.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      tatweel: {
        ar: 'التطويل في «{{word}}» يعطل البحث؛ احذفه.',
        en: 'The tatweel in “{{word}}” breaks search; remove it.',
      },
    },
  },
  create(context) {
    const leaves: Array<{ type: string; value?: string }> = [];
    return {
      SentenceNode(node: { children: Array<{ type: string; value?: string }> }) {
        leaves.length = 0;
        leaves.push(...node.children);
      },
      WordNode(node: Word) {
        const text = wordText(node);
        if (!text.includes('ـ')) return;
        const offset = startOf(node);
        let i = 0;
        while (i < text.length) {
          if (text[i] !== 'ـ') {
            i++;
            continue;
          }
          let j = i + 1;
          while (text[j] === 'ـ') j++;
          const head = text.slice(0, i);
          const rest = text.slice(j);
          const index = leaves.indexOf(node as never);
          const next = index >= 0 ? leaves[index + 1] : undefined;
          const following = rest === '' ? next : undefined;
          // «لـ 250 ألف», «بـ COP28»: a preposition detached by one space before a figure or a Latin word.
          const detached =
            rest === '' && PREPOSITIONS.has(head) && following?.type === 'WhiteSpaceNode' && following.value === ' ' ? leaves[index + 2] : undefined;
          const idiom =
            CLITICS.has(head) &&
            (rest === ''
              ? (following?.type === 'PunctuationNode' && OPENERS.has(following.value ?? '')) ||
                (following?.type === 'WordNode' && FOREIGN.test(wordText(following as never))) ||
                (detached?.type === 'WordNode' && FOREIGN.test(wordText(detached as never)))
              : FOREIGN.test(rest));
          if (!idiom) {
            context.report({ range: [offset + i, offset + j], messageId: 'tatweel', data: { word: text }, expected: [''], fix: { range: [offset + i, offset + j], text: '' } });
          }
          i = j;
        }
      },
    };
  },
});

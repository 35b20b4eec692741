/**
 * The same word twice in a row («في في», conventions §3.2 item 90).
 *
 * Algorithm: walk each paragraph's leaves in order, tracking whether we are
 * inside quotation marks, and compare each word with the previous one when
 * only whitespace separates them (normal forms, so harakat do not matter).
 * A repeated function word is a slip: fix. A repeated content word may be
 * meant («جدًا جدًا»): suggestion, and nothing inside quotation marks, where
 * the speaker's emphasis is reproduced.
 */
import { defineRule } from '@bayan/core';
import type { Paragraph, Word } from 'nlcst';
import { startOf, wordText } from './prose.js';

const FUNCTION_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'عن', 'أن', 'إن', 'و', 'ف', 'ب', 'ل', 'ك', 'ما', 'لا', 'لم', 'لن', 'قد', 'ثم', 'أو', 'أم',
  'مع', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'كما', 'حتى', 'عند', 'منذ', 'بعد', 'قبل', 'هو', 'هي',
  'هم', 'كل', 'بل', 'لكن', 'إذا', 'أي', 'بين', 'خلال', 'نحو', 'حول', 'لدى', 'مثل', 'أنه', 'إنه', 'كان', 'the', 'a', 'of', 'and', 'to', 'in',
]);
const OPEN = new Set(['«', '“', '‹']);
const CLOSE = new Set(['»', '”', '›']);

type Leaf = { type: string; value?: string; children?: Leaf[] };

export default defineRule({
  meta: {
    id: 'orthography/no-repeated-words',
    type: 'problem',
    docs: {
      description: {
        ar: 'كلمة مكررة مرتين متتاليتين («في في»).',
        en: 'The same word twice in a row (في في).',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-repeated-words.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      repeated: {
        ar: 'الكلمة «{{word}}» مكررة.',
        en: 'The word “{{word}}” is repeated.',
      },
      removeRepeat: {
        ar: 'احذف «{{word}}» الثانية.',
        en: 'Remove the second “{{word}}”.',
      },
    },
  },
  create(context) {
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves: Leaf[] = [];
        for (const child of paragraph.children as Leaf[]) {
          if (child.type === 'SentenceNode') leaves.push(...(child.children ?? []));
          else leaves.push(child);
        }
        let quoted = 0;
        let straight = false;
        let previous: Word | undefined;
        for (const leaf of leaves) {
          if (leaf.type === 'WhiteSpaceNode') continue;
          if (leaf.type !== 'WordNode') {
            const value = leaf.value ?? '';
            if (OPEN.has(value)) quoted++;
            else if (CLOSE.has(value)) quoted = Math.max(0, quoted - 1);
            else if (value === '"') straight = !straight;
            previous = undefined;
            continue;
          }
          const word = leaf as unknown as Word;
          const normal = word.data?.normal ?? wordText(word);
          if (previous && word.data?.script !== 'number' && (previous.data?.normal ?? wordText(previous)).toLowerCase() === normal.toLowerCase()) {
            const text = wordText(word);
            const from = startOf(previous) + wordText(previous).length;
            const to = startOf(word) + text.length;
            const range: [number, number] = [startOf(word), to];
            const fix = { range: [from, to] as const, text: '' };
            if (FUNCTION_WORDS.has(normal.toLowerCase())) {
              context.report({ range, messageId: 'repeated', data: { word: text }, expected: [''], fix });
            } else if (quoted === 0 && !straight) {
              context.report({ range, messageId: 'repeated', data: { word: text }, expected: [''], severity: 'warning', suggest: [{ messageId: 'removeRepeat', data: { word: text }, fix }] });
            }
          }
          previous = word;
        }
      },
    };
  },
});

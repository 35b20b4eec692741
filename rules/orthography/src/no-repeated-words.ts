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
import { memoizeWord, TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';

const FUNCTION_WORDS = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'عن',
  'أن',
  'إن',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ما',
  'لا',
  'لم',
  'لن',
  'قد',
  'ثم',
  'أو',
  'أم',
  'مع',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'التي',
  'الذي',
  'الذين',
  'كما',
  'حتى',
  'عند',
  'منذ',
  'بعد',
  'قبل',
  'هو',
  'هي',
  'هم',
  'كل',
  'بل',
  'لكن',
  'إذا',
  'أي',
  'بين',
  'خلال',
  'نحو',
  'حول',
  'لدى',
  'مثل',
  'أنه',
  'إنه',
  'كان',
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
]);
/** Quotation marks, by character code: «“‹ open, »”› close, " toggles. */
const OPEN = new Set([0xab, 0x201c, 0x2039]);
const CLOSE = new Set([0xbb, 0x201d, 0x203a]);
const STRAIGHT = 0x22;

/** A word's normal form lower-cased: two words repeat each other when these are equal (once per word per process). */
const lowerOf = memoizeWord((entry: WordEntry): string => entry.normal.toLowerCase());

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
      Prose(stream: TokenStream) {
        const { kind, word, words, start, end } = stream;
        for (let p = 0; p < stream.paragraphCount; p++) {
          let quoted = 0;
          let straight = false;
          let previous = -1;
          for (let i = stream.paragraphStart[p]!, last = stream.paragraphEnd[p]!; i < last; i++) {
            const k = kind[i];
            if (k === TokenKind.WhiteSpace) continue;
            if (k !== TokenKind.Word && k !== TokenKind.Number) {
              // Quotation marks are one character; nothing longer changes the quoting.
              const code = end[i]! - start[i]! === 1 ? stream.text.charCodeAt(start[i]!) : -1;
              if (OPEN.has(code)) quoted++;
              else if (CLOSE.has(code)) quoted = Math.max(0, quoted - 1);
              else if (code === STRAIGHT) straight = !straight;
              previous = -1;
              continue;
            }
            const id = word[i]!;
            const before = previous === -1 ? -1 : word[previous]!;
            if (
              before !== -1 &&
              k !== TokenKind.Number &&
              (before === id || lowerOf(words[before]!) === lowerOf(words[id]!))
            ) {
              const text = words[id]!.value;
              const range: [number, number] = [start[i]!, end[i]!];
              const fix = { range: [end[previous]!, end[i]!] as const, text: '' };
              if (FUNCTION_WORDS.has(lowerOf(words[id]!))) {
                context.report({ range, messageId: 'repeated', data: { word: text }, expected: [''], fix });
              } else if (quoted === 0 && !straight) {
                context.report({
                  range,
                  messageId: 'repeated',
                  data: { word: text },
                  expected: [''],
                  severity: 'warning',
                  suggest: [{ messageId: 'removeRepeat', data: { word: text }, fix }],
                });
              }
            }
            previous = i;
          }
        }
      },
    };
  },
});

/**
 * Invisible characters pasted into prose (conventions §3.1 U9, U10): ZERO WIDTH
 * SPACE, WORD JOINER and a BOM (ZERO WIDTH NO-BREAK SPACE) anywhere but at
 * the start of the file are removed (fix). ZWNJ and ZWJ carry meaning in
 * Persian but not in Arabic: next to an Arabic letter they get a suggestion
 * to remove them. Bidi controls belong to the rtl pack.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { hex, PUNCTUATION, SYMBOLS, charClass, tokensWith, WORDS } from './prose.js';

const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
};
const INVISIBLE = charClass(/[\u200b-\u200d\u2060\ufeff]/gu);
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]/u;

export default defineRule({
  meta: {
    id: 'orthography/no-invisible-characters',
    type: 'problem',
    docs: {
      description: {
        ar: 'محارف غير مرئية في النص (مسافة صفرية، رابط الكلمات، علامة BOM في وسط النص، ZWNJ/ZWJ في العربية).',
        en: 'Invisible characters in the text (zero width space, word joiner, a BOM mid-text, ZWNJ/ZWJ in Arabic).',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-invisible-characters.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      invisible: {
        ar: 'محرف غير مرئي ({{code}} {{name}}) يعطل البحث والنسخ؛ احذفه.',
        en: 'Invisible character ({{code}} {{name}}) breaks search and copying; remove it.',
      },
      joiner: {
        ar: 'المحرف {{code}} ({{name}}) له معنى في الفارسية لا في العربية؛ الأرجح أنه زائد.',
        en: '{{code}} ({{name}}) means something in Persian, not in Arabic; it is probably stray.',
      },
      remove: {
        ar: 'احذف المحرف {{code}}.',
        en: 'Remove {{code}}.',
      },
    },
  },
  create(context) {
    const check = (text: string, offset: number): void => {
      for (let i = 0; i < text.length; i++) {
        const cp = text.charCodeAt(i);
        const name = NAMES[cp];
        if (!name) continue;
        const at = offset + i;
        if (cp === 0xfeff && at === 0) continue;
        const range: [number, number] = [at, at + 1];
        const data = { code: hex(cp), name };
        if (cp === 0x200c || cp === 0x200d) {
          if (!ARABIC.test(context.text[at - 1] ?? '') && !ARABIC.test(context.text[at + 1] ?? '')) continue;
          context.report({
            range,
            messageId: 'joiner',
            data,
            expected: [''],
            severity: 'warning',
            suggest: [{ messageId: 'remove', data, fix: { range, text: '' } }],
          });
          continue;
        }
        context.report({ range, messageId: 'invisible', data, expected: [''], fix: { range, text: '' } });
      }
    };
    return {
      Prose(stream: TokenStream) {
        tokensWith(stream, INVISIBLE, WORDS | SYMBOLS | PUNCTUATION, check);
      },
    };
  },
});

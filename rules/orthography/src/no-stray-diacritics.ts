/**
 * Diacritics in the wrong place (conventions §3.1 U11, §3.2 item 83):
 * - a mark with no letter to carry it (after a space, at the start of a
 *   line: «جنيه ً»): removed, with the space before it;
 * - the same mark twice in a row («ًً», «ّّ»): the copy is removed;
 * - an alif written after tanween on a final «اء» («مساءًا», «مساءاً»):
 *   the alif goes, «مساءً». After a hamza not preceded by alif the alif is
 *   right («جزءًا»).
 */
import { memoizeWordInt, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { hex, SYMBOLS, charClass, tokensWith, WORDS } from './prose.js';

const HARAKA = /[\u064b-\u065f\u0670]/u;
const HARAKAT = charClass(/[\u064b-\u065f\u0670]/gu);
const EXTRA_ALIF = /اء(?:\u064bا|ا\u064b)$/u;
const SPACE_OR_MARK = /[\s\p{P}\p{S}]/u;

/**
 * Does `check` find anything inside this word, whatever is around it (a mark first, after a space or
 * a punctuation mark, or twice; «اءًا»)? 1 or 0, once per distinct word per process: most words with
 * harakat carry them rightly.
 */
const strayIn = memoizeWordInt((entry: WordEntry): number => {
  const text = entry.value;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!HARAKA.test(ch)) continue;
    if (i === 0 || text[i - 1] === ch || SPACE_OR_MARK.test(text[i - 1]!)) return 1;
  }
  return EXTRA_ALIF.test(text) ? 1 : 0;
});

export default defineRule({
  meta: {
    id: 'orthography/no-stray-diacritics',
    type: 'problem',
    docs: {
      description: {
        ar: 'حركات في غير موضعها: حركة بلا حرف، أو حركة مكررة، أو ألف بعد تنوين «ـاءً».',
        en: 'Misplaced diacritics: a mark with no letter, a repeated mark, an alif after tanween on «ـاءً».',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-stray-diacritics.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      orphan: {
        ar: 'حركة ({{code}}) لا يحملها حرف؛ احذفها.',
        en: 'A mark ({{code}}) with no letter to carry it; remove it.',
      },
      repeated: {
        ar: 'الحركة ({{code}}) مكررة؛ احذف المكرر.',
        en: 'The mark ({{code}}) is repeated; remove the copy.',
      },
      extraAlif: {
        ar: 'لا تُكتب ألف بعد تنوين الهمزة المسبوقة بألف: «{{actual}}» ← «{{expected}}».',
        en: 'No alif is written after tanween on a hamza that follows an alif: “{{actual}}” → “{{expected}}”.',
      },
    },
  },
  create(context) {
    const { text: source } = context;
    const check = (text: string, offset: number): void => {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (!HARAKA.test(ch)) continue;
        const at = offset + i;
        const code = hex(ch.charCodeAt(0));
        const prev = i > 0 ? text[i - 1]! : (source[at - 1] ?? '');
        if (i > 0 && prev === ch) {
          context.report({
            range: [at, at + 1],
            messageId: 'repeated',
            data: { code },
            expected: [''],
            fix: { range: [at, at + 1], text: '' },
          });
          continue;
        }
        if (i === 0 || SPACE_OR_MARK.test(prev)) {
          // Take the spaces before an orphan mark with it: «جنيه ً» → «جنيه».
          let from = at;
          while (from > 0 && /[ \t\u00a0]/u.test(source[from - 1]!)) from--;
          let to = at + 1;
          while (to < offset + text.length && HARAKA.test(source[to]!)) to++;
          context.report({
            range: [at, to],
            messageId: 'orphan',
            data: { code },
            expected: [''],
            fix: { range: [from, to], text: '' },
          });
          i = to - offset - 1;
        }
      }
      const extra = EXTRA_ALIF.exec(text);
      if (extra) {
        const start = offset + extra.index + 2;
        const expected = `${text.slice(0, extra.index)}اءً`;
        context.report({
          range: [offset, offset + text.length],
          messageId: 'extraAlif',
          data: { actual: text, expected },
          expected: [expected],
          fix: { range: [start, offset + text.length], text: '\u064b' },
        });
      }
    };
    return {
      Prose(stream: TokenStream) {
        const { word, words } = stream;
        tokensWith(stream, HARAKAT, WORDS | SYMBOLS, (text, offset, index) => {
          const id = word[index]!;
          if (id < 0 || strayIn(words[id]!) === 1) check(text, offset);
        });
      },
    };
  },
});

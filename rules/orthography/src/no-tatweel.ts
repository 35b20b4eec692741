/**
 * Tatweel (kashida, U+0640) stretches letters for display; in body text it
 * breaks search (conventions §3.1 U8). It is removed, except in the idiom of a
 * proclitic joined to a quoted or foreign word: «بـ«داعش»», «لـ"بي بي سي"»,
 * «لـBBC», and before digits «بـ500»; also a preposition detached by one
 * space before a figure or a Latin word: «لـ 250 ألف لاجئ», «بـ COP28».
 */
import { TokenKind, type TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { charClass, tokensWith, WORDS } from './prose.js';

const CLITICS = new Set([
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'وب',
  'ول',
  'فب',
  'فل',
  'وك',
  'ال',
  'وال',
  'بال',
  'لل',
  'كال',
  'وبال',
  'ولل',
]);
/** Proclitics ending in a preposition (ب ل ك), which may stand detached before a figure or a Latin word. */
const PREPOSITIONS = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']);
const OPENERS = new Set(['«', '"', '“', '”', "'", '‘', '(', '[', '‹']);
const FOREIGN = /^[\p{Script=Latin}\p{Nd}]/u;
const TATWEEL = charClass(/\u0640/gu);

/** The index one past the last token of the sentence that holds token `i` (words are always in a sentence). */
function sentenceEndOf(stream: TokenStream, i: number): number {
  const starts = stream.sentenceStart;
  let lo = 0;
  let hi = stream.sentenceCount - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= i) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found !== -1 && i < stream.sentenceEnd[found]! ? stream.sentenceEnd[found]! : i + 1;
}

/** Does token `i` (inside the sentence, before `end`) start with a Latin letter or a digit? */
const foreignWord = (stream: TokenStream, i: number, end: number): boolean =>
  i < end &&
  (stream.kind[i] === TokenKind.Word || stream.kind[i] === TokenKind.Number) &&
  FOREIGN.test(stream.value(i));

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
    /** Token `t` is a word with a tatweel: report each run of them unless it is the idiom. */
    const check = (stream: TokenStream, t: number): void => {
      const text = stream.value(t);
      const offset = stream.start[t]!;
      const end = sentenceEndOf(stream, t);
      const next = t + 1;
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
        let idiom = false;
        if (CLITICS.has(head)) {
          if (rest !== '') idiom = FOREIGN.test(rest);
          else if (next < end) {
            const kind = stream.kind[next];
            // «لـ 250 ألف», «بـ COP28»: a preposition detached by one space before a figure or a Latin word.
            const detached = PREPOSITIONS.has(head) && kind === TokenKind.WhiteSpace && stream.value(next) === ' ';
            idiom =
              (kind === TokenKind.Punctuation && OPENERS.has(stream.value(next))) ||
              foreignWord(stream, next, end) ||
              (detached && foreignWord(stream, next + 1, end));
          }
        }
        if (!idiom) {
          context.report({
            range: [offset + i, offset + j],
            messageId: 'tatweel',
            data: { word: text },
            expected: [''],
            fix: { range: [offset + i, offset + j], text: '' },
          });
        }
        i = j;
      }
    };
    return {
      Prose(stream: TokenStream) {
        tokensWith(stream, TATWEEL, WORDS, (_text, _offset, t) => check(stream, t));
      },
    };
  },
});

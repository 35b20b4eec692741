/**
 * Invisible direction marks left around numbers by number formatting
 * (conventions §1.3): `Intl`/CLDR output for Arabic locales puts LRM (U+200E),
 * RLM (U+200F) or ALM (U+061C) around percent signs, minus signs and
 * currency, and text pasted from a CMS or a spreadsheet keeps them. A mark
 * is reported when it touches a number, a percent or per-mille sign, a
 * currency symbol, or a minus sign before a number; the fix removes it.
 */
import { defineRule } from '@bayan/core';
import { charOf, isWord, numbersOf, PUNCTUATION, SYMBOL } from './tokens.js';

const MARKS: Record<string, string> = { '\u200e': 'LRM (U+200E)', '\u200f': 'RLM (U+200F)', '\u061c': 'ALM (U+061C)' };
const ANY_MARK = /[\u200e\u200f\u061c]/;
const MARK_CODES = new Set(Object.keys(MARKS).map((m) => m.charCodeAt(0)));
const SIGNS = new Set(
  ['%', '\u066a', '\u2030', '\u0609', '£', '$', '€', '¥', '-', '\u2212'].map((c) => c.charCodeAt(0)),
);
const MINUS = new Set(['-', '\u2212'].map((c) => c.charCodeAt(0)));

export const noBidiMarksInNumbers = defineRule({
  meta: {
    id: 'numbers/no-bidi-marks-in-numbers',
    type: 'problem',
    docs: {
      description: {
        ar: 'لا علامات اتجاه خفية (LRM وRLM وALM) حول الأرقام والنسب والعملات.',
        en: 'No invisible direction marks (LRM, RLM, ALM) around numbers, percentages and currency.',
      },
      recommended: 'warning',
      url: 'rules/numbers/docs/no-bidi-marks-in-numbers.md',
    },
    fixable: true,
    messages: {
      mark: {
        ar: 'علامة اتجاه خفية {{mark}} ملاصقة للعدد تركها تنسيق الأرقام؛ احذفها.',
        en: 'Invisible direction mark {{mark}} next to a number, left by number formatting; remove it.',
      },
    },
  },
  create(context) {
    const report = (offset: number, char: string): void => {
      context.report({
        range: [offset, offset + 1],
        messageId: 'mark',
        data: { mark: MARKS[char]! },
        actual: char,
        expected: [],
        fix: { range: [offset, offset + 1], text: '' },
      });
    };
    /** Marks inside a string written at `offset` (the tokenizer keeps them inside a number's token). */
    const reportInside = (value: string, offset: number): void => {
      for (let k = 0; k < value.length; k++) if (MARKS[value[k]!]) report(offset + k, value[k]!);
    };
    // Most documents have no direction mark at all: one look at the text, then nothing to do.
    let hasMarks: boolean | undefined;
    return {
      Paragraph({ stream, index, start: from, end: to }) {
        hasMarks ??= ANY_MARK.test(stream.text);
        if (!hasMarks) return;
        const numbers = numbersOf(stream);
        const { kind, start, end, text } = stream;
        const { numberAt } = numbers;
        for (let n = numbers.byParagraph[index]!; n < numbers.byParagraph[index + 1]!; n++) {
          reportInside(numbers.raw[n]!, numbers.start[n]!);
          reportInside(numbers.prefix[n]!, numbers.wordStart[n]!);
        }
        const inParagraph = (i: number): boolean => i >= from && i < to;
        const isNumeric = (i: number): boolean => inParagraph(i) && numberAt[i]! >= 0;
        const isMark = (i: number): boolean =>
          inParagraph(i) && kind[i] === SYMBOL && MARK_CODES.has(charOf(stream, i));
        /** A number, or a sign that belongs to one: marks touching it are reported. */
        const isAnchor = (i: number): boolean => {
          if (!inParagraph(i)) return false;
          if (numberAt[i]! >= 0) return true;
          const c = charOf(stream, i);
          if ((kind[i] === SYMBOL || kind[i] === PUNCTUATION) && SIGNS.has(c)) {
            if (!MINUS.has(c)) return true;
            // a minus sign only when a number follows
            let j = i + 1;
            while (isMark(j)) j++;
            return isNumeric(j);
          }
          return false;
        };
        for (let i = from; i < to; i++) {
          if (isWord(stream, i) && numberAt[i]! < 0) {
            // «و\u200f» «1,500»: a word that ends (or starts) with marks, touching a number
            if (MARK_CODES.has(text.charCodeAt(end[i]! - 1)) && isAnchor(i + 1))
              for (let k = end[i]! - 1; k >= start[i]! && MARK_CODES.has(text.charCodeAt(k)); k--) report(k, text[k]!);
            if (MARK_CODES.has(text.charCodeAt(start[i]!)) && isAnchor(i - 1))
              for (let k = start[i]!; k < end[i]! && MARK_CODES.has(text.charCodeAt(k)); k++) report(k, text[k]!);
            continue;
          }
          if (!isMark(i)) continue;
          let a = i;
          while (isMark(a - 1)) a--;
          let b = i;
          while (isMark(b + 1)) b++;
          if (isAnchor(a - 1) || isAnchor(b + 1)) report(start[i]!, text[start[i]!]!);
        }
      },
    };
  },
});

export default noBidiMarksInNumbers;

/**
 * Latin `,` `;` `?` after an Arabic word (or after a figure or a
 * percentage, when an Arabic word follows) become `،` `؛` `؟` (conventions §4
 * P4), unless the next word is Latin or a figure not followed by Arabic (a
 * Latin run such as «Paris, London» or a list of figures keeps Latin marks). Numbers and URLs
 * are single tokens, so their commas and dots are never seen here. The
 * Urdu full stop «۔» (U+06D4) gets a suggestion to use «.» (conventions §4).
 */
import { defineRule } from '@bayan/core';
import type { TokenStream } from '@bayan/arabic';
import {
  charOf,
  code,
  isArabicWord,
  isWord,
  neighbour,
  paragraphGate,
  PUNCTUATION,
  Script,
  scriptOf,
  wordScripts,
} from './tokens.js';

/** Char code of each Latin mark → its Arabic counterpart. */
const ARABIC = new Map(
  [
    [',', '،'],
    [';', '؛'],
    ['?', '؟'],
  ].map(([latin, arabic]) => [code(latin!), arabic!]),
);
const PERCENT = new Set(['%', '\u066a', '\u2030', '\u0609'].map(code));
const URDU_STOP = code('۔');
/** The marks the rule reports. */
const MARKS = /[,;?\u06d4]/g;

const isFigure = (stream: TokenStream, scripts: Uint8Array, i: number): boolean =>
  i >= 0 && scriptOf(stream, scripts, i) === Script.Number;

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
    const hasMarks = paragraphGate(MARKS);
    /** One paragraph: the tokens [from, to) of the stream. */
    const paragraph = (stream: TokenStream, from: number, to: number): void => {
      if (!hasMarks(stream, from, to)) return;
      const { kind, start, end } = stream;
      const scripts = wordScripts(stream);
      for (let i = from; i < to; i++) {
        const c = charOf(stream, i);
        if (c === URDU_STOP) {
          const range: [number, number] = [start[i]!, end[i]!];
          context.report({
            range,
            messageId: 'urduStop',
            expected: ['.'],
            suggest: [{ messageId: 'useStop', fix: { range, text: '.' } }],
          });
          continue;
        }
        const expected = kind[i] === PUNCTUATION ? ARABIC.get(c) : undefined;
        if (!expected) continue;
        const before = neighbour(stream, i, -1, from, to);
        const after = neighbour(stream, i, 1, from, to);
        // After an Arabic word; or after a figure or a percentage when Arabic text follows
        // («عام 2027, ويشمل», «12%, لتصل»): a comma inside a number is part of the number's
        // token and never seen here.
        const figure =
          isFigure(stream, scripts, before) ||
          (PERCENT.has(charOf(stream, before)) && isFigure(stream, scripts, neighbour(stream, before, -1, from, to)));
        const afterFigure = figure && isArabicWord(stream, scripts, after);
        if (!isArabicWord(stream, scripts, before) && !afterFigure) continue;
        // Before a Latin word or a figure the mark stays Latin («Paris, London», «2023, 2024»),
        // unless Arabic text follows the figure («صحفية, 20 يونيو»).
        const arabicAfterFigure =
          isFigure(stream, scripts, after) && isArabicWord(stream, scripts, neighbour(stream, after, 1, from, to));
        if (
          after >= 0 &&
          isWord(stream, after) &&
          scriptOf(stream, scripts, after) !== Script.Arabic &&
          !arabicAfterFigure
        )
          continue;
        const range = [start[i]!, end[i]!] as const;
        context.report({
          range,
          messageId: 'latinMark',
          data: { actual: String.fromCharCode(c), expected },
          expected: [expected],
          fix: { range, text: expected },
        });
      }
    };
    return {
      Prose(stream: TokenStream) {
        for (let p = 0; p < stream.paragraphCount; p++)
          paragraph(stream, stream.paragraphStart[p]!, stream.paragraphEnd[p]!);
      },
    };
  },
});

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
import type { TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import {
  charOf,
  code,
  isArabicWord,
  isInlineSpace,
  isWord,
  neighbour,
  firstAtOrAfter,
  punctuationTokens,
  Script,
  scriptOf,
  SPACE,
  wordScripts,
} from './tokens.js';

const codes = (marks: readonly string[]): ReadonlySet<number> => new Set(marks.map(code));
const NO_SPACE_BEFORE = codes(['،', '؛', '؟', ':', '.', '!', ',', ';', '?']);
const ARABIC_ONLY = codes(['،', '؛', '؟']);
const SPACE_AFTER = codes(['،', '؛', '؟', '.', ':', '!']);
const OPENERS = codes(['(', '[', '{', '«']);
const CLOSERS = codes([')', ']', '}', '»']);
const DOT = code('.');

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
    /** One paragraph: the tokens [from, to) of the stream. */
    const paragraph = (stream: TokenStream, from: number, to: number): void => {
      const { kind, start, end } = stream;
      const scripts = wordScripts(stream);
      /** Reports white-space token `space` with a fix that replaces it by `text`. */
      const report = (space: number, messageId: string, c: number, text = ''): void => {
        const range = [start[space]!, end[space]!] as const;
        context.report({
          range,
          messageId,
          data: { mark: String.fromCharCode(c) },
          expected: [text],
          fix: { range, text },
        });
      };
      const marks = punctuationTokens(stream);
      for (let x = firstAtOrAfter(marks.tokens, marks.count, from); x < marks.count; x++) {
        const i = marks.tokens[x]!;
        if (i >= to) break;
        const c = charOf(stream, i);
        const prev = i - 1 >= from ? i - 1 : -1;
        const next = i + 1 < to ? i + 1 : -1;
        const dots = c === DOT && (charOf(stream, prev) === DOT || charOf(stream, next) === DOT);
        const spaceBefore = prev >= 0 && kind[prev] === SPACE && isInlineSpace(stream, prev) && i - from >= 2;
        const spaceAfter = next >= 0 && kind[next] === SPACE && isInlineSpace(stream, next);
        // No space before.
        if (NO_SPACE_BEFORE.has(c) && !dots && spaceBefore) {
          const word = neighbour(stream, i, -1, from, to);
          const arabicContext = ARABIC_ONLY.has(c) || isArabicWord(stream, scripts, word);
          if (word >= 0 && (isWord(stream, word) || CLOSERS.has(charOf(stream, word))) && arabicContext)
            report(prev, 'spaceBefore', c);
        }
        // One space after, when a letter follows.
        if (SPACE_AFTER.has(c) && !dots) {
          const arabicContext = ARABIC_ONLY.has(c) || isArabicWord(stream, scripts, neighbour(stream, i, -1, from, to));
          if (arabicContext && next >= 0 && scriptOf(stream, scripts, next) === Script.Arabic) {
            const mark = String.fromCharCode(c);
            context.report({
              range: [start[i]!, end[i]!],
              messageId: 'missingAfter',
              data: { mark },
              expected: [`${mark} `],
              fix: { range: [end[i]!, end[i]!], text: ' ' },
            });
          } else if (
            arabicContext &&
            spaceAfter &&
            end[next]! - start[next]! > 1 &&
            i + 2 < to &&
            isWord(stream, i + 2)
          ) {
            report(next, 'extraAfter', c, ' ');
          }
        }
        // Nothing just inside brackets and guillemets.
        if (OPENERS.has(c) && spaceAfter && i + 2 < to && kind[i + 2] !== SPACE) report(next, 'insideOpening', c);
        if (CLOSERS.has(c) && spaceBefore) report(prev, 'insideClosing', c);
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

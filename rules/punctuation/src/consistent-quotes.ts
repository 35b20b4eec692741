/**
 * One kind of quotation marks per document (conventions §4): guillemets «…»,
 * curly “…” (either orientation: Arabic texts use both) or straight "…".
 *
 * Algorithm: pairs are collected per paragraph («» with a stack, curly and
 * straight marks two by two) and counted by kind over the document. The
 * kind set in `style.quotes` wins; with `consistent` (the default) the kind
 * used most wins (the first used on a tie). Each pair of another kind is
 * reported once with a fix that replaces both of its marks. Unpaired marks
 * are balanced-brackets' business. With `preferGuillemets` (default on), in
 * `consistent` mode curly or straight quotes around Arabic text also get an
 * info-level suggestion to use «…», the usual Arabic quotation marks.
 */
import { defineRule } from '@bayan/core';
import type { TokenStream } from '@bayan/arabic';
import {
  charOf,
  code,
  firstAtOrAfter,
  isArabicWord,
  neighbour,
  paragraphGate,
  punctuationTokens,
  wordScripts,
} from './tokens.js';

type Kind = 'guillemets' | 'curly' | 'straight';
const MARKS: Record<Kind, readonly [string, string]> = {
  guillemets: ['«', '»'],
  curly: ['“', '”'],
  straight: ['"', '"'],
};
export const QUOTE_STYLES = ['consistent', 'guillemets', 'curly', 'straight'] as const;

const GUILLEMET_OPEN = code('«');
const GUILLEMET_CLOSE = code('»');
const CURLY_OPEN = code('“');
const CURLY_CLOSE = code('”');
const STRAIGHT = code('"');
const QUOTES = /[«»“”"]/g;

/** A pair of quotation marks: their offsets and marks as written, and whether Arabic text opens it. */
interface Pair {
  kind: Kind;
  open: { start: number; end: number; text: string };
  close: { start: number; end: number; text: string };
  arabic: boolean;
}

export default defineRule<{ preferGuillemets: boolean }>({
  meta: {
    id: 'punctuation/consistent-quotes',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'نوع واحد من علامات التنصيص في البيان: «…» أو “…” أو "…".',
        en: 'One kind of quotation marks per document: «…», “…” or "…".',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/consistent-quotes.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: { preferGuillemets: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { preferGuillemets: true },
    messages: {
      inconsistent: {
        ar: 'علامتا التنصيص {{actual}} تخالفان النوع الغالب في هذا البيان {{expected}}.',
        en: 'The quotation marks {{actual}} differ from the kind used most in this document, {{expected}}.',
      },
      houseStyle: {
        ar: 'علامتا التنصيص {{actual}} تخالفان أسلوب المؤسسة {{expected}}.',
        en: 'The quotation marks {{actual}} do not follow the house style, {{expected}}.',
      },
      preferGuillemets: {
        ar: 'علامتا التنصيص {{actual}} حول نص عربي؛ المعتاد في العربية «…».',
        en: 'The quotation marks {{actual}} enclose Arabic text; Arabic usually takes «…».',
      },
      useGuillemets: {
        ar: 'استعمل «…».',
        en: 'Use «…».',
      },
    },
  },
  create(context) {
    const hasQuotes = paragraphGate(QUOTES);
    const pairs: Pair[] = [];
    const counts = new Map<Kind, number>();
    const markAt = (stream: TokenStream, i: number) => ({
      start: stream.start[i]!,
      end: stream.end[i]!,
      text: String.fromCharCode(charOf(stream, i)),
    });
    /** One paragraph: the tokens [from, to) of the stream. */
    const paragraph = (stream: TokenStream, from: number, to: number): void => {
      if (!hasQuotes(stream, from, to)) return;
      const scripts = wordScripts(stream);
      /** A pair of the marks at token indexes `open` and `close`. */
      const add = (pairKind: Kind, open: number, close: number): void => {
        const arabic = isArabicWord(stream, scripts, neighbour(stream, open, 1, from, to));
        pairs.push({ kind: pairKind, open: markAt(stream, open), close: markAt(stream, close), arabic });
        counts.set(pairKind, (counts.get(pairKind) ?? 0) + 1);
      };
      const guillemets: number[] = [];
      let curly = -1;
      let straight = -1;
      const marks = punctuationTokens(stream);
      for (let x = firstAtOrAfter(marks.tokens, marks.count, from); x < marks.count; x++) {
        const i = marks.tokens[x]!;
        if (i >= to) break;
        const c = charOf(stream, i);
        if (c === GUILLEMET_OPEN) guillemets.push(i);
        else if (c === GUILLEMET_CLOSE) {
          const open = guillemets.pop();
          if (open !== undefined) add('guillemets', open, i);
        } else if (c === CURLY_OPEN || c === CURLY_CLOSE) {
          if (curly >= 0) {
            add('curly', curly, i);
            curly = -1;
          } else curly = i;
        } else if (c === STRAIGHT) {
          if (straight >= 0) {
            add('straight', straight, i);
            straight = -1;
          } else straight = i;
        }
      }
    };
    return {
      Prose(stream: TokenStream) {
        for (let p = 0; p < stream.paragraphCount; p++)
          paragraph(stream, stream.paragraphStart[p]!, stream.paragraphEnd[p]!);
      },
      'Document:exit'() {
        if (pairs.length === 0) return;
        const style = context.style.quotes;
        let target: Kind;
        let messageId: 'inconsistent' | 'houseStyle' = 'houseStyle';
        if (style === 'guillemets' || style === 'curly' || style === 'straight') target = style;
        else {
          target = pairs[0]!.kind;
          for (const [kind, count] of counts) if (count > counts.get(target)!) target = kind;
          messageId = 'inconsistent';
        }
        const show = (kind: Kind, pair?: Pair): string =>
          pair ? `${pair.open.text}…${pair.close.text}` : `${MARKS[kind][0]}…${MARKS[kind][1]}`;
        const replace = (pair: Pair, kind: Kind) => [
          { range: [pair.open.start, pair.open.end] as const, text: MARKS[kind][0] },
          { range: [pair.close.start, pair.close.end] as const, text: MARKS[kind][1] },
        ];
        for (const pair of pairs) {
          const range: [number, number] = [pair.open.start, pair.close.end];
          if (pair.kind !== target) {
            context.report({
              range,
              messageId,
              data: { actual: show(pair.kind, pair), expected: show(target) },
              fix: replace(pair, target),
            });
          } else if (
            messageId === 'inconsistent' &&
            context.options.preferGuillemets &&
            pair.kind !== 'guillemets' &&
            pair.arabic
          ) {
            context.report({
              range,
              messageId: 'preferGuillemets',
              data: { actual: show(pair.kind, pair) },
              severity: 'info',
              suggest: [{ messageId: 'useGuillemets', fix: replace(pair, 'guillemets') }],
            });
          }
        }
      },
    };
  },
});

/**
 * Brackets and quotation marks that do not pair up within a paragraph
 * (conventions §4).
 *
 * Algorithm: one pass with a stack per paragraph for ( ) [ ] { } « ». A
 * closer that matches the top of the stack pops it; any other closer is
 * unmatched. What is left on the stack at the end is unclosed. An unmatched
 * closer followed later by an unclosed opener of the same pair is the
 * visual-order text of old systems, «)نص(»: a suggestion swaps the two. The
 * curly “ ” (used in both orientations in Arabic) and the straight " are
 * counted: an odd number leaves the last one unpaired. A «)» right after a
 * one-letter or number list marker at the start of a paragraph («أ)», «1)»)
 * is not a bracket.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule, type SuggestDescriptor } from '@bayan/core';
import {
  code,
  charOf,
  firstAtOrAfter,
  isWord,
  paragraphGate,
  punctuationTokens,
  Script,
  scriptOf,
  wordScripts,
} from './tokens.js';

/** Char code of each opener → its closer's, and of each closer → its opener's. */
const OPENERS = new Map(
  [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['«', '»'],
  ].map(([o, c]) => [code(o!), code(c!)]),
);
const CLOSERS = new Map([...OPENERS].map(([o, c]) => [c, o]));
const CURLY_OPEN = code('“');
const CURLY_CLOSE = code('”');
const STRAIGHT = code('"');
const PAREN_CLOSE = code(')');
const MARKS = /[()[\]{}«»“”"]/g;

export default defineRule({
  meta: {
    id: 'punctuation/balanced-brackets',
    type: 'problem',
    docs: {
      description: {
        ar: 'أقواس أو علامات تنصيص بلا نظير، أو مقلوبة «)…(» من أنظمة قديمة.',
        en: 'Brackets or quotation marks without a partner, or reversed )…( from old systems.',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/balanced-brackets.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      unclosed: {
        ar: '«{{mark}}» مفتوح ولا يُغلق في هذه الفقرة.',
        en: '“{{mark}}” is opened but not closed in this paragraph.',
      },
      unopened: {
        ar: '«{{mark}}» يُغلق ما لم يُفتح في هذه الفقرة.',
        en: '“{{mark}}” closes something that was not opened in this paragraph.',
      },
      unpairedQuote: {
        ar: 'علامة التنصيص «{{mark}}» بلا نظير في هذه الفقرة.',
        en: 'The quotation mark “{{mark}}” has no partner in this paragraph.',
      },
      reversed: {
        ar: 'القوسان «{{closer}}…{{opener}}» مقلوبان، وهو أثر نص منسوخ بالترتيب المرئي.',
        en: 'The pair “{{closer}}…{{opener}}” is reversed, a trace of text copied in visual order.',
      },
      swap: {
        ar: 'اقلب القوسين: «{{opener}}…{{closer}}».',
        en: 'Swap them: “{{opener}}…{{closer}}”.',
      },
    },
  },
  create(context) {
    const hasMarks = paragraphGate(MARKS);
    /** One paragraph: the tokens [from, to) of the stream. */
    const paragraph = (stream: TokenStream, from: number, to: number): void => {
      if (!hasMarks(stream, from, to)) return;
      const { start, end } = stream;
      const mark = (i: number): string => String.fromCharCode(charOf(stream, i));
      const report = (
        first: number,
        last: number,
        messageId: string,
        data: Record<string, string>,
        suggest?: readonly SuggestDescriptor[],
      ): void => {
        context.report({ range: [start[first]!, end[last]!], messageId, data, ...(suggest ? { suggest } : {}) });
      };
      // «أ)», «1)»: a one-letter word or a number opening the paragraph.
      const listMarker =
        to - from > 1 &&
        isWord(stream, from) &&
        (end[from]! - start[from]! === 1 || scriptOf(stream, wordScripts(stream), from) === Script.Number);
      // Token indexes, in paragraph order.
      const stack: number[] = [];
      const unopened: number[] = [];
      const curly: number[] = [];
      const straight: number[] = [];
      const marks = punctuationTokens(stream);
      for (let x = firstAtOrAfter(marks.tokens, marks.count, from); x < marks.count; x++) {
        const i = marks.tokens[x]!;
        if (i >= to) break;
        const c = charOf(stream, i);
        if (OPENERS.has(c)) stack.push(i);
        else if (CLOSERS.has(c)) {
          if (stack.length > 0 && charOf(stream, stack[stack.length - 1]!) === CLOSERS.get(c)) stack.pop();
          else if (!(c === PAREN_CLOSE && i === from + 1 && listMarker)) unopened.push(i);
        } else if (c === CURLY_OPEN || c === CURLY_CLOSE) curly.push(i);
        else if (c === STRAIGHT) straight.push(i);
      }
      const reversed = new Set<number>();
      for (const closer of unopened) {
        const want = CLOSERS.get(charOf(stream, closer));
        const opener = stack.find((o) => charOf(stream, o) === want && start[o]! > start[closer]! && !reversed.has(o));
        if (opener === undefined) continue;
        reversed.add(opener).add(closer);
        const data = { opener: mark(opener), closer: mark(closer) };
        const fix = [
          { range: [start[closer]!, end[closer]!] as const, text: data.opener },
          { range: [start[opener]!, end[opener]!] as const, text: data.closer },
        ];
        report(closer, opener, 'reversed', data, [{ messageId: 'swap', data, fix }]);
      }
      for (const i of unopened) if (!reversed.has(i)) report(i, i, 'unopened', { mark: mark(i) });
      for (const i of stack) if (!reversed.has(i)) report(i, i, 'unclosed', { mark: mark(i) });
      for (const list of [curly, straight]) {
        if (list.length % 2 === 1) {
          const last = list[list.length - 1]!;
          report(last, last, 'unpairedQuote', { mark: mark(last) });
        }
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

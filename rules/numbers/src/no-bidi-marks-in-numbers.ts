/**
 * Invisible direction marks left around numbers by number formatting
 * (conventions §1.3): `Intl`/CLDR output for Arabic locales puts LRM (U+200E),
 * RLM (U+200F) or ALM (U+061C) around percent signs, minus signs and
 * currency, and text pasted from a CMS or a spreadsheet keeps them. A mark
 * is reported when it touches a number, a percent or per-mille sign, a
 * currency symbol, or a minus sign before a number; the fix removes it.
 */
import type { Paragraph } from 'nlcst';
import { defineRule } from '@bayan/core';
import { numbersIn, paragraphTokens, startOf, textOf, type Token } from './tokens.js';

const MARKS: Record<string, string> = { '\u200e': 'LRM (U+200E)', '\u200f': 'RLM (U+200F)', '\u061c': 'ALM (U+061C)' };
const SIGNS = new Set(['%', '\u066a', '\u2030', '\u0609', '£', '$', '€', '¥', '-', '\u2212']);

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
      context.report({ range: [offset, offset + 1], messageId: 'mark', data: { mark: MARKS[char]! }, actual: char, expected: [], fix: { range: [offset, offset + 1], text: '' } });
    };
    return {
      ParagraphNode(node: Paragraph) {
        const tokens = paragraphTokens(node);
        const numeric = new Set<number>();
        for (const span of numbersIn(tokens)) {
          for (let i = span.first; i <= span.last; i++) numeric.add(i);
          // marks kept inside the number token by the tokenizer
          for (let k = 0; k < span.raw.length; k++) if (MARKS[span.raw[k]!]) report(span.start + k, span.raw[k]!);
          for (let k = 0; k < span.prefix.length; k++) if (MARKS[span.prefix[k]!]) report(span.wordStart + k, span.prefix[k]!);
        }
        const isMark = (t: Token | undefined): boolean => t?.type === 'SymbolNode' && MARKS[t.value] !== undefined;
        const isAnchor = (i: number): boolean => {
          const t = tokens[i];
          if (!t) return false;
          if (numeric.has(i)) return true;
          if ((t.type === 'SymbolNode' || t.type === 'PunctuationNode') && SIGNS.has(t.value)) {
            if (t.value !== '-' && t.value !== '\u2212') return true;
            // a minus sign only when a number follows
            let j = i + 1;
            while (isMark(tokens[j])) j++;
            return numeric.has(j);
          }
          return false;
        };
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i]!;
          if (token.type === 'WordNode' && !numeric.has(i)) {
            // «و\u200f» «1,500»: a word that ends (or starts) with marks, touching a number
            const value = textOf(token);
            if (isAnchor(i + 1)) for (let k = value.length - 1; k >= 0 && MARKS[value[k]!]; k--) report(startOf(token) + k, value[k]!);
            if (isAnchor(i - 1)) for (let k = 0; k < value.length && MARKS[value[k]!]; k++) report(startOf(token) + k, value[k]!);
            continue;
          }
          if (!isMark(token)) continue;
          let a = i;
          while (isMark(tokens[a - 1])) a--;
          let b = i;
          while (isMark(tokens[b + 1])) b++;
          if (isAnchor(a - 1) || isAnchor(b + 1)) report(startOf(tokens[i]!), (tokens[i] as { value: string }).value);
        }
      },
    };
  },
});

export default noBidiMarksInNumbers;

/**
 * The percent and per-mille signs follow the number's digit system
 * (conventions §1.2, §1.4 N5): «%» and «‰» with Western digits, «٪» and «؉»
 * with Arabic-Indic digits. The sign is looked for right after the number
 * (bidi marks and one space between are allowed) or right before it
 * («%25», as some editors type it in logical order).
 */
import type { Paragraph } from 'nlcst';
import { defineRule } from '@bayan/core';
import { SIGNS, type TargetSystem } from './digits.js';
import { numbersIn, paragraphTokens, type Token } from './tokens.js';

const KIND: Record<string, 'percent' | 'perMille'> = { '%': 'percent', '\u066a': 'percent', '\u2030': 'perMille', '\u0609': 'perMille' };
const MARKS = new Set(['\u200e', '\u200f', '\u061c']);

/** The sign token next to a number, looking from `index` in direction `step`. */
function signNear(tokens: readonly Token[], index: number, step: 1 | -1, allowSpace: boolean): Token | undefined {
  let j = index + step;
  let spaces = 0;
  while (j >= 0 && j < tokens.length) {
    const token = tokens[j]!;
    if (token.type === 'SymbolNode' && MARKS.has(token.value)) {
      j += step;
      continue;
    }
    if (allowSpace && token.type === 'WhiteSpaceNode' && token.value === ' ' && spaces === 0) {
      spaces++;
      j += step;
      continue;
    }
    return token.type === 'SymbolNode' && KIND[token.value] ? token : undefined;
  }
  return undefined;
}

export const percentSign = defineRule({
  meta: {
    id: 'numbers/percent-sign',
    type: 'problem',
    docs: {
      description: {
        ar: 'علامة النسبة المئوية من نظام أرقام العدد: «%» مع 0–9 و«٪» مع ٠–٩.',
        en: 'The percent sign matches the digits: «%» with 0–9, «٪» with ٠–٩.',
      },
      recommended: true,
      url: 'rules/numbers/docs/percent-sign.md',
    },
    fixable: true,
    messages: {
      wrongSign: {
        ar: 'العلامة «{{actual}}» لا تناسب أرقام «{{number}}»؛ اكتب «{{expected}}».',
        en: 'The sign “{{actual}}” does not match the digits of “{{number}}”; write “{{expected}}”.',
      },
    },
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const tokens = paragraphTokens(node);
        const spans = numbersIn(tokens);
        // A sign right after a number is that number's, even when another number follows it
        // («١٢٪3»): otherwise the two numbers would each fix it to their own sign, for ever.
        const after = spans.map((span) => signNear(tokens, span.last, 1, true));
        const taken = new Set(after.filter((t) => t !== undefined));
        for (const [k, span] of spans.entries()) {
          const [only, other] = span.info.digits;
          if (other !== undefined || (only !== 'latn' && only !== 'arab')) continue;
          const before = span.prefix === '' ? signNear(tokens, span.first, -1, false) : undefined;
          const sign = after[k] ?? (before && !taken.has(before) ? before : undefined);
          if (!sign || sign.type !== 'SymbolNode') continue;
          const system: TargetSystem = only;
          const expected = SIGNS[system][KIND[sign.value]!];
          if (sign.value === expected) continue;
          context.report({
            node: sign,
            messageId: 'wrongSign',
            data: { actual: sign.value, number: span.raw, expected },
            expected: [expected],
            fix: { range: [sign.position!.start.offset!, sign.position!.end.offset!], text: expected },
          });
        }
      },
    };
  },
});

export default percentSign;

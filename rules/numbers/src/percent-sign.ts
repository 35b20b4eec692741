/**
 * The percent and per-mille signs follow the number's digit system
 * (conventions §1.2, §1.4 N5): «%» and «‰» with Western digits, «٪» and «؉»
 * with Arabic-Indic digits. The sign is looked for right after the number
 * (bidi marks and one space between are allowed) or right before it
 * («%25», as some editors type it in logical order).
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { SIGNS, type TargetSystem } from './digits.js';
import { charOf, numbersOf, SPACE, SYMBOL } from './tokens.js';

/** Char code of each sign → which sign it is. */
const KIND = new Map<number, 'percent' | 'perMille'>(
  [
    ['%', 'percent'],
    ['\u066a', 'percent'],
    ['\u2030', 'perMille'],
    ['\u0609', 'perMille'],
  ].map(([c, k]) => [c!.charCodeAt(0), k as 'percent' | 'perMille']),
);
const MARKS = new Set([0x200e, 0x200f, 0x061c]);

/** The sign token next to a number (or -1), looking from token `index` in direction `step` within [from, to). */
function signNear(
  stream: TokenStream,
  index: number,
  step: 1 | -1,
  allowSpace: boolean,
  from: number,
  to: number,
): number {
  const { kind } = stream;
  let j = index + step;
  let spaces = 0;
  while (j >= from && j < to) {
    const k = kind[j];
    if (k === SYMBOL && MARKS.has(charOf(stream, j))) {
      j += step;
      continue;
    }
    if (allowSpace && k === SPACE && charOf(stream, j) === 0x20 && spaces === 0) {
      spaces++;
      j += step;
      continue;
    }
    return k === SYMBOL && KIND.has(charOf(stream, j)) ? j : -1;
  }
  return -1;
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
      Paragraph({ stream, index, start: from, end: to }) {
        const numbers = numbersOf(stream);
        const first = numbers.byParagraph[index]!;
        const stop = numbers.byParagraph[index + 1]!;
        if (first === stop) return;
        // A sign right after a number is that number's, even when another number follows it
        // («١٢٪3»): otherwise the two numbers would each fix it to their own sign, for ever.
        const after = new Int32Array(stop - first);
        const taken = new Set<number>();
        for (let n = first; n < stop; n++) {
          const sign = signNear(stream, numbers.last[n]!, 1, true, from, to);
          after[n - first] = sign;
          if (sign >= 0) taken.add(sign);
        }
        for (let n = first; n < stop; n++) {
          const digits = numbers.info[n]!.digits;
          const only = digits[0];
          const other = digits[1];
          if (other !== undefined || (only !== 'latn' && only !== 'arab')) continue;
          const before = numbers.prefix[n] === '' ? signNear(stream, numbers.first[n]!, -1, false, from, to) : -1;
          const sign = after[n - first]! >= 0 ? after[n - first]! : before >= 0 && !taken.has(before) ? before : -1;
          if (sign < 0) continue;
          const system: TargetSystem = only;
          const actual = String.fromCharCode(charOf(stream, sign));
          const expected = SIGNS[system][KIND.get(charOf(stream, sign))!];
          if (actual === expected) continue;
          const range = [stream.start[sign]!, stream.end[sign]!] as const;
          context.report({
            range,
            messageId: 'wrongSign',
            data: { actual, number: numbers.raw[n]!, expected },
            expected: [expected],
            fix: { range, text: expected },
          });
        }
      },
    };
  },
});

export default percentSign;

/**
 * Group and decimal marks inside numbers (conventions §1.2, §1.4 N1, N2, N6, N8).
 *
 * For each number of a paragraph (see tokens.ts):
 *   - the Arabic comma «،» between digits is a text comma, never a number
 *     mark: a lone one before anything but three digits is the decimal mark,
 *     several before groups of three are group marks (fixes); a lone one
 *     before exactly three digits could be either (two suggestions);
 *   - marks of the other digit system («2٬800٬000», «١,٢٣٤») are fixed;
 *   - thin spaces as group marks, and a plain space or no-break space
 *     splitting one number («1 500»), are suggestions to use the group mark;
 *   - with `decimalMark: point` (the Mashriq, default) a Western number
 *     written in the continental style («1.500,00», «1.500.000») gets a
 *     suggestion, and with `decimalMark: comma` (the Maghreb) the reverse.
 * Arabic-Indic numbers always use «٬» and «٫».
 */
import { parseNumber, type NumberInfo } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { digitOf, SIGNS, type SystemSigns, type TargetSystem } from './digits.js';
import { charOf, numbersOf, SPACE, type Numbers } from './tokens.js';

interface Options {
  decimalMark: 'point' | 'comma';
}

/** What is wrong with one number: a fix (one candidate) or suggestions (each candidate). */
interface Verdict {
  messageId: string;
  candidates: readonly string[];
  fix: boolean;
  severity?: 'warning' | 'error';
}

const fixTo = (messageId: string, expected: string): Verdict => ({ messageId, candidates: [expected], fix: true });
const suggestAll = (
  messageId: string,
  candidates: readonly string[],
  severity: 'warning' | 'error' = 'warning',
): Verdict => ({ messageId, candidates, fix: false, severity });

const ARABIC_COMMA = '\u060c';
const THIN = /[\u202f\u2009]/;
const THIN_ALL = /[\u202f\u2009]/g;
/** The group and decimal marks of the other system, per system. */
const OTHER_MARKS: Record<TargetSystem, RegExp> = { latn: /[\u066c\u066b]/, arab: /[,.]/ };

function systemOf(info: NumberInfo): TargetSystem | undefined {
  if (info.digits.length !== 1) return undefined;
  return info.digits[0] === 'latn' ? 'latn' : 'arab';
}

/** Digit runs between the marks of a raw number. */
function groupsOf(raw: string): string[] {
  return raw.split(/[^0-9\u0660-\u0669\u06f0-\u06f9]/);
}

/** «3،8» is a decimal, «1،500،000» grouped; a lone «،» before three digits could be either. */
function checkArabicComma(raw: string, signs: SystemSigns): Verdict | undefined {
  const parts = raw.split(ARABIC_COMMA);
  const after = parts.slice(1);
  if (after.length > 1 && after.every((p) => /^\d{3}$|^[\u0660-\u0669\u06f0-\u06f9]{3}$/.test(p)))
    return fixTo('arabicComma', parts.join(signs.group));
  if (after.length === 1 && after[0]!.length !== 3) return fixTo('arabicComma', parts.join(signs.decimal));
  if (after.length === 1)
    return suggestAll('arabicCommaAmbiguous', [parts.join(signs.decimal), parts.join(signs.group)], 'error');
  return undefined;
}

/** «2٬800٬000», «١,٢٣٤.٥»: the marks of the other digit system. */
function checkOtherSystem(raw: string, system: TargetSystem, signs: SystemSigns): Verdict {
  const expected =
    system === 'latn'
      ? raw.replace(/\u066c/g, ',').replace(/\u066b/g, '.')
      : raw.replace(/,/g, '\u066c').replace(/\./g, '\u066b');
  if (parseNumber(expected).value !== null) return fixTo('otherSystem', expected);
  // «١,٥»: not a valid grouping, so the comma was probably meant as the decimal mark
  const single = raw.split(/[,\u066c]/).length === 2 && !/[.\u066b]/.test(raw);
  const decimal = raw.replace(/[,\u066c]/, signs.decimal);
  return suggestAll('otherSystem', single ? [decimal, expected] : [expected], 'error');
}

/** A Western number grouped in the other style than the document's decimal mark («1.500,00» with a point). */
function checkGroupingStyle(raw: string, decimalComma: boolean): Verdict | undefined {
  const groups = groupsOf(raw);
  const marks = raw.replace(/\d/g, '');
  const tail = groups.slice(1);
  const [group, decimal, messageId] = decimalComma ? [',', '.', 'anglo'] : ['.', ',', 'continental'];
  const pattern = decimalComma ? /^,+\.?$/ : /^\.+,?$/;
  const swapped =
    pattern.test(marks) &&
    (marks.length > 1 || marks === group + decimal) &&
    tail.slice(0, marks.replace(decimal, '').length).every((g) => g.length === 3);
  return swapped ? suggestAll(messageId, [raw.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'))]) : undefined;
}

/** Is every character of a number a digit (no mark that any check below reads)? */
function digitsOnly(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (!digitOf(raw.charCodeAt(k))) return false;
  return true;
}

/** The first check that applies to a number decides (a mixed number is digit-system's). */
function checkNumber(raw: string, info: NumberInfo, decimalComma: boolean): Verdict | undefined {
  const system = systemOf(info);
  // Most numbers have no mark at all: nothing to check.
  if (!system || digitsOnly(raw)) return undefined;
  const signs = SIGNS[system];
  if (raw.includes(ARABIC_COMMA)) return checkArabicComma(raw, signs);
  if (OTHER_MARKS[system].test(raw)) return checkOtherSystem(raw, system, signs);
  if (THIN.test(raw)) return suggestAll('thinSpace', [raw.replace(THIN_ALL, signs.group)]);
  return system === 'latn' ? checkGroupingStyle(raw, decimalComma) : undefined;
}

const HEAD = /^\d{1,3}$|^[\u0660-\u0669]{1,3}$/;
const GROUP = /^\d{3}$|^[\u0660-\u0669]{3}$/;

/**
 * «1 500», «2 000 000»: a number of one to three digits, then groups of three
 * of the same digits, each after one space. The last number of the run that
 * starts at `n` (`n` itself when there is none), among numbers before `stop`.
 */
function splitRunEnd(numbers: Numbers, chars: (token: number) => number, n: number, stop: number): number {
  const { first, last, raw, info, prefix } = numbers;
  if (raw[n]!.length > 3 || !HEAD.test(raw[n]!)) return n;
  let j = n;
  while (j + 1 < stop) {
    const gap = last[j]! + 1;
    const space = chars(gap);
    if (first[j + 1] !== gap + 1 || (space !== 0x20 && space !== 0xa0) || prefix[j + 1] !== '') break;
    if (!GROUP.test(raw[j + 1]!) || info[j + 1]!.digits[0] !== info[n]!.digits[0]) break;
    j++;
  }
  return j;
}

export const separators = defineRule<Options>({
  meta: {
    id: 'numbers/separators',
    type: 'problem',
    docs: {
      description: {
        ar: 'فواصل الآلاف والكسور داخل الأعداد: لا فاصلة عربية، ولا فواصل من نظام أرقام آخر، ولا مسافات.',
        en: 'Group and decimal marks inside numbers: no Arabic comma, no marks of the other digit system, no spaces.',
      },
      recommended: true,
      url: 'rules/numbers/docs/separators.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { decimalMark: { enum: ['point', 'comma'] } },
    },
    defaultOptions: { decimalMark: 'point' },
    messages: {
      arabicComma: {
        ar: 'الفاصلة العربية «،» في «{{actual}}» علامة ترقيم بين الكلمات لا فاصل أرقام؛ اكتب «{{expected}}».',
        en: 'The Arabic comma «،» in “{{actual}}” separates words, not digits; write “{{expected}}”.',
      },
      arabicCommaAmbiguous: {
        ar: 'الفاصلة العربية «،» في «{{actual}}» علامة ترقيم لا فاصل أرقام؛ أهي فاصل الكسور أم فاصل الآلاف؟',
        en: 'The Arabic comma «،» in “{{actual}}” is not a number mark: is it the decimal mark or the group mark?',
      },
      otherSystem: {
        ar: 'فواصل «{{actual}}» من نظام الأرقام الآخر؛ اكتب «{{expected}}».',
        en: 'The marks in “{{actual}}” belong to the other digit system; write “{{expected}}”.',
      },
      thinSpace: {
        ar: 'في «{{actual}}» مسافة رفيعة فاصلًا للآلاف؛ أسلوب الأخبار العربية «{{expected}}».',
        en: '“{{actual}}” uses a thin space to group digits; Arabic news style writes “{{expected}}”.',
      },
      split: {
        ar: 'يبدو أن «{{actual}}» عدد واحد قسمته مسافة؛ اكتب «{{expected}}».',
        en: '“{{actual}}” looks like one number split by a space; write “{{expected}}”.',
      },
      continental: {
        ar: '«{{actual}}» مكتوب بالنقطة للآلاف والفاصلة للكسور (الأسلوب المغاربي)؛ في هذه الوثيقة يُكتب «{{expected}}».',
        en: '“{{actual}}” uses a point to group and a comma for decimals (the Maghreb style); here write “{{expected}}”.',
      },
      anglo: {
        ar: '«{{actual}}» مكتوب بالفاصلة للآلاف والنقطة للكسور؛ في هذه الوثيقة (الأسلوب المغاربي) يُكتب «{{expected}}».',
        en: '“{{actual}}” uses a comma to group and a point for decimals; here (the Maghreb style) write “{{expected}}”.',
      },
      write: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const decimalComma = context.options.decimalMark === 'comma';
    return {
      Paragraph({ stream, index }) {
        const numbers = numbersOf(stream);
        const { start, end, raw, info } = numbers;
        const stop = numbers.byParagraph[index + 1]!;
        if (numbers.byParagraph[index] === stop) return;
        for (let n = numbers.byParagraph[index]!; n < stop; n++) {
          const verdict = checkNumber(raw[n]!, info[n]!, decimalComma);
          if (!verdict) continue;
          const range = [start[n]!, end[n]!] as const;
          const { messageId, candidates } = verdict;
          const data = { actual: raw[n]!, expected: candidates[0]! };
          if (verdict.fix)
            context.report({ range, messageId, data, expected: candidates, fix: { range, text: candidates[0]! } });
          else
            context.report({
              range,
              messageId,
              data,
              expected: candidates,
              severity: verdict.severity!,
              suggest: candidates.map((expected) => ({
                messageId: 'write',
                data: { expected },
                fix: { range, text: expected },
              })),
            });
        }
        // A white-space token of one space or no-break space, by its char code (-1 for anything else).
        const spaceChar = (i: number): number => (stream.kind[i] === SPACE ? charOf(stream, i) : -1);
        for (let n = numbers.byParagraph[index]!; n < stop; n++) {
          const j = splitRunEnd(numbers, spaceChar, n, stop);
          if (j === n) continue;
          const system: TargetSystem = info[n]!.digits[0] === 'latn' ? 'latn' : 'arab';
          const actual = context.text.slice(start[n]!, end[j]!);
          const expected = raw.slice(n, j + 1).join(SIGNS[system].group);
          const range = [start[n]!, end[j]!] as const;
          context.report({
            range,
            messageId: 'split',
            data: { actual, expected },
            expected: [expected],
            severity: 'warning',
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
          n = j;
        }
      },
    };
  },
});

export default separators;

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
import type { Paragraph } from 'nlcst';
import { parseNumber } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { SIGNS, type TargetSystem } from './digits.js';
import { numbersIn, paragraphTokens, type NumberSpan, type Token } from './tokens.js';

interface Options {
  decimalMark: 'point' | 'comma';
}

const THIN = /[\u202f\u2009]/g;

function systemOf(span: NumberSpan): TargetSystem | undefined {
  if (span.info.digits.length !== 1) return undefined;
  return span.info.digits[0] === 'latn' ? 'latn' : 'arab';
}

/** Digit runs between the marks of a raw number. */
function groupsOf(raw: string): string[] {
  return raw.split(/[^0-9\u0660-\u0669\u06f0-\u06f9]/);
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
    const comma = context.options.decimalMark === 'comma';

    const suggest = (span: NumberSpan, messageId: string, candidates: readonly string[], severity: 'warning' | 'error' = 'warning'): void => {
      const range = [span.start, span.end] as const;
      context.report({
        range,
        messageId,
        data: { actual: span.raw, expected: candidates[0]! },
        expected: candidates,
        severity,
        suggest: candidates.map((expected) => ({ messageId: 'write', data: { expected }, fix: { range, text: expected } })),
      });
    };

    const fix = (span: NumberSpan, messageId: string, expected: string): void => {
      const range = [span.start, span.end] as const;
      context.report({ range, messageId, data: { actual: span.raw, expected }, expected: [expected], fix: { range, text: expected } });
    };

    const checkNumber = (span: NumberSpan): void => {
      const system = systemOf(span);
      if (!system) return; // a mixed number is digit-system's
      const signs = SIGNS[system];
      const raw = span.raw;

      if (raw.includes('\u060c')) {
        const parts = raw.split('\u060c');
        const after = parts.slice(1);
        if (after.length > 1 && after.every((p) => /^\d{3}$|^[\u0660-\u0669\u06f0-\u06f9]{3}$/.test(p))) {
          fix(span, 'arabicComma', parts.join(signs.group));
        } else if (after.length === 1 && after[0]!.length !== 3) {
          fix(span, 'arabicComma', parts.join(signs.decimal));
        } else if (after.length === 1) {
          suggest(span, 'arabicCommaAmbiguous', [parts.join(signs.decimal), parts.join(signs.group)], 'error');
        }
        return;
      }

      const wrong = system === 'latn' ? /[\u066c\u066b]/ : /[,.]/;
      if (wrong.test(raw)) {
        const expected = system === 'latn' ? raw.replace(/\u066c/g, ',').replace(/\u066b/g, '.') : raw.replace(/,/g, '\u066c').replace(/\./g, '\u066b');
        if (parseNumber(expected).value !== null) {
          fix(span, 'otherSystem', expected);
        } else {
          // «١,٥»: not a valid grouping, so the comma was probably meant as the decimal mark
          const single = raw.split(/[,\u066c]/).length === 2 && !/[.\u066b]/.test(raw);
          const decimal = raw.replace(/[,\u066c]/, signs.decimal);
          suggest(span, 'otherSystem', single ? [decimal, expected] : [expected], 'error');
        }
        return;
      }

      if (THIN.test(raw)) {
        THIN.lastIndex = 0;
        suggest(span, 'thinSpace', [raw.replace(THIN, signs.group)]);
        return;
      }

      if (system !== 'latn') return;
      const groups = groupsOf(raw);
      const marks = raw.replace(/\d/g, '');
      const tail = groups.slice(1);
      if (!comma) {
        // «1.500,00» or «1.500.000»
        const continental = /^\.+,?$/.test(marks) && (marks.length > 1 || marks === '.,') && tail.slice(0, marks.replace(',', '').length).every((g) => g.length === 3);
        if (continental) suggest(span, 'continental', [raw.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'))]);
      } else {
        const anglo = /^,+\.?$/.test(marks) && (marks.length > 1 || marks === ',.') && tail.slice(0, marks.replace('.', '').length).every((g) => g.length === 3);
        if (anglo) suggest(span, 'anglo', [raw.replace(/[.,]/g, (m) => (m === '.' ? ',' : '.'))]);
      }
    };

    /** «1 500», «2 000 000»: numbers of one to three digits, then groups of three, split by one space. */
    const checkSplit = (tokens: readonly Token[], spans: readonly NumberSpan[]): void => {
      for (let i = 0; i < spans.length; i++) {
        const head = spans[i]!;
        if (!/^\d{1,3}$|^[\u0660-\u0669]{1,3}$/.test(head.raw)) continue;
        let j = i;
        while (j + 1 < spans.length) {
          const next = spans[j + 1]!;
          const gap = tokens[spans[j]!.last + 1];
          if (next.first !== spans[j]!.last + 2 || gap?.type !== 'WhiteSpaceNode' || !/^[ \u00a0]$/.test(gap.value) || next.prefix !== '') break;
          if (!/^\d{3}$|^[\u0660-\u0669]{3}$/.test(next.raw) || next.info.digits[0] !== head.info.digits[0]) break;
          j++;
        }
        if (j === i) continue;
        const last = spans[j]!;
        const system: TargetSystem = head.info.digits[0] === 'latn' ? 'latn' : 'arab';
        const actual = context.text.slice(head.start, last.end);
        const expected = spans.slice(i, j + 1).map((s) => s.raw).join(SIGNS[system].group);
        const range = [head.start, last.end] as const;
        context.report({
          range,
          messageId: 'split',
          data: { actual, expected },
          expected: [expected],
          severity: 'warning',
          suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
        });
        i = j;
      }
    };

    return {
      ParagraphNode(node: Paragraph) {
        const tokens = paragraphTokens(node);
        const spans = numbersIn(tokens);
        for (const span of spans) checkNumber(span);
        checkSplit(tokens, spans);
      },
    };
  },
});

export default separators;


/**
 * One digit system per document (conventions §1.4 N3, N4, N7).
 *
 * Every number of every paragraph is collected first; at the end of the
 * document the target system is known: the house style (`style.digits`:
 * `western` or `arabic-indic`) or, with `consistent` (the default), the
 * system most numbers use (no target on a tie). Then:
 *   - a number that mixes two systems («2٠25») is an error;
 *   - Persian digits («۲۰۲۴») are an error (they look Arabic but are not);
 *   - a number in the other system is a style finding.
 * Each fix rewrites the digits and the number's group and decimal marks
 * together. Numbers next to a Latin word («Windows 11») are left alone
 * when the target is Arabic-Indic.
 */
import { defineRule } from '@bayan/core';
import { convertNumber, styleSystem, type TargetSystem } from './digits.js';
import { isWordWith, nextIndex, numbersOf, prevIndex, Word, wordFlags } from './tokens.js';

const PLURAL_AR = new Intl.PluralRules('ar');

/** `arabicNumbers` of the counts asked so far (small integers: a few hundred at most). */
const ARABIC_NUMBERS = new Map<number, string>();

/** «عددين», «4 أعداد», «12 عددًا», «100 عدد»: the count of numbers with the noun agreeing (after من). */
function arabicNumbers(n: number): string {
  let text = ARABIC_NUMBERS.get(n);
  if (text === undefined) {
    text = arabicNumbersOf(n);
    if (ARABIC_NUMBERS.size >= 1000) ARABIC_NUMBERS.clear();
    ARABIC_NUMBERS.set(n, text);
  }
  return text;
}

function arabicNumbersOf(n: number): string {
  switch (PLURAL_AR.select(n)) {
    case 'one':
      return 'عدد واحد';
    case 'two':
      return 'عددين';
    case 'few':
      return `${n} أعداد`;
    case 'many':
      return `${n} عددًا`;
    default:
      return `${n} عدد`;
  }
}

export const digitSystem = defineRule({
  meta: {
    id: 'numbers/digit-system',
    type: 'problem',
    docs: {
      description: {
        ar: 'نظام أرقام واحد في الوثيقة، ولا أرقام فارسية ولا خلط بين نظامين في عدد واحد.',
        en: 'One digit system per document; no Persian digits and no two systems in one number.',
      },
      recommended: true,
      url: 'rules/numbers/docs/digit-system.md',
    },
    fixable: true,
    messages: {
      mixed: {
        ar: 'العدد «{{actual}}» يخلط نظامين من الأرقام؛ الصواب «{{expected}}».',
        en: 'The number “{{actual}}” mixes two digit systems; write “{{expected}}”.',
      },
      persian: {
        ar: 'العدد «{{actual}}» مكتوب بالأرقام الفارسية (۰–۹) لا بالأرقام العربية؛ الصواب «{{expected}}».',
        en: 'The number “{{actual}}” uses Persian digits (۰–۹), which are not Arabic digits; write “{{expected}}”.',
      },
      houseWestern: {
        ar: 'أسلوب الدار الأرقام الغربية (0–9): اكتب «{{expected}}» بدل «{{actual}}».',
        en: 'House style uses Western digits (0–9): write “{{expected}}” instead of “{{actual}}”.',
      },
      houseArabic: {
        ar: 'أسلوب الدار الأرقام العربية المشرقية (٠–٩): اكتب «{{expected}}» بدل «{{actual}}».',
        en: 'House style uses Arabic-Indic digits (٠–٩): write “{{expected}}” instead of “{{actual}}”.',
      },
      minority: {
        ar: '{{majority}} من {{totalNumbers}} في الوثيقة بنظام آخر من الأرقام؛ اكتب «{{expected}}» بدل «{{actual}}».',
        en: '{{majority}} of the {{totalNumbers}} in this document use the other digit system; write “{{expected}}” instead of “{{actual}}”.',
      },
    },
  },
  create(context) {
    return {
      Prose(stream) {
        const numbers = numbersOf(stream);
        if (numbers.count === 0) return;
        const counts = { latn: 0, arab: 0 };
        for (const { digits } of numbers.info) {
          const only = digits[0];
          const other = digits[1];
          if (other === undefined && (only === 'latn' || only === 'arab')) counts[only]++;
        }
        const house = styleSystem(context.style.digits);
        const majority: TargetSystem | undefined =
          counts.latn > counts.arab ? 'latn' : counts.arab > counts.latn ? 'arab' : undefined;
        const target = house ?? majority;
        const total = counts.latn + counts.arab;
        // Numbers next to a Latin word («Windows 11»), by number index: they keep their digits when the
        // target is Arabic-Indic (only then asked).
        const nearLatin = new Uint8Array(target === 'arab' ? numbers.count : 0);
        if (target === 'arab') {
          const flags = wordFlags(stream);
          for (let p = 0; p < stream.paragraphCount; p++) {
            const from = stream.paragraphStart[p]!;
            const to = stream.paragraphEnd[p]!;
            for (let n = numbers.byParagraph[p]!; n < numbers.byParagraph[p + 1]!; n++) {
              const before = prevIndex(stream, numbers.first[n]!, from);
              const after = nextIndex(stream, numbers.last[n]!, to);
              nearLatin[n] =
                isWordWith(stream, flags, before, Word.Latin) || isWordWith(stream, flags, after, Word.Latin) ? 1 : 0;
            }
          }
        }
        // The count with its noun, agreeing in number in each language («3 من 4 أعداد», «11 من 12 عددًا»): once per document.
        let totalNumbers: string | undefined;

        for (let n = 0; n < numbers.count; n++) {
          const systems = numbers.info[n]!.digits;
          // Most numbers are in the target system: nothing to say about them.
          if (systems.length === 1 && systems[0] !== 'arabext' && (!target || systems[0] === target)) continue;
          const raw = numbers.raw[n]!;
          const range = [numbers.start[n]!, numbers.end[n]!] as const;
          let messageId: string;
          let to: TargetSystem;
          const data: Record<string, string | number> = { actual: raw };
          if (systems.length > 1) {
            messageId = 'mixed';
            to = target ?? (systems[0] === 'latn' ? 'latn' : 'arab');
          } else if (systems[0] === 'arabext') {
            messageId = 'persian';
            to = target ?? 'arab';
          } else if (target && systems[0] !== target && !(nearLatin[n] && target === 'arab')) {
            to = target;
            if (house) {
              messageId = house === 'latn' ? 'houseWestern' : 'houseArabic';
            } else {
              messageId = 'minority';
              data.majority = counts[target];
              data.totalNumbers = totalNumbers ??=
                context.locale === 'ar' ? arabicNumbers(total) : `${total} ${total === 1 ? 'number' : 'numbers'}`;
            }
          } else {
            continue;
          }
          const expected = convertNumber(raw, to);
          data.expected = expected;
          context.report({
            range,
            messageId,
            data,
            actual: raw,
            expected: [expected],
            fix: { range, text: expected },
            severity: messageId === 'mixed' || messageId === 'persian' ? 'error' : 'warning',
          });
        }
      },
    };
  },
});

export default digitSystem;

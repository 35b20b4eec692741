// Whatever the input, the grammar rules never crash, report inside the text, and every
// suggestion changes the text only inside its finding's range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint, parseDocument, type Format } from '@bayan/core';
import { pack } from '../src/index.js';

const PIECES = [
  'قال',
  'وقالت',
  'الوزير',
  'أن',
  'أنّه',
  'إن',
  'ان',
  'حيث',
  'بحيث',
  'لا',
  'بد',
  'لابد',
  'وأن',
  'على',
  'في',
  'من',
  'إلى',
  'للمدينة',
  'بالمدينة',
  'مع',
  'بين',
  'المشاركون',
  'الطرفان',
  'للمتضررون',
  'عدد',
  'أوضاع',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'الخطة',
  'الاجتماع',
  'عضو',
  'أعضاء',
  'مليون',
  'طبيب',
  'سوداني',
  'سودانيًا',
  '87',
  '3',
  '٢٢',
  '4.3',
  '2024/9',
  'بـ500',
  'و4',
  'ُ',
  'ّ',
  'ـ',
  '«',
  '»',
  '“',
  '"',
  ':',
  '،',
  '.',
  '؟',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\u200f',
  'a',
  '**',
  '<b>',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const rules = pack.rules.map((rule) => ({
  rule,
  severity: 'warning' as const,
  options: { ...(rule.meta.defaultOptions ?? {}) },
}));

describe('grammar pack on arbitrary input', () => {
  it.each(['text', 'markdown', 'html'] as Format[])(
    '%s: no crash, ranges inside the text, suggestions inside their finding',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(text, async (input) => {
          const parsed = parseDocument(input, { format });
          if (!parsed.ok) return;
          const findings = await lint(parsed.document, { rules, locale: 'en' });
          for (const f of findings) {
            expect(f.ruleId).not.toBe('bayan/rule-error');
            const { start, end } = f.place;
            expect(0 <= start.offset && start.offset < end.offset && end.offset <= input.length).toBe(true);
            for (const s of f.suggestions ?? []) {
              const out = applyFixes(input, [s.fix]).output;
              expect(out).not.toBe(input);
              expect(out.slice(0, start.offset)).toBe(input.slice(0, start.offset));
              expect(out.slice(out.length - (input.length - end.offset))).toBe(input.slice(end.offset));
            }
          }
        }),
        { numRuns: 300 },
      );
    },
    60_000,
  );
});

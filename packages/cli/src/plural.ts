/**
 * Arabic counted nouns with the agreement Intl.PluralRules('ar') selects:
 * zero, one (the noun + واحد/واحدة), two (the dual, no numeral), few (3–10:
 * the plural), many (11–99: the singular as tamyiz), other (100, 101…: the
 * singular).
 */
export interface ArabicNoun {
  zero: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}

const rules = new Intl.PluralRules('ar');

/** «3 أخطاء», «خطآن», «11 خطأً»: `{n}` in a form is the number. */
export function arabicCount(n: number, noun: ArabicNoun): string {
  const category = rules.select(n) as keyof ArabicNoun;
  return noun[category].replace('{n}', String(n));
}

export const NOUNS = {
  problem: {
    zero: 'لا مشكلات',
    one: 'مشكلة واحدة',
    two: 'مشكلتان',
    few: '{n} مشكلات',
    many: '{n} مشكلة',
    other: '{n} مشكلة',
  },
  error: { zero: 'لا أخطاء', one: 'خطأ واحد', two: 'خطآن', few: '{n} أخطاء', many: '{n} خطأً', other: '{n} خطأ' },
  warning: {
    zero: 'لا تنبيهات',
    one: 'تنبيه واحد',
    two: 'تنبيهان',
    few: '{n} تنبيهات',
    many: '{n} تنبيهًا',
    other: '{n} تنبيه',
  },
  info: {
    zero: 'لا ملاحظات',
    one: 'ملاحظة واحدة',
    two: 'ملاحظتان',
    few: '{n} ملاحظات',
    many: '{n} ملاحظة',
    other: '{n} ملاحظة',
  },
} satisfies Record<string, ArabicNoun>;

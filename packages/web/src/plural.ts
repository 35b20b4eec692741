/**
 * Arabic counts with the noun in the form grammar asks for. Intl.PluralRules('ar')
 * gives the category: zero (0), one (1), two (2), few (3–10, 103–110…),
 * many (11–99, 111–199…), other (100, 101, 102, 200…).
 */
export type PluralForms = Record<Intl.LDMLPluralRule, (n: string) => string>;

const rules = new Intl.PluralRules('ar');

export function arCount(n: number, forms: PluralForms): string {
  return forms[rules.select(n)](String(n));
}

export const AR = {
  problems: {
    zero: () => 'لا مشكلات',
    one: () => 'مشكلة واحدة',
    two: () => 'مشكلتان',
    few: (n) => `${n} مشكلات`,
    many: (n) => `${n} مشكلةً`,
    other: (n) => `${n} مشكلة`,
  },
  errors: {
    zero: () => 'لا أخطاء',
    one: () => 'خطأ واحد',
    two: () => 'خطآن',
    few: (n) => `${n} أخطاء`,
    many: (n) => `${n} خطأً`,
    other: (n) => `${n} خطأ`,
  },
  warnings: {
    zero: () => 'لا تنبيهات',
    one: () => 'تنبيه واحد',
    two: () => 'تنبيهان',
    few: (n) => `${n} تنبيهات`,
    many: (n) => `${n} تنبيهًا`,
    other: (n) => `${n} تنبيه`,
  },
  infos: {
    zero: () => 'لا ملاحظات',
    one: () => 'ملاحظة واحدة',
    two: () => 'ملاحظتان',
    few: (n) => `${n} ملاحظات`,
    many: (n) => `${n} ملاحظةً`,
    other: (n) => `${n} ملاحظة`,
  },
  fixes: {
    zero: () => 'لا إصلاحات',
    one: () => 'إصلاح واحد',
    two: () => 'إصلاحان',
    few: (n) => `${n} إصلاحات`,
    many: (n) => `${n} إصلاحًا`,
    other: (n) => `${n} إصلاح`,
  },
} satisfies Record<string, PluralForms>;

export function enCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

import type { Locale, Localized } from './types.js';

/**
 * Fills `{{name}}` placeholders. Unknown placeholders stay as written so a
 * missing datum is visible rather than silently blank.
 */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function localize(text: Localized | string, locale: Locale, data?: Record<string, string | number>): string {
  const template = typeof text === 'string' ? text : text[locale] || text.en || text.ar;
  return interpolate(template, data);
}

/** Engine messages (not owned by any rule). */
export const engineMessages = {
  ruleError: {
    ar: 'تعطلت القاعدة «{{rule}}» أثناء فحص الملف: {{error}}',
    en: 'Rule “{{rule}}” crashed while checking this file: {{error}}',
  },
  parseError: {
    ar: 'تعذّر قراءة الملف: {{reason}}',
    en: 'The file could not be read: {{reason}}',
  },
} satisfies Record<string, Localized>;

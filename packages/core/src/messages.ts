import type { Locale, Localized } from './types.js';

/** A template cut at its placeholders: texts[0] key[0] texts[1] … texts[n]; `wholes` the placeholders as written. */
interface Compiled {
  texts: string[];
  keys: string[];
  wholes: string[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** Templates cut once: rules report from a few hundred templates, a finding each time. Bounded. */
const compiled = new Map<string, Compiled>();
const COMPILED_LIMIT = 2000;

function compile(template: string): Compiled {
  let known = compiled.get(template);
  if (known) return known;
  known = { texts: [], keys: [], wholes: [] };
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    known.texts.push(template.slice(at, match.index));
    known.keys.push(match[1]!);
    known.wholes.push(match[0]);
    at = match.index + match[0].length;
  }
  known.texts.push(template.slice(at));
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  compiled.set(template, known);
  return known;
}

/**
 * Fills `{{name}}` placeholders. Unknown placeholders stay as written so a
 * missing datum is visible rather than silently blank.
 */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  const { texts, keys, wholes } = compile(template);
  let out = texts[0]!;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out += (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : wholes[i]!) + texts[i + 1]!;
  }
  return out;
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

import type { JsonSchema, RulePack } from '@bayan/core';
import type { PackInfo } from './protocol.js';

/** The values a style schema allows, when it is a list of choices (an enum, or anyOf with one). */
export function choices(schema: JsonSchema | undefined): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as { enum?: unknown[]; anyOf?: JsonSchema[] };
  if (Array.isArray(s.enum)) return s.enum.filter((v): v is string => typeof v === 'string');
  if (Array.isArray(s.anyOf))
    for (const branch of s.anyOf) {
      const found = choices(branch);
      if (found.length > 0) return found;
    }
  return [];
}

export function packInfo(pack: RulePack): PackInfo {
  const settings = pack.settingsSchema as { properties?: Record<string, unknown> } | undefined;
  return {
    name: pack.name,
    description: { ar: pack.description.ar, en: pack.description.en },
    presets: Object.keys(pack.presets ?? {}).map((p) => `${pack.name}/${p}`),
    style: Object.entries(pack.styleSchema ?? {}).flatMap(([key, schema]) => {
      const values = choices(schema);
      return values.length > 0 ? [{ key, values }] : [];
    }),
    dictionaries: Boolean(settings?.properties && 'dictionaries' in settings.properties),
    rules: pack.rules.length,
  };
}

/**
 * The editor's choices, remembered in localStorage: language, preset, style
 * options, draft format and house dictionaries. What is read back is checked
 * field by field; anything malformed falls back to the default.
 */
import type { Format, Locale } from '@bayan/core';
import { DEFAULT_OPTIONS, type PageOptions } from './engine.js';

export const STORAGE_KEY = 'bayan.web.settings.v1';

export interface Settings {
  locale: Locale;
  format: Format;
  options: PageOptions;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'ar', format: 'text', options: DEFAULT_OPTIONS };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSettings(raw: string | null): Settings {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : null;
  } catch {
    data = null;
  }
  if (!isRecord(data)) return structuredClone(DEFAULT_SETTINGS);
  const options = isRecord(data.options) ? data.options : {};
  const style: Record<string, string> = {};
  if (isRecord(options.style))
    for (const [k, v] of Object.entries(options.style)) if (typeof v === 'string') style[k] = v;
  const dictionaries: PageOptions['dictionaries'] = {};
  if (isRecord(options.dictionaries)) {
    for (const [pack, files] of Object.entries(options.dictionaries)) {
      if (!Array.isArray(files)) continue;
      const ok = files.filter(
        (f): f is { file: string; text: string } =>
          isRecord(f) && typeof f.file === 'string' && typeof f.text === 'string',
      );
      if (ok.length > 0) dictionaries[pack] = ok.map((f) => ({ file: f.file, text: f.text }));
    }
  }
  return {
    locale: data.locale === 'en' ? 'en' : 'ar',
    format: data.format === 'markdown' || data.format === 'html' ? data.format : 'text',
    options: {
      preset: typeof options.preset === 'string' && options.preset !== '' ? options.preset : 'recommended',
      style,
      dictionaries,
    },
  };
}

export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined): Settings {
  try {
    return parseSettings(storage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: Settings): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the choices last for this visit only.
  }
}

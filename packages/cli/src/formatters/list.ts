/**
 * The one list of output formats. `--format` accepts these names, the help
 * (and so the README) describes them from here, and each formatter module is
 * loaded only when asked for, to keep the command's start-up short. A new
 * format is one entry here.
 */
import type { Formatter } from '../result.js';

interface FormatterEntry {
  /** What the help says after the name (empty: nothing). */
  note: string;
  load(): Promise<Formatter>;
}

export const FORMATTERS = {
  stylish: { note: 'default', load: async () => (await import('./stylish.js')).stylish },
  json: { note: 'ESLint-compatible', load: async () => (await import('./json.js')).json },
  sarif: { note: '2.1.0', load: async () => (await import('./sarif.js')).sarif },
  github: { note: 'workflow annotations', load: async () => (await import('./github.js')).github },
  junit: { note: '', load: async () => (await import('./junit.js')).junit },
} as const satisfies Record<string, FormatterEntry>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

/** Loads one formatter by name (undefined for a name that is not in the list). */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return isFormatName(name) ? FORMATTERS[name].load() : undefined;
}

/** "stylish (default), json (ESLint-compatible), … or junit", for the help. */
export function describeFormats(): string {
  const items = FORMATS.map((name) => {
    const { note } = FORMATTERS[name] as FormatterEntry;
    return note ? `${name} (${note})` : name;
  });
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}` : (items[0] ?? '');
}

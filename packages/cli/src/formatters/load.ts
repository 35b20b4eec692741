import type { Formatter } from '../result.js';

/** Loads one formatter (each only when asked for, to keep the command's start-up short). */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
    default:
      return undefined;
  }
}

/**
 * Rule documentation on disk. A rule's `meta.docs.url` is relative to the
 * repository root (`rules/<pack>/docs/<id>.md`); the server looks for that
 * path in the folders above its own module, which finds the repository in a
 * checkout and the extension's root in the VS Code bundle (where the docs are
 * copied under the same relative paths).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

export class RuleDocs {
  readonly #from: string;
  readonly #paths = new Map<string, string | null>();
  readonly #texts = new Map<string, string | null>();

  /** `from`: the folder to start looking in (default: this module's folder). */
  constructor(from = dirname(fileURLToPath(import.meta.url))) {
    this.#from = from;
  }

  /** Absolute path of the doc file, or null when it is not on disk. */
  path(url: string | undefined): string | null {
    if (!url || ABSOLUTE.test(url)) return null;
    let found = this.#paths.get(url);
    if (found !== undefined) return found;
    found = null;
    for (let dir = this.#from; ; dir = dirname(dir)) {
      const candidate = join(dir, url);
      if (existsSync(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    this.#paths.set(url, found);
    return found;
  }

  /** The link for `codeDescription.href`: the URL itself when absolute, else the file's URI. */
  href(url: string | undefined): string | null {
    if (url && ABSOLUTE.test(url)) return url;
    const path = this.path(url);
    return path ? pathToFileURL(path).href : null;
  }

  /** The doc's Markdown text, or null. */
  text(url: string | undefined): string | null {
    const path = this.path(url);
    if (!path) return null;
    let text = this.#texts.get(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = null;
      }
      this.#texts.set(path, text);
    }
    return text;
  }
}

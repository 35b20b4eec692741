/**
 * What a host remembers across runs about the content of a data file (a user's
 * dictionary): strings only, which the reader parses as JSON and checks,
 * never code. The command line keeps them in a per-user folder
 * (packages/cli/src/data-cache.ts); the language server and the web checker
 * set none, and then every data file is loaded and checked in full each time.
 *
 * The host names an entry by `key` (what the reader's outcome depends on: its
 * format, the schema) and the content's bytes together, and adds its own
 * version; the reader never sees a value stored for another content or key.
 */
export interface ContentCache {
  /** The value stored for this key and content, or undefined (none, unreadable, or not trusted). */
  get(key: string, content: string): string | undefined;
  /** Stores a value for this key and content (failures are silent: a cache only saves time). */
  set(key: string, content: string, value: string): void;
}

let current: ContentCache | null = null;

/** Sets the host's cache (null: none), for every data file loaded in this thread from now on. */
export function setContentCache(cache: ContentCache | null): void {
  current = cache;
}

/** The host's cache, or null when the host keeps none. */
export function contentCache(): ContentCache | null {
  return current;
}

/**
 * Process-wide memos for analyses that depend on one word alone. Documents
 * share most of their words (a newsroom's releases, a corpus, the files of one
 * run), so an analysis computed for a word in one document is reused by every
 * later document instead of being computed again per document.
 *
 * A word-entry memo is an array indexed by the entry's `serial` (no hashing:
 * one array read per question); a string memo is a Map, emptied when it
 * reaches its limit.
 */
import type { WordEntry } from './stream.js';

/** `fn`, remembered per key string (at most `limit` keys, then forgotten all at once). */
export function memoize<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}

/**
 * Serials past this are answered without a memo: the arrays stay under a few
 * megabytes even in a language server that has seen millions of distinct
 * words (the tokenizer's table of entries is bounded, and new entries take new serials).
 */
const MAX_SERIAL = 1 << 22;

function grownLength(serial: number, length: number): number {
  return Math.min(MAX_SERIAL, Math.max(serial + 1, length * 2, 1024));
}

/**
 * `fn`, remembered per word entry (`stream.words[id]`): the tokenizer gives one
 * entry object to every occurrence of a word in every document, so this is one
 * computation per distinct word per process. `fn` must depend on the word only,
 * never on settings or on the document.
 */
export function memoizeWord<T>(fn: (entry: WordEntry) => T): (entry: WordEntry) => T {
  let values: T[] = [];
  let done = new Uint8Array(0);
  return (entry) => {
    const serial = entry.serial;
    if (serial < done.length) {
      if (done[serial] === 1) return values[serial]!;
    } else if (serial < MAX_SERIAL) {
      const length = grownLength(serial, done.length);
      const grown = new Uint8Array(length);
      grown.set(done);
      done = grown;
      values = values.concat(new Array<T>(length - values.length));
    } else {
      return fn(entry);
    }
    const value = fn(entry);
    values[serial] = value;
    done[serial] = 1;
    return value;
  };
}

/** Not yet computed, in `memoizeWordInt`'s array. */
const UNSET = -0x80000000;

/**
 * `memoizeWord` for answers that are 32-bit integers (flags, an index into a
 * rule's table), kept in an Int32Array. −2³¹ is not a valid answer.
 */
export function memoizeWordInt(fn: (entry: WordEntry) => number): (entry: WordEntry) => number {
  let values = new Int32Array(0);
  return (entry) => {
    const serial = entry.serial;
    if (serial < values.length) {
      const value = values[serial]!;
      if (value !== UNSET) return value;
    } else if (serial < MAX_SERIAL) {
      const grown = new Int32Array(grownLength(serial, values.length)).fill(UNSET);
      grown.set(values);
      values = grown;
    } else {
      return fn(entry);
    }
    const value = fn(entry);
    values[serial] = value;
    return value;
  };
}

/**
 * A scratch typed array reused from document to document: `buffer` itself when it holds at least `size`
 * elements (its contents as the last document left them), else a new zeroed one of at least twice its
 * length, so a run of growing documents allocates a few times, not once per document.
 */
export function atLeast<T extends Int32Array | Uint8Array>(buffer: T, size: number): T {
  if (buffer.length >= size) return buffer;
  const Kind = buffer.constructor as new (length: number) => T;
  return new Kind(Math.max(size, 2 * buffer.length));
}

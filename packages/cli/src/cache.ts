/**
 * The result cache (--cache). An entry is keyed by the file's content, the
 * resolved config that applies to it and Bayan's version, so any change to
 * one of them lints the file again.
 *
 * The cache is one JSON file: `{"bayanResultCache": 2, "entries": {path: {key, findings}}}`. It was kept
 * with file-entry-cache before; that library's store (flat-cache, in the
 * circular-JSON format of flatted) took most of a run whose files had not
 * changed: 1,200 cached files spent about 1 s loading it and 0.5 s saving it,
 * where JSON.parse and JSON.stringify of the same findings take tens of
 * milliseconds. Only the key-value part of that library was used.
 *
 * A missing or unreadable file, or one in another shape (an older Bayan's,
 * another tool's), starts an empty cache; nothing in it is ever run, only
 * parsed as JSON. The file is written only when an entry changed, through a
 * temporary file renamed over it, so an interrupted run never leaves half a
 * cache. Entries of files this run did not check are kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '@bayan/core';

interface Entry {
  key: string;
  findings: Finding[];
}

const FORMAT = 2;

function readEntries(file: string): Record<string, Entry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {}; // none yet, unreadable, or not JSON
  }
  const store = parsed as { bayanResultCache?: unknown; entries?: unknown };
  if (store?.bayanResultCache !== FORMAT || !store.entries || typeof store.entries !== 'object') return {};
  const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  for (const [path, entry] of Object.entries(store.entries as Record<string, Partial<Entry>>))
    if (entry && typeof entry.key === 'string' && Array.isArray(entry.findings))
      entries[path] = { key: entry.key, findings: entry.findings };
  return entries;
}

export class ResultCache {
  readonly #file: string;
  readonly #entries: Record<string, Entry>;
  #changed = false;
  hits = 0;

  constructor(location: string, cwd: string) {
    this.#file = resolve(cwd, location);
    this.#entries = readEntries(this.#file);
  }

  /** The part of every key a file's config contributes: hashed once per config, not once per file. */
  static configDigest(configKey: string, version: string): string {
    return createHash('sha256').update(version).update('\0').update(configKey).digest('hex');
  }

  static key(text: string, configDigest: string): string {
    return createHash('sha256').update(configDigest).update('\0').update(text).digest('hex');
  }

  get(path: string, key: string): Finding[] | undefined {
    const entry = this.#entries[path];
    if (entry && entry.key === key) {
      this.hits++;
      return entry.findings;
    }
    return undefined;
  }

  set(path: string, key: string, findings: Finding[]): void {
    this.#entries[path] = { key, findings };
    this.#changed = true;
  }

  /** Writes the cache file, when an entry changed. */
  save(): void {
    if (!this.#changed) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify({ bayanResultCache: FORMAT, entries: this.#entries }));
      renameSync(temporary, this.#file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    this.#changed = false;
  }
}

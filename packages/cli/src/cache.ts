/**
 * The result cache (--cache). An entry is keyed by the file's content, the
 * resolved config that applies to it and Bayan's version, so any change to
 * one of them lints the file again. Stored with file-entry-cache.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import fileEntryCache, { type FileEntryCache } from 'file-entry-cache';
import type { Finding } from '@bayan/core';

interface Entry {
  key: string;
  findings: Finding[];
}

export class ResultCache {
  readonly #cache: FileEntryCache;
  hits = 0;

  constructor(location: string, cwd: string) {
    this.#cache = fileEntryCache.createFromFile(resolve(cwd, location), false);
  }

  static key(text: string, configKey: string, version: string): string {
    return createHash('sha256').update(version).update('\0').update(configKey).update('\0').update(text).digest('hex');
  }

  get(path: string, key: string): Finding[] | undefined {
    const data = this.#cache.cache.getKey(path) as Entry | undefined;
    if (data && data.key === key) {
      this.hits++;
      return data.findings;
    }
    return undefined;
  }

  set(path: string, key: string, findings: Finding[]): void {
    this.#cache.cache.setKey(path, { key, findings } satisfies Entry);
  }

  save(): void {
    this.#cache.cache.save(true);
  }
}

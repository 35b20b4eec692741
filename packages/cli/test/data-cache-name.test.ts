// The data cache's file names (data-cache.ts `nameOf`): the content is hashed as UTF-16 code units a
// chunk at a time; the name is the SHA-256 of the whole text at once, a surrogate pair cut by a chunk's
// end included, and any change of the content changes it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nameOf } from '../src/data-cache.js';
import { VERSION } from '../src/version.js';

const whole = (stamp: string, key: string, content: string): string => {
  const hash = createHash('sha256');
  for (const part of [VERSION, stamp, key]) hash.update(part).update('\0');
  return hash.update(Buffer.from(content, 'utf16le')).digest('hex');
};

describe('nameOf', () => {
  it('is the SHA-256 of the whole content as UTF-16, for short and long texts', () => {
    // A long text whose surrogate pair (𝕏) straddles the first chunk's end (32,768 code units).
    const long = `${'بيان '.repeat(6553)}ab𝕏${'نص '.repeat(20000)}`;
    expect(long.charCodeAt(32767)).toBe(0xd835);
    for (const content of ['', 'قطاع غزة', long, long.slice(0, 32768), long.slice(0, 65536)])
      expect(nameOf('stamp', 'key', content)).toBe(whole('stamp', 'key', content));
    expect(nameOf('stamp', 'key', long)).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('changes with any code unit of the content, the key or the stamp', () => {
    const long = 'نص '.repeat(40000);
    const name = nameOf('stamp', 'key', long);
    const changed = `${long.slice(0, 70000)}ن${long.slice(70001)}`;
    expect(changed.length).toBe(long.length);
    expect(nameOf('stamp', 'key', changed)).not.toBe(name);
    expect(nameOf('stamp', 'key', long.slice(0, -1))).not.toBe(name);
    expect(nameOf('stamp', 'key2', long)).not.toBe(name);
    expect(nameOf('stamp2', 'key', long)).not.toBe(name);
  });
});

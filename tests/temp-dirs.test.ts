import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTestTempDirs, testTempDir } from './helpers/temp.js';

describe('test temporary folders', () => {
  it('are made in the temporary folder with their prefix, and removed with what they hold', () => {
    const a = testTempDir('bayan-temp-test-');
    const b = testTempDir('bayan-temp-test-');
    writeFileSync(join(a, 'file.txt'), 'x');
    expect(dirname(a)).toBe(tmpdir());
    expect(a).toMatch(/bayan-temp-test-[A-Za-z0-9]{6}$/);
    expect(a).not.toBe(b);
    removeTestTempDirs();
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
    // Nothing left to remove: a second call does nothing.
    expect(() => removeTestTempDirs()).not.toThrow();
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, parseRuleFlags } from '../src/args.js';
import { main, type Io } from '../src/cli.js';
import { decode, MAX_FILE_BYTES, maxBytesFor, WHOLE_DOCUMENT_BYTES } from '../src/decode.js';
import { shard } from '../src/files.js';
import { CORES_PER_THREAD, warmWorkerCount } from '../src/cores.js';
import {
  AUTO_THREADS_FROM,
  threadCount,
  THREADS_FROM_BYTES,
  WARM_THREADS_FROM_BYTES,
  warmThreads,
} from '../src/phases/lint.js';
import { testTempDir } from '../../../tests/helpers/temp.js';

const TEST_PACK = new URL('../../../tests/cli/helpers/test-pack.mjs', import.meta.url).href;

describe('decode', () => {
  it('keeps the BOM and decodes UTF-8', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x86]), 'en')).toEqual({ ok: true, text: '\uFEFFن' });
  });
  it('refuses NUL bytes, invalid UTF-8, empty and oversized files', () => {
    expect(decode(new Uint8Array([0x61, 0x00]), 'en')).toMatchObject({ ok: false });
    expect(decode(new Uint8Array([0xc3, 0x28]), 'en')).toEqual({
      ok: false,
      reason: 'it is not valid UTF-8 text (save it as UTF-8)',
    });
    expect(decode(new Uint8Array([]), 'ar')).toEqual({ ok: false, reason: 'الملف فارغ', empty: true });
    expect(decode(new Uint8Array(WHOLE_DOCUMENT_BYTES + 1).fill(0x61), 'en', maxBytesFor('markdown'))).toEqual({
      ok: false,
      reason: 'it is larger than 5 MB',
    });
    expect(decode(new Uint8Array(WHOLE_DOCUMENT_BYTES + 1).fill(0x61), 'ar', maxBytesFor('html'))).toEqual({
      ok: false,
      reason: 'حجمه أكبر من 5 ميغابايت',
    });
    expect(decode(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'en', maxBytesFor('text'))).toEqual({
      ok: false,
      reason: 'it is larger than 50 MB',
    });
  });
  it('decodes plain text over the whole-document size, up to 50 MB', () => {
    const decoded = decode(new Uint8Array(WHOLE_DOCUMENT_BYTES + 1).fill(0x61), 'en', maxBytesFor('text'));
    expect(decoded.ok && decoded.text.length).toBe(WHOLE_DOCUMENT_BYTES + 1);
  });
});

describe('threadCount', () => {
  it('gives workers only to runs of 2 MB or more; n is the most, auto follows the size (one thread per MB, 8)', () => {
    expect(THREADS_FROM_BYTES).toBe(2_000_000);
    expect(threadCount({ concurrency: 2 }, 100, 190_000, THREADS_FROM_BYTES, 8)).toBe(1);
    expect(threadCount({ concurrency: 2 }, 1200, 2_300_000, THREADS_FROM_BYTES, 8)).toBe(2);
    expect(threadCount({ concurrency: 4 }, 3, 9_000_000, THREADS_FROM_BYTES, 8)).toBe(3);
    expect(threadCount({ concurrency: 4 }, 1, 9_000_000, THREADS_FROM_BYTES, 8)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, AUTO_THREADS_FROM - 1, 9_000_000, THREADS_FROM_BYTES, 8)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, 100, 1_999_999, THREADS_FROM_BYTES, 8)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, 1200, 2_300_000, THREADS_FROM_BYTES, 8)).toBe(3);
    expect(threadCount({ concurrency: 'auto' }, 5000, 90_000_000, THREADS_FROM_BYTES, 32)).toBe(8);
  });

  it('gives a run at most one thread per two cores (a lint thread keeps about 1.5 cores busy)', () => {
    expect(CORES_PER_THREAD).toBe(2);
    // 2 cores: one thread, asked for 2 or left to auto (a worker made the 1,200-file corpus 1.29× slower).
    expect(threadCount({ concurrency: 2 }, 1200, 2_300_000, THREADS_FROM_BYTES, 2)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, 4800, 9_200_000, THREADS_FROM_BYTES, 2)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, 4800, 9_200_000, THREADS_FROM_BYTES, 3)).toBe(1);
    expect(threadCount({ concurrency: 'auto' }, 4800, 9_200_000, THREADS_FROM_BYTES, 4)).toBe(2);
    expect(threadCount({ concurrency: 8 }, 4800, 9_200_000, THREADS_FROM_BYTES, 8)).toBe(4);
    // BAYAN_THREADS_FROM_BYTES=0 (tests): n threads whatever the size and the cores.
    expect(threadCount({ concurrency: 2 }, 15, 600, 0, 2)).toBe(2);
    expect(threadCount({ concurrency: 4 }, 15, 600, 0, 1)).toBe(4);
  });
});

describe('warmThreads (bayan_d: workers kept between runs)', () => {
  it('keeps one lint thread per two cores in all, as the command: no worker on 2 cores, at most 7', () => {
    expect([1, 2, 3, 4, 5, 8, 16, 64].map((cores) => warmWorkerCount(cores, {}))).toEqual([0, 0, 0, 1, 1, 3, 7, 7]);
    // BAYAN_D_WORKERS, when a number, is the count whatever the cores.
    expect(warmWorkerCount(2, { BAYAN_D_WORKERS: '1' })).toBe(1);
    expect(warmWorkerCount(64, { BAYAN_D_WORKERS: '0' })).toBe(0);
    expect(warmWorkerCount(8, { BAYAN_D_WORKERS: '12' })).toBe(12);
    expect(warmWorkerCount(8, { BAYAN_D_WORKERS: 'two' })).toBe(3);
  });

  it('gives a worker from 256 KB of text, up to its size; --concurrency n is the most', () => {
    const host = warmThreads(1);
    const env = {};
    expect(WARM_THREADS_FROM_BYTES).toBe(256 * 1024);
    expect(host.count({ concurrency: 'auto' }, 1, 9_000_000, env)).toBe(1);
    expect(host.count({ concurrency: 'auto' }, 100, WARM_THREADS_FROM_BYTES - 1, env)).toBe(1);
    expect(host.count({ concurrency: 'auto' }, 100, WARM_THREADS_FROM_BYTES, env)).toBe(2);
    expect(host.count({ concurrency: 'auto' }, 1200, 4_800_000, env)).toBe(2);
    expect(host.count({ concurrency: 1 }, 1200, 4_800_000, env)).toBe(1);
    expect(host.count({ concurrency: 8 }, 1200, 4_800_000, env)).toBe(2);
    expect(warmThreads(3).count({ concurrency: 'auto' }, 2, 4_800_000, env)).toBe(2);
    expect(warmThreads(0).count({ concurrency: 4 }, 1200, 4_800_000, env)).toBe(1);
  });
});

describe('shard', () => {
  it('takes every n-th item starting at the i-th', () => {
    expect(shard([1, 2, 3, 4, 5, 6, 7], 2, 3)).toEqual([2, 5]);
    expect([1, 2, 3].flatMap((i) => shard([1, 2, 3, 4, 5, 6, 7], i, 3)).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('options', () => {
  it('merges repeated --rule values left to right', () => {
    expect(parseRuleFlags(['a/b: off', 'a/c: [error, {x: 1}]', 'a/b: warn'])).toEqual({
      'a/b': 'warn',
      'a/c': ['error', { x: 1 }],
    });
    expect(parseRuleFlags([])).toBeNull();
    expect(() => parseRuleFlags(['a/b: [error'])).toThrow(/--rule 'a\/b: \[error': not valid YAML/);
  });
  it('has defaults', () => {
    expect(parseOptions([])).toMatchObject({
      paths: [],
      format: 'stylish',
      maxWarnings: -1,
      concurrency: 'auto',
      cacheLocation: '.bayancache',
      fix: false,
    });
    expect(parseOptions(['-f', 'json', '-o', 'r.json', '--shard', '2/5', '--concurrency', '3', 'x'])).toMatchObject({
      paths: ['x'],
      format: 'json',
      outputFile: 'r.json',
      shard: { index: 2, count: 5 },
      concurrency: 3,
    });
  });
});

function io(cwd: string, tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = {
    cwd,
    env: { LANG: 'C' },
    stdout: { write: (s: string) => out.push(s), isTTY: tty },
    stderr: { write: (s: string) => err.push(s), isTTY: tty },
    readStdin: async () => new Uint8Array(),
  };
  return { value, out, err };
}

describe('main on a terminal', () => {
  it('draws a progress line on standard error for runs over 50 files, and clears it', async () => {
    const dir = testTempDir('bayan-progress-');
    for (let i = 0; i < 55; i++) writeFileSync(join(dir, `f${i}.txt`), 'نص.\n');
    const t = io(dir, true);
    const code = await main(['--concurrency', '1'], t.value, { packsModule: TEST_PACK });
    expect(code).toBe(0);
    expect(t.err.some((s) => /^\r\u001b\[Kbayan: \d+\/55 files$/.test(s))).toBe(true);
    expect(t.err.at(-1)).toBe('\r\u001b[K');
    // No progress in a pipe.
    const p = io(dir, false);
    await main(['--concurrency', '1'], p.value, { packsModule: TEST_PACK });
    expect(p.err).toEqual([]);
  });

  it('colours and isolates the stylish report on a terminal', async () => {
    const dir = testTempDir('bayan-tty-');
    writeFileSync(join(dir, 'a.txt'), 'نص قي المدينة.\n');
    const t = io(dir, true);
    expect(await main([], t.value, { packsModule: TEST_PACK })).toBe(1);
    const report = t.out.join('');
    expect(report).toContain('\u001b[31m');
    expect(report).toContain('\u2066“قي” should be “في”.\u2069');
    const noColor = io(dir, true);
    noColor.value.env.NO_COLOR = '1';
    await main([], noColor.value, { packsModule: TEST_PACK });
    expect(noColor.out.join('')).not.toContain('\u001b[');
  });
});

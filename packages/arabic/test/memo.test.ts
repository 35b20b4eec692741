import { describe, expect, it } from 'vitest';
import {
  atLeast,
  memoize,
  memoizeWord,
  memoizeWordInt,
  tokenizeStream,
  wordSerial,
  type WordEntry,
} from '../src/index.js';

const entry = (value: string, serial = wordSerial()): WordEntry => ({
  value,
  normal: value,
  folded: value,
  script: 'arabic',
  serial,
});

describe('memoize (per string)', () => {
  it('computes once per key and forgets everything at the limit', () => {
    const calls: string[] = [];
    const length = memoize((key: string) => (calls.push(key), key.length), 2);
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(calls).toEqual(['ab', 'abc']);
    length('abcd'); // third key: the memo was full and starts again
    length('ab');
    expect(calls).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('remembers an undefined answer', () => {
    let calls = 0;
    const nothing = memoize(() => (calls++, undefined));
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});

describe('memoizeWord / memoizeWordInt (per word entry)', () => {
  it('every occurrence of a word, in every document, shares one entry and one computation', () => {
    const calls: string[] = [];
    const lengthOf = memoizeWordInt((e) => (calls.push(e.value), e.value.length));
    const a = tokenizeStream('قال الوزير إن الوزير');
    const b = tokenizeStream('الوزير قال');
    const answers = (s: ReturnType<typeof tokenizeStream>) =>
      [...s.word].filter((id) => id >= 0).map((id) => lengthOf(s.words[id]!));
    expect(answers(a)).toEqual([3, 6, 2, 6]);
    expect(answers(b)).toEqual([6, 3]);
    expect(calls).toEqual(['قال', 'الوزير', 'إن']);
  });

  it('keeps answers apart per entry, past the first array size, including 0 and negative answers', () => {
    const values = new Map<number, number>();
    const answer = memoizeWordInt((e) => values.get(e.serial)!);
    const entries = Array.from({ length: 3000 }, (_, k) => entry(`w${k}`));
    entries.forEach((e, k) => values.set(e.serial, k % 3 === 1 ? -k : k));
    // Asked out of order: the array grows to the largest serial first.
    for (let k = entries.length - 1; k >= 0; k--) answer(entries[k]!);
    values.clear(); // answered from the memo from now on
    expect(entries.map((e) => answer(e))).toEqual(entries.map((_, k) => (k % 3 === 1 ? -k : k)));
  });

  it('memoizeWord keeps any value, undefined included, and computes it once', () => {
    let calls = 0;
    const pair = memoizeWord((e) => (calls++, e.value === 'x' ? undefined : [e.value, e.value]));
    const x = entry('x');
    const y = entry('y');
    expect(pair(x)).toBeUndefined();
    expect(pair(x)).toBeUndefined();
    const first = pair(y);
    expect(pair(y)).toBe(first);
    expect(first).toEqual(['y', 'y']);
    expect(calls).toBe(2);
  });

  it('answers a serial beyond the memo without keeping it', () => {
    let calls = 0;
    const lengthOf = memoizeWordInt((e) => (calls++, e.value.length));
    const far = entry('بعيد', 1 << 23);
    expect(lengthOf(far)).toBe(4);
    expect(lengthOf(far)).toBe(4);
    expect(calls).toBe(2);
  });
});

describe('atLeast', () => {
  it('keeps a buffer that is long enough, contents and all', () => {
    const buffer = Int32Array.of(7, 8, 9);
    expect(atLeast(buffer, 3)).toBe(buffer);
    expect([...atLeast(buffer, 2)]).toEqual([7, 8, 9]);
  });

  it('gives a zeroed buffer of the same kind, at least twice as long, when it is too short', () => {
    const grown = atLeast(Uint8Array.of(1, 2), 3);
    expect(grown).toBeInstanceOf(Uint8Array);
    expect([...grown]).toEqual([0, 0, 0, 0]);
    expect(atLeast(new Int32Array(4), 100)).toHaveLength(100);
  });
});

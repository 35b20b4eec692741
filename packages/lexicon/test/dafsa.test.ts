import { describe, expect, it } from 'vitest';
// The build script's automaton builder, read back by the run-time reader.
import { alphabetOf, buildDafsa } from '../../../scripts/build-lexicon-dafsa.mjs';
import { Dafsa, decodeBase64, toUint32 } from '../src/dafsa.js';

function compile(list: Array<[string, number]>): Dafsa {
  const sorted = [...list].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const alphabet = alphabetOf(sorted);
  const { edges, root } = buildDafsa(sorted, alphabet);
  return new Dafsa(edges, root, alphabet.join(''));
}

describe('DAFSA', () => {
  const words: Array<[string, number]> = [
    ['حكومة', 0b111111111],
    ['حكومات', 0b111],
    ['حكم', 5],
    ['حاكم', 5],
    ['ذلك', 31],
    ['وزارة', 511],
    ['وزارات', 7],
    ['كتب', 0],
    ['كتاب', 300],
    ['مكتب', 300],
    ['مكتبة', 300],
    ['على', 256 + 64],
  ];
  const dafsa = compile(words);

  it('returns each form’s flags and -1 for anything else', () => {
    for (const [w, f] of words) expect(dafsa.flags(w)).toBe(f);
    for (const w of ['حكو', 'حكومه', 'ذلكك', 'كتابة', '', 'abc', 'مكت', 'وزار']) expect(dafsa.flags(w)).toBe(-1);
  });

  it('is minimal: words that differ only in their first letter share every later state', () => {
    const list: Array<[string, number]> = [
      ['باحة', 3],
      ['ساحة', 3],
    ];
    // root, the state after ب or س (one state), after ـا, ـح, ـة, the flag symbol, the end.
    expect(buildDafsa(list, alphabetOf(list)).nodes).toBe(7);
    const differentFlags: Array<[string, number]> = [
      ['باحة', 3],
      ['ساحة', 4],
    ];
    expect(buildDafsa(differentFlags, alphabetOf(differentFlags)).nodes).toBe(12);
  });

  it('decodes base64 and little-endian words independently of the platform', () => {
    expect([...decodeBase64('AQIDBAUG')]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...decodeBase64('AQID')]).toEqual([1, 2, 3]);
    expect([...decodeBase64('AQ==')]).toEqual([1]);
    expect([...decodeBase64('AQI=')]).toEqual([1, 2]);
    expect([...toUint32(new Uint8Array([1, 0, 0, 0x80, 0xff, 0xff, 0xff, 0xff]))]).toEqual([0x80000001, 0xffffffff]);
  });
});

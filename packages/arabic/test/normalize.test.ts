import { describe, expect, test } from 'vitest';
import { normalize, normalizeWord } from '../src/index.js';

describe('normalize', () => {
  test('presentation forms go through NFKC', () => {
    expect(normalize('\uFEFB').text).toBe('لا');
    expect(normalize('\uFDF2').text).toBe('الله');
    // Ornate parentheses have no decomposition and stay.
    expect(normalize('\uFD3Eنص\uFD3F').text).toBe('\uFD3Eنص\uFD3F');
    // Isolated-mark forms: NFKC gives space + haraka; both disappear.
    expect(normalize('ب\uFE70').text).toBe('ب');
  });

  test('Persian letters are mapped after NFKC', () => {
    // U+FB8E (keheh isolated) and U+FBFC (farsi yeh isolated) decompose to ک / ی.
    expect(normalize('\uFB8E').text).toBe('ك');
    expect(normalize('\uFBFC').text).toBe('ي');
    expect(normalize('کتاب یوم ھذا').text).toBe('كتاب يوم هذا');
  });

  test('tatweel, harakat, zero-width and bidi controls are removed with an offset map', () => {
    const input = 'قال \u200Fالسـلامُ\u200B عليكم';
    const n = normalize(input);
    expect(n.text).toBe('قال السلام عليكم');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
    const at = n.text.indexOf('السلام');
    const [s, e] = n.toOriginalRange(at, at + 'السلام'.length);
    // The damma after the last letter belongs to it; RLM before and ZWSP after do not.
    expect(input.slice(s, e)).toBe('السـلامُ');
    expect(s).toBe(5);
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginal(4)).toBe(5);
  });

  test('offset map through an expanding ligature', () => {
    const input = 'و\uFDF2 أكبر';
    const n = normalize(input);
    expect(n.text).toBe('والله أكبر');
    expect(Array.from(n.map)).toEqual([0, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7]);
    expect(n.toOriginalRange(1, 5)).toEqual([1, 2]);
    const [s, e] = n.toOriginalRange(6, 10);
    expect(input.slice(s, e)).toBe('أكبر');
  });

  test('identity input gets an identity map', () => {
    const n = normalize('abc دار');
    expect(n.text).toBe('abc دار');
    expect(Array.from(n.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test('fold', () => {
    expect(normalize('أإآٱ على مدرسة', { fold: true }).text).toBe('اااا علي مدرسه');
    expect(normalize('أإآٱ على مدرسة').text).toBe('أإآٱ على مدرسة');
    expect(normalizeWord('إسترليني', { fold: true })).toBe('استرليني');
  });

  test('normalizeWord agrees with normalize', () => {
    for (const w of ['دَاعِش', 'داعـــش', '\uFEFB', 'کیف', 'abc', '😀ب\u200Cـ']) {
      expect(normalizeWord(w)).toBe(normalize(w).text);
      expect(normalizeWord(w, { fold: true })).toBe(normalize(w, { fold: true }).text);
    }
    expect(normalizeWord('دَاعِش')).toBe('داعش');
    expect(normalizeWord('داعـــش')).toBe('داعش');
  });

  test('surrogate pairs are never split', () => {
    const n = normalize('ـ😀ـ');
    expect(n.text).toBe('😀');
    expect(Array.from(n.map)).toEqual([1, 2, 4]);
  });
});

// The scaling check of terminology/consistent-transliteration, in a file of its
// own so that it runs in a fresh worker (timings taken after a hundred other
// tests measure the heap, not the rule).
import { checkRule } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consistentTransliteration, overlapsAny } from '../src/consistent-transliteration.js';
import { nameBuckets, sameName, skeleton } from '../src/transliteration.js';

const ID = 'terminology/consistent-transliteration';

const consonants = 'بتجدرزسشطفكلمنهقغصثضذظح';
const vowels = 'اوي';
const nameArb = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 9 })
  .map((picks) =>
    picks.map((p, k) => (k % 2 === 0 ? consonants[p % consonants.length] : vowels[p % vowels.length])).join(''),
  );

describe(`${ID}: the indexes that keep it linear find what a full scan finds`, () => {
  it('two spellings that are one name always share a bucket (so comparing bucket-mates misses no pair)', () => {
    fc.assert(
      fc.property(nameArb, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 1000 }), (a, at, pick) => {
        // A same-sound substitution (or none) of one letter of «a».
        const k = Math.min(at, a.length - 1);
        const classes = ['جغقك', 'تط', 'سصث', 'دضذ', 'زذظ', 'هح'];
        const cls = classes.find((c) => c.includes(a[k]!));
        const b = cls ? a.slice(0, k) + cls[pick % cls.length] + a.slice(k + 1) : a;
        if (!sameName(a, b)) return;
        const keys = new Set(nameBuckets(skeleton(a)));
        expect(nameBuckets(skeleton(b)).some((key) => keys.has(key))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('pairs that share no bucket are never one name', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        const keys = new Set(nameBuckets(skeleton(a)));
        if (nameBuckets(skeleton(b)).some((key) => keys.has(key))) return;
        expect(sameName(a, b)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('overlapsAny answers as a scan of every range does', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), fc.array(range, { maxLength: 30 }), (terms, words) => {
        const overlaps = overlapsAny(terms);
        for (const w of words)
          expect(overlaps(w.start, w.end)).toBe(terms.some((t) => t.start < w.end && w.start < t.end));
      }),
    );
  });
});

describe(`${ID}: time linear in the document`, () => {
  // Documents full of distinct name-like words (each one a candidate) and of
  // dictionary terms the rule must skip. A rule that checks every word against
  // every term, or compares every name with every other, takes about 16× the
  // time for 4× the text; a linear one about 4×.
  const documentOf = (names: number, seed: number): string => {
    let s = seed >>> 0;
    const next = (n: number): number => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s % n;
    };
    const sentences: string[] = [];
    for (let i = 0; i < names; i++) {
      let name = '';
      for (let k = 0; k < 6; k++) name += k % 2 === 0 ? consonants[next(16)] : vowels[next(vowels.length)];
      sentences.push(`${name} ${'جنية '.repeat(12)}${name.replace('ك', 'ج')}.`);
    }
    return sentences.join(' ');
  };
  // CPU time of this process (other work on a busy machine does not count).
  const cpu = async (text: string): Promise<number> => {
    const t0 = process.cpuUsage();
    await checkRule(consistentTransliteration, text);
    const used = process.cpuUsage(t0);
    return used.user + used.system;
  };

  it('4× the text takes well under 16× the time', async () => {
    const small = documentOf(400, 1);
    const large = documentOf(1600, 1);
    await cpu(small);
    await cpu(large);
    // Interleaved runs, compared in total: a pause (GC, the scheduler) hits both sizes alike.
    let smallTotal = 0;
    let largeTotal = 0;
    for (let run = 0; run < 4; run++) {
      smallTotal += await cpu(small);
      largeTotal += await cpu(large);
    }
    const ratio = largeTotal / smallTotal;
    expect(ratio, `${ratio.toFixed(1)}×`).toBeLessThan(6);
  }, 120_000);
});

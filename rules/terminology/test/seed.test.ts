// The seed release (a real gov.uk Arabic release) writes «داعش», «سورية», «أمريكي»,
// «إسترليني» and «المملكة المتحدة» consistently, and mixes «جنية»/«جنيه» once.
import { checkRule } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { consistentTerms } from '../src/consistent-terms.js';
import { preferredTerms } from '../src/preferred-terms.js';
import { govUk } from './helpers.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const seed = readSeed();

describe.runIf(HAS_SEED)('the seed release', () => {
  for (const [name, style] of [
    ['base', {}],
    ['gov-uk', govUk],
  ] as const) {
    it(`has no preferred-terms finding (${name})`, async () => {
      const { findings } = await checkRule(preferredTerms, seed, { style });
      expect(findings).toEqual([]);
    });
    it(`has exactly one consistent-terms finding: جنية beside جنيه (${name})`, async () => {
      const { findings, output, suggestionOutputs } = await checkRule(consistentTerms, seed, { style });
      const at = seed.indexOf('جنية');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        ruleId: 'terminology/consistent-terms',
        actual: 'جنية',
        expected: ['جنيه'],
        place: { start: { offset: at }, end: { offset: at + 4 } },
        message:
          'This document mixes spellings of one term (“جنية” 1 time, “جنيه” 1 time); write “جنيه” instead of “جنية”.',
      });
      expect(output).toBe(seed);
      expect(suggestionOutputs).toEqual([[`${seed.slice(0, at)}جنيه${seed.slice(at + 4)}`]]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { isArabicTag, isValidTag, isWellFormedTag, primarySubtag, repairTag } from '../src/lib/language.js';

describe('language tags (bcp-47 + IANA registry)', () => {
  it.each([
    ['ar', true, true],
    ['ar-EG', true, true],
    ['AR-eg', true, true],
    ['ar-Arab-EG', true, true],
    ['ar-001', true, true],
    ['arz', true, true],
    ['en-GB-oxendict', true, true],
    ['qaa', true, true],
    ['x-house', true, true],
    ['zz', true, false],
    ['ar-XY', true, false],
    ['ar-Zzzq', true, false],
    ['ar_EG', false, false],
    ['', false, false],
    ['ar-', false, false],
    ['english', true, false], // 5–8 letters are well-formed (reserved for registration), but not registered
  ])('%j: well-formed %s, valid %s', (tag, wellFormed, valid) => {
    expect(isWellFormedTag(tag)).toBe(wellFormed);
    expect(isValidTag(tag)).toBe(valid);
  });

  it('repairs the usual slips only into valid tags', () => {
    expect(repairTag(' ar_EG ')).toBe('ar-EG');
    expect(repairTag('zz_YY')).toBeUndefined();
  });

  it('knows Arabic by its primary subtag', () => {
    expect(primarySubtag('AR-EG')).toBe('ar');
    expect(isArabicTag('ar-SA')).toBe(true);
    expect(isArabicTag('apc')).toBe(true);
    expect(isArabicTag('fa')).toBe(false);
  });
});

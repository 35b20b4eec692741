import { describe, expect, test } from 'vitest';
import {
  detectScript,
  digitSystem,
  isArabicLetter,
  isBidiControl,
  isHaraka,
  isZeroWidth,
  parseNumber,
  TATWEEL,
  wordScript,
} from '../src/index.js';

describe('chars', () => {
  test('classes', () => {
    expect(isArabicLetter('ب'.codePointAt(0)!)).toBe(true);
    expect(isArabicLetter(0xfefb)).toBe(true);
    expect(isArabicLetter(0x064e)).toBe(false);
    expect(isArabicLetter(0x0661)).toBe(false);
    expect(isHaraka(0x064e)).toBe(true);
    expect(isHaraka(0x0670)).toBe(true);
    expect(isHaraka(0x0628)).toBe(false);
    expect(TATWEEL).toBe('\u0640');
    expect([0x200e, 0x200f, 0x061c, 0x202b, 0x2067].every(isBidiControl)).toBe(true);
    expect(isBidiControl(0x200b)).toBe(false);
    expect([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].every(isZeroWidth)).toBe(true);
    expect(digitSystem(0x37)).toBe('latn');
    expect(digitSystem(0x0667)).toBe('arab');
    expect(digitSystem(0x06f7)).toBe('arabext');
    expect(digitSystem(0x41)).toBeUndefined();
  });
});

describe('parseNumber', () => {
  test.each([
    ['1,234.5', ['latn'], [',', '.'], 1234.5],
    ['١٬٢٣٤٫٥', ['arab'], ['٬', '٫'], 1234.5],
    ['3،8', ['latn'], ['،'], 3.8],
    ['2٠25', ['latn', 'arab'], [], 2025],
    ['۲۰۲۴', ['arabext'], [], 2024],
    ['2٬800٬000', ['latn'], ['٬'], 2800000],
    ['1\u202F500', ['latn'], ['\u202F'], 1500],
    ['1.234.567', ['latn'], ['.'], null],
    ['1.500,00', ['latn'], ['.', ','], null],
    ['1,5', ['latn'], [','], null],
  ] as const)('%s', (raw, digits, separators, value) => {
    expect(parseNumber(raw)).toEqual({ digits, separators, value, raw });
  });
});

describe('script', () => {
  test('wordScript', () => {
    expect(wordScript('بيان')).toBe('arabic');
    expect(wordScript('بـيان')).toBe('arabic');
    expect(wordScript('BBC')).toBe('latin');
    expect(wordScript('G7')).toBe('mixed');
    expect(wordScript('١٢')).toBe('number');
    expect(wordScript('Москва')).toBe('other');
    expect(wordScript('…')).toBe('other');
  });

  test('detectScript', () => {
    const text = 'قال متحدث باسم BBC News في لندن إن الـ UK-based team شارك.';
    const info = detectScript(text);
    expect(info.latinRuns).toEqual([
      { start: text.indexOf('BBC'), end: text.indexOf('BBC') + 8, text: 'BBC News' },
      { start: text.indexOf('UK'), end: text.indexOf('UK') + 'UK-based team'.length, text: 'UK-based team' },
    ]);
    expect(info.latin).toBe(18);
    expect(info.arabic).toBe(26);
    expect(info.dominant).toBe('mixed');
    expect(info.direction).toBe('rtl');
    expect(detectScript('بيان صحفي').dominant).toBe('arabic');
    expect(detectScript('Press release').direction).toBe('ltr');
    expect(detectScript('123 ...')).toMatchObject({ dominant: 'none', direction: 'neutral', arabicShare: 0 });
  });
});

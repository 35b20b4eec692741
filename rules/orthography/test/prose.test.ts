import { tokenizeStream } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import { charClass, PUNCTUATION, SYMBOLS, tokensWith, WORDS } from '../src/prose.js';

// Registered classes share one search of the text; the same expressions unregistered search it each.
const TATWEEL = charClass(/\u0640/gu);
const HARAKAT = charClass(/[\u064b-\u065f\u0670]/gu);
const INVISIBLE = charClass(/[\u200b-\u200d\u2060\ufeff]/gu);

function calls(text: string, chars: RegExp, kinds: number): Array<[string, number, number]> {
  const stream = tokenizeStream(text);
  const out: Array<[string, number, number]> = [];
  tokensWith(stream, chars, kinds, (value, offset, index) => out.push([value, offset, index]));
  return out;
}

describe('tokensWith over registered character classes', () => {
  const text = 'قـــال الوزيرُ\u200b إنَّ «الـمشروع» ـ جاهز\u200b.\n\nكُتِبَ ـــ ‍ثم\u200b';

  it('calls the scan once per token holding a character of the class, with its value, offset and index', () => {
    expect(calls(text, TATWEEL, WORDS)).toEqual([
      ['قـــال', 0, 0],
      ['الـمشروع', 22, 8],
    ]);
    expect(calls(text, TATWEEL, WORDS | SYMBOLS)).toEqual([
      ['قـــال', 0, 0],
      ['الـمشروع', 22, 8],
      ['ـ', 32, 11],
      ['ـــ', 49, 19],
    ]);
    expect(calls(text, HARAKAT, WORDS)).toEqual([
      ['الوزيرُ', 7, 2],
      ['إنَّ', 16, 5],
      ['كُتِبَ', 42, 17],
    ]);
    expect(calls(text, INVISIBLE, SYMBOLS)).toEqual([
      ['\u200b', 14, 3],
      ['\u200b', 38, 14],
      ['\u200d', 53, 21],
      ['\u200b', 56, 23],
    ]);
    expect(calls(text, INVISIBLE, WORDS)).toEqual([]);
  });

  it('finds exactly what the same expression finds unregistered, for each class and kind', () => {
    for (const registered of [TATWEEL, HARAKAT, INVISIBLE]) {
      const alone = new RegExp(registered.source, registered.flags);
      for (const kinds of [WORDS, WORDS | SYMBOLS, WORDS | SYMBOLS | PUNCTUATION, PUNCTUATION]) {
        expect(calls(text, registered, kinds)).toEqual(calls(text, alone, kinds));
      }
    }
  });

  it('takes one class of single characters with flags gu only', () => {
    expect(() => charClass(/[ab]/g)).toThrow(/flags gu/);
    expect(() => charClass(/ab/gu)).toThrow(/one class/);
  });
});

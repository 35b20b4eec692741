import { tokenizeStream } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import { numberEndingAt, numbersOf, numberStartingAt } from '../src/tokens.js';

describe('the numbers of a stream', () => {
  const text = 'بلغ و\u200f1,500 و\u200f4.3.7 في 2024\n\nثم ٣٠٠ بـ500';
  const stream = tokenizeStream(text);
  const numbers = numbersOf(stream);

  it('lists each number with its tokens, digits and paragraph', () => {
    expect(numbers.count).toBe(5);
    expect(numbers.first).toEqual([3, 6, 10, 14, 17]);
    expect(numbers.last).toEqual([3, 6, 10, 14, 17]);
    expect(numbers.raw).toEqual(['1,500', '4.3.7', '2024', '٣٠٠', '500']);
    expect(numbers.start).toEqual([6, 14, 23, 32, 38]);
    expect(numbers.byParagraph).toEqual([0, 3, 5]);
  });

  it('finds the number that starts or ends at a token, and none elsewhere', () => {
    const starting = Array.from({ length: stream.size + 2 }, (_, i) => numberStartingAt(numbers, i - 1));
    const ending = Array.from({ length: stream.size + 2 }, (_, i) => numberEndingAt(numbers, i - 1));
    const expected = [-1, -1, -1, -1, 0, -1, -1, 1, -1, -1, -1, 2, -1, -1, -1, 3, -1, -1, 4, -1];
    expect(starting).toEqual(expected);
    expect(ending).toEqual(expected);
  });

  it('gives every token its number (numberAt), made on first read', () => {
    expect(numbers.numberAt).toEqual([-1, -1, -1, 0, -1, -1, 1, -1, -1, -1, 2, -1, -1, -1, 3, -1, -1, 4]);
    expect(numbers.numberAt).toBe(numbers.numberAt);
  });
});

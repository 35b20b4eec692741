import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/line-index.js';

describe('LineIndex', () => {
  it('places offsets on lines and columns: LF, CRLF, runs of blank lines, the end of the text', () => {
    const text = 'ab\r\ncd\n\n\n\nefg';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => lines.lineStart(n))).toEqual([0, 4, 7, 8, 9, 10, 10]);
    expect(lines.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(lines.pointAt(3)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(lines.pointAt(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(lines.pointAt(8)).toEqual({ line: 4, column: 1, offset: 8 });
    expect(lines.pointAt(12)).toEqual({ line: 6, column: 3, offset: 12 });
    expect(lines.pointAt(99)).toEqual({ line: 6, column: 4, offset: 13 });
    expect(lines.pointAt(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.offsetAt(6, 2)).toBe(11);
    expect(lines.offsetAt(6, 50)).toBe(13);
  });

  it('does not count a BOM in line 1; a text without a line break is one line', () => {
    const bom = new LineIndex('\uFEFFab\ncd');
    expect(bom.pointAt(1)).toEqual({ line: 1, column: 1, offset: 1 });
    expect(bom.pointAt(5)).toEqual({ line: 2, column: 2, offset: 5 });
    const one = new LineIndex('abc');
    expect(one.lineCount).toBe(1);
    expect(one.pointAt(3)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(new LineIndex('').lineCount).toBe(1);
  });

  it('indexes 262,144 blank lines, each at its own line', () => {
    const lines = new LineIndex('\n'.repeat(262_144));
    expect(lines.lineCount).toBe(262_145);
    expect(lines.pointAt(200_000)).toEqual({ line: 200_001, column: 1, offset: 200_000 });
    expect(lines.lineStart(262_145)).toBe(262_144);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Node as UnistNode } from 'unist';
import { normalize, tokenize, tokenizeInline } from '../src/index.js';

const pieces = [
  'ب',
  'ت',
  'ا',
  'ل',
  'و',
  'ة',
  'ى',
  'أ',
  'ی',
  'ک',
  '\uFEFB',
  '\uFDF2',
  '\uFE70', // letters, Persian, presentation forms
  '\u064E',
  '\u0651',
  '\u064B',
  '\u0670',
  'ـ', // harakat, tatweel
  '0',
  '7',
  '٣',
  '٠',
  '۴',
  '۲',
  ',',
  '.',
  '٬',
  '٫',
  '،',
  '\u202F',
  '\u2009', // digits and separators
  'a',
  'Z',
  "'",
  '’',
  '-', // Latin
  '😀',
  '👍🏽',
  '\uD83D', // surrogate pairs (and a lone high surrogate)
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202B',
  '\u2067',
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF', // bidi / zero-width
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n', // whitespace
  '؟',
  '!',
  '?',
  '…',
  '«',
  '»',
  '"',
  '(',
  ')',
  '؛',
  ':',
  '%',
  '٪',
  '#',
  '@', // punctuation, symbols
  'https://x.org/a',
  'www.',
  'a@b.co', // source-ish
];
const arbText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

interface AnyNode extends UnistNode {
  value?: string;
  children?: AnyNode[];
}
const valueOf = (n: AnyNode): string => n.value ?? (n.children ?? []).map(valueOf).join('');

/** Line/column of an offset, counting \r\n, \n and \r as line endings. */
function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let k = 0; k < offset; k++) {
    const u = text[k];
    if (u === '\r' && text[k + 1] === '\n') column++;
    else if (u === '\n' || u === '\r') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

const runs = { numRuns: 400 };

describe('tokenizer properties', () => {
  test('concatenated leaf values reproduce the input', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const leaves: string[] = [];
        (function visit(n: AnyNode): void {
          if (n.type === 'WordNode' || !n.children) leaves.push(valueOf(n));
          else n.children.forEach(visit);
        })(tokenize(text) as AnyNode);
        expect(leaves.join('')).toBe(text);
        expect(
          tokenizeInline(text)
            .map((t) => valueOf(t as AnyNode))
            .join(''),
        ).toBe(text);
      }),
      runs,
    );
  });

  test('every node: slice(start, end) is its text and line/column match the offset', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        (function visit(n: AnyNode): void {
          const p = n.position!;
          expect(text.slice(p.start.offset, p.end.offset)).toBe(valueOf(n));
          expect({ line: p.start.line, column: p.start.column }).toEqual(pointAt(text, p.start.offset!));
          expect({ line: p.end.line, column: p.end.column }).toEqual(pointAt(text, p.end.offset!));
          n.children?.forEach(visit);
        })(tokenize(text) as AnyNode);
      }),
      runs,
    );
  });

  test('no token splits a surrogate pair and no token is empty', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        for (const t of tokenizeInline(text)) {
          const { start, end } = t.position!;
          expect(end.offset!).toBeGreaterThan(start.offset!);
          const before = text.charCodeAt(start.offset! - 1);
          const first = text.charCodeAt(start.offset!);
          expect(before >= 0xd800 && before <= 0xdbff && first >= 0xdc00 && first <= 0xdfff).toBe(false);
        }
      }),
      runs,
    );
  });
});

describe('normalize properties', () => {
  test('map is monotone, within bounds, ends at input length', () => {
    fc.assert(
      fc.property(arbText, fc.boolean(), (text, fold) => {
        const n = normalize(text, { fold });
        expect(n.map.length).toBe(n.text.length + 1);
        expect(n.map[n.text.length]).toBe(text.length);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.map[k]!).toBeGreaterThanOrEqual(0);
          expect(n.map[k]!).toBeLessThan(text.length);
          expect(n.map[k + 1]!).toBeGreaterThanOrEqual(n.map[k]!);
        }
        for (let a = 0; a <= n.text.length; a += 3) {
          const [s, e] = n.toOriginalRange(a, Math.min(n.text.length, a + 2));
          expect(s).toBeLessThanOrEqual(e);
          expect(e).toBeLessThanOrEqual(text.length);
        }
      }),
      runs,
    );
  });
});

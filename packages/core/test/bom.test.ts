/**
 * A UTF-8 BOM at the start of a file is part of `document.text` (fixes keep
 * it) but not of what an editor shows: every offset points past it into the
 * original text, and columns on line 1 are counted as an editor counts them.
 */
import { describe, expect, it } from 'vitest';
import type { Element as HastElement, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { LineIndex } from '../src/index.js';
import { doc } from './helpers.js';

type Node = {
  type: string;
  value?: string;
  children?: Node[];
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
};

/** Each word of the prose tree with its place; the text at its offsets is checked too. */
function words(text: string, format: 'text' | 'markdown' | 'html'): Array<[string, number, number, number]> {
  const out: Array<[string, number, number, number]> = [];
  const stack: Node[] = [doc(text, format).prose as unknown as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'WordNode') {
      const { start, end } = node.position!;
      const word = (node.children?.[0] as Node).value!;
      expect(text.slice(start.offset, end.offset)).toBe(word);
      out.push([word, start.line, start.column, start.offset!]);
    }
    stack.push(...[...(node.children ?? [])].reverse());
  }
  return out;
}

const SAMPLES = {
  text: 'ذهب الوزير الى\nثم عاد',
  markdown: 'ذهب الوزير الى\n\n- بند أول\n- بند ثان',
  html: '<!doctype html>\n<html><body><p>ذهب الوزير الى</p></body></html>',
} as const;

describe('a BOM at the start of the file', () => {
  it('line 1 columns do not count it; offsets still point into the text with it', () => {
    const lines = new LineIndex('\uFEFFاب\nج');
    expect(lines.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.pointAt(1)).toEqual({ line: 1, column: 1, offset: 1 });
    expect(lines.pointAt(2)).toEqual({ line: 1, column: 2, offset: 2 });
    expect(lines.pointAt(4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(lines.offsetAt(1, 2)).toBe(2);
    expect(lines.offsetAt(2, 1)).toBe(4);
  });

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: every word of the prose keeps its editor place and its last letter`, () => {
      const plain = words(SAMPLES[format], format);
      const withBom = words(`\uFEFF${SAMPLES[format]}`, format);
      expect(plain.length).toBeGreaterThanOrEqual(3);
      expect(withBom).toEqual(plain.map(([w, line, column, offset]) => [w, line, column, offset + 1]));
      expect(withBom.find(([w]) => w === 'الى')).toBeDefined();
    });
  }

  it('markdown: node offsets point at the same characters as without the BOM', () => {
    const tree = doc('\uFEFF# عنوان\n\nنص', 'markdown').markup as MdastRoot;
    const heading = tree.children[0]!;
    expect(heading.position).toEqual({
      start: { line: 1, column: 1, offset: 1 },
      end: { line: 1, column: 8, offset: 8 },
    });
    expect(tree.children[1]!.position!.start).toEqual({ line: 3, column: 1, offset: 10 });
  });

  it('html: the doctype and <html> element are parsed as without the BOM, with their tag positions', () => {
    const text = '\uFEFF<!doctype html><html lang="ar"><body><p>نص</p></body></html>';
    const tree = doc(text, 'html').markup as HastRoot;
    expect(tree.children.map((c) => c.type)).toEqual(['doctype', 'element']);
    const html = tree.children[1] as HastElement;
    expect(html.position!.start).toEqual({ line: 1, column: 16, offset: 16 });
    expect(text.slice(html.position!.start.offset, html.position!.start.offset! + 5)).toBe('<html');
    const lang = html.data!.position!.properties!.lang!;
    expect(text.slice(lang.start.offset, lang.end.offset)).toBe('lang="ar"');
  });
});

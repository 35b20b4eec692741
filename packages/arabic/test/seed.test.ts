import { describe, expect, test } from 'vitest';
import type { Node as UnistNode } from 'unist';
import { tokenize, type WordData } from '../src/index.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

// The seed release is read from disk, never copied into fixtures.
const text = readSeed();
const root = tokenize(text);

interface AnyNode extends UnistNode {
  value?: string;
  children?: AnyNode[];
  data?: WordData;
}
const all: AnyNode[] = [];
const leaves: AnyNode[] = [];
(function visit(node: AnyNode): void {
  all.push(node);
  if (node.type === 'WordNode' || !node.children) leaves.push(node);
  if (node.type !== 'WordNode') node.children?.forEach(visit);
})(root as AnyNode);
const valueOf = (n: AnyNode): string => n.value ?? (n.children ?? []).map(valueOf).join('');
const count = (type: string): number => all.filter((n) => n.type === type).length;

describe.runIf(HAS_SEED)('golden: seed press release', () => {
  test('concatenated leaves reproduce the file', () => {
    expect(leaves.map(valueOf).join('')).toBe(text);
  });

  test('counts', () => {
    expect(count('ParagraphNode')).toBe(17);
    expect(text.split(/\n[ \t]*\n/).length).toBe(17); // independent check
    expect(count('SentenceNode')).toBe(25);
    expect(count('WordNode')).toBe(607);
    expect(leaves.filter((n) => n.data?.script === 'number').map(valueOf)).toEqual([
      '87',
      '2014',
      '120,000',
      '500',
      '4.3',
      '30',
      '2024',
    ]);
    expect(count('SourceNode')).toBe(0);
  });

  test('every node slice equals its text', () => {
    for (const node of all) {
      const { start, end } = node.position!;
      expect(text.slice(start.offset, end.offset)).toBe(valueOf(node));
    }
  });

  test('exact offsets of known slips', () => {
    const word = (value: string): AnyNode[] => leaves.filter((n) => n.type === 'WordNode' && valueOf(n) === value);
    const qi = word('قي');
    expect(qi).toHaveLength(1);
    expect(qi[0]!.position!.start.offset).toBe(text.indexOf('قي المناطق'));
    const line = text.slice(0, text.indexOf('قي المناطق')).split('\n').length;
    expect(qi[0]!.position!.start.line).toBe(line);
    const jny = word('جنية');
    expect(jny.map((n) => n.position!.start.offset)).toEqual([text.indexOf('جنية')]);
    const big = leaves.find((n) => valueOf(n) === '120,000')!;
    expect(big.data?.number).toEqual({ digits: ['latn'], separators: [','], value: 120000, raw: '120,000' });
    expect(big.position!.start.offset).toBe(text.indexOf('120,000'));
  });
});

// Packed terms (a list's `packed`): terms kept out of the trie until a document's word asks for
// them. The matches are those of the same terms compiled the usual way, a term given both ways is
// counted once (the one in `terms` wins), and only the first words looked up are asked for.
import { describe, expect, test } from 'vitest';
import {
  compileTermLists,
  normalizeWord,
  splitSpaces,
  tokenizeStream,
  type PackedTerms,
  type TermInput,
  type TokenMatch,
} from '../src/index.js';

const brief = (m: TokenMatch) => [m.id, m.term, m.start, m.end, m.termStart, m.prefixText, m.enclitic];

/** Packed terms over a plain list (what the terminology pack does over its stored form), logging each look-up. */
function packedOf(terms: readonly TermInput[], fold = true): PackedTerms & { asked: string[] } {
  const byFirst = new Map<string, Array<{ term: TermInput; words: string[] }>>();
  const seen = new Set<string>();
  for (const term of terms) {
    const words = splitSpaces(normalizeWord(term.text, { fold }));
    if (seen.has(words.join(' '))) continue;
    seen.add(words.join(' '));
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ term, words });
    byFirst.set(words[0]!, list);
  }
  const asked: string[] = [];
  return {
    asked,
    size: seen.size,
    identity: `test ${terms.map((t) => t.id).join(',')}`,
    startingWith(word) {
      asked.push(word);
      return byFirst.get(word) ?? [];
    },
  };
}

const house: TermInput[] = [
  { id: 'daesh', text: 'داعش' },
  { id: 'is', text: 'الدولة الإسلامية' },
  { id: 'is-long', text: 'الدولة الإسلامية في العراق' },
  { id: 'tanzim', text: 'تنظيم الدولة' },
  { id: 'gov', text: 'حكومة' },
  { id: 'uk', text: 'المملكة المتحدة' },
];
const slips: TermInput[] = [
  { id: 'ila', text: 'الى' },
  { id: 'dawla', text: 'الدولة' },
];

const text = [
  'قال بيان الى جانب المملكة المتحدة وحكومتها إن تنظيم الدولة الإسلامية في العراق ولداعش و«داعش» بـ«داعش».',
  'وأكدت الحكومة أن الدولة\n\nالإسلامية ليست الدولة الإسلامية.',
].join('\n\n');

describe('packed terms', () => {
  test('match exactly as the same terms in the trie, next to lists of other tags', () => {
    const eager = compileTermLists([{ terms: house }, { terms: slips, fold: false }]).run(tokenizeStream(text));
    const packed = packedOf(house);
    const matcher = compileTermLists([
      { terms: [], packed },
      { terms: slips, fold: false },
    ]);
    const lazy = matcher.run(tokenizeStream(text));
    expect((lazy[0] ?? []).map(brief)).toEqual((eager[0] ?? []).map(brief));
    expect((lazy[1] ?? []).map(brief)).toEqual((eager[1] ?? []).map(brief));
    expect((lazy[0] ?? []).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['uk', 'المملكة المتحدة'],
      ['gov', 'وحكومتها'],
      ['tanzim', 'تنظيم الدولة'],
      ['daesh', 'ولداعش'],
      ['daesh', 'و«داعش'],
      ['daesh', 'بـ«داعش'],
      ['gov', 'الحكومة'],
      ['is', 'الدولة الإسلامية'],
    ]);
    expect(matcher.sizes).toEqual([6, 2]);
  });

  test('a term given in `terms` and packed is one term: the one in `terms` wins', () => {
    // Same words as «الدولة الإسلامية», another id and spelling: the packed one is never used.
    const own: TermInput[] = [{ id: 'own-is', text: 'الدّولة الإسلاميّة' }];
    const matcher = compileTermLists([{ terms: own, packed: packedOf(house) }]);
    expect(matcher.sizes).toEqual([6]);
    const found = (matcher.run(tokenizeStream('إن الدولة الإسلامية وداعش'))[0] ?? []).map((m) => [m.id, m.term]);
    expect(found).toEqual([
      ['own-is', 'الدّولة الإسلاميّة'],
      ['daesh', 'داعش'],
    ]);
  });

  test('only the first words a document looks up are asked for, each once', () => {
    const packed = packedOf(house);
    const matcher = compileTermLists([{ terms: [], packed }]);
    expect(packed.asked).toEqual([]);
    matcher.run(tokenizeStream('وأكدت الحكومة الحكومة'));
    // Each word and its clitic-free candidates, once: «وأكدت» (and «أكدت», «اكدت» folded), «الحكومة», «حكومة».
    expect(new Set(packed.asked).size).toBe(packed.asked.length);
    expect(packed.asked).toContain('الحكومه');
    expect(packed.asked).toContain('حكومه');
    expect(packed.asked.every((w) => !w.includes(' '))).toBe(true);
    const before = packed.asked.length;
    matcher.run(tokenizeStream('الحكومة'));
    expect(packed.asked.length).toBe(before);
  });
});

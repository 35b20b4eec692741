// The trie of the term matcher keeps a node's one next word without a Map and turns it into a Map
// at the second; terms are split into words without a regular expression where they can be
// (splitSpaces). Both must match exactly as before: every term of a set that shares first words,
// at every depth, whatever order the terms come in.
import { describe, expect, test } from 'vitest';
import {
  compileTerms,
  isSingleSpaced,
  normalizeWord,
  splitSpaces,
  tokenizeStream,
  type TermInput,
  type TokenMatch,
} from '../src/index.js';

const brief = (m: TokenMatch) => [m.id, m.start, m.end, m.prefixText, m.enclitic];

describe('splitSpaces', () => {
  test('is text.trim().split(/\\s+/u) for every kind of space, anywhere', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a'];
    spaces.push('\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '  ', ' \u00a0');
    // Not spaces: a zero-width non-joiner, a tatweel, U+180E (no longer a space), U+200B.
    const words = ['داعش', 'a', 'الدولة', '\u200c', 'ـ', '\u180e', '\u200b', 'ISIS'];
    const texts: string[] = ['', ' ', '  ', 'a', 'داعش'];
    for (const space of spaces)
      for (const w of words)
        texts.push(
          `${w}${space}${w}`,
          `${space}${w}`,
          `${w}${space}`,
          `${w} ${w}${space}${w}`,
          `${space}${w} ${w}${space}`,
        );
    texts.push('الدولة الإسلامية في العراق', 'a b c d', 'a  b', ' a b ');
    for (const text of texts) {
      const words = text.trim().split(/\s+/u);
      expect(splitSpaces(text), JSON.stringify(text)).toEqual(words);
      expect(isSingleSpaced(text), JSON.stringify(text)).toBe(text !== '' && words.join(' ') === text);
    }
  });

  test('a single-spaced text normalised whole is its words normalised one by one', () => {
    // Harakat, tatweel, a zero-width joiner, presentation forms (one of them a whole phrase, one an isolated
    // haraka that NFKC turns into a space and a mark), Persian letters, hamza forms, alef maqsura, ta marbuta.
    const texts = [
      'الدولةُ الإسلاميّة',
      'قـطـاع غزة',
      'a ً b',
      'ﻻ ﷺ ﹰ',
      'ﷲ أكبر',
      'ی ک ھ',
      'إلى مدرسة آمنة',
      'x\u200dy ٱلرحمن',
    ];
    for (const text of texts) {
      expect(isSingleSpaced(text), text).toBe(true);
      for (const fold of [false, true])
        expect(normalizeWord(text, { fold }), text).toBe(
          text
            .split(' ')
            .map((w) => normalizeWord(w, { fold }))
            .join(' '),
        );
    }
  });
});

describe('the trie: one next word without a Map, a Map from the second on', () => {
  const terms: TermInput[] = [
    { id: 'dawla', text: 'الدولة' },
    { id: 'is', text: 'الدولة الإسلامية' },
    { id: 'isi', text: 'الدولة الإسلامية في العراق' },
    { id: 'isis', text: 'الدولة الإسلامية في العراق والشام' },
    { id: 'eg', text: 'الدولة المصرية' },
    { id: 'iq', text: 'الدولة العراقية' },
    { id: 'tanzim', text: 'تنظيم الدولة الإسلامية' },
    { id: 'tanzim-q', text: 'تنظيم القاعدة' },
  ];
  const text = [
    'أعلنت الدولة الإسلامية في العراق والشام، ثم الدولة الإسلامية في العراق، ثم الدولة الإسلامية في سوريا.',
    'وتعمل الدولة المصرية والدولة العراقية وللدولة قوانين، وتنظيم الدولة الإسلامية وتنظيم القاعدة وتنظيم الدولة.',
    'الدولة الإسلاميةُ والدولة في العراق.',
  ].join('\n\n');
  // What the matcher found with a Map at every inner node (main before this change), in both orders.
  const expected = [
    ['isis', 6, 39, '', null],
    ['isi', 44, 70, '', null],
    ['is', 75, 91, '', null],
    ['eg', 109, 123, '', null],
    ['iq', 124, 140, 'و', null],
    ['dawla', 141, 148, 'ول', null],
    ['tanzim', 157, 180, 'و', null],
    ['tanzim-q', 181, 195, 'و', null],
    ['dawla', 203, 209, '', null],
    ['is', 212, 229, '', null],
    ['dawla', 230, 237, 'و', null],
  ];

  test('every term found, longest first, in any order of the terms', () => {
    const stream = tokenizeStream(text);
    const got = compileTerms(terms).findInStream(stream).map(brief);
    expect(got).toEqual(expected);
    for (const order of [
      [...terms].reverse(),
      [terms[3]!, terms[0]!, terms[5]!, terms[1]!, terms[2]!, terms[4]!, ...terms.slice(6)],
    ])
      expect(compileTerms(order).findInStream(tokenizeStream(text)).map(brief)).toEqual(expected);
  });

  test('the same matches when each term is compiled alone (one next word everywhere)', () => {
    for (const term of terms) {
      const alone = compileTerms([term]).findInStream(tokenizeStream(text)).map(brief);
      // A term alone finds at least its own matches of the full set (and those a longer term took).
      for (const m of expected.filter((e) => e[0] === term.id)) expect(alone).toContainEqual(m);
    }
  });
});

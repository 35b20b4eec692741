import { describe, expect, test } from 'vitest';
import { compileTerms, tokenize, type TermMatch } from '../src/index.js';

const terms = [
  { id: 'daesh', text: 'داعش' },
  { id: 'is', text: 'الدولة الإسلامية' },
  { id: 'tanzim', text: 'تنظيم الدولة' },
  { id: 'daeshi', text: 'داعشي' },
  { id: 'ldan', text: 'لدان' },
  { id: 'gov', text: 'حكومة' },
];
const matcher = compileTerms(terms);

type Brief = Omit<TermMatch, 'words'> & { words: number; text: string };
function find(text: string, m = matcher): Brief[] {
  return m
    .find(tokenize(text))
    .map(({ words, ...rest }) => ({ ...rest, words: words.length, text: text.slice(rest.start, rest.end) }));
}

describe('compileTerms', () => {
  test('size', () => {
    expect(matcher.size).toBe(6);
  });

  test.each([
    ['لداعش', ['ل'], 'ل'],
    ['وداعش', ['و'], 'و'],
    ['ولداعش', ['و', 'ل'], 'ول'],
    ['لـداعش', ['ل'], 'لـ'],
    ['بداعش', ['ب'], 'ب'],
  ])('داعش in «%s»', (word, proclitics, prefixText) => {
    const text = `قال ${word} اليوم`;
    expect(find(text)).toEqual([
      {
        id: 'daesh',
        term: 'داعش',
        start: 4,
        end: 4 + word.length,
        termStart: 4 + prefixText.length,
        proclitics,
        prefixText,
        enclitic: null,
        words: 1,
        text: word,
      },
    ]);
  });

  test('clitic joined by tatweel and quotes: بـ«داعش» لـ"داعش" و"داعش"', () => {
    const text = 'ندد بـ«داعش» و لـ"داعش" و"داعش".';
    expect(find(text)).toEqual([
      {
        id: 'daesh',
        term: 'داعش',
        start: 4,
        end: 11,
        termStart: 7,
        proclitics: ['ب'],
        prefixText: 'بـ«',
        enclitic: null,
        words: 2,
        text: 'بـ«داعش',
      },
      {
        id: 'daesh',
        term: 'داعش',
        start: 15,
        end: 22,
        termStart: 18,
        proclitics: ['ل'],
        prefixText: 'لـ"',
        enclitic: null,
        words: 2,
        text: 'لـ"داعش',
      },
      {
        id: 'daesh',
        term: 'داعش',
        start: 24,
        end: 30,
        termStart: 26,
        proclitics: ['و'],
        prefixText: 'و"',
        enclitic: null,
        words: 2,
        text: 'و"داعش',
      },
    ]);
  });

  test('article terms after ل: وللدولة الإسلامية, للدولة الإسلامية, والدولة الإسلامية', () => {
    const text = 'وللدولة الإسلامية، للدولة الإسلامية، والدولة الإسلامية';
    expect(find(text).map((m) => [m.id, m.text, m.proclitics, m.prefixText, m.termStart, m.words])).toEqual([
      ['is', 'وللدولة الإسلامية', ['و', 'ل', 'ال'], 'ول', 2, 2],
      ['is', 'للدولة الإسلامية', ['ل', 'ال'], 'ل', 20, 2],
      ['is', 'والدولة الإسلامية', ['و'], 'و', 38, 2],
    ]);
  });

  test('multi-word terms need whitespace only between words', () => {
    expect(find('أعلن تنظيم الدولة مسؤوليته').map((m) => [m.id, m.text, m.start])).toEqual([
      ['tanzim', 'تنظيم الدولة', 5],
    ]);
    expect(find('وبتنظيم\n الدولة').map((m) => [m.id, m.text, m.proclitics])).toEqual([
      ['tanzim', 'وبتنظيم\n الدولة', ['و', 'ب']],
    ]);
    expect(find('تنظيم، الدولة')).toEqual([]);
    expect(find('الدولة. الإسلامية')).toEqual([]);
    // Across paragraphs: no match.
    expect(find('تنظيم\n\nالدولة')).toEqual([]);
  });

  test('never inside longer words', () => {
    expect(find('بلدان المنطقة')).toEqual([]);
    expect(find('مدعاعش داعشية')).toEqual([]);
    // داعشي is a term itself: the longer term wins, no enclitic ي split.
    expect(find('عنصر داعشي').map((m) => [m.id, m.enclitic])).toEqual([['daeshi', null]]);
    expect(find('عنصر داعشي', compileTerms([{ id: 'daesh', text: 'داعش' }]))).toEqual([]);
  });

  test('enclitics only on a known stem; ة written ت', () => {
    expect(find('حكومتها وحكومتهم').map((m) => [m.id, m.text, m.proclitics, m.enclitic])).toEqual([
      ['gov', 'حكومتها', [], 'ها'],
      ['gov', 'وحكومتهم', ['و'], 'هم'],
    ]);
    expect(find('حكوميها')).toEqual([]);
  });

  test('normalisation does not hide a match', () => {
    expect(find('داعـــش دَاعِش \uFEDB').map((m) => m.text)).toEqual(['داعـــش', 'دَاعِش']);
    const persian = compileTerms([
      { id: 'k', text: 'كتاب' },
      { id: 'y', text: 'إلى' },
    ]);
    expect(find('کتاب الی', persian).map((m) => m.id)).toEqual(['k', 'y']);
    // Presentation forms: ﻻ (U+FEFB) is لا.
    const la = compileTerms([{ id: 'la', text: 'لاجئ' }]);
    expect(find('\uFEFBجئ', la).map((m) => [m.id, m.start, m.end])).toEqual([['la', 0, 3]]);
  });

  test('prefers the longest term and never overlaps', () => {
    const m = compileTerms([
      { id: 'a', text: 'الدولة' },
      { id: 'b', text: 'الدولة الإسلامية' },
      { id: 'c', text: 'الإسلامية' },
    ]);
    expect(find('الدولة الإسلامية الدولة', m).map((x) => [x.id, x.start, x.end])).toEqual([
      ['b', 0, 16],
      ['a', 17, 23],
    ]);
  });

  test('fold:false compares unfolded forms', () => {
    const m = compileTerms([{ id: 'x', text: 'إلى' }], { fold: false });
    expect(find('إلى الى', m).map((x) => x.text)).toEqual(['إلى']);
  });

  test('accepts Root, Paragraph, Sentence and arrays', () => {
    const root = tokenize('قال داعش.');
    const paragraph = root.children[0]!;
    expect(matcher.find(paragraph)).toHaveLength(1);
    if (paragraph.type !== 'ParagraphNode') throw new Error('paragraph expected');
    expect(matcher.find(paragraph.children[0] as never)).toHaveLength(1);
    expect(matcher.find([paragraph])).toHaveLength(1);
  });

  test('10 vs 10,000 terms give the same matches for the shared terms', () => {
    const many = [...terms];
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    for (let k = 0; many.length < 10_000; k++) {
      let w = '';
      for (let n = k; w.length < 5; n = Math.floor(n / letters.length) + 7) w += letters[n % letters.length];
      many.push({ id: `gen${k}`, text: k % 3 === 0 ? `${w} ${w.slice(0, 3)}` : w });
    }
    const big = compileTerms(many);
    expect(big.size).toBeGreaterThan(9_000);
    const text = 'ندد بـ«داعش» وللدولة الإسلامية وتنظيم الدولة في بلدان عدة، وحكومتها ضد داعشي.';
    const shared = new Set(terms.map((t) => t.id));
    expect(find(text, big).filter((m) => shared.has(m.id))).toEqual(find(text, compileTerms(terms.slice(0, 10))));
    expect(find(text).length).toBe(5);
  });
});

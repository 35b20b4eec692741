import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  compileTermLists,
  compileTerms,
  streamFromNlcst,
  tokenize,
  tokenizeStream,
  type TermInput,
  type TokenMatch,
  type TokenStream,
} from '../src/index.js';

const streamOf = (text: string): TokenStream => streamFromNlcst(tokenize(text), text);
const brief = (m: TokenMatch) => [m.id, m.start, m.end, m.termStart, m.prefixText, m.enclitic];

const house: TermInput[] = [
  { id: 'daesh', text: 'داعش' },
  { id: 'is', text: 'الدولة الإسلامية' },
  { id: 'tanzim', text: 'تنظيم الدولة' },
  { id: 'gov', text: 'حكومة' },
  { id: 'uk', text: 'المملكة المتحدة' },
];
// Unfolded: hamza and ى/ة matter (a misspelling list).
const slips: TermInput[] = [
  { id: 'ila', text: 'الى' },
  { id: 'hukuma', text: 'الحكومه' },
  { id: 'dawla', text: 'الدولة' },
];
const joined: TermInput[] = [{ id: 'un', text: 'الأممالمتحدة' }];

const text = [
  'قال بيان للحكومه الى جانب المملكة المتحدة وحكومتها إن تنظيم الدولة الإسلامية ولداعش و«داعش» بـ«داعش».',
  'وأكدت الأممالمتحدة وللأممالمتحدة أن الدولة\n\nالإسلامية ليست الدولة الإسلامية.',
].join('\n\n');

describe('compileTermLists: several lists, one pass', () => {
  test('each list (tag) finds exactly what a matcher of that list alone finds', () => {
    const lists = [
      { terms: house },
      { terms: slips, fold: false },
      { terms: joined, fold: false },
      { terms: house.slice(0, 2) },
    ];
    const matcher = compileTermLists(lists);
    const stream = streamOf(text);
    const byTag = matcher.run(stream);
    lists.forEach((list, tag) => {
      const alone = compileTerms(list.terms, list.fold === undefined ? {} : { fold: list.fold }).findInStream(
        streamOf(text),
      );
      expect((byTag[tag] ?? []).map(brief)).toEqual(alone.map(brief));
    });
    // Overlapping lists do not hide each other: «الدولة» (slips) inside «الدولة الإسلامية» (house).
    expect((byTag[0] ?? []).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['gov', 'للحكومه'],
      ['uk', 'المملكة المتحدة'],
      ['gov', 'وحكومتها'],
      ['tanzim', 'تنظيم الدولة'],
      ['daesh', 'ولداعش'],
      ['daesh', 'و«داعش'],
      ['daesh', 'بـ«داعش'],
      ['is', 'الدولة الإسلامية'],
    ]);
    expect((byTag[1] ?? []).map((m) => [m.id, text.slice(m.termStart, m.end)])).toEqual([
      ['hukuma', 'لحكومه'],
      ['ila', 'الى'],
      ['dawla', 'الدولة'],
      ['dawla', 'الدولة'],
      ['dawla', 'الدولة'],
    ]);
    expect((byTag[2] ?? []).map((m) => [m.start, m.end, m.prefixText])).toEqual([
      [text.indexOf('الأممالمتحدة'), text.indexOf('الأممالمتحدة') + 12, ''],
      [text.indexOf('وللأممالمتحدة'), text.indexOf('وللأممالمتحدة') + 13, 'ول'],
    ]);
    expect(matcher.sizes).toEqual([5, 3, 1, 2]);
  });

  test('token indexes: first word, the word the term begins in, last word', () => {
    const stream = streamOf('ندد بـ«داعش» وبتنظيم الدولة.');
    const [m1, m2] = compileTerms(house).findInStream(stream);
    expect([stream.value(m1!.first), stream.value(m1!.termToken), stream.value(m1!.last)]).toEqual([
      'بـ',
      'داعش',
      'داعش',
    ]);
    expect([stream.value(m2!.first), stream.value(m2!.termToken), stream.value(m2!.last)]).toEqual([
      'وبتنظيم',
      'وبتنظيم',
      'الدولة',
    ]);
  });

  test('a run limited to some tags and to a token range (one paragraph)', () => {
    const matcher = compileTermLists([{ terms: house }, { terms: slips, fold: false }]);
    const stream = streamOf(text);
    const from = stream.paragraphStart[1]!;
    const to = stream.paragraphEnd[1]!;
    const only = matcher.run(stream, { tags: [1], from, to });
    expect(only[0]).toBeUndefined();
    expect((only[1] ?? []).map((m) => [m.start, text.slice(m.start, m.end)])).toEqual([
      [text.indexOf('الدولة\n'), 'الدولة'],
    ]);
    // «الدولة\n\nالإسلامية» is two paragraphs: no match across the break, in a range or not.
    expect(matcher.run(stream, { from, to })[0]).toBeUndefined();
    expect(
      (matcher.run(stream)[0] ?? [])
        .filter((m) => m.start > text.indexOf('الأمم'))
        .map((m) => [m.start, text.slice(m.start, m.end)]),
    ).toEqual([[text.lastIndexOf('الدولة الإسلامية'), 'الدولة الإسلامية']]);
  });

  test('the stream and the tree give the same matches on every release fixture', () => {
    const dir = join(__dirname, '../../../fixtures/releases');
    const m = compileTerms([
      ...house,
      { id: 'sd', text: 'السودان' },
      { id: 'us', text: 'الولايات المتحدة' },
      { id: 'min', text: 'وزارة الخارجية' },
    ]);
    const unfolded = compileTerms(slips, { fold: false });
    let total = 0;
    for (const file of readdirSync(dir)) {
      const body = readFileSync(join(dir, file), 'utf8');
      for (const matcher of [m, unfolded]) {
        const fromTree = matcher.find(tokenize(body)).map(({ words, ...rest }) => ({ ...rest, words: words.length }));
        const fromStream = matcher.findInStream(streamOf(body)).map(({ first, termToken, last, ...rest }) => {
          void termToken;
          const stream = streamOf(body);
          let words = 0;
          for (let k = first; k <= last; k++) if (stream.word[k]! >= 0) words++;
          return { ...rest, words };
        });
        expect(fromStream).toEqual(fromTree);
        total += fromTree.length;
      }
    }
    expect(total).toBeGreaterThan(0);
  });

  test('a word that starts no term is looked at once per document, whatever the number of terms', () => {
    // 10,000 terms, none of which the text contains: no match, and the same matches as 10 terms for a shared one.
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const many: TermInput[] = [{ id: 'daesh', text: 'داعش' }];
    for (let k = 0; many.length < 10_000; k++) {
      let w = '';
      for (let n = k; w.length < 6; n = Math.floor(n / letters.length) + 11) w += letters[n % letters.length];
      many.push({ id: `g${k}`, text: w });
    }
    const big = compileTermLists([{ terms: many }]);
    const body = 'قال داعش وداعش لداعش '.repeat(50);
    const found = (big.run(streamOf(body))[0] ?? []).filter((x) => x.id === 'daesh');
    expect(found.map(brief)).toEqual(
      compileTerms([{ id: 'daesh', text: 'داعش' }])
        .findInStream(streamOf(body))
        .map(brief),
    );
    expect(found).toHaveLength(150);
  });
});

describe('word candidates kept for the process', () => {
  test('one compiled matcher over many documents finds in each exactly what a fresh matcher finds', () => {
    // «كتابة» and «كتابه» fold alike; only the second is «كتاب» + the pronoun «ه». The words come back
    // in later documents (the tokenizer shares their entries), in both orders.
    const book: TermInput[] = [{ id: 'book', text: 'كتاب' }, ...house];
    const docs = [
      'قرأ كتابة البيان عن داعش.',
      'قرأ كتابه أمس وحكومتها.',
      'قرأ كتابة البيان ولحكومتها.',
      'كتابه وكتابة وبكتابه.',
      'قرأ كتابة البيان عن داعش.',
    ];
    const shared = compileTermLists([{ terms: book }, { terms: book, fold: false }]);
    const seen = (matches: readonly TokenMatch[] | undefined, doc: string) =>
      (matches ?? []).map((m) => [m.id, doc.slice(m.start, m.end), m.enclitic]);
    for (const doc of [...docs, ...[...docs].reverse()]) {
      const got = shared.run(tokenizeStream(doc));
      const fresh = compileTermLists([{ terms: book }, { terms: book, fold: false }]).run(tokenizeStream(doc));
      expect([seen(got[0], doc), seen(got[1], doc)]).toEqual([seen(fresh[0], doc), seen(fresh[1], doc)]);
    }
    expect(seen(shared.run(tokenizeStream(docs[3]!))[0], docs[3]!)).toEqual([
      ['book', 'كتابه', 'ه'],
      ['book', 'وبكتابه', 'ه'],
    ]);
    expect(seen(shared.run(tokenizeStream(docs[0]!))[0], docs[0]!)).toEqual([['daesh', 'داعش', null]]);
  });
});

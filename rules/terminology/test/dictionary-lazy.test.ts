// A dictionary read from a host's cache stays in its stored form (src/compact.ts, format 3): no entry
// is built until one of its terms matches or its entries are asked for, and its terms reach the matcher
// as packed terms (src/chain.ts). What the rules get is what they get from the dictionary parsed from
// its text: the same terms in the same order, the same candidates, the same findings. A value of the
// previous format, or one whose terms part is damaged, is not read: the text is loaded in full.
import { afterEach, describe, expect, it } from 'vitest';
import { mapCache } from './helpers.js';
import { compileTermLists, tokenizeStream } from '@bayan/arabic';
import { checkRule, setContentCache, type Finding } from '@bayan/core';
import { compileDictionaries } from '../src/chain.js';
import { CompactDictionary, dictionaryFromCompact, dictionaryToCompact } from '../src/compact.js';
import { consistentTerms } from '../src/consistent-terms.js';
import type { Dictionary, Entry } from '../src/dictionary.js';
import { compileEntries, entryTerms, findOccurrences, mergeEntryTerms, type EntryTerms } from '../src/occurrences.js';
import { preferredTerms } from '../src/preferred-terms.js';
import {
  baseDictionary,
  checkExamples,
  dictionaryExampleRuns,
  houseStyles,
  forgetLoadedDictionaries,
  knownWords,
  loadDictionary,
  prepareSettings,
} from '../src/settings.js';

// A house dictionary: an entry of its own, one that replaces the base's «billion» (it takes that one's
// place in the chain), and one with a key of the base's «syria» («سوريا»: a key of both dictionaries).
const HOUSE = [
  'name: house',
  'entries:',
  '  - id: gaza-strip',
  '    kind: substitution',
  '    preferred: قطاع غزة',
  '    variants: [غزه ستريب]',
  '    note: {ar: ملاحظة الدار, en: House note}',
  '    source: house',
  '    examples:',
  '      - {from: وصلت المساعدات إلى غزه ستريب., to: وصلت المساعدات إلى قطاع غزة.}',
  '  - id: billion',
  '    kind: substitution',
  '    preferred: [مليار, مليارات]',
  '    variants: [[بليون, بلايين]]',
  '    note: {ar: ملاحظة الدار, en: House note}',
  '    source: house',
  '    examples:',
  '      - {from: والدين 4 بلايين دولار, to: والدين 4 مليارات دولار}',
  '  - id: syria-official',
  '    kind: substitution',
  '    preferred: الجمهورية العربية السورية',
  '    variants: [سوريا]',
  '    note: {ar: ملاحظة الدار, en: House note}',
  '    source: house',
  '    examples:',
  '      - {from: زار الوزير سوريا أمس, to: زار الوزير الجمهورية العربية السورية أمس}',
  '',
].join('\n');

// What the previous reader (format 2) stored for a one-entry dictionary: never read as format 3.
const OLD_TEXT =
  'name: old\nentries:\n  - id: gaza-strip\n    kind: substitution\n    preferred: قطاع غزة\n    variants: [غزه ستريب]\n    note: {ar: ملاحظة, en: A note}\n    source: house\n    examples:\n      - {from: وصلت المساعدات إلى غزه ستريب., to: وصلت المساعدات إلى قطاع غزة.}\n';
const OLD_VALUE =
  'bayan-terms\u00012\u0001old\u00011\u0001gaza-strip\u00010"!  !  !\u0001قطاع غزة\u0001غزه ستريب\u0001ملاحظة\u0001A note\u0001house\u0001وصلت المساعدات إلى غزه ستريب.\u0001وصلت المساعدات إلى قطاع غزة.\u0001bayan-terms';

/** The dictionary of HOUSE read back from its stored form. */
function cachedHouse(): CompactDictionary {
  const fresh = loadDictionary(HOUSE, 'house.yaml');
  const back = dictionaryFromCompact(dictionaryToCompact(fresh)!, 'house.yaml', () => 0);
  expect(back).toBeInstanceOf(CompactDictionary);
  return back as CompactDictionary;
}

/** What the rules compile: terms in order, then every key's candidates in order (entries by id). */
function described(terms: EntryTerms) {
  return {
    terms: terms.terms.map((t) => [t.id, t.text]),
    candidates: [...terms.candidates].map(([key, list]) => [
      key,
      list.map((c) => [c.entry.id, c.entry.file, c.form, c.inflection, c.normal]),
    ]),
    entries: terms.entries.map((e) => [e.id, e.file]),
  };
}

/** compileEntries of a chain's entries, a later entry in the place of an earlier one with its id. */
function eagerChain(chain: readonly Dictionary[]) {
  const byId = new Map<string, Entry>();
  for (const dictionary of chain) for (const entry of dictionary.entries) byId.set(entry.id, entry);
  return compileEntries([...byId.values()]);
}

afterEach(() => {
  setContentCache(null);
  forgetLoadedDictionaries();
});

describe('a dictionary from the cache, in its stored form', () => {
  it('builds no entry when read, nor when its terms are compiled, but those that meet an earlier entry', () => {
    const house = cachedHouse();
    expect(house.size).toBe(3);
    expect(house.termCount).toBe(8);
    expect(house.builtCount).toBe(0);
    const compiled = compileDictionaries([baseDictionary, house]);
    // «billion» replaces the base's entry (built, in that entry's place); «syria-official» has a key of the
    // base's «syria» (built: that key's candidates are the base's and its own).
    expect(house.builtCount).toBe(2);
    expect(compiled.candidates.get('بليون')!.map((c) => [c.entry.id, c.entry.file, c.entry.note.en])).toEqual([
      ['billion', 'house.yaml', 'House note'],
    ]);
    // A match of «غزه ستريب» builds its entry, and only it.
    const text = 'وصلت المساعدات إلى غزه ستريب أمس.';
    const stream = tokenizeStream(text);
    const { list } = compiled;
    const matches = compileTermLists([{ terms: list.terms, packed: list.packed }]).run(stream)[0] ?? [];
    const found = findOccurrences(stream, text, compiled, matches);
    expect(found.map((o) => [o.entry.id, o.form, text.slice(o.start, o.end)])).toEqual([
      ['gaza-strip', 1, 'غزه ستريب'],
    ]);
    expect(house.builtCount).toBe(3);
  });

  it('gives its known words (every word of every inflection) without building an entry', () => {
    setContentCache(mapCache());
    const fresh = knownWords(prepareSettings({ dictionaries: [{ file: 'house.yaml', text: HOUSE }] }));
    forgetLoadedDictionaries();
    const settings = prepareSettings({ dictionaries: [{ file: 'house.yaml', text: HOUSE }] });
    const [house] = settings.dictionaries;
    expect(house).toBeInstanceOf(CompactDictionary);
    const words = knownWords(settings);
    expect((house as CompactDictionary).builtCount).toBe(0);
    expect([...words]).toEqual([...fresh]);
    expect(['ستريب', 'غزه', 'بلايين', 'العربية', 'سوريا'].map((w) => words.has(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('compiles the terms, candidates and entries that the parsed dictionary gives, in the same order', () => {
    const fresh = loadDictionary(HOUSE, 'house.yaml');
    for (const chain of [[baseDictionary], [], [loadDictionary(HOUSE, 'first.yaml')]]) {
      const house = cachedHouse();
      const lazy = compileDictionaries([...chain, house]);
      const eager = eagerChain([...chain, fresh]);
      expect(described(lazy)).toEqual(described(eager));
      // The trie: the same number of distinct terms.
      const { list } = lazy;
      expect(compileTermLists([{ terms: list.terms, packed: list.packed }]).sizes).toEqual(
        compileTermLists([{ terms: eager.terms }]).sizes,
      );
    }
    // The chain with the base: «سوريا» is a key of both (the base's entry first), «billion» in the base's place.
    const lazy = described(compileDictionaries([baseDictionary, cachedHouse()]));
    expect(lazy.candidates.find(([key]) => key === 'سوريا')).toEqual([
      'سوريا',
      [
        ['syria', baseDictionary.file, 0, 0, 'سوريا'],
        ['syria-official', 'house.yaml', 1, 0, 'سوريا'],
      ],
    ]);
    expect(lazy.entries.map(([id]) => id).slice(-3)).toEqual(['month-spelling-egypt', 'gaza-strip', 'syria-official']);
    expect(lazy.entries.findIndex(([id]) => id === 'billion')).toBe(
      baseDictionary.entries.findIndex((e) => e.id === 'billion'),
    );
  });

  it('gives the rules the findings of the dictionary parsed from its text', async () => {
    const text = 'قال إن سوريا ستدفع 4 بلايين دولار لإعمار غزه ستريب، وإن سورية شريك.';
    const findings = async (): Promise<Finding[]> => {
      const settings = { terminology: prepareSettings({ dictionaries: [{ file: 'house.yaml', text: HOUSE }] }) };
      const out: Finding[] = [];
      for (const rule of [preferredTerms, consistentTerms])
        out.push(...(await checkRule(rule, text, { settings })).findings);
      return out;
    };
    const cache = mapCache();
    setContentCache(cache);
    const fresh = await findings();
    expect(cache.store.size).toBe(1);
    forgetLoadedDictionaries();
    const runs = dictionaryExampleRuns();
    const cached = await findings();
    expect(dictionaryExampleRuns()).toBe(runs);
    expect(cached).toEqual(fresh);
    expect(fresh.map((f) => [f.ruleId, f.column, f.actual, f.expected])).toEqual([
      ['terminology/preferred-terms', 8, 'سوريا', ['الجمهورية العربية السورية']],
      ['terminology/preferred-terms', 22, 'بلايين', ['مليارات']],
      ['terminology/preferred-terms', 42, 'غزه ستريب', ['قطاع غزة']],
      ['terminology/consistent-terms', 57, 'سورية', ['سوريا']],
    ]);
  });
});

describe('the terms stored on a first load', () => {
  it('are those of every entry, made from the terms the example check compiled for each entry alone', () => {
    const house = loadDictionary(HOUSE, 'house.yaml');
    const entries = [...baseDictionary.entries, ...houseStyles['gov-uk']!.entries, ...house.entries];
    const merged = mergeEntryTerms(
      entries,
      entries.map((entry) => entryTerms([entry])),
    );
    expect(described(merged)).toEqual(described(entryTerms(entries)));
    expect(merged.terms.length).toBeGreaterThan(50);
    // A key of two forms of one entry (إسترليني / استرليني) and of two entries (سوريا) keep all their candidates.
    expect(merged.candidates.get('استرليني')!.map((c) => [c.entry.id, c.form])).toEqual([
      ['sterling', 0],
      ['sterling', 1],
    ]);
    for (const dictionary of [baseDictionary, house])
      expect(dictionaryToCompact(dictionary, checkExamples(dictionary))).toBe(dictionaryToCompact(dictionary));
  });
});

describe('a stored value that is not this form', () => {
  it('is not read when of the previous format; the text is loaded in full and stored again', () => {
    expect(dictionaryFromCompact(OLD_VALUE, 'old.yaml', () => 0)).toBeUndefined();
    expect(
      dictionaryFromCompact(OLD_VALUE.replace('bayan-terms\u00012', 'bayan-terms\u00013'), 'old.yaml', () => 0),
    ).toBeUndefined();
    const cache = mapCache();
    setContentCache(cache);
    loadDictionary(OLD_TEXT, 'old.yaml');
    const [key] = cache.store.keys();
    const good = cache.store.get(key!)!;
    expect(good.startsWith('bayan-terms\u00013\u0001old\u00011\u0001')).toBe(true);
    cache.store.set(key!, OLD_VALUE);
    forgetLoadedDictionaries();
    const runs = dictionaryExampleRuns();
    const again = loadDictionary(OLD_TEXT, 'old.yaml');
    expect(dictionaryExampleRuns()).toBe(runs + 1);
    expect(again).not.toBeInstanceOf(CompactDictionary);
    expect(again.entries.map((e) => e.id)).toEqual(['gaza-strip']);
    expect(cache.store.get(key!)).toBe(good);
  });

  it('is not read when its terms part is damaged: a candidate out of its entry, an order unsorted, a number cut', () => {
    const value = dictionaryToCompact(loadDictionary(HOUSE, 'house.yaml'))!;
    const read = (v: string) => dictionaryFromCompact(v, 'house.yaml', () => 0);
    expect(read(value)).toBeDefined();
    const fields = value.split('\u0001');
    const n = fields.length;
    // The fields after the entries: the term count (8), the numbers, the texts written out, the two orders, the end.
    const count = fields.lastIndexOf('8', n - 4);
    expect(count).toBeGreaterThan(4);
    const numbers = fields[count + 1]!;
    const at = (i: number) => (numbers.charCodeAt(2 * i) - 0x20) * 0x4000 + numbers.charCodeAt(2 * i + 1) - 0x20;
    // The first term («قطاع غزه», folded): one candidate, its key written out (1 × 2 + 1); entry 0, inflection 0
    // of form 0, its spelling not written out (0 × 2 + 0).
    expect([0, 1, 2].map(at)).toEqual([3, 0, 0]);
    const withField = (k: number, text: string) => [...fields.slice(0, k), text, ...fields.slice(k + 1)].join('\u0001');
    const number = (x: number) => String.fromCharCode(0x20 + (x >> 14), 0x20 + (x & 0x3fff));
    const setNumber = (i: number, x: number) => numbers.slice(0, 2 * i) + number(x) + numbers.slice(2 * i + 2);
    for (const damaged of [
      withField(count + 1, setNumber(2, 2 * 2)), // inflection 2 of an entry of two (two forms of one)
      withField(count + 1, setNumber(1, 3)), // entry 3 of three
      withField(count + 1, setNumber(0, 1)), // a term without candidates
      withField(count + 1, setNumber(0, 5)), // two candidates where there is one
      withField(count + 1, numbers.slice(0, -1)), // a character short
      withField(n - 3, fields[n - 3]!.slice(2, 4) + fields[n - 3]!.slice(0, 2) + fields[n - 3]!.slice(4)), // keys unsorted
      withField(n - 2, fields[n - 2]!.slice(0, 2) + fields[n - 2]!.slice(0, 2) + fields[n - 2]!.slice(4)), // an id twice
    ])
      expect(read(damaged)).toBeUndefined();
  });
});

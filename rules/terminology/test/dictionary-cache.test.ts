// A host's ContentCache (@bayan/core) in loadDictionary: what a dictionary whose examples held is
// stored as, and that what comes back is the same dictionary. The cache here is a Map (what the
// command keeps on disk is tested in tests/cli/dictionary-cache.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { mapCache } from './helpers.js';
import { DataFileError, setContentCache } from '@bayan/core';
import { dictionaryExampleRuns, forgetLoadedDictionaries, loadDictionary } from '../src/settings.js';

const TEXT = [
  'name: newsroom',
  'entries:',
  '  - id: gaza-strip',
  '    kind: substitution',
  '    preferred: قطاع غزة',
  '    variants: [غزه ستريب]',
  '    note: {ar: نكتب «قطاع غزة»., en: We write “قطاع غزة”.}',
  '    source: newsroom style book',
  '    exceptions: {quoted: true, before: [قال]}',
  '    examples:',
  '      - from: وصلت المساعدات إلى غزه ستريب.',
  '        to: وصلت المساعدات إلى قطاع غزة.',
  '  - id: daesh',
  '    kind: discouraged',
  '    level: info',
  '    preferred: {text: [داعش, الداعشي], fix: suggestion}',
  '    variants: [[الدولة الإسلامية, الإسلاموي]]',
  '    note: {ar: ملاحظة, en: A note}',
  '    source: [one, two]',
  '    examples:',
  '      - {from: أعلنت الدولة الإسلامية, to: أعلنت داعش}',
  '      - {from: لا شيء هنا, to: لا شيء هنا}',
  '',
].join('\n');

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

afterEach(() => {
  setContentCache(null);
  forgetLoadedDictionaries();
});

describe('loadDictionary with a host cache', () => {
  it('stores a passing dictionary and gives back the same entries and lines without running the examples', () => {
    const cache = mapCache();
    setContentCache(cache);
    const before = dictionaryExampleRuns();
    const fresh = loadDictionary(TEXT, 'terms.yaml');
    expect(dictionaryExampleRuns()).toBe(before + 1);
    expect(cache.store.size).toBe(1);
    forgetLoadedDictionaries();
    const cached = loadDictionary(TEXT, 'terms.yaml');
    expect(dictionaryExampleRuns()).toBe(before + 1);
    expect(cached).not.toBe(fresh);
    expect(plain(cached)).toEqual(plain(fresh));
    expect(cached.entries.map((e) => Object.keys(e))).toEqual(fresh.entries.map((e) => Object.keys(e)));
    expect(cached.entries.map((e) => [e.file, e.line, e.examples.map((x) => x.line)])).toEqual([
      ['terms.yaml', 3, [11]],
      ['terms.yaml', 13, [21, 22]],
    ]);
    expect(fresh.entries.map((e) => [e.line, e.examples.map((x) => x.line)])).toEqual([
      [3, [11]],
      [13, [21, 22]],
    ]);
    // The same content under another path: the entries name that path.
    forgetLoadedDictionaries();
    expect(loadDictionary(TEXT, 'other.yaml').entries.map((e) => e.file)).toEqual(['other.yaml', 'other.yaml']);
    expect(dictionaryExampleRuns()).toBe(before + 1);
  });

  it('never stores a dictionary whose example fails, and reports it every time', () => {
    const cache = mapCache();
    setContentCache(cache);
    const bad = TEXT.replace('to: وصلت المساعدات إلى قطاع غزة.', 'to: وصلت المساعدات إلى غزة.');
    for (let i = 0; i < 2; i++) {
      forgetLoadedDictionaries();
      expect(() => loadDictionary(bad, 'terms.yaml')).toThrow(DataFileError);
    }
    expect(cache.store.size).toBe(0);
  });

  it('ignores a stored value that is not a dictionary, and loads the text in full', () => {
    const cache = mapCache();
    setContentCache(cache);
    loadDictionary(TEXT, 'terms.yaml');
    const [key] = cache.store.keys();
    for (const value of ['', 'not json', 'null', '[]', '{"name":"x","entries":[{"id":"a"}]}']) {
      cache.store.set(key!, value);
      forgetLoadedDictionaries();
      const before = dictionaryExampleRuns();
      expect(loadDictionary(TEXT, 'terms.yaml').entries.map((e) => e.id)).toEqual(['gaza-strip', 'daesh']);
      expect(dictionaryExampleRuns()).toBe(before + 1);
    }
  });
});

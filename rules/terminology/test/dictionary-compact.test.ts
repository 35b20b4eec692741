// The compact form a host's cache keeps for a checked dictionary (src/compact.ts): read back, it is
// the dictionary parsed from the text (entries, keys, lines, terms, findings); a value cut short,
// changed in its structure or of another format is not read, and the dictionary is loaded in full.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { mapCache } from './helpers.js';
import { checkRule, loadDataFile, setContentCache, type Finding } from '@bayan/core';
import { COMPACT_FORMAT, dictionaryFromCompact, dictionaryToCompact } from '../src/compact.js';
import { consistentTerms } from '../src/consistent-terms.js';
import type { Dictionary, RawDictionary } from '../src/dictionary.js';
import { compileEntries } from '../src/occurrences.js';
import { preferredTerms } from '../src/preferred-terms.js';
import {
  dictionaryExampleRuns,
  dictionarySchema,
  forgetLoadedDictionaries,
  loadDictionary,
  prepareSettings,
} from '../src/settings.js';

/** The form the data cache held before the compact one (JSON of the entries, without file and lines): refused now. */
const oldJsonForm = (d: Dictionary): string =>
  JSON.stringify({ name: d.name, entries: d.entries.map((e) => ({ ...e, file: undefined })) });

const BASE = readFileSync(new URL('../data/base.yaml', import.meta.url), 'utf8');
const GOV_UK = readFileSync(new URL('../data/gov-uk.yaml', import.meta.url), 'utf8');
// What the shipped files do not have: a level, several sources, a Latin form, two inflections per form,
// a note and sources shared by two entries, an example left as it is.
const NEWSROOM = [
  'name: newsroom',
  'entries:',
  '  - id: gaza-strip',
  '    kind: substitution',
  '    level: info',
  '    preferred: [قطاع غزة, لقطاع غزة]',
  '    variants: [[غزه ستريب, لغزه ستريب]]',
  '    note: {ar: ملاحظة الدار, en: House note}',
  '    source: [newsroom style book, desk memo]',
  '    examples:',
  '      - from: وصلت المساعدات إلى غزه ستريب.',
  '        to: وصلت المساعدات إلى قطاع غزة.',
  '      - {from: لا شيء هنا, to: لا شيء هنا}',
  '  - id: isis-latin',
  '    kind: discouraged',
  '    level: error',
  '    preferred: {text: داعش, fix: suggestion}',
  '    variants: [ISIS]',
  '    note: {ar: ملاحظة الدار, en: House note}',
  '    source: [newsroom style book, desk memo]',
  '    examples:',
  '      - {from: هاجم تنظيم ISIS المدينة, to: هاجم تنظيم داعش المدينة}',
  '',
].join('\n');
const FILES: ReadonlyArray<[string, string]> = [
  ['base.yaml', BASE],
  ['gov-uk.yaml', GOV_UK],
  ['newsroom.yaml', NEWSROOM],
];

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const lines = (d: Dictionary) => d.entries.map((e) => [e.file, e.line, e.examples.map((x) => x.line)]);
/** The terms of a dictionary as the rules compile them, entries by id. */
const compiled = (d: Dictionary) => {
  const terms = compileEntries(d.entries);
  return {
    terms: terms.terms,
    candidates: [...terms.candidates].map(([key, list]) => [
      key,
      list.map((c) => [c.entry.id, c.form, c.inflection, c.normal]),
    ]),
    hash: terms.list.hash,
  };
};

/** Every example's texts, one paragraph each: a text with findings of every entry. */
function exampleText(...texts: string[]): string {
  const dictionaries = texts.map((t, k) => loadDictionary(t, `text-${k}.yaml`));
  return dictionaries.flatMap((d) => d.entries.flatMap((e) => e.examples.map((x) => x.from))).join('\n\n');
}

async function findingsWith(text: string): Promise<Finding[]> {
  const settings = {
    terminology: prepareSettings({
      base: false,
      dictionaries: FILES.map(([file, content]) => ({ file, text: content })),
    }),
  };
  const found: Finding[] = [];
  for (const rule of [preferredTerms, consistentTerms])
    found.push(...(await checkRule(rule, text, { settings, style: { terms: 'gov-uk' } })).findings);
  return found;
}

afterEach(() => {
  setContentCache(null);
  forgetLoadedDictionaries();
});

describe('the compact form of a dictionary', () => {
  it('reads back the dictionary parsed from the text: entries, keys in order, lines, terms', () => {
    for (const [file, text] of FILES) {
      const fresh = loadDictionary(text, file);
      const compact = dictionaryToCompact(fresh);
      expect(compact).toBeDefined();
      const full = loadDataFile<RawDictionary>(text, file, dictionarySchema);
      const back = dictionaryFromCompact(compact!, file, (pointer) => full.lineOf(pointer))!;
      expect(back).toBeDefined();
      expect(back).not.toBe(fresh);
      expect(plain(back)).toEqual(plain(fresh));
      expect(back.entries.map((e) => Object.keys(e))).toEqual(fresh.entries.map((e) => Object.keys(e)));
      expect(back.entries.map((e) => e.examples.map((x) => Object.keys(x)))).toEqual(
        fresh.entries.map((e) => e.examples.map((x) => Object.keys(x))),
      );
      expect(lines(back)).toEqual(lines(fresh));
      expect(compiled(back)).toEqual(compiled(fresh));
    }
  });

  it('keeps what only some entries have: level, sources, Latin forms, inflections, exceptions', () => {
    const back = dictionaryFromCompact(dictionaryToCompact(loadDictionary(NEWSROOM, 'n.yaml'))!, 'n.yaml', () => 0)!;
    const [gaza, isis] = back.entries;
    expect(gaza).toMatchObject({
      id: 'gaza-strip',
      kind: 'substitution',
      level: 'info',
      forms: [
        { inflections: ['قطاع غزة', 'لقطاع غزة'], fix: 'fix', nisba: false, latin: false },
        { inflections: ['غزه ستريب', 'لغزه ستريب'], fix: 'fix', nisba: false, latin: false },
      ],
      source: ['newsroom style book', 'desk memo'],
      exceptions: { quoted: false, before: [], after: [] },
      examples: [
        { from: 'وصلت المساعدات إلى غزه ستريب.', to: 'وصلت المساعدات إلى قطاع غزة.' },
        { from: 'لا شيء هنا', to: 'لا شيء هنا' },
      ],
    });
    expect(isis).toMatchObject({
      level: 'error',
      kind: 'discouraged',
      forms: [
        { inflections: ['داعش'], fix: 'suggestion', latin: false },
        { inflections: ['ISIS'], fix: 'fix', latin: true },
      ],
    });
    const govUk = dictionaryFromCompact(dictionaryToCompact(loadDictionary(GOV_UK, 'g.yaml'))!, 'g.yaml', () => 0)!;
    expect(govUk.entries.map((e) => e.exceptions)).toEqual(
      loadDictionary(GOV_UK, 'g.yaml').entries.map((e) => e.exceptions),
    );
    expect(govUk.entries.some((e) => e.exceptions.quoted && e.exceptions.before.length > 0)).toBe(true);
  });

  it('gives the same findings as the dictionaries parsed from their text, without running their examples', async () => {
    const text = exampleText(BASE, GOV_UK, NEWSROOM);
    const cache = mapCache();
    setContentCache(cache);
    forgetLoadedDictionaries();
    const runs = dictionaryExampleRuns();
    const fresh = await findingsWith(text);
    expect(dictionaryExampleRuns()).toBe(runs + 3);
    expect(cache.store.size).toBe(3);
    expect([...cache.store.values()].every((v) => v.startsWith(`bayan-terms\u0001${COMPACT_FORMAT}\u0001`))).toBe(true);
    forgetLoadedDictionaries();
    const cached = await findingsWith(text);
    expect(dictionaryExampleRuns()).toBe(runs + 3);
    expect(fresh.length).toBeGreaterThan(10);
    expect(cached).toEqual(fresh);
    const at = text.indexOf('غزه ستريب');
    expect(cached.filter((f) => f.message.includes('غزه ستريب'))[0]).toMatchObject({
      ruleId: 'terminology/preferred-terms',
      severity: 'info',
      message: 'Write “قطاع غزة” instead of “غزه ستريب”. House note',
      line: text.slice(0, at).split('\n').length,
    });
  });

  it('refuses a value cut short, changed in its structure, or of another format or version', () => {
    const fresh = loadDictionary(NEWSROOM, 'n.yaml');
    const compact = dictionaryToCompact(fresh)!;
    const read = (value: string) => dictionaryFromCompact(value, 'n.yaml', () => 0);
    expect(plain(read(compact))).toEqual(plain(fresh));
    // Cut anywhere (every position), or one field dropped.
    for (let cut = 0; cut < compact.length; cut++) expect(read(compact.slice(0, cut))).toBeUndefined();
    const fields = compact.split('\u0001');
    for (let k = 0; k < fields.length; k++)
      expect(read(fields.filter((_, j) => j !== k).join('\u0001'))).toBeUndefined();
    // A field more at the end; another version; the old JSON form; not a compact value at all.
    expect(read(`${compact}\u0001x`)).toBeUndefined();
    expect(read(compact.replace(`bayan-terms\u0001${COMPACT_FORMAT}`, 'bayan-terms\u00019'))).toBeUndefined();
    expect(read(oldJsonForm(fresh))).toBeUndefined();
    for (const value of ['', 'null', '[]', 'bayan-terms', `bayan-terms\u0001${COMPACT_FORMAT}\u0001`])
      expect(read(value)).toBeUndefined();
    // The first entry's shape (fields: magic, format, name, count, id, shape) with a kind that is none, a flag
    // bit that means nothing, a form count that does not fit the fields, a character more or less, below 0x20.
    const withShape = (shape: string) => [...fields.slice(0, 5), shape, ...fields.slice(6)].join('\u0001');
    const shape = fields[5]!;
    expect(read(withShape(shape))).toBeDefined();
    expect(read(withShape(String.fromCharCode(0x20 + 3) + shape.slice(1)))).toBeUndefined();
    expect(read(withShape(String.fromCharCode(0x20 + 0x100) + shape.slice(1)))).toBeUndefined();
    expect(read(withShape(shape.slice(0, 1) + String.fromCharCode(0x20 + 9) + shape.slice(2)))).toBeUndefined();
    expect(read(withShape(`${shape}!`))).toBeUndefined();
    expect(read(withShape(shape.slice(0, -1)))).toBeUndefined();
    expect(read(withShape('\u001f'))).toBeUndefined();
    // A back-reference forward, to itself, or to the header.
    const refAt = fields.findIndex((f) => f.startsWith('\u0002'));
    expect(refAt).toBeGreaterThan(0);
    for (const ref of [refAt + 1, refAt, 0, 1])
      expect(
        read([...fields.slice(0, refAt), `\u0002${ref.toString(36)}`, ...fields.slice(refAt + 1)].join('\u0001')),
      ).toBeUndefined();
  });

  it('loads a dictionary in full when the stored value is not one (cut short, another version), and stores it again', () => {
    const cache = mapCache();
    setContentCache(cache);
    const fresh = loadDictionary(NEWSROOM, 'n.yaml');
    const [key] = cache.store.keys();
    const good = cache.store.get(key!)!;
    for (const value of [
      good.slice(0, good.length - 1),
      good.slice(0, good.length / 2),
      good.replace(`bayan-terms\u0001${COMPACT_FORMAT}`, 'bayan-terms\u00011'),
      oldJsonForm(fresh),
    ]) {
      cache.store.set(key!, value);
      forgetLoadedDictionaries();
      const runs = dictionaryExampleRuns();
      expect(plain(loadDictionary(NEWSROOM, 'n.yaml'))).toEqual(plain(fresh));
      expect(dictionaryExampleRuns()).toBe(runs + 1);
      expect(cache.store.get(key!)).toBe(good);
    }
  });

  it('does not store a dictionary whose texts hold the form’s separators; it loads in full each time', () => {
    const cache = mapCache();
    setContentCache(cache);
    for (const char of ['\\x01', '\\x02']) {
      const text = NEWSROOM.replace('note: {ar: ملاحظة الدار, en: House note}', `note: {ar: ملاحظة, en: "a${char}b"}`);
      forgetLoadedDictionaries();
      const dictionary = loadDictionary(text, 'n.yaml');
      expect(dictionary.entries[0]!.note.en).toBe(`a${char === '\\x01' ? '\u0001' : '\u0002'}b`);
      expect(dictionaryToCompact(dictionary)).toBeUndefined();
      expect(cache.store.size).toBe(0);
    }
  });
});

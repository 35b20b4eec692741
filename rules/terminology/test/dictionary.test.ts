import { ConfigError, DataFileError, knownWordsOf, resolveConfig, RuleRegistry, validateConfig } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { pack } from '../src/index.js';
import {
  baseDictionary,
  checkExamples,
  houseStyles,
  loadDictionary,
  prepareSettings,
  type TerminologySettings,
} from '../src/settings.js';

const entry = (lines: string[]): string => ['name: test', 'entries:', ...lines].join('\n');
const GOOD = [
  '  - id: gaza-strip',
  '    kind: substitution',
  '    preferred: قطاع غزة',
  '    variants: [غزه ستريب]',
  '    note: {ar: نكتب «قطاع غزة»., en: We write “قطاع غزة”.}',
  '    source: newsroom style book',
  '    examples:',
  '      - from: وصلت المساعدات إلى غزه ستريب.',
  '        to: وصلت المساعدات إلى قطاع غزة.',
];

function dataError(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('no DataFileError');
}

describe('dictionaries', () => {
  it('ships base and gov-uk, every entry with a source, a note and examples', () => {
    expect(baseDictionary.entries.map((e) => e.id)).toEqual([
      'syria',
      'american',
      'sterling',
      'pound-spelling',
      'uk-name',
      'billion',
      'month-names',
      'month-spelling-egypt',
    ]);
    expect(houseStyles['gov-uk']!.entries.map((e) => [e.id, e.kind])).toEqual([
      ['daesh', 'substitution'],
      ['caliphate', 'discouraged'],
    ]);
    for (const e of [...baseDictionary.entries, ...houseStyles['gov-uk']!.entries]) {
      expect(e.source.length).toBeGreaterThan(0);
      expect(e.examples.length).toBeGreaterThan(0);
    }
  });

  it("the shipped dictionaries' examples hold (they are not re-run at start-up)", () => {
    expect(() => checkExamples(baseDictionary)).not.toThrow();
    expect(() => checkExamples(houseStyles['gov-uk']!)).not.toThrow();
    expect(baseDictionary.entries.find((e) => e.id === 'syria')!.line).toBeGreaterThan(1);
  });

  it('keeps spelling pairs the catalog shows used both ways as consistency, not substitution', () => {
    const kinds = new Map([...baseDictionary.entries, ...houseStyles['gov-uk']!.entries].map((e) => [e.id, e.kind]));
    for (const id of ['sterling', 'syria', 'american', 'uk-name', 'billion', 'month-names'])
      expect(kinds.get(id)).toBe('consistency');
    expect(
      houseStyles['gov-uk']!.entries.some((e) =>
        e.forms.some((f) => f.inflections.some((i) => i.includes('استرليني') || i.includes('إسترليني'))),
      ),
    ).toBe(false);
  });

  it('loads a valid user dictionary', () => {
    expect(loadDictionary(entry(GOOD), 'terms.yaml').entries[0]!.forms.map((f) => f.inflections)).toEqual([
      ['قطاع غزة'],
      ['غزه ستريب'],
    ]);
  });

  it('names the file and line of a failing example', () => {
    const bad = [...GOOD.slice(0, 8), '        to: وصلت المساعدات إلى غزة.'];
    const error = dataError(() => loadDictionary(entry(bad), 'terms.yaml'));
    expect(error).toMatchObject({ file: 'terms.yaml', line: 10 });
    expect(error.message).toBe(
      'terms.yaml:10: example of "gaza-strip" does not hold: «وصلت المساعدات إلى غزه ستريب.» becomes «وصلت المساعدات إلى قطاع غزة.», not «وصلت المساعدات إلى غزة.»',
    );
  });

  it('rejects an example whose result is still reported', () => {
    const bad = [...GOOD.slice(0, 7), '      - {from: قال غزه ستريب, to: قال غزه ستريب غزه ستريب}'];
    expect(dataError(() => loadDictionary(entry(bad), 'terms.yaml')).message).toContain(
      'terms.yaml:10: example of "gaza-strip" does not hold',
    );
  });

  it('names the line of a schema problem', () => {
    const bad = GOOD.map((l) => l.replace('kind: substitution', 'kind: replace'));
    const error = dataError(() => loadDictionary(entry(bad), 'terms.yaml'));
    expect(error.line).toBe(4);
    expect(error.message.startsWith('terms.yaml:4: entries[0].kind')).toBe(true);
  });

  it('rejects duplicate ids and uneven inflection lists', () => {
    expect(dataError(() => loadDictionary(entry([...GOOD, ...GOOD]), 'terms.yaml')).message).toBe(
      'terms.yaml:12: entries[1].id "gaza-strip" is already used on line 3',
    );
    const uneven = GOOD.map((l) => l.replace('variants: [غزه ستريب]', 'variants: [[غزه ستريب, غزة ستريب]]'));
    expect(dataError(() => loadDictionary(entry(uneven), 'terms.yaml')).message).toBe(
      'terms.yaml:6: entries[0] ("gaza-strip"): every form needs the same number of inflections (1, like preferred); this one has 2',
    );
  });

  // A generated dictionary: entry i prefers word 2i over word 2i+1 (four distinct letters each, so no entry's words are another's).
  const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكمنهي';
  const word = (k: number): string =>
    Array.from({ length: 4 }, (_, d) => LETTERS[Math.floor(k / LETTERS.length ** d) % LETTERS.length]).join('');
  function generated(n: number, wrong: number): string {
    const lines = ['name: generated', 'entries:'];
    for (let i = 0; i < n; i++) {
      const [preferred, variant] = [word(2 * i), word(2 * i + 1)];
      lines.push(
        `  - id: t${i}`,
        '    kind: substitution',
        `    preferred: ${preferred}`,
        `    variants: [${variant}]`,
        '    note: {ar: مولّد, en: generated}',
        '    source: test',
        `    examples: [{from: ${variant}, to: ${i === wrong ? variant : preferred}}]`,
      );
    }
    return lines.join('\n') + '\n';
  }

  it('names the file and line of a wrong example in entry 9,000 of a 10,000-entry dictionary', () => {
    const error = dataError(() => loadDictionary(generated(10_000, 8999), 'big.yaml'));
    // Entry k (from 0) starts on line 3 + 7k; its examples are its seventh line.
    expect(error).toMatchObject({ file: 'big.yaml', line: 3 + 7 * 8999 + 6 });
    expect(error.message).toBe(
      `big.yaml:63002: example of "t8999" does not hold: «${word(17999)}» becomes «${word(17998)}», not «${word(17999)}»`,
    );
  }, 120_000);

  it('a correct 10,000-entry dictionary loads, with the line of every entry and example on demand', () => {
    const dictionary = loadDictionary(generated(10_000, -1), 'big.yaml');
    expect(dictionary.entries).toHaveLength(10_000);
    expect(dictionary.entries[9999]!.forms.map((f) => f.inflections)).toEqual([[word(19998)], [word(19999)]]);
    expect([
      dictionary.entries[0]!.line,
      dictionary.entries[9999]!.line,
      dictionary.entries[9999]!.examples[0]!.line,
    ]).toEqual([3, 3 + 7 * 9999, 3 + 7 * 9999 + 6]);
  }, 120_000);

  it('gives the same entries and lines for plain YAML (fast reader) and YAML with an anchor (full reader)', () => {
    const anchored = GOOD.map((l) => l.replace('    note: {', '    note: &note {'));
    const [plain, full] = [loadDictionary(entry(GOOD), 'terms.yaml'), loadDictionary(entry(anchored), 'terms.yaml')];
    expect(full.entries[0]!.note).toEqual({ ar: 'نكتب «قطاع غزة».', en: 'We write “قطاع غزة”.' });
    expect(plain.entries).toEqual(full.entries);
    expect([plain.entries[0]!.line, plain.entries[0]!.examples[0]!.line]).toEqual([3, 10]);
  });

  it('loads a file once per content: the same text again (another string) is the same dictionary, a changed one is not', () => {
    const text = entry(GOOD);
    const first = loadDictionary(text, 'cached.yaml');
    expect(loadDictionary(entry([...GOOD]), 'cached.yaml')).toBe(first);
    const changed = loadDictionary(text.replace('newsroom style book', 'newsroom style book, 2025'), 'cached.yaml');
    expect(changed).not.toBe(first);
    expect(changed.entries[0]!.source).toEqual(['newsroom style book, 2025']);
    expect(loadDictionary(text, 'other.yaml')).not.toBe(first);
    expect(loadDictionary(text, 'cached.yaml')).toBe(first);
    // Settings from equal sections share their compiled terms; another dictionary makes other settings.
    const section = (t: string) => ({ dictionaries: [{ file: 'cached.yaml', text: t }] });
    expect(prepareSettings(section(entry([...GOOD])))).toBe(prepareSettings(section(text)));
    expect(prepareSettings(section(text.replace('newsroom style book', 'newsroom style book, 2025')))).not.toBe(
      prepareSettings(section(text)),
    );
  });

  it('prepareSettings needs the host to have read each path', () => {
    expect(dataError(() => prepareSettings({ dictionaries: ['./terms.yaml'] })).message).toBe(
      './terms.yaml:1: the dictionary was not read: the host must replace each path with {file, text}',
    );
  });
});

describe('the pack in a config', () => {
  const registry = new RuleRegistry([pack]);

  it('is in recommended', () => {
    const resolved = resolveConfig(null, 'release.md', registry);
    expect(resolved.rules['terminology/preferred-terms']?.severity).toBe('warning');
    expect(resolved.rules['terminology/consistent-terms']?.severity).toBe('warning');
  });

  it('switches the gov-uk house style on through the preset, and keeps it beside user dictionaries', () => {
    const text = ['name: newsroom', 'entries:', ...GOOD].join('\n');
    const config = validateConfig(
      {
        extends: ['recommended', 'terminology/gov-uk'],
        style: { termChoices: { syria: 'سورية' } },
        terminology: { dictionaries: [{ file: 'terms.yaml', text }] },
      },
      'bayan.config.yaml',
      registry,
    );
    const resolved = resolveConfig(config, 'release.md', registry, 'bayan.config.yaml');
    expect(resolved.style).toEqual({ terms: 'gov-uk', termChoices: { syria: 'سورية' } });
    const settings = resolved.settings.terminology as TerminologySettings;
    expect(settings.dictionaries.map((d) => d.name)).toEqual(['newsroom']);
  });

  it('turns a bad user dictionary into a config error naming file and line', () => {
    const bad = ['name: newsroom', 'entries:', ...GOOD.slice(0, 8), '        to: خطأ'].join('\n');
    const config = validateConfig(
      { terminology: { dictionaries: [{ file: 'terms.yaml', text: bad }] } },
      'bayan.config.yaml',
      registry,
    );
    expect(() => resolveConfig(config, 'release.md', registry, 'bayan.config.yaml')).toThrow(ConfigError);
    expect(() => resolveConfig(config, 'release.md', registry, 'bayan.config.yaml')).toThrow(
      /terms\.yaml:10: example of "gaza-strip" does not hold/u,
    );
  });

  it('contributes its words to settings.knownWords (the spelling rule accepts them): shipped lists, then the config’s dictionaries', () => {
    const [shipped] = knownWordsOf(resolveConfig(null, 'release.md', registry).settings);
    expect(shipped!.has('داعش')).toBe(true);
    expect(shipped!.has('إسترليني')).toBe(true);
    expect(shipped!.has('ستريب')).toBe(false);
    const text = ['name: newsroom', 'entries:', ...GOOD].join('\n');
    const config = validateConfig(
      { terminology: { dictionaries: [{ file: 'terms.yaml', text }] } },
      'bayan.config.yaml',
      registry,
    );
    const [withUser] = knownWordsOf(resolveConfig(config, 'release.md', registry, 'bayan.config.yaml').settings);
    expect([withUser!.has('داعش'), withUser!.has('ستريب'), withUser!.has('غزه'), withUser!.has('قطاع')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(knownWordsOf(resolveConfig(config, 'other.md', registry, 'bayan.config.yaml').settings)[0]).toBe(withUser);
  });

  it('accepts dictionary paths in the config and rejects unknown house styles', () => {
    expect(() => validateConfig({ terminology: { dictionaries: ['./terms.yaml'] } }, 'c.yaml', registry)).not.toThrow();
    expect(() => validateConfig({ style: { terms: 'bbc' } }, 'c.yaml', registry)).toThrow(ConfigError);
    expect(() => validateConfig({ terminology: { dictionary: [] } }, 'c.yaml', registry)).toThrow(ConfigError);
  });
});

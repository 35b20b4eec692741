/**
 * Which dictionaries are active, and their compiled matchers.
 *
 * - `base` (data/base.yaml) is always on unless `terminology.base: false`.
 * - House styles shipped with the pack (data/gov-uk.yaml) are switched on by
 *   `style.terms: gov-uk` (what the `terminology/gov-uk` preset sets). The
 *   style block merges key by key across presets and configs, so a config
 *   that adds its own `terminology` section keeps the house style.
 * - User dictionaries: `terminology.dictionaries`, read by the host and
 *   handed over as `{file, text}`; prepareSettings loads, validates and
 *   checks their examples once. Later dictionaries replace entries of
 *   earlier ones with the same id.
 */
import { DataFileError, embeddedDataFile, type JsonSchema, type RuleContext } from '@bayan/core';
import { compileTermLists, tokenizeStream, type TokenStream } from '@bayan/arabic';
import { parseDictionary, type Dictionary, type Entry, type RawDictionary } from './dictionary.js';
import { loadDictionaryFile } from './load.js';
import { compileEntries, entryTerms, indexStream, occurrencesIn, type CompiledTerms } from './occurrences.js';
import { applyEdits, planConsistency, planPreferred } from './plan.js';
import * as baseData from './data/base.generated.js';
import * as govUkData from './data/gov-uk.generated.js';

/** The dictionary schema (data/dictionary.schema.json), for user dictionaries too. */
export const dictionarySchema: JsonSchema = baseData.schema;

/**
 * The token stream of an example text: the stream tokenizer every document goes through
 * (no prose tree is built for the thousands of examples a dictionary brings).
 */
export function exampleStream(text: string): TokenStream {
  return tokenizeStream(text);
}

/**
 * Runs every entry's examples; a failing one throws DataFileError with the
 * example's line. Each entry is checked as if it were the only one: its own
 * tag of one matcher compiled for all the entries (no other entry's longer
 * term can hide it), run once on the token stream of each example.
 */
export function checkExamples(dictionary: Dictionary): void {
  const { entries } = dictionary;
  if (entries.length === 0) return;
  const perEntry = entries.map((entry) => entryTerms([entry]));
  const matcher = compileTermLists(perEntry.map((terms) => ({ terms: terms.terms })));
  entries.forEach((entry, e) => {
    const edits = (text: string) => {
      const stream = exampleStream(text);
      const matches = matcher.run(stream, { tags: [e], once: true })[e] ?? [];
      const occurrences = occurrencesIn(indexStream(stream), text, perEntry[e]!, matches);
      const planned =
        entry.kind === 'consistency' ? planConsistency(occurrences, text) : planPreferred(occurrences, text);
      return planned.map((p) => p.edit);
    };
    for (const example of entry.examples) {
      const fail = (problem: string): never => {
        throw new DataFileError(dictionary.file, example.line, `example of "${entry.id}" does not hold: ${problem}`);
      };
      const fromEdits = edits(example.from);
      if (entry.kind === 'discouraged') {
        if (example.from !== example.to && fromEdits.length === 0) fail(`«${example.from}» is not reported`);
      } else {
        const got = applyEdits(example.from, fromEdits);
        if (got !== example.to) fail(`«${example.from}» becomes «${got}», not «${example.to}»`);
      }
      if (example.from !== example.to && edits(example.to).length > 0) fail(`«${example.to}» is still reported`);
    }
  });
}

// Loaded dictionaries by file and content: a run (or a worker) that sees the same
// dictionary again, through another config object, neither parses nor checks it twice.
const loaded = new Map<string, Dictionary>();
const LOADED_LIMIT = 64;

/**
 * A user's dictionary: YAML validated against the schema (plain YAML through
 * the fast reader of load.ts, lines only on demand), then its examples run
 * (once per file and content).
 */
export function loadDictionary(text: string, file: string): Dictionary {
  const key = `${file}\0${text}`;
  const known = loaded.get(key);
  if (known) return known;
  const dictionary = parseDictionary(loadDictionaryFile<RawDictionary>(text, file, dictionarySchema));
  checkExamples(dictionary);
  if (loaded.size >= LOADED_LIMIT) loaded.clear();
  loaded.set(key, dictionary);
  return dictionary;
}

// The shipped dictionaries were validated when the pack was built, and their
// examples run in the tests (test/dictionary.test.ts), not on every start-up.
export const baseDictionary = parseDictionary(embeddedDataFile<RawDictionary>(baseData));
/** House styles shipped with the pack, by the name `style.terms` uses. */
export const houseStyles: Readonly<Record<string, Dictionary>> = {
  'gov-uk': parseDictionary(embeddedDataFile<RawDictionary>(govUkData)),
};

export const settingsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    dictionaries: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['file', 'text'],
            properties: { file: { type: 'string' }, text: { type: 'string' } },
          },
        ],
      },
    },
    base: { type: 'boolean' },
  },
};

export const styleSchema: Readonly<Record<string, JsonSchema>> = {
  terms: {
    anyOf: [
      { enum: Object.keys(houseStyles) },
      { type: 'array', uniqueItems: true, items: { enum: Object.keys(houseStyles) } },
    ],
  },
  termChoices: {
    type: 'object',
    propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    additionalProperties: { type: 'string', minLength: 1 },
  },
};

const BRAND = 'bayan/terminology-settings';

export interface TerminologySettings {
  brand: typeof BRAND;
  base: boolean;
  dictionaries: readonly Dictionary[];
  /** Compiled term sets by house-style list. */
  compiled: Map<string, CompiledTerms>;
}

// Settings by the dictionaries they load: equal sections share their compiled matchers.
const preparedByContent = new Map<string, TerminologySettings>();

export function prepareSettings(section: unknown): TerminologySettings {
  const raw = (section ?? {}) as { dictionaries?: Array<string | { file: string; text: string }>; base?: boolean };
  const dictionaries = (raw.dictionaries ?? []).map((item) => {
    if (typeof item === 'string') {
      throw new DataFileError(
        item,
        1,
        'the dictionary was not read: the host must replace each path with {file, text}',
      );
    }
    return loadDictionary(item.text, item.file);
  });
  const base = raw.base ?? true;
  const key = `${base}\0${(raw.dictionaries ?? []).map((item) => (typeof item === 'string' ? item : `${item.file}\0${item.text}`)).join('\0\0')}`;
  let settings = preparedByContent.get(key);
  if (!settings) {
    settings = { brand: BRAND, base, dictionaries, compiled: new Map() };
    if (preparedByContent.size >= LOADED_LIMIT) preparedByContent.clear();
    preparedByContent.set(key, settings);
  }
  return settings;
}

const defaults = prepareSettings({});

/** The words of every inflection of every form of these dictionaries. */
function dictionaryWords(dictionaries: readonly Dictionary[]): Set<string> {
  const out = new Set<string>();
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      for (const form of entry.forms) {
        for (const inflection of form.inflections) for (const word of inflection.split(/\s+/)) if (word) out.add(word);
      }
    }
  }
  return out;
}

const shippedWords = dictionaryWords([baseDictionary, ...Object.values(houseStyles)]);
const knownBySettings = new WeakMap<TerminologySettings, ReadonlySet<string>>();

/**
 * The pack's known words (RulePack.knownWords): every word of the shipped
 * dictionaries (base and house styles) and of the config's dictionaries, as
 * written. The orthography pack's spelling rule accepts them: this pack
 * reports their variants.
 */
export function knownWords(section: unknown): ReadonlySet<string> {
  const settings =
    section === undefined || section === null || typeof section !== 'object' ? defaults : settingsFromSection(section);
  if (settings.dictionaries.length === 0) return shippedWords;
  let words = knownBySettings.get(settings);
  if (!words) {
    words = new Set([...shippedWords, ...dictionaryWords(settings.dictionaries)]);
    knownBySettings.set(settings, words);
  }
  return words;
}
const preparedHere = new WeakMap<object, TerminologySettings>();

function settingsOf(context: RuleContext<unknown>): TerminologySettings {
  const section = context.settings.terminology;
  if (section === undefined || section === null || typeof section !== 'object') return defaults;
  return settingsFromSection(section);
}

function settingsFromSection(section: object): TerminologySettings {
  if ((section as Partial<TerminologySettings>).brand === BRAND) return section as TerminologySettings;
  // A section that did not pass through prepareSettings (a host without packs' hooks).
  let prepared = preparedHere.get(section);
  if (!prepared) {
    prepared = prepareSettings(section);
    preparedHere.set(section, prepared);
  }
  return prepared;
}

/** The compiled terms for a rule's context: base, house styles from style.terms, then user dictionaries. */
export function activeTerms(context: RuleContext<unknown>): CompiledTerms {
  const settings = settingsOf(context);
  const terms = context.style.terms;
  const names =
    typeof terms === 'string'
      ? [terms]
      : Array.isArray(terms)
        ? terms.filter((t): t is string => typeof t === 'string')
        : [];
  const key = names.join(',');
  let compiled = settings.compiled.get(key);
  if (!compiled) {
    const chain = [
      ...(settings.base ? [baseDictionary] : []),
      ...names.map((n) => houseStyles[n]).filter((d): d is Dictionary => d !== undefined),
      ...settings.dictionaries,
    ];
    const byId = new Map<string, Entry>();
    for (const dictionary of chain) for (const entry of dictionary.entries) byId.set(entry.id, entry);
    compiled = compileEntries([...byId.values()]);
    settings.compiled.set(key, compiled);
  }
  return compiled;
}

export function termChoices(context: RuleContext<unknown>): Readonly<Record<string, unknown>> {
  const choices = context.style.termChoices;
  return choices !== null && typeof choices === 'object' ? (choices as Record<string, unknown>) : {};
}

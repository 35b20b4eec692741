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
import {
  contentCache,
  DataFileError,
  embeddedDataFile,
  loadDataFile,
  textFilesSettingSchema,
  type DataFile,
  type Edit,
  type JsonSchema,
  type RuleContext,
} from '@bayan/core';
import { compileTermLists, TokenStreamBuilder, tokenizeStream, type TokenStream } from '@bayan/arabic';
import { compileDictionaries } from './chain.js';
import { COMPACT_FORMAT, CompactDictionary, dictionaryFromCompact, dictionaryToCompact } from './compact.js';
import { parseDictionary, type Dictionary, type Entry, type RawDictionary } from './dictionary.js';
import { loadDictionaryFile } from './load.js';
import {
  entryTerms,
  mergeEntryTerms,
  type EntryTerms,
  indexStream,
  occurrencesIn,
  type CompiledTerms,
  type Occurrence,
} from './occurrences.js';
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

/** The edits an entry's rule makes in a text: preferred-terms for substitution and discouraged entries, else consistent-terms. */
function plannedEdits(entry: Entry, occurrences: Occurrence[], text: string): Edit[] {
  const planned = entry.kind === 'consistency' ? planConsistency(occurrences, text) : planPreferred(occurrences, text);
  return planned.map((p) => p.edit);
}

/**
 * The edits of entry `e` in one example text, the text matched alone (its own
 * stream). `checkExamples` finds the same edits for all the texts at once
 * (`exampleEdits`); this is the reference it is tested against.
 */
export function exampleEditsAlone(entries: readonly Entry[], e: number, text: string): Edit[] {
  const terms = entryTerms([entries[e]!]);
  const stream = exampleStream(text);
  const matches = compileTermLists([{ terms: terms.terms }]).run(stream, { once: true })[0] ?? [];
  return plannedEdits(entries[e]!, occurrencesIn(indexStream(stream), text, terms, matches), text);
}

/**
 * The edits of each entry in each of its texts, for all of them at once:
 * one stream holds every text (`TokenStreamBuilder`: each text a run of its
 * own, tokenized exactly as alone, and a paragraph of its own, so no match,
 * sentence, quotation or neighbouring word reaches into another), one
 * matcher has every entry as its own tag (each entry matched as if it were
 * the only one) and runs once over it; then each text's matches of its
 * entry go through the conditions and the plan alone, and the edits are
 * given relative to the text.
 */
export function exampleEdits(
  entries: readonly Entry[],
  texts: ReadonlyArray<{ entry: number; text: string }>,
  perEntry: readonly EntryTerms[] = entries.map((entry) => entryTerms([entry])),
): Edit[][] {
  // Texts side by side, one line break apart (the break is in no run: it is not tokenized).
  const starts: number[] = [];
  let at = 0;
  for (const { text } of texts) {
    starts.push(at);
    at += text.length + 1;
  }
  const joined = texts.map((t) => t.text).join('\n');
  const builder = new TokenStreamBuilder(joined, { paragraphs: 'blank-lines' });
  texts.forEach(({ text }, k) => {
    builder.addRun(text, starts[k]!);
    builder.endParagraph();
  });
  const stream = builder.finish();
  const byTag = compileTermLists(perEntry.map((terms) => ({ terms: terms.terms }))).run(stream);
  const index = indexStream(stream);
  // Each entry's matches in document order; texts come in any order, so each tag is read through a cursor
  // that only moves forward for texts in order (the usual case), and searched from the start otherwise.
  const cursor = new Map<number, number>();
  return texts.map(({ entry: e, text }, k) => {
    const start = starts[k]!;
    const end = start + text.length;
    const all = byTag[e] ?? [];
    let c = cursor.get(e) ?? 0;
    if (c > 0 && all[c - 1]!.start >= start) c = 0;
    while (c < all.length && all[c]!.start < start) c++;
    const from = c;
    while (c < all.length && all[c]!.start < end) c++;
    cursor.set(e, c);
    if (from === c) return [];
    const occurrences = occurrencesIn(index, joined, perEntry[e]!, all.slice(from, c));
    return plannedEdits(entries[e]!, occurrences, joined).map((edit) => ({
      range: [edit.range[0] - start, edit.range[1] - start],
      text: edit.text,
    }));
  });
}

/**
 * Runs every entry's examples; a failing one throws DataFileError with the
 * example's line. Each entry is checked as if it were the only one (see
 * `exampleEdits`: every text of every example in one stream, one pass).
 * Returns the terms of all the entries (`entryTerms`), made from those of each
 * entry that the check compiled (the compact form stores them).
 */
export function checkExamples(dictionary: Dictionary): EntryTerms {
  const { entries } = dictionary;
  if (entries.length === 0) return entryTerms(entries);
  const perEntry = entries.map((entry) => entryTerms([entry]));
  const texts: Array<{ entry: number; text: string }> = [];
  entries.forEach((entry, e) => {
    for (const example of entry.examples) {
      texts.push({ entry: e, text: example.from });
      if (example.from !== example.to) texts.push({ entry: e, text: example.to });
    }
  });
  const edits = exampleEdits(entries, texts, perEntry);
  let k = 0;
  entries.forEach((entry) => {
    for (const example of entry.examples) {
      const fail = (problem: string): never => {
        throw new DataFileError(dictionary.file, example.line, `example of "${entry.id}" does not hold: ${problem}`);
      };
      const fromEdits = edits[k++]!;
      const toEdits = example.from !== example.to ? edits[k++]! : fromEdits;
      if (entry.kind === 'discouraged') {
        if (example.from !== example.to && fromEdits.length === 0) fail(`«${example.from}» is not reported`);
      } else {
        const got = applyEdits(example.from, fromEdits);
        if (got !== example.to) fail(`«${example.from}» becomes «${got}», not «${example.to}»`);
      }
      if (example.from !== example.to && toEdits.length > 0) fail(`«${example.to}» is still reported`);
    }
  });
  return mergeEntryTerms(entries, perEntry);
}

// Loaded dictionaries by file and content: a run (or a worker) that sees the same
// dictionary again, through another config object, neither parses nor checks it twice.
// By file, then the text compared with `===` (a length check, then the native
// comparison): a Map keyed by the text itself would compare it with every stored
// key of the same length, after building the key.
const loaded = new Map<string, Array<{ text: string; dictionary: Dictionary }>>();
const LOADED_LIMIT = 64;
let loadedCount = 0;

/**
 * What a host's cache (ContentCache, @bayan/core) keeps for a dictionary is
 * named by this key and the file's text: the stored form (compact.ts) and
 * the schema the text was checked against (the host adds Bayan's version
 * and build).
 */
const CACHE_KEY = `terminology/dictionary\0format ${COMPACT_FORMAT}\0${JSON.stringify(dictionarySchema)}`;

let exampleRuns = 0;

/** How many times this thread has run a dictionary's examples (for tests: a cached dictionary adds none). */
export function dictionaryExampleRuns(): number {
  return exampleRuns;
}

/** Forgets the dictionaries loaded in this thread (for tests: the next load goes to the host's cache, if any). */
export function forgetLoadedDictionaries(): void {
  loaded.clear();
  loadedCount = 0;
}

/**
 * A user's dictionary: YAML validated against the schema (plain YAML through
 * the fast reader of load.ts, lines only on demand), then its examples run
 * (once per file and content).
 *
 * With a host's cache (the command line's: a per-user folder), a dictionary
 * whose examples all held is stored there in the compact form of compact.ts
 * (its entries, as parseDictionary made them, and their terms' compared
 * spellings); a later run with the same text takes the entries from there
 * and neither parses the YAML, runs the examples nor normalises a term.
 * A dictionary that fails is never stored: its problem is reported on every
 * run. Lines are still worked out on demand from the text.
 */
export function loadDictionary(text: string, file: string): Dictionary {
  const known = loaded.get(file)?.find((item) => item.text === text);
  if (known) return known.dictionary;
  const cache = contentCache();
  let lines: DataFile<RawDictionary> | undefined;
  const lineOf = (pointer: string): number => {
    lines ??= loadDataFile<RawDictionary>(text, file, dictionarySchema);
    return lines.lineOf(pointer);
  };
  const stored = cache?.get(CACHE_KEY, text);
  let dictionary = stored === undefined ? undefined : dictionaryFromCompact(stored, file, lineOf);
  if (!dictionary) {
    dictionary = parseDictionary(loadDictionaryFile<RawDictionary>(text, file, dictionarySchema));
    exampleRuns++;
    const terms = checkExamples(dictionary);
    if (cache) {
      const compact = dictionaryToCompact(dictionary, terms);
      if (compact !== undefined) cache.set(CACHE_KEY, text, compact);
    }
  }
  if (loadedCount >= LOADED_LIMIT) {
    loaded.clear();
    loadedCount = 0;
  }
  let versions = loaded.get(file);
  if (!versions) loaded.set(file, (versions = []));
  versions.push({ text, dictionary });
  loadedCount++;
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
    dictionaries: textFilesSettingSchema,
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
const serials = new WeakMap<Dictionary, number>();
let nextSerial = 0;

function serialOf(dictionary: Dictionary): number {
  let serial = serials.get(dictionary);
  if (serial === undefined) serials.set(dictionary, (serial = nextSerial++));
  return serial;
}

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
  // The same content gives the same Dictionary object (loadDictionary's cache): the key is their serial numbers.
  const key = `${base}\0${dictionaries.map(serialOf).join(',')}`;
  let settings = preparedByContent.get(key);
  if (!settings) {
    settings = { brand: BRAND, base, dictionaries, compiled: new Map() };
    if (preparedByContent.size >= LOADED_LIMIT) preparedByContent.clear();
    preparedByContent.set(key, settings);
  }
  return settings;
}

const defaults = prepareSettings({});

const SPACES = /\s+/u;

/** Adds the words of every inflection of every form of these dictionaries to `out`. */
function dictionaryWords(dictionaries: readonly Dictionary[], out = new Set<string>()): Set<string> {
  for (const dictionary of dictionaries) {
    // A dictionary from the cache gives its inflections without building its entries.
    if (dictionary instanceof CompactDictionary)
      for (const inflection of dictionary.inflectionWords()) add(out, inflection);
    else
      for (const entry of dictionary.entries)
        for (const form of entry.forms) for (const s of form.inflections) add(out, s);
  }
  return out;
}

/** Adds an inflection's words. */
function add(out: Set<string>, inflection: string): void {
  // Inflections are trimmed with single spaces (toForm): most are one word.
  if (!inflection.includes(' ')) {
    if (inflection) out.add(inflection);
  } else for (const word of inflection.split(SPACES)) if (word) out.add(word);
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
    words = dictionaryWords(settings.dictionaries, new Set(shippedWords));
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
    compiled = compileDictionaries(chain);
    settings.compiled.set(key, compiled);
  }
  return compiled;
}

export function termChoices(context: RuleContext<unknown>): Readonly<Record<string, unknown>> {
  const choices = context.style.termChoices;
  return choices !== null && typeof choices === 'object' ? (choices as Record<string, unknown>) : {};
}

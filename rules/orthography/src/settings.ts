/**
 * The orthography pack's config section: words the spelling rule accepts, and
 * a project's additions to the misspellings list.
 *
 *   orthography:
 *     words: [كوفاكس, الأونروا]        # accepted as written, with any clitics
 *     wordFiles: [./words.txt]         # one word per line, `#` starts a comment
 *     misspellings: [./house.yaml]     # entries in data/misspellings.yaml's shape
 *
 * The host replaces each `wordFiles` path with `{file, text}` and each
 * `misspellings` path with `{file, data}`, validated against the built-in
 * list's schema with its examples run (the pack's `fileSettings`, index.ts;
 * see misspellings-list.ts). The house dictionary's terms are accepted
 * too: they reach this pack as `settings.knownWords`, the words that packs
 * contribute through core (RulePack.knownWords; the terminology pack gives
 * its base list, house styles and the config's dictionaries), so no pack
 * imports another.
 */
import { normalizeWord } from '@bayan/arabic';
import {
  dataFilesSettingSchema,
  textFilesSettingSchema,
  DataFileError,
  knownWordsOf,
  type FileSetting,
  type LoadedDataFile,
} from '@bayan/core';
import { misspellingFiles, misspellingsFileSchema } from './misspellings-list.js';

type JsonSchema = Record<string, unknown>;

export const settingsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    words: { type: 'array', items: { type: 'string', minLength: 1 } },
    wordFiles: textFilesSettingSchema,
    misspellings: dataFilesSettingSchema,
  },
};

/** The settings that name files: the host reads them (misspellings files are checked against the built-in list's schema). */
export const fileSettings: Readonly<Record<string, FileSetting>> = {
  wordFiles: {},
  misspellings: { schema: misspellingsFileSchema },
};

const BRAND = Symbol('orthography settings');

export interface OrthographySettings {
  brand: typeof BRAND;
  /** Normalised accepted words. */
  accepted: ReadonlySet<string>;
  /** A project's misspellings files, as the host read them (see misspellings-list.ts). */
  misspellings: ReadonlyArray<LoadedDataFile>;
}

/** One word per line; blank lines and `#` comments are skipped; spaces split phrases into words. */
export function parseWordFile(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const content = line.replace(/#.*/, '').trim();
    if (content) out.push(...content.split(/\s+/));
  }
  return out;
}

export function prepareSettings(section: unknown): OrthographySettings {
  const raw = (section ?? {}) as {
    words?: string[];
    wordFiles?: Array<string | { file: string; text: string }>;
    misspellings?: unknown[];
  };
  const accepted = new Set<string>();
  for (const word of raw.words ?? []) accepted.add(normalizeWord(word));
  for (const item of raw.wordFiles ?? []) {
    if (typeof item === 'string')
      throw new DataFileError(item, 1, 'the word file was not read: the host must replace each path with {file, text}');
    for (const word of parseWordFile(item.text)) accepted.add(normalizeWord(word));
  }
  for (const item of raw.misspellings ?? []) {
    if (typeof item === 'string')
      throw new DataFileError(
        item,
        1,
        'the misspellings file was not read: the host must replace each path with {file, data}',
      );
  }
  return { brand: BRAND, accepted, misspellings: misspellingFiles(section) };
}

const defaults = prepareSettings({});
const preparedHere = new WeakMap<object, OrthographySettings>();
/** Normalised forms of each pack's known-word set, computed once per set. */
const normalisedSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
const noWords: ReadonlySet<string> = new Set();
let lastSets: readonly ReadonlySet<string>[] | undefined;
let lastUnion: ReadonlySet<string> = noWords;

function normalised(words: ReadonlySet<string>): ReadonlySet<string> {
  let out = normalisedSets.get(words);
  if (!out) {
    const set = new Set<string>();
    for (const word of words) set.add(normalizeWord(word));
    normalisedSets.set(words, (out = set));
  }
  return out;
}

/** The normalised union of the packs' known words in these settings (one set per distinct list of sets). */
function houseWordsOf(settings: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  const sets = knownWordsOf(settings);
  if (sets.length === 0) return noWords;
  if (sets.length === 1) return normalised(sets[0]!);
  if (lastSets && lastSets.length === sets.length && lastSets.every((s, i) => s === sets[i])) return lastUnion;
  const union = new Set<string>();
  for (const set of sets) for (const word of normalised(set)) union.add(word);
  lastSets = sets;
  lastUnion = union;
  return union;
}

interface SpellingSettings {
  accepted: ReadonlySet<string>;
  houseWords: ReadonlySet<string>;
}

/** Per resolved settings object (read-only once resolved, and shared by the documents of a folder). */
const spellingSettingsOf = new WeakMap<object, SpellingSettings>();

/** What the spelling rule reads from `context.settings` (once per settings object). */
export function spellingSettings(settings: Readonly<Record<string, unknown>>): SpellingSettings {
  let out = spellingSettingsOf.get(settings);
  if (!out) {
    out = readSpellingSettings(settings);
    spellingSettingsOf.set(settings, out);
  }
  return out;
}

function readSpellingSettings(settings: Readonly<Record<string, unknown>>): SpellingSettings {
  let own = defaults;
  const section = settings.orthography;
  if (section !== null && typeof section === 'object') {
    if ((section as Partial<OrthographySettings>).brand === BRAND) own = section as OrthographySettings;
    else {
      let prepared = preparedHere.get(section);
      if (!prepared) {
        prepared = prepareSettings(section);
        preparedHere.set(section, prepared);
      }
      own = prepared;
    }
  }
  return { accepted: own.accepted, houseWords: houseWordsOf(settings) };
}

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
 * see misspellings-list.ts). The house dictionary's terms (terminology
 * pack: its base list, house styles and the config's dictionaries) are
 * accepted too: that pack reports their variants.
 */
import { normalizeWord } from '@bayan/arabic';
import { DataFileError, type FileSetting, type LoadedDataFile } from '@bayan/core';
import { baseDictionary, houseStyles, type Dictionary } from '@bayan/rules-terminology';
import { misspellingFiles, misspellingsFileSchema } from './misspellings-list.js';

type JsonSchema = Record<string, unknown>;

export const settingsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    words: { type: 'array', items: { type: 'string', minLength: 1 } },
    wordFiles: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', additionalProperties: false, required: ['file', 'text'], properties: { file: { type: 'string' }, text: { type: 'string' } } },
        ],
      },
    },
    misspellings: {
      type: 'array',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', additionalProperties: false, required: ['file', 'data'], properties: { file: { type: 'string' }, data: { type: 'object' } } },
        ],
      },
    },
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
  const raw = (section ?? {}) as { words?: string[]; wordFiles?: Array<string | { file: string; text: string }>; misspellings?: unknown[] };
  const accepted = new Set<string>();
  for (const word of raw.words ?? []) accepted.add(normalizeWord(word));
  for (const item of raw.wordFiles ?? []) {
    if (typeof item === 'string') throw new DataFileError(item, 1, 'the word file was not read: the host must replace each path with {file, text}');
    for (const word of parseWordFile(item.text)) accepted.add(normalizeWord(word));
  }
  for (const item of raw.misspellings ?? []) {
    if (typeof item === 'string') throw new DataFileError(item, 1, 'the misspellings file was not read: the host must replace each path with {file, data}');
  }
  return { brand: BRAND, accepted, misspellings: misspellingFiles(section) };
}

const defaults = prepareSettings({});
const preparedHere = new WeakMap<object, OrthographySettings>();
const houseWordsBy = new WeakMap<object, ReadonlySet<string>>();

function dictionaryWords(dictionaries: readonly Dictionary[]): Set<string> {
  const out = new Set<string>();
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      for (const form of entry.forms) {
        for (const inflection of form.inflections) for (const word of inflection.split(/\s+/)) if (word) out.add(normalizeWord(word));
      }
    }
  }
  return out;
}

const shippedWords = dictionaryWords([baseDictionary, ...Object.values(houseStyles)]);

/** What the spelling rule reads from `context.settings`. */
export function spellingSettings(settings: Readonly<Record<string, unknown>>): { accepted: ReadonlySet<string>; houseWords: ReadonlySet<string> } {
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
  let houseWords: ReadonlySet<string> = shippedWords;
  const terminology = settings.terminology as { dictionaries?: unknown } | undefined;
  if (terminology !== null && typeof terminology === 'object' && Array.isArray(terminology.dictionaries) && terminology.dictionaries.length > 0) {
    let words = houseWordsBy.get(terminology);
    if (!words) {
      const loaded = (terminology.dictionaries as unknown[]).filter((d): d is Dictionary => d !== null && typeof d === 'object' && Array.isArray((d as Dictionary).entries));
      words = new Set([...shippedWords, ...dictionaryWords(loaded)]);
      houseWordsBy.set(terminology, words);
    }
    houseWords = words;
  }
  return { accepted: own.accepted, houseWords };
}

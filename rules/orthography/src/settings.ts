/**
 * The orthography pack's config section: words the spelling rule accepts.
 *
 *   orthography:
 *     words: [كوفاكس, الأونروا]        # accepted as written, with any clitics
 *     wordFiles: [./words.txt]         # one word per line, `#` starts a comment
 *
 * The host replaces each `wordFiles` path with `{file, text}` (as it does for
 * terminology's `dictionaries`). The house dictionary's terms (terminology
 * pack: its base list, house styles and the config's dictionaries) are
 * accepted too: that pack reports their variants.
 */
import { normalizeWord } from '@bayan/arabic';
import { DataFileError } from '@bayan/core';
import { baseDictionary, houseStyles, type Dictionary } from '@bayan/rules-terminology';

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
  },
};

const BRAND = Symbol('orthography settings');

export interface OrthographySettings {
  brand: typeof BRAND;
  /** Normalised accepted words. */
  accepted: ReadonlySet<string>;
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
  const raw = (section ?? {}) as { words?: string[]; wordFiles?: Array<string | { file: string; text: string }> };
  const accepted = new Set<string>();
  for (const word of raw.words ?? []) accepted.add(normalizeWord(word));
  for (const item of raw.wordFiles ?? []) {
    if (typeof item === 'string') throw new DataFileError(item, 1, 'the word file was not read: the host must replace each path with {file, text}');
    for (const word of parseWordFile(item.text)) accepted.add(normalizeWord(word));
  }
  return { brand: BRAND, accepted };
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

/**
 * The lists grammar/counted-noun reads, for one document: the built-in data/count-nouns.yaml
 * (with the singulars of data/sound-plurals.yaml's `pluralNouns`) and a project's own files, named
 * in its config (`grammar: { countNouns: [./count-nouns.yaml] }`). A project file follows the
 * built-in file's schema with every top-level key optional: `units` (words after a number that are
 * never counted: units, currencies, months…), `adjectives`, `notAdjectives` (nouns in ي that are not
 * nisba adjectives) and `nouns` (a noun with its plurals replaces the built-in entry with the same
 * singular). The host validates it and runs its examples before it comes here as `{file, data}`
 * (core's `RulePack.fileSettings`). Each distinct set of files is compiled once.
 */
import { embeddedDataFile, extensionSchema, fromDataFiles, type FileSetting, type JsonSchema } from '@bayan/core';
import type { CountNoun } from './counted-noun.js';
import * as countNounsFile from './data/count-nouns.generated.js';
import * as soundPluralsFile from './data/sound-plurals.generated.js';
import { fold } from './prose.js';

interface CountNounsData {
  units: string[];
  adjectives: string[];
  notAdjectives: string[];
  nouns: CountNoun[];
}

/** The tables of one set of lists (all keys folded). */
export interface CountNounLists {
  bySingular: ReadonlyMap<string, CountNoun>;
  byPlural: ReadonlyMap<string, CountNoun>;
  units: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
  notAdjectives: ReadonlySet<string>;
  /** Nouns found in the lexicon, by singular (null: not a count noun), for these lists only. */
  lexiconNouns: Map<string, CountNoun | null>;
}

const builtIn = embeddedDataFile<CountNounsData>(countNounsFile).data;
const pluralNouns = embeddedDataFile<{ pluralNouns: string[] }>(soundPluralsFile).data.pluralNouns;

function listsOf(parts: ReadonlyArray<Partial<CountNounsData>>): CountNounLists {
  const bySingular = new Map<string, CountNoun>();
  const byPlural = new Map<string, CountNoun>();
  const units = new Set<string>();
  const adjectives = new Set<string>();
  const notAdjectives = new Set<string>();
  const nouns = new Map<string, CountNoun>();
  for (const part of parts) {
    for (const noun of part.nouns ?? []) nouns.set(fold(noun.singular), noun);
    for (const word of part.units ?? []) units.add(fold(word));
    for (const word of part.adjectives ?? []) adjectives.add(fold(word));
    for (const word of part.notAdjectives ?? []) notAdjectives.add(fold(word));
  }
  for (const [key, noun] of nouns) {
    bySingular.set(key, noun);
    for (const plural of noun.plurals) byPlural.set(fold(plural), noun);
  }
  // The sound-plural nouns of grammar/sound-plural-case count too: «60 معلمًا», «3 معلمين».
  for (const singular of pluralNouns) {
    const key = fold(singular);
    if (bySingular.has(key) || units.has(key)) continue;
    const noun: CountNoun = { singular, plurals: [`${singular}ين`, `${singular}ون`], examples: [] };
    bySingular.set(key, noun);
    for (const plural of noun.plurals) if (!byPlural.has(fold(plural))) byPlural.set(fold(plural), noun);
  }
  return { bySingular, byPlural, units, adjectives, notAdjectives, lexiconNouns: new Map() };
}

export const builtInLists = listsOf([builtIn]);

/** The schema of a project's count-nouns file: the built-in list's, with every top-level key optional. */
export const countNounsFileSchema: JsonSchema = extensionSchema(countNounsFile.schema);

export const fileSettings: Readonly<Record<string, FileSetting>> = { countNouns: { schema: countNounsFileSchema } };

/** The lists for a document's settings (`context.settings`): built-in, then the project's files. */
export const countNounLists = fromDataFiles<CountNounLists, Partial<CountNounsData>>(
  'grammar',
  'countNouns',
  builtInLists,
  (files) => listsOf([builtIn, ...files.map((f) => f.data)]),
);

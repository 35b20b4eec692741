/**
 * The misspellings list a document is checked against: the built-in one (data/misspellings.yaml)
 * and a project's own files, named in its config (`orthography: { misspellings: [./house.yaml] }`).
 * A project file follows the built-in file's schema (every top-level key optional); the host
 * validates it and runs its examples before it comes here as `{file, data}` (core's
 * `RulePack.fileSettings`). A project entry replaces the built-in entry with the same `wrong` form;
 * the others are added. Each distinct set of files is compiled once.
 */
import {
  embeddedDataFile,
  extensionSchema,
  fromDataFiles,
  loadedDataFiles,
  type JsonSchema,
  type LoadedDataFile,
} from '@bayan/core';
import type { MisspellingEntry } from './common-misspellings.js';
import * as data from './data/misspellings.generated.js';
import { wordList } from './word-list.js';

const ID = 'orthography/common-misspellings';
/** A list bound to the dictionary pass: call it with the rule's context at create time. */
type Find = ReturnType<typeof wordList<MisspellingEntry>>;

const builtIn = embeddedDataFile<{ entries: MisspellingEntry[] }>(data).data.entries;
const findBuiltIn: Find = wordList(ID, builtIn);

/** The schema of a project's misspellings file: the built-in list's, with `entries` optional. */
export const misspellingsFileSchema: JsonSchema = extensionSchema(data.schema);

/** The project files the orthography section names (`{file, data}` once the host has read them). */
export function misspellingFiles(section: unknown): ReadonlyArray<LoadedDataFile<{ entries?: MisspellingEntry[] }>> {
  return loadedDataFiles(section, 'misspellings');
}

/** The built-in entries with a project's: its entries replace built-in ones with the same `wrong`. */
export function mergedMisspellings(
  files: ReadonlyArray<LoadedDataFile<{ entries?: MisspellingEntry[] }>>,
): MisspellingEntry[] {
  const byWrong = new Map(builtIn.map((entry) => [entry.wrong, entry]));
  for (const file of files) for (const entry of file.data.entries ?? []) byWrong.set(entry.wrong, entry);
  return [...byWrong.values()];
}

/**
 * The list for a document's settings (`context.settings`), bound to the dictionary pass: built-in, then the
 * project's files. Lists with the same entries share one compiled matcher (core caches them by content).
 */
export const misspellingsFinder = fromDataFiles<Find, { entries?: MisspellingEntry[] }>(
  'orthography',
  'misspellings',
  findBuiltIn,
  (files) => wordList(ID, mergedMisspellings(files)),
);

/**
 * The misspellings list a document is checked against: the built-in one (data/misspellings.yaml)
 * and a project's own files, named in its config (`orthography: { misspellings: [./house.yaml] }`).
 * A project file follows the built-in file's schema (every top-level key optional); the host
 * validates it and runs its examples before it comes here as `{file, data}` (core's
 * `RulePack.fileSettings`). A project entry replaces the built-in entry with the same `wrong` form;
 * the others are added. Each distinct set of files is compiled once.
 */
import { embeddedDataFile, extensionSchema, type JsonSchema, type LoadedDataFile } from '@bayan/core';
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

/** The project files a pack section names (`{file, data}` once the host has read them). */
export function misspellingFiles(section: unknown): ReadonlyArray<LoadedDataFile<{ entries?: MisspellingEntry[] }>> {
  const files =
    section !== null && typeof section === 'object' ? (section as { misspellings?: unknown }).misspellings : undefined;
  if (!Array.isArray(files)) return [];
  return files.filter(
    (f): f is LoadedDataFile<{ entries?: MisspellingEntry[] }> => f !== null && typeof f === 'object' && 'data' in f,
  );
}

const byFiles = new WeakMap<object, Find>();
const byContent = new Map<string, Find>();
const CONTENT_LIMIT = 64;

/** The built-in entries with a project's: its entries replace built-in ones with the same `wrong`. */
export function mergedMisspellings(
  files: ReadonlyArray<LoadedDataFile<{ entries?: MisspellingEntry[] }>>,
): MisspellingEntry[] {
  const byWrong = new Map(builtIn.map((entry) => [entry.wrong, entry]));
  for (const file of files) for (const entry of file.data.entries ?? []) byWrong.set(entry.wrong, entry);
  return [...byWrong.values()];
}

/** The matcher for the misspellings list of a document's settings (`context.settings`). */
export function misspellingsFinder(settings: Readonly<Record<string, unknown>>): Find {
  const section = settings.orthography;
  const files = misspellingFiles(section);
  if (files.length === 0) return findBuiltIn;
  const sectionObject = section as object;
  let find = byFiles.get(sectionObject);
  if (!find) {
    const key = JSON.stringify(files.map((f) => [f.file, f.data]));
    find = byContent.get(key);
    if (!find) {
      find = wordList(ID, mergedMisspellings(files));
      if (byContent.size >= CONTENT_LIMIT) byContent.clear();
      byContent.set(key, find);
    }
    byFiles.set(sectionObject, find);
  }
  return find;
}

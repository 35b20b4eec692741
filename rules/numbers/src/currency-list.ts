/**
 * The currencies a document is checked against: the built-in list (data/currencies.yaml) and a
 * project's own files, named in its config (`numbers: { currencies: [./currencies.yaml] }`). A
 * project file follows the built-in file's schema with every top-level key optional; the host
 * validates it and runs its examples before it comes here as `{file, data}` (core's
 * `RulePack.fileSettings`). A project currency replaces the built-in one with the same `code`;
 * its `nouns` are added. Each distinct set of files is looked up once.
 */
import { embeddedDataFile, extensionSchema, fromDataFiles, type FileSetting, type JsonSchema } from '@bayan/core';
import type { CurrencyData, CurrencyEntry } from './currency.js';
import * as currenciesFile from './data/currencies.generated.js';

export interface CurrencyTables {
  /** Currency nouns (normalised, singular and plural) that follow an amount. */
  nouns: ReadonlySet<string>;
  /** Each ISO code and symbol to its currency. */
  byMark: ReadonlyMap<string, CurrencyEntry>;
}

function tablesOf(data: readonly Partial<CurrencyData>[]): CurrencyTables {
  const nouns = new Set<string>();
  const byCode = new Map<string, CurrencyEntry>();
  for (const part of data) {
    for (const noun of part.nouns ?? []) nouns.add(noun);
    for (const entry of part.currencies ?? []) byCode.set(entry.code, entry);
  }
  const byMark = new Map<string, CurrencyEntry>();
  for (const entry of byCode.values()) {
    byMark.set(entry.code, entry);
    for (const symbol of entry.symbols) byMark.set(symbol, entry);
  }
  return { nouns, byMark };
}

const builtIn = embeddedDataFile<CurrencyData>(currenciesFile).data;
const builtInTables = tablesOf([builtIn]);

/** The schema of a project's currencies file: the built-in list's, with `nouns` and `currencies` optional. */
export const currenciesFileSchema: JsonSchema = extensionSchema(currenciesFile.schema);

export const fileSettings: Readonly<Record<string, FileSetting>> = { currencies: { schema: currenciesFileSchema } };

/** The currency tables for a document's settings (`context.settings`): built-in, then the project's files. */
export const currencyTables = fromDataFiles<CurrencyTables, Partial<CurrencyData>>(
  'numbers',
  'currencies',
  builtInTables,
  (files) => tablesOf([builtIn, ...files.map((f) => f.data)]),
);

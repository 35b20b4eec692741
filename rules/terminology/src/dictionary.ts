/**
 * Terminology dictionaries: YAML files validated against
 * data/dictionary.schema.json, turned into entries the rules can use. Every
 * example must hold when a file loads (a failing one is a DataFileError
 * naming the file and the example's line), like prh's `specs`.
 */
import { DataFileError, type DataFile, type Localized, type Severity } from '@bayan/core';
import { normalizeWord } from '@bayan/arabic';

export type Kind = 'substitution' | 'consistency' | 'discouraged';
export type FixMode = 'fix' | 'suggestion';

type RawWords = string | string[];
type RawForm = RawWords | { text: RawWords; fix?: FixMode; nisba?: boolean };

interface RawEntry {
  id: string;
  kind: Kind;
  level?: Severity;
  preferred: RawForm;
  variants: RawForm[];
  fix: FixMode;
  article: boolean;
  context: 'any' | 'date';
  direction: 'majority' | 'preferred';
  note: Localized;
  source: string | string[];
  exceptions?: { quoted?: boolean; before?: string[]; after?: string[] };
  examples: Array<{ from: string; to: string }>;
}

export interface RawDictionary {
  name: string;
  description?: Localized;
  entries: RawEntry[];
}

/** One spelling of a term, with its inflections (parallel across the entry's forms). */
export interface Form {
  inflections: string[];
  /** How a written occurrence of this form may be replaced. */
  fix: FixMode;
  nisba: boolean;
  /** Written in Latin script (ISIS): only reported inside Arabic text. */
  latin: boolean;
}

export interface Entry {
  id: string;
  kind: Kind;
  level?: Severity;
  /** forms[0] is the preferred form. */
  forms: Form[];
  article: boolean;
  context: 'any' | 'date';
  direction: 'majority' | 'preferred';
  note: Localized;
  source: string[];
  exceptions: { quoted: boolean; before: string[]; after: string[] };
  /** The dictionary file the entry comes from. */
  file: string;
  line: number;
  /** Each example with the line it is written on. */
  examples: Array<{ from: string; to: string; line: number }>;
}

export interface Dictionary {
  name: string;
  file: string;
  /**
   * Its entries. A dictionary read from a host's cache (compact.ts, `CompactDictionary`) builds them on
   * first read: code that needs only its terms or words uses `compileDictionaries` (chain.ts) and
   * `knownWords` (settings.ts), which do not.
   */
  entries: Entry[];
}

const LATIN = /[A-Za-z]/u;

function toForm(raw: RawForm, entryFix: FixMode): Form {
  const object = typeof raw === 'object' && !Array.isArray(raw) ? raw : { text: raw };
  const inflections = typeof object.text === 'string' ? [object.text] : [...object.text];
  return {
    inflections: inflections.map((s) => s.trim().replace(/\s+/gu, ' ')),
    fix: object.fix ?? entryFix,
    nisba: object.nisba ?? false,
    latin: inflections.some((s) => LATIN.test(s)),
  };
}

/**
 * Objects whose `line` is computed on first read: a fast-loaded user
 * dictionary knows its lines only by parsing again with the full YAML
 * reader, which only an error message (or a caller that asks) should pay
 * for. The accessor lives on the class (an accessor defined on each object
 * turns it into a slow dictionary-mode object: a quarter of the load of a
 * 10,000-entry dictionary went there).
 */
class Lined {
  #line: number | undefined;
  readonly #lineOf: () => number;

  constructor(lineOf: () => number) {
    this.#lineOf = lineOf;
  }

  get line(): number {
    return (this.#line ??= this.#lineOf());
  }

  set line(value: number) {
    this.#line = value;
  }
}

/** `target`'s properties, and a `line` computed on first read. */
function withLine<T extends object>(target: T, line: () => number): T & { line: number } {
  return Object.assign(new Lined(line), target) as unknown as T & { line: number };
}

/**
 * Checks and indexes a schema-valid dictionary, without running its examples
 * (see checkExamples in settings.ts, which needs the matcher).
 */
export function parseDictionary(loaded: DataFile<RawDictionary>): Dictionary {
  const file = loaded.file;
  const seen = new Map<string, number>();
  const entries = loaded.data.entries.map((raw, i): Entry => {
    const lineOf = (): number => loaded.lineOf(`/entries/${i}`);
    const previous = seen.get(raw.id);
    if (previous !== undefined)
      throw new DataFileError(
        file,
        lineOf(),
        `entries[${i}].id "${raw.id}" is already used on line ${loaded.lineOf(`/entries/${previous}`)}`,
      );
    seen.set(raw.id, i);
    const forms = [raw.preferred, ...raw.variants].map((f) => toForm(f, raw.fix));
    const count = forms[0]!.inflections.length;
    forms.forEach((form, f) => {
      if (form.inflections.length !== count) {
        const pointer = f === 0 ? `/entries/${i}/preferred` : `/entries/${i}/variants/${f - 1}`;
        throw new DataFileError(
          file,
          loaded.lineOf(pointer),
          `entries[${i}] ("${raw.id}"): every form needs the same number of inflections (${count}, like preferred); this one has ${form.inflections.length}`,
        );
      }
    });
    const written = new Map<string, number>();
    forms.forEach((form, f) => {
      for (const inflection of form.inflections) {
        const key = normalizeWord(inflection);
        const other = written.get(key);
        if (other !== undefined && other !== f) {
          const pointer = f === 0 ? `/entries/${i}/preferred` : `/entries/${i}/variants/${f - 1}`;
          throw new DataFileError(
            file,
            loaded.lineOf(pointer),
            `entries[${i}] ("${raw.id}"): «${inflection}» is listed in two forms`,
          );
        }
        written.set(key, f);
      }
    });
    const entry = {
      id: raw.id,
      kind: raw.kind,
      ...(raw.level ? { level: raw.level } : {}),
      forms,
      article: raw.article,
      context: raw.context,
      direction: raw.direction,
      note: raw.note,
      source: typeof raw.source === 'string' ? [raw.source] : raw.source,
      exceptions: {
        quoted: raw.exceptions?.quoted ?? false,
        before: raw.exceptions?.before ?? [],
        after: raw.exceptions?.after ?? [],
      },
      file,
      examples: raw.examples.map((example, j) => withLine(example, () => loaded.lineOf(`/entries/${i}/examples/${j}`))),
    };
    return withLine(entry, lineOf);
  });
  return { name: loaded.data.name, file, entries };
}

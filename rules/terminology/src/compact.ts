/**
 * A checked dictionary in the compact form a host's cache keeps (settings.ts,
 * ContentCache of @bayan/core): everything `parseDictionary` made of the file
 * (its entries, without file and lines) and the terms the rules compile from
 * them, so that a later process neither parses YAML or JSON nor builds an
 * object per entry: it keeps the value as one string, with a table of where
 * each field starts, and builds an entry only when it is asked for (a term of
 * it matched, or `entries` read).
 *
 * The form is one string of fields separated by U+0001 (no JSON, whose
 * parse, with an object and a key per property, was the largest part of a
 * cached load), and a value is omitted where it is the default:
 *   - a header: `bayan-terms`, the format, the name, the entry count;
 *   - per entry: its id, then a shape field whose characters are small numbers
 *     (each the code of the character minus 0x20): the flags (kind, context,
 *     direction, article, level, quoted), the form count, the inflection
 *     count, each form's flags (fix, nisba, latin), and the counts of sources, exceptions before and after, and examples; then
 *     the strings those announce, in that order;
 *   - the terms (`entryTerms` of occurrences.ts, in its order): their count, one
 *     field of numbers (per term its candidate count, times two, plus 1 when
 *     its key is written out; per candidate its entry, then the place of its
 *     inflection among the entry's (form × inflection count + inflection),
 *     times two, plus 1 when its unfolded spelling is written out), then the keys and spellings
 *     written out (those that are not the first candidate's spelling, or the
 *     inflection itself), then the terms in the order of their keys, then the
 *     entries in the order of their ids (both for binary search); a number is
 *     two characters of 14 bits each, from 0x20;
 *   - the end: `bayan-terms` again (a value cut short lacks it);
 *   - a field that repeats an earlier one (notes, sources, example texts that
 *     are the terms themselves) is written U+0002 and the earlier field's
 *     index in base 36.
 * A dictionary whose strings hold U+0001 or U+0002, whose counts do not fit,
 * or a term of which is not its key's words (see `dictionaryToCompact`) is not
 * stored in this form (the caller stores nothing: it is loaded in full every
 * time).
 *
 * Reading checks every field up front, without building a string (counts in
 * range, enums, back-references to earlier text fields, candidates within
 * their entries, both orders sorted and each a permutation, the exact field
 * count) and gives undefined on any mismatch; the caller then loads the text
 * in full. Nothing read is ever executed: the fields are strings and small
 * numbers.
 */
import { isSingleSpaced, normalizeWord, splitSpaces } from '@bayan/arabic';
import type { Localized, Severity } from '@bayan/core';
import type { Dictionary, Entry, FixMode, Form, Kind } from './dictionary.js';
import { entryTerms, type EntryTerms } from './occurrences.js';

const SEP = '\u0001';
const REF = '\u0002';
const MAGIC = 'bayan-terms';
export const COMPACT_FORMAT = '3';

const KINDS: readonly Kind[] = ['substitution', 'consistency', 'discouraged'];
const LEVELS: ReadonlyArray<Severity | undefined> = [undefined, 'error', 'warning', 'info'];
/** Largest count a shape character holds (below the surrogates). */
const MAX_COUNT = 0xd7ff - 0x20;
/** Largest number of the terms' number fields (two characters of 14 bits). */
const MAX_NUMBER = (1 << 28) - 1;

const code = (n: number): string => String.fromCharCode(0x20 + n);
const number2 = (n: number): string => String.fromCharCode(0x20 + (n >> 14), 0x20 + (n & 0x3fff));

/**
 * The compact form of a checked dictionary, or undefined when it cannot be written in it; `terms` are its
 * entries' terms (`entryTerms`) when the caller has them already.
 */
export function dictionaryToCompact(
  dictionary: Dictionary,
  terms: EntryTerms = entryTerms(dictionary.entries),
): string | undefined {
  const fields: string[] = [MAGIC, COMPACT_FORMAT];
  // Texts that repeat across entries (notes, sources, qualifiers, example texts) by their first field.
  const seen = new Map<string, number>();
  let bad = false;
  const literal = (s: string): number => {
    if (s.includes(SEP) || s.includes(REF)) bad = true;
    fields.push(s);
    return fields.length - 1;
  };
  /** A back-reference to field `k`, where it is shorter than the text. */
  const refer = (s: string, k: number): void => {
    const ref = REF + k.toString(36);
    if (ref.length < s.length) fields.push(ref);
    else literal(s);
  };
  const shared = (s: string): void => {
    const earlier = seen.get(s);
    if (earlier !== undefined) refer(s, earlier);
    else seen.set(s, literal(s));
  };
  const count = (n: number): string => {
    if (n > MAX_COUNT) bad = true;
    return code(n);
  };
  literal(dictionary.name);
  fields.push(String(dictionary.entries.length));
  const own: number[] = [];
  const index = new Map<Entry, number>();
  for (const entry of dictionary.entries) {
    index.set(entry, index.size);
    const level = LEVELS.indexOf(entry.level);
    const kind = KINDS.indexOf(entry.kind);
    if (level < 0 || kind < 0) return undefined;
    const flags =
      kind |
      (entry.context === 'date' ? 4 : 0) |
      (entry.direction === 'preferred' ? 8 : 0) |
      (entry.article ? 16 : 0) |
      (entry.exceptions.quoted ? 32 : 0) |
      (level << 6);
    const inflectionCount = entry.forms[0]?.inflections.length ?? 0;
    let shape = code(flags) + count(entry.forms.length) + count(inflectionCount);
    for (const form of entry.forms) {
      if (form.inflections.length !== inflectionCount) return undefined;
      shape += code((form.fix === 'suggestion' ? 1 : 0) | (form.nisba ? 2 : 0) | (form.latin ? 4 : 0));
    }
    const { before, after } = entry.exceptions;
    shape += count(entry.source.length) + count(before.length) + count(after.length) + count(entry.examples.length);
    literal(entry.id);
    fields.push(shape);
    own.length = 0;
    for (const form of entry.forms) for (const inflection of form.inflections) own.push(literal(inflection));
    shared(entry.note.ar);
    shared(entry.note.en);
    for (const s of entry.source) shared(s);
    for (const s of before) shared(s);
    for (const s of after) shared(s);
    for (const example of entry.examples) {
      // Example texts are often the entry's own terms: referred to without a look-up.
      for (const s of [example.from, example.to]) {
        const k = own.find((f) => fields[f] === s);
        if (k !== undefined) refer(s, k);
        else shared(s);
      }
    }
  }
  // The terms, as the rules compile them from these entries alone (occurrences.ts).
  const numbers: number[] = [];
  const written: string[] = [];
  for (const term of terms.terms) {
    const key = term.id;
    // The matcher's words of the term (its text normalised, split at spaces) must be the key's words: the
    // reader gives the key split at single spaces as the term's words.
    // For a single-spaced text (every inflection: toForm trims it and joins its words with one space) the key
    // is the text normalised whole, and the matcher's words are that split at spaces: the key's words when
    // it is single-spaced too. Any other text is normalised again to compare.
    if (key === '' || !isSingleSpaced(key)) return undefined;
    if (!isSingleSpaced(term.text) && splitSpaces(normalizeWord(term.text, { fold: true })).join(' ') !== key)
      return undefined;
    const list = terms.candidates.get(key)!;
    numbers.push(list.length * 2 + (key === list[0]!.normal ? 0 : 1));
    if (key !== list[0]!.normal) written.push(key);
    for (const candidate of list) {
      const inflection = candidate.entry.forms[candidate.form]!.inflections[candidate.inflection]!;
      const spelled = candidate.normal === inflection ? 0 : 1;
      const slot = candidate.form * candidate.entry.forms[0]!.inflections.length + candidate.inflection;
      numbers.push(index.get(candidate.entry)!, slot * 2 + spelled);
      if (spelled) written.push(candidate.normal);
    }
  }
  if (numbers.some((n) => n > MAX_NUMBER) || terms.terms.length > MAX_NUMBER) return undefined;
  fields.push(String(terms.terms.length), numbers.map(number2).join(''));
  for (const s of written) literal(s);
  const byKey = sortedIndexes(terms.terms.map((t) => t.id));
  const byId = sortedIndexes(dictionary.entries.map((e) => e.id));
  fields.push(byKey.map(number2).join(''), byId.map(number2).join(''));
  // The end: a value cut short anywhere lacks it.
  fields.push(MAGIC);
  return bad ? undefined : fields.join(SEP);
}

/**
 * The indexes of distinct strings in code-unit order (the order `<` and the reader's binary search
 * use): sorted by the native default sort, which compares strings so, not by a comparator in script.
 */
function sortedIndexes(strings: readonly string[]): number[] {
  const at = new Map<string, number>();
  strings.forEach((s, i) => at.set(s, i));
  return [...strings].sort().map((s) => at.get(s)!);
}

/** Resolves a JSON pointer of the dictionary's text to its line (the full YAML reader, on demand). */
export type LineOf = (pointer: string) => number;

/**
 * The line of a cached entry or example, worked out on first read, as on a
 * fast-loaded entry (dictionary.ts: `Lined`); here the object keeps the
 * dictionary's resolver and its indexes, not a closure of its own (one
 * object fewer for each of the thousands of entries and examples).
 */
class EntryLine {
  #line: number | undefined;
  readonly #lineOf: LineOf;
  readonly #entry: number;

  constructor(lineOf: LineOf, entry: number) {
    this.#lineOf = lineOf;
    this.#entry = entry;
  }

  get line(): number {
    return (this.#line ??= this.#lineOf(`/entries/${this.#entry}`));
  }

  set line(value: number) {
    this.#line = value;
  }
}

/** An entry's fields but its level and line, read from the compact form. */
type EntryFields = Omit<Entry, 'level' | 'line'>;

/**
 * A cached entry: its properties declared, in parseDictionary's order, so
 * that each object is one allocation with its properties in place (added one
 * by one, they overflow into a second array per entry).
 */
class CachedEntry extends EntryLine {
  id: string;
  kind: Kind;
  forms: Form[];
  article: boolean;
  context: Entry['context'];
  direction: Entry['direction'];
  note: Localized;
  source: string[];
  exceptions: Entry['exceptions'];
  file: string;
  examples: Entry['examples'];

  constructor(lineOf: LineOf, index: number, e: EntryFields) {
    super(lineOf, index);
    this.id = e.id;
    this.kind = e.kind;
    this.forms = e.forms;
    this.article = e.article;
    this.context = e.context;
    this.direction = e.direction;
    this.note = e.note;
    this.source = e.source;
    this.exceptions = e.exceptions;
    this.file = e.file;
    this.examples = e.examples;
  }
}

/** A cached entry with a level (between kind and forms, as parseDictionary puts it). */
class CachedLevelEntry extends EntryLine {
  id: string;
  kind: Kind;
  level: Severity;
  forms: Form[];
  article: boolean;
  context: Entry['context'];
  direction: Entry['direction'];
  note: Localized;
  source: string[];
  exceptions: Entry['exceptions'];
  file: string;
  examples: Entry['examples'];

  constructor(lineOf: LineOf, index: number, level: Severity, e: EntryFields) {
    super(lineOf, index);
    this.id = e.id;
    this.kind = e.kind;
    this.level = level;
    this.forms = e.forms;
    this.article = e.article;
    this.context = e.context;
    this.direction = e.direction;
    this.note = e.note;
    this.source = e.source;
    this.exceptions = e.exceptions;
    this.file = e.file;
    this.examples = e.examples;
  }
}

class ExampleLine {
  #line: number | undefined;
  readonly #lineOf: LineOf;
  readonly #entry: number;
  readonly #example: number;

  constructor(lineOf: LineOf, entry: number, example: number) {
    this.#lineOf = lineOf;
    this.#entry = entry;
    this.#example = example;
  }

  get line(): number {
    return (this.#line ??= this.#lineOf(`/entries/${this.#entry}/examples/${this.#example}`));
  }

  set line(value: number) {
    this.#line = value;
  }
}

const NO_STRINGS: readonly string[] = Object.freeze([]);
/** The exceptions of most entries (none): one frozen object for all of them. */
const NO_EXCEPTIONS: Entry['exceptions'] = Object.freeze({
  quoted: false,
  before: NO_STRINGS as string[],
  after: NO_STRINGS as string[],
});

let nextSerial = 0;

/** Thrown inside the reader on any mismatch; never leaves it. */
class Mismatch extends Error {}

/** Small number `i` of a shape field. */
function shapeAt(shape: string, i: number): number {
  if (i >= shape.length) throw new Mismatch();
  const n = shape.charCodeAt(i) - 0x20;
  if (n < 0) throw new Mismatch();
  return n;
}

/** One candidate of a stored term: which entry, form and inflection it is, and its unfolded spelling. */
export interface StoredCandidate {
  entry: number;
  form: number;
  inflection: number;
  normal: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A dictionary read from its compact form: the value kept whole, with where
 * each field starts; `entries` (an own enumerable property, like a parsed
 * dictionary's) builds every entry on first read, `entryAt` one. The terms
 * are read from the stored table (`termCount`, `termKey`, `termOfKey`,
 * `termsStartingWith`, `candidatesOf`) without building an entry.
 */
export class CompactDictionary implements Dictionary {
  declare entries: Entry[];
  readonly name: string;
  readonly file: string;
  readonly #size: number;
  readonly #termCount: number;
  readonly #value: string;
  /** Where each field starts; one more at the end (the value's length + 1). */
  readonly #starts: Int32Array;
  /** Each entry's first field (its id). */
  readonly #entryField: Int32Array;
  readonly #formCount: Int32Array;
  readonly #inflectionCount: Int32Array;
  /** Where the terms' numbers begin in the value; each term's first number; its first text written out (a field). */
  readonly #numbersFrom: number;
  readonly #termAt: Int32Array;
  readonly #writtenAt: Int32Array;
  /** Each term's key (a literal field). */
  readonly #termKey: Int32Array;
  readonly #byKey: Int32Array;
  readonly #byId: Int32Array;
  readonly #lineOf: LineOf;
  readonly #built: Array<Entry | undefined>;
  #all: Entry[] | undefined;
  readonly #notes = new Map<string, Localized>();
  readonly #identity = `compact-dictionary ${nextSerial++}`;
  #builtCount = 0;

  private constructor(value: string, file: string, lineOf: LineOf) {
    const t = scan(value);
    this.#value = value;
    this.file = file;
    this.#lineOf = lineOf;
    this.#starts = t.starts;
    this.#entryField = t.entryField;
    this.#formCount = t.formCount;
    this.#inflectionCount = t.inflectionCount;
    this.#numbersFrom = t.numbersFrom;
    this.#termAt = t.termAt;
    this.#writtenAt = t.writtenAt;
    this.#termKey = t.termKey;
    this.#byKey = t.byKey;
    this.#byId = t.byId;
    this.#size = t.entryField.length;
    this.#termCount = t.termAt.length;
    this.name = this.#text(2);
    const size = this.#size;
    this.#built = new Array<Entry | undefined>(size).fill(undefined);
    Object.defineProperty(this, 'entries', {
      enumerable: true,
      configurable: false,
      get: (): Entry[] => (this.#all ??= Array.from({ length: size }, (_, e) => this.entryAt(e))),
    });
  }

  /** The dictionary of a compact value, or undefined when it is not one. */
  static read(value: string, file: string, lineOf: LineOf): CompactDictionary | undefined {
    if (!value.startsWith(MAGIC + SEP + COMPACT_FORMAT + SEP)) return undefined;
    try {
      return new CompactDictionary(value, file, lineOf);
    } catch (error) {
      if (error instanceof Mismatch) return undefined;
      throw error;
    }
  }

  /** The number of entries. */
  get size(): number {
    return this.#size;
  }

  /** The number of terms (distinct keys). */
  get termCount(): number {
    return this.#termCount;
  }

  /**
   * What identifies this dictionary's terms in the process (the word list's hash reads it): a serial
   * number of its own. loadDictionary gives the same object for the same file and text, so the same
   * terms share a compiled matcher; hashing the 0.9 MB value instead cost more than the rest of a load.
   */
  get identity(): string {
    return this.#identity;
  }

  /** Field k as written. */
  #field(k: number): string {
    return this.#value.slice(this.#starts[k]!, this.#starts[k + 1]! - 1);
  }

  /** Text field k, a back-reference resolved. */
  #text(k: number): string {
    return this.#field(literalOf(this.#value, this.#starts, k));
  }

  /** The literal field of inflection `slot` (form × inflection count + inflection) of entry `e`. */
  #inflectionField(e: number, slot: number): number {
    return literalOf(this.#value, this.#starts, this.#entryField[e]! + 2 + slot);
  }

  /** Number i of the terms' numbers. */
  #number(i: number): number {
    return numberAt(this.#value, this.#numbersFrom + 2 * i);
  }

  /** Compares field k's text with `s` in code-unit order. */
  #compareWith(k: number, s: string): number {
    const value = this.#value;
    const from = this.#starts[k]!;
    const end = this.#starts[k + 1]! - 1;
    const n = Math.min(end - from, s.length);
    for (let i = 0; i < n; i++) {
      const d = value.charCodeAt(from + i) - s.charCodeAt(i);
      if (d !== 0) return d;
    }
    return end - from - s.length;
  }

  /** The first position in `order` whose text (`fieldOf`) is not below `s`. */
  #lowerBound(order: Int32Array, fieldOf: (i: number) => number, s: string): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#compareWith(fieldOf(order[mid]!), s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The index of the entry with this id, or -1. */
  indexOfId(id: string): number {
    const fieldOf = (e: number): number => literalOf(this.#value, this.#starts, this.#entryField[e]!);
    const at = this.#lowerBound(this.#byId, fieldOf, id);
    return at < this.size && this.#compareWith(fieldOf(this.#byId[at]!), id) === 0 ? this.#byId[at]! : -1;
  }

  /** The key (folded spelling) of term t. */
  termKey(t: number): string {
    return this.#field(this.#termKey[t]!);
  }

  /** The text of term t: its first candidate's inflection as written. */
  termText(t: number): string {
    const at = this.#termAt[t]! + 1;
    return this.#field(this.#inflectionField(this.#number(at), this.#number(at + 1) >> 1));
  }

  /** The term whose key is `key`, or -1. */
  termOfKey(key: string): number {
    const fieldOf = (t: number): number => this.#termKey[t]!;
    const at = this.#lowerBound(this.#byKey, fieldOf, key);
    return at < this.termCount && this.#compareWith(fieldOf(this.#byKey[at]!), key) === 0 ? this.#byKey[at]! : -1;
  }

  /** The terms whose first word is `word` (their key is it, or begins with it and a space), in key order. */
  termsStartingWith(word: string): number[] {
    const out: number[] = [];
    const exact = this.termOfKey(word);
    if (exact >= 0) out.push(exact);
    const fieldOf = (t: number): number => this.#termKey[t]!;
    // Keys beginning with `word ` sort from `word ` up to (not including) `word!` (the next code unit).
    const from = this.#lowerBound(this.#byKey, fieldOf, `${word} `);
    const to = this.#lowerBound(this.#byKey, fieldOf, `${word}!`);
    for (let i = from; i < to; i++) out.push(this.#byKey[i]!);
    return out;
  }

  /** The candidates of term t, in their order (entries by index). */
  candidatesOf(t: number): StoredCandidate[] {
    let at = this.#termAt[t]!;
    const c = this.#number(at) >> 1;
    // The texts written out for this term: its key first, when written, then the spellings written.
    let written = this.#writtenAt[t]! + (this.#number(at) & 1);
    at++;
    const out: StoredCandidate[] = [];
    for (let j = 0; j < c; j++, at += 2) {
      const entry = this.#number(at);
      const slot = this.#number(at + 1) >> 1;
      const inflections = this.#inflectionCount[entry]!;
      const spelling = this.#number(at + 1) & 1 ? written++ : this.#inflectionField(entry, slot);
      out.push({
        entry,
        form: Math.floor(slot / inflections),
        inflection: slot % inflections,
        normal: this.#text(spelling),
      });
    }
    return out;
  }

  /** Every word of every inflection as written (for the known words), without building an entry. */
  *inflectionWords(): Generator<string> {
    for (let e = 0; e < this.size; e++) {
      const first = this.#entryField[e]! + 2;
      const n = this.#formCount[e]! * this.#inflectionCount[e]!;
      for (let i = 0; i < n; i++) yield this.#text(first + i);
    }
  }

  /** Entry e, built on first request (the same object afterwards, and in `entries`). */
  entryAt(e: number): Entry {
    let entry = this.#built[e];
    if (entry === undefined) {
      this.#built[e] = entry = this.#readEntry(e);
      this.#builtCount++;
    }
    return entry;
  }

  /** How many entries have been built so far (the rest are still only in the stored value). */
  get builtCount(): number {
    return this.#builtCount;
  }

  #readEntry(e: number): Entry {
    let k = this.#entryField[e]!;
    const id = this.#text(k++);
    const shape = this.#field(k++);
    const next = (): string => this.#text(k++);
    const strings = (count: number): string[] => {
      if (count === 0) return NO_STRINGS as string[];
      const list: string[] = count === 1 ? [next()] : [];
      for (let j = list.length; j < count; j++) list.push(next());
      return Object.freeze(list) as string[];
    };
    let p = 0;
    const flags = shapeAt(shape, p++);
    const kind = KINDS[flags & 3]!;
    const level = LEVELS[(flags >> 6) & 3];
    const formCount = shapeAt(shape, p++);
    const inflectionCount = shapeAt(shape, p++);
    const readForm = (): Form => {
      const formFlags = shapeAt(shape, p++);
      const fix: FixMode = formFlags & 1 ? 'suggestion' : 'fix';
      const inflections: string[] = inflectionCount === 1 ? [next()] : [];
      for (let j = inflections.length; j < inflectionCount; j++) inflections.push(next());
      return { inflections, fix, nisba: (formFlags & 2) !== 0, latin: (formFlags & 4) !== 0 };
    };
    // Arrays of their size (one grown by push from empty keeps room for 16).
    const forms: Form[] = formCount === 2 ? [readForm(), readForm()] : [readForm()];
    for (let f = forms.length; f < formCount; f++) forms.push(readForm());
    const sourceCount = shapeAt(shape, p++);
    const beforeCount = shapeAt(shape, p++);
    const afterCount = shapeAt(shape, p++);
    const exampleCount = shapeAt(shape, p++);
    // Equal notes (by their fields) are one frozen object.
    const noteKey = `${literalOf(this.#value, this.#starts, k)},${literalOf(this.#value, this.#starts, k + 1)}`;
    let note = this.#notes.get(noteKey);
    if (note === undefined) this.#notes.set(noteKey, (note = Object.freeze({ ar: next(), en: next() })));
    else k += 2;
    const source = strings(sourceCount);
    const before = strings(beforeCount);
    const after = strings(afterCount);
    const quoted = (flags & 32) !== 0;
    const readExample = (j: number): Entry['examples'][number] => {
      const example = new ExampleLine(this.#lineOf, e, j) as unknown as Mutable<Entry['examples'][number]>;
      example.from = next();
      example.to = next();
      return example;
    };
    const examples: Entry['examples'] = exampleCount === 0 ? [] : [readExample(0)];
    for (let j = 1; j < exampleCount; j++) examples.push(readExample(j));
    const fields: EntryFields = {
      id,
      kind,
      forms,
      article: (flags & 16) !== 0,
      context: flags & 4 ? 'date' : 'any',
      direction: flags & 8 ? 'preferred' : 'majority',
      note,
      source,
      exceptions: !quoted && before.length === 0 && after.length === 0 ? NO_EXCEPTIONS : { quoted, before, after },
      file: this.file,
      examples,
    };
    return level === undefined
      ? new CachedEntry(this.#lineOf, e, fields)
      : new CachedLevelEntry(this.#lineOf, e, level, fields);
  }
}

/** Where a compact value's fields are, checked (see `scan`). */
interface Scan {
  starts: Int32Array;
  entryField: Int32Array;
  formCount: Int32Array;
  inflectionCount: Int32Array;
  numbersFrom: number;
  termAt: Int32Array;
  writtenAt: Int32Array;
  termKey: Int32Array;
  byKey: Int32Array;
  byId: Int32Array;
}

/**
 * Reads where every field of a compact value is and checks them all, without
 * building a string (a mismatch throws `Mismatch`). Plain loops over typed
 * arrays, and as few tables as the reader needs (back-references are
 * resolved when a text is read; the terms' numbers are read in place): this
 * runs once per process, mostly before V8 has compiled it, and every
 * megabyte of new tables costs page faults.
 */
function scan(value: string): Scan {
  // Each loop is a function of its own: V8 compiles a hot loop's function whole (on-stack replacement), once
  // per loop, and several loops in one big function cost that many compilations of all of it.
  const { starts, refs } = fieldStarts(value);
  const fieldCount = starts.length - 1;
  // The fields that are not texts (a back-reference may not lead to one): the header, counts, shapes, numbers.
  const notText = new Uint8Array(fieldCount);
  notText[0] = notText[1] = notText[3] = 1;
  const size = decimalAt(value, starts, 3, fieldCount);
  const entries = scanEntries(value, starts, notText, size, 4);
  // The terms: their count, then their numbers (read in place), then the texts they write out.
  let k = entries.next;
  notText[k] = 1;
  const termCount = decimalAt(value, starts, k++, fieldCount);
  if (k >= fieldCount) throw new Mismatch();
  notText[k] = 1;
  const terms = scanTerms(value, starts, k, termCount, entries);
  k = terms.next + terms.written;
  if (k + 3 !== fieldCount) throw new Mismatch();
  notText[k] = notText[k + 1] = notText[k + 2] = 1;
  checkRefs(refs, notText);
  const { termKey } = terms;
  for (let t = 0; t < termCount; t++) termKey[t] = literalOf(value, starts, termKey[t]!);
  // The orders for binary search: each a permutation, sorted; then the end.
  const byKey = numbersAt(value, starts, k++, termCount);
  const byId = numbersAt(value, starts, k++, size);
  checkOrder(value, starts, byKey, termKey, false);
  checkOrder(value, starts, byId, entries.entryField, true);
  if (value.slice(starts[k]!, starts[k + 1]! - 1) !== MAGIC) throw new Mismatch();
  return {
    starts,
    entryField: entries.entryField,
    formCount: entries.formCount,
    inflectionCount: entries.inflectionCount,
    numbersFrom: starts[terms.next - 1]!,
    termAt: terms.termAt,
    writtenAt: terms.writtenAt,
    termKey,
    byKey,
    byId,
  };
}

/**
 * Where each field starts, and one more (the value's length + 1); and the back-references, checked as
 * far as their own place tells (base 36, to a field after the header and before them), as pairs of
 * their field and the field they lead to (`checkRefs` checks that one is a text).
 */
function fieldStarts(value: string): { starts: Int32Array; refs: Int32Array } {
  // At most one field per character and one more: the table is cut to its length (untouched room costs
  // nothing: a large zeroed allocation is given pages as they are written).
  const room = new Int32Array(value.length + 2);
  const refRoom = new Int32Array(value.length + 2);
  let k = 1;
  let r = 0;
  for (let at = value.indexOf(SEP); at >= 0; at = value.indexOf(SEP, at + 1)) {
    room[k] = at + 1;
    if (value.charCodeAt(at + 1) === 2) {
      const end = value.indexOf(SEP, at + 1);
      const ref = refAt(value, at + 1, end < 0 ? value.length : end);
      if (!(ref >= 2 && ref < k)) throw new Mismatch();
      refRoom[r++] = k;
      refRoom[r++] = ref;
    }
    k++;
  }
  room[k] = value.length + 1;
  return { starts: room.subarray(0, k + 1), refs: refRoom.subarray(0, r) };
}

/** Each back-reference leads to a text, and is in a text's place (its field is not a count, shape or numbers). */
function checkRefs(refs: Int32Array, notText: Uint8Array): void {
  for (let i = 0; i < refs.length; i += 2) if (notText[refs[i]!] || notText[refs[i + 1]!]) throw new Mismatch();
}

interface Entries {
  entryField: Int32Array;
  formCount: Int32Array;
  inflectionCount: Int32Array;
  /** The field after the last entry. */
  next: number;
}

/** Checks `size` entries from field k: each id and shape, and where the texts the shape announces end. */
function scanEntries(value: string, starts: Int32Array, notText: Uint8Array, size: number, k: number): Entries {
  const fieldCount = notText.length;
  const entryField = new Int32Array(size);
  const formCount = new Int32Array(size);
  const inflectionCount = new Int32Array(size);
  for (let e = 0; e < size; e++) {
    entryField[e] = k;
    if (k + 2 > fieldCount) throw new Mismatch();
    // The id (a text), the shape.
    k++;
    notText[k] = 1;
    const texts = shapeTexts(value, starts[k]!, starts[k + 1]! - 1);
    formCount[e] = value.charCodeAt(starts[k]! + 1) - 0x20;
    inflectionCount[e] = value.charCodeAt(starts[k]! + 2) - 0x20;
    k++;
    k += texts;
    if (k > fieldCount) throw new Mismatch();
  }
  return { entryField, formCount, inflectionCount, next: k };
}

/** Checks a shape field [from, end): how many text fields follow it. */
function shapeTexts(value: string, from: number, end: number): number {
  const length = end - from;
  if (length < 8) throw new Mismatch();
  const flags = value.charCodeAt(from) - 0x20;
  const forms = value.charCodeAt(from + 1) - 0x20;
  const inflections = value.charCodeAt(from + 2) - 0x20;
  if (flags < 0 || flags >> 8 !== 0 || (flags & 3) === 3 || forms < 1 || inflections < 0 || length !== 7 + forms)
    throw new Mismatch();
  let texts = forms * inflections + 2;
  for (let i = from + 3; i < end; i++) {
    const n = value.charCodeAt(i) - 0x20;
    // Form flags (fix, nisba, latin), then the counts; the last (examples) has two texts each.
    if (n < 0 || (i < from + 3 + forms && n > 7)) throw new Mismatch();
    if (i >= from + 3 + forms) texts += i === end - 1 ? 2 * n : n;
  }
  return texts;
}

interface Terms {
  termAt: Int32Array;
  writtenAt: Int32Array;
  /** Each term's key as a field (resolved later). */
  termKey: Int32Array;
  /** How many texts the terms write out. */
  written: number;
  /** The field after the numbers. */
  next: number;
}

/** Checks the terms' numbers (field k): each candidate within its entry; where each term's numbers and texts are. */
function scanTerms(value: string, starts: Int32Array, k: number, termCount: number, entries: Entries): Terms {
  const { entryField, formCount, inflectionCount } = entries;
  const size = entryField.length;
  const numbers = numbersAt(value, starts, k, -1);
  const last = numbers.length;
  const termAt = new Int32Array(termCount);
  const writtenAt = new Int32Array(termCount);
  const termKey = new Int32Array(termCount);
  const firstWritten = k + 1;
  let n = 0;
  let w = firstWritten;
  for (let t = 0; t < termCount; t++) {
    termAt[t] = n;
    writtenAt[t] = w;
    if (n >= last) throw new Mismatch();
    const c = numbers[n]! >> 1;
    const keyWritten = numbers[n]! & 1;
    n++;
    if (c < 1 || n + 2 * c > last) throw new Mismatch();
    w += keyWritten;
    let key = keyWritten ? w - 1 : -1;
    for (let j = 0; j < c; j++, n += 2) {
      const e = numbers[n]!;
      const slot = numbers[n + 1]! >> 1;
      const written = numbers[n + 1]! & 1;
      if (e >= size || slot >= formCount[e]! * inflectionCount[e]!) throw new Mismatch();
      // The key, when not written out, is the first candidate's spelling.
      if (key < 0) key = written ? w : entryField[e]! + 2 + slot;
      w += written;
    }
    termKey[t] = key;
  }
  if (n !== last) throw new Mismatch();
  return { termAt, writtenAt, termKey, written: w - firstWritten, next: k + 1 };
}

/** The number (two characters of 14 bits from 0x20) at `at`; above 2^28 when they are not such characters. */
function numberAt(value: string, at: number): number {
  const hi = value.charCodeAt(at) - 0x20;
  const lo = value.charCodeAt(at + 1) - 0x20;
  // Out of range (or NaN past the end): a number no count allows.
  return hi >= 0 && hi <= 0x3fff && lo >= 0 && lo <= 0x3fff ? (hi << 14) | lo : 0x7fffffff;
}

/** A back-reference's field (base 36 digits after U+0002, at least one, read without a string); -1 when malformed. */
function refAt(value: string, from: number, to: number): number {
  if (to - from < 2 || to - from > 8) return -1;
  let ref = 0;
  for (let i = from + 1; i < to; i++) {
    const c = value.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 10 : -1;
    if (digit < 0) return -1;
    ref = ref * 36 + digit;
  }
  return ref;
}

/** Text field k's literal field: itself, or where its back-references lead (checked by `scan`: always earlier). */
function literalOf(value: string, starts: Int32Array, k: number): number {
  while (value.charCodeAt(starts[k]!) === 2) k = refAt(value, starts[k]!, starts[k + 1]! - 1);
  return k;
}

/** Field k as a count (decimal digits). */
function decimalAt(value: string, starts: Int32Array, k: number, fieldCount: number): number {
  if (k >= fieldCount) throw new Mismatch();
  const s = value.slice(starts[k]!, starts[k + 1]! - 1);
  const n = Number(s);
  if (!/^[0-9]+$/u.test(s) || !Number.isSafeInteger(n)) throw new Mismatch();
  return n;
}

/** A field of numbers: `count` of them, each below `count` (any number of any size when -1). */
function numbersAt(value: string, starts: Int32Array, k: number, count: number): Int32Array {
  const from = starts[k]!;
  const length = starts[k + 1]! - 1 - from;
  if (length % 2 !== 0 || (count >= 0 && length !== count * 2)) throw new Mismatch();
  const out = new Int32Array(length / 2);
  const limit = count >= 0 ? count : 0x7fffffff;
  for (let i = 0; i < out.length; i++) {
    const x = numberAt(value, from + 2 * i);
    if (x >= limit) throw new Mismatch();
    out[i] = x;
  }
  return out;
}

/**
 * `order` holds each index once, and their texts (field `fieldOf[i]`, its
 * back-reference resolved when `resolve`) strictly ascend in code-unit order
 * (keys and ids are distinct).
 */
function checkOrder(value: string, starts: Int32Array, order: Int32Array, fieldOf: Int32Array, resolve: boolean): void {
  const seen = new Uint8Array(order.length);
  let previous = -1;
  for (let i = 0; i < order.length; i++) {
    const x = order[i]!;
    if (seen[x]) throw new Mismatch();
    seen[x] = 1;
    const field = resolve ? literalOf(value, starts, fieldOf[x]!) : fieldOf[x]!;
    if (previous >= 0) {
      let a = starts[previous]!;
      let b = starts[field]!;
      const endA = starts[previous + 1]! - 1;
      const endB = starts[field + 1]! - 1;
      let d = 0;
      for (; a < endA && b < endB && d === 0; a++, b++) d = value.charCodeAt(a) - value.charCodeAt(b);
      if (d === 0) d = endA - a - (endB - b);
      if (d >= 0) throw new Mismatch();
    }
    previous = field;
  }
}

/**
 * The dictionary of a compact value (`dictionaryToCompact`), for `file`, with
 * lines on demand from `lineOf`; undefined when the value is not one.
 */
export function dictionaryFromCompact(value: string, file: string, lineOf: LineOf): Dictionary | undefined {
  return CompactDictionary.read(value, file, lineOf);
}

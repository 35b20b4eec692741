/**
 * A checked dictionary in the compact form a host's cache keeps (settings.ts,
 * ContentCache of @bayan/core): everything `parseDictionary` made of the file
 * (its entries, without file and lines), so that a later process builds the
 * entries without parsing YAML or JSON.
 *
 * The form is one string of fields separated by U+0001, read with a single
 * `split`: no JSON (whose parse, with an object and a key per property, was
 * the largest part of a cached load), and a value is omitted where it is the
 * default:
 *   - a header: `bayan-terms`, the format, the name, the entry count;
 *   - per entry: its id, then a shape field whose characters are small numbers
 *     (each the code of the character minus 0x20): the flags (kind, context,
 *     direction, article, level, quoted), the form count, the inflection
 *     count, each form's flags (fix, nisba, latin), and the counts of sources, exceptions before and after, and examples; then
 *     the strings those announce, in that order.
 *   - the end: `bayan-terms` again (a value cut short lacks it);
 *   - a field that repeats an earlier one (notes, sources, example texts that
 *     are the terms themselves) is written U+0002 and the earlier field's
 *     index in base 36.
 * A dictionary whose strings hold U+0001 or U+0002, or whose counts do not fit, is not stored in this form (the caller
 * stores nothing: it is loaded in full every time).
 *
 * Reading checks every field it uses (counts in range, enums, back-references
 * to earlier fields, the exact field count) and gives undefined on any
 * mismatch; the caller then loads the text in full. Nothing read is ever
 * executed: the fields are strings and small numbers.
 */
import type { Localized, Severity } from '@bayan/core';
import type { Dictionary, Entry, FixMode, Form, Kind } from './dictionary.js';

const SEP = '\u0001';
const REF = '\u0002';
const MAGIC = 'bayan-terms';
export const COMPACT_FORMAT = '2';

const KINDS: readonly Kind[] = ['substitution', 'consistency', 'discouraged'];
const LEVELS: ReadonlyArray<Severity | undefined> = [undefined, 'error', 'warning', 'info'];
/** Largest count a shape character holds (below the surrogates). */
const MAX_COUNT = 0xd7ff - 0x20;

const code = (n: number): string => String.fromCharCode(0x20 + n);

/** The compact form of a checked dictionary, or undefined when it cannot be written in it. */
export function dictionaryToCompact(dictionary: Dictionary): string | undefined {
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
  for (const entry of dictionary.entries) {
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
  // The end: a value cut short anywhere lacks it.
  fields.push(MAGIC);
  return bad ? undefined : fields.join(SEP);
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

/** Thrown inside the reader on any mismatch; never leaves it. */
class Mismatch extends Error {}

/** A cursor over the fields of a compact value; every read checks what it reads. */
class Reader {
  private readonly fields: string[];
  at = 2;

  constructor(value: string) {
    this.fields = value.split(SEP);
  }

  get done(): boolean {
    return this.at === this.fields.length;
  }

  /** The next field as it is written (a count or a shape). */
  raw(): string {
    if (this.at >= this.fields.length) throw new Mismatch();
    return this.fields[this.at++]!;
  }

  /** The next string field, a back-reference resolved (and replaced by its text for later references). */
  text(): string {
    const k = this.at;
    const s = this.raw();
    if (s.charCodeAt(0) !== 2) return s;
    const ref = Number.parseInt(s.slice(1), 36);
    // Only to an earlier field (each holds its resolved text by now), never to the header.
    if (!(ref >= 2 && ref < k) || s.length < 2) throw new Mismatch();
    return (this.fields[k] = this.fields[ref]!);
  }

  /**
   * `count` texts in an array of that size (one grown by push from empty
   * keeps room for 16: most of these hold one or two).
   */
  texts(count: number): string[] {
    if (count === 1) return [this.text()];
    if (count === 2) return [this.text(), this.text()];
    const list: string[] = [];
    for (let k = 0; k < count; k++) list.push(this.text());
    return list.slice();
  }

  /** `count` strings; the same frozen array as `previous` when equal to it. */
  strings(count: number, previous: readonly string[] | undefined): readonly string[] {
    if (count === 0) return NO_STRINGS;
    const list = this.texts(count);
    if (previous !== undefined && previous.length === count && previous.every((s, k) => s === list[k])) return previous;
    return Object.freeze(list);
  }
}

/** Small number `i` of a shape field. */
function shapeAt(shape: string, i: number): number {
  if (i >= shape.length) throw new Mismatch();
  const n = shape.charCodeAt(i) - 0x20;
  if (n < 0) throw new Mismatch();
  return n;
}

/**
 * The dictionary of a compact value (`dictionaryToCompact`), for `file`, with
 * lines on demand from `lineOf`; undefined when the value is not one.
 */
export function dictionaryFromCompact(value: string, file: string, lineOf: LineOf): Dictionary | undefined {
  if (!value.startsWith(MAGIC + SEP + COMPACT_FORMAT + SEP)) return undefined;
  try {
    return readDictionary(new Reader(value), file, lineOf);
  } catch (error) {
    if (error instanceof Mismatch) return undefined;
    throw error;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readDictionary(reader: Reader, file: string, lineOf: LineOf): Dictionary {
  const name = reader.text();
  const entryCount = Number(reader.raw());
  if (!Number.isSafeInteger(entryCount) || entryCount < 0) throw new Mismatch();
  const entries: Entry[] = [];
  let note: Localized | undefined;
  let source: readonly string[] | undefined;
  for (let e = 0; e < entryCount; e++) {
    const id = reader.text();
    const shape = reader.raw();
    let p = 0;
    const flags = shapeAt(shape, p++);
    const kind = KINDS[flags & 3];
    const level = LEVELS[(flags >> 6) & 3];
    if (kind === undefined || flags >> 8 !== 0) throw new Mismatch();
    const formCount = shapeAt(shape, p++);
    const inflectionCount = shapeAt(shape, p++);
    if (formCount < 1) throw new Mismatch();
    const readForm = (): Form => {
      const formFlags = shapeAt(shape, p++);
      if (formFlags > 7) throw new Mismatch();
      const fix: FixMode = formFlags & 1 ? 'suggestion' : 'fix';
      const inflections = reader.texts(inflectionCount);
      return { inflections, fix, nisba: (formFlags & 2) !== 0, latin: (formFlags & 4) !== 0 };
    };
    // Arrays of their size (see `texts`).
    const forms: Form[] = formCount === 2 ? [readForm(), readForm()] : [readForm()];
    for (let f = forms.length; f < formCount; f++) forms.push(readForm());
    const sourceCount = shapeAt(shape, p++);
    const beforeCount = shapeAt(shape, p++);
    const afterCount = shapeAt(shape, p++);
    const exampleCount = shapeAt(shape, p++);
    if (p !== shape.length) throw new Mismatch();
    // A note or a list of sources equal to the previous entry's is the same (frozen) object.
    const ar = reader.text();
    const en = reader.text();
    if (note === undefined || note.ar !== ar || note.en !== en) note = Object.freeze({ ar, en });
    source = reader.strings(sourceCount, source);
    const before = reader.strings(beforeCount, undefined);
    const after = reader.strings(afterCount, undefined);
    const quoted = (flags & 32) !== 0;
    const readExample = (k: number): Entry['examples'][number] => {
      const example = new ExampleLine(lineOf, e, k) as unknown as Mutable<Entry['examples'][number]>;
      example.from = reader.text();
      example.to = reader.text();
      return example;
    };
    const examples: Entry['examples'] = exampleCount === 0 ? [] : [readExample(0)];
    for (let k = 1; k < exampleCount; k++) examples.push(readExample(k));
    const fields: EntryFields = {
      id,
      kind,
      forms,
      article: (flags & 16) !== 0,
      context: flags & 4 ? 'date' : 'any',
      direction: flags & 8 ? 'preferred' : 'majority',
      note,
      source: source as string[],
      exceptions:
        !quoted && before.length === 0 && after.length === 0
          ? NO_EXCEPTIONS
          : { quoted, before: before as string[], after: after as string[] },
      file,
      examples,
    };
    const entry: Entry =
      level === undefined ? new CachedEntry(lineOf, e, fields) : new CachedLevelEntry(lineOf, e, level, fields);
    entries.push(entry);
  }
  if (reader.raw() !== MAGIC || !reader.done) throw new Mismatch();
  return { name, file, entries };
}

/**
 * The stream tokenizer: text → `TokenStream` directly, with no object per
 * token.
 *
 * It cuts exactly the tokens `tokenizeInline` cuts and groups them into the
 * paragraphs and sentences `tokenize` / `buildParagraph` build (the contract
 * test checks this token for token on every fixture, and property tests on
 * random text), but writes them into typed arrays that grow geometrically.
 *
 * Algorithm: one left-to-right pass of `charCodeAt` loops per run of text.
 * Every BMP code point's class (letter, mark, digit, space, format,
 * punctuation, symbol, plus "Arabic-script letter" and "Latin letter" bits)
 * lives in a table filled on first sight, so classification is one array read.
 * Tokens are grouped into sentences and paragraphs as they are cut (a small
 * state machine: a sentence ends after a terminal and the terminals or closing
 * marks right after it, or at a blank line; white space around sentences
 * belongs to the paragraph). Each distinct word is interned once per document
 * in an open-addressing hash table keyed on the characters themselves (no
 * string is made for a word already seen); its analysis (normal and folded
 * forms, script, clitics, number value) comes from a process-wide cache.
 *
 * Two ways to use it: `tokenizeStream(text)` for plain text (paragraphs split
 * at blank lines), or a `TokenStreamBuilder` fed runs of markup text at their
 * offsets, with `endParagraph()` at every block (paragraphs that are only
 * white space are dropped).
 */
import { isArabicScriptLetter, isLatinLetter } from './chars.js';
import { TokenKind, wordSerial, type TokenStream, type WordEntry } from './stream.js';
import { codePointClass, wordData, type WordData } from './tokenize.js';

// ---------------------------------------------------------------- classes

const C_LETTER = 1;
const C_MARK = 2;
const C_DIGIT = 3;
const C_SPACE = 4;
const C_FORMAT = 5;
const C_PUNCT = 6;
const CLASS = 7;
/** A letter of Arabic script (`isArabicScriptLetter`). */
const F_ARABIC = 8;
/** A Latin letter (`isLatinLetter`). */
const F_LATIN = 16;
const ARABIC_LETTER = C_LETTER | F_ARABIC;

/** Class and flags of every BMP code point seen so far (0: not computed yet). */
const TABLE = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function computeInfo(cp: number): number {
  let v = codePointClass(cp);
  if (v === C_LETTER) {
    if (isArabicScriptLetter(cp)) v |= F_ARABIC;
    if (isLatinLetter(cp)) v |= F_LATIN;
  }
  return v;
}

/** The code point at `i` of `s` (`n` its length): a surrogate pair as one code point, a lone surrogate as itself. */
function codePointIn(s: string, i: number, n: number): number {
  const u = s.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < n) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ((u - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return u;
}

function infoOf(cp: number): number {
  if (cp <= 0xffff) {
    const v = TABLE[cp]!;
    if (v !== 0) return v;
    return (TABLE[cp] = computeInfo(cp));
  }
  let v = ASTRAL.get(cp);
  if (v === undefined) {
    v = computeInfo(cp);
    ASTRAL.set(cp, v);
  }
  return v;
}

// ASCII and the Arabic block are filled up front: the first document pays no regular expression for them.
for (let cp = 0; cp < 0x80; cp++) infoOf(cp);
for (let cp = 0x0600; cp < 0x0700; cp++) infoOf(cp);

function isDigitUnit(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x0660 && u <= 0x0669) || (u >= 0x06f0 && u <= 0x06f9);
}

function isAsciiAlnum(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
}

function isWordClass(c: number): boolean {
  return c === C_LETTER || c === C_MARK || c === C_DIGIT;
}

/** `, . ٬ ٫ ،` between two digits of a number. */
function isNumberSeparator(u: number): boolean {
  return u === 0x2c || u === 0x2e || u === 0x066c || u === 0x066b || u === 0x060c;
}

/** Characters of an e-mail's local part: `[A-Za-z0-9._%+-]`. */
function isEmailLocal(u: number): boolean {
  return isAsciiAlnum(u) || u === 0x2e || u === 0x5f || u === 0x25 || u === 0x2b || u === 0x2d;
}

/** Characters of an e-mail's domain: `[A-Za-z0-9.-]`. */
function isEmailDomain(u: number): boolean {
  return isAsciiAlnum(u) || u === 0x2e || u === 0x2d;
}

const EMAIL_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** Sentence terminals: `. ! ؟ ? …`. */
function isTerminal(u: number): boolean {
  return u === 0x2e || u === 0x21 || u === 0x061f || u === 0x3f || u === 0x2026;
}

/** Closing quotes and brackets kept with the sentence they close: `» ” ’ " ' ) ] } ›`. */
function isCloser(u: number): boolean {
  return (
    u === 0xbb ||
    u === 0x201d ||
    u === 0x2019 ||
    u === 0x22 ||
    u === 0x27 ||
    u === 0x29 ||
    u === 0x5d ||
    u === 0x7d ||
    u === 0x203a
  );
}

/** Trailing characters a URL gives back to the sentence: `. , : ; ! ? ' ’ ” ] } ؟`. */
function isUrlTrailer(u: number): boolean {
  return (
    u === 0x2e ||
    u === 0x2c ||
    u === 0x3a ||
    u === 0x3b ||
    u === 0x21 ||
    u === 0x3f ||
    u === 0x27 ||
    u === 0x2019 ||
    u === 0x201d ||
    u === 0x5d ||
    u === 0x7d ||
    u === 0x061f
  );
}

/** Lower-case ASCII letter at `i` (other characters as they are). */
function lowerAt(s: string, i: number): number {
  const u = s.charCodeAt(i);
  return u >= 0x41 && u <= 0x5a ? u + 0x20 : u;
}

// ---------------------------------------------------------------- word analysis

/**
 * Entries (analysis + value) shared by every stream of the process; bounded
 * (cleared when `ENTRY_CACHE_LIMIT` words are in it). An open-addressing table
 * keyed on the characters: a word met in an
 * earlier document is found without making its string (no slice, no string
 * hash), which is what most of a document's distinct words are.
 */
const ENTRY_CACHE_LIMIT = 50_000;
/**
 * Slot k is `cacheTable[2k]` (index + 1 into `cachedEntries`, 0 when empty)
 * and `cacheTable[2k + 1]` (that word's hash), side by side: one cache line
 * per probe. Grown to keep it at most half full (it stays small, so mostly
 * in the processor's cache, for text with few distinct words).
 */
let cacheTable = new Int32Array(2 * 1024);
let cacheMask = 1024 - 1;
const cachedEntries: WordEntry[] = [];

function growEntryCache(): void {
  const old = cacheTable;
  const slots = (cacheMask + 1) * 2;
  cacheTable = new Int32Array(2 * slots);
  cacheMask = slots - 1;
  for (let k = 0; k < old.length; k += 2) {
    const stored = old[k]!;
    if (stored === 0) continue;
    let slot = old[k + 1]! & cacheMask;
    while (cacheTable[2 * slot] !== 0) slot = (slot + 1) & cacheMask;
    cacheTable[2 * slot] = stored;
    cacheTable[2 * slot + 1] = old[k + 1]!;
  }
}

function makeEntry(value: string, data: WordData): WordEntry {
  // Every entry has the same six properties (in the same order), so reading them stays monomorphic.
  return {
    value,
    normal: data.normal,
    folded: data.folded,
    script: data.script,
    clitics: data.clitics,
    number: data.number,
    serial: wordSerial(),
  };
}

/** The entry of the word `src[from, to)`. */
function entryFor(
  src: string,
  from: number,
  to: number,
  isNumber: boolean,
  lexicon: ((stem: string) => boolean) | undefined,
): WordEntry {
  if (lexicon) {
    const value = src.slice(from, to);
    return makeEntry(value, wordData(value, isNumber ? 'number' : 'word', lexicon));
  }
  const length = to - from;
  // Every character (the per-document hash reads five): the table holds many more words.
  let h = Math.imul(length, 0x9e3779b1);
  for (let k = from; k < to; k++) h = Math.imul(h ^ src.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  const table = cacheTable;
  const mask = cacheMask;
  let slot = h & mask;
  for (;;) {
    const stored = table[2 * slot]!;
    if (stored === 0) break;
    if (table[2 * slot + 1] === h) {
      const entry = cachedEntries[stored - 1]!;
      const value = entry.value;
      if (value.length === length) {
        let k = 0;
        while (k < length && value.charCodeAt(k) === src.charCodeAt(from + k)) k++;
        if (k === length) return entry;
      }
    }
    slot = (slot + 1) & mask;
  }
  const value = src.slice(from, to);
  const entry = makeEntry(value, wordData(value, isNumber ? 'number' : 'word'));
  if (cachedEntries.length >= ENTRY_CACHE_LIMIT) {
    cacheTable.fill(0);
    cachedEntries.length = 0;
  } else if ((cachedEntries.length + 1) * 2 > cacheMask) growEntryCache();
  cachedEntries.push(entry);
  slot = h & cacheMask;
  while (cacheTable[2 * slot] !== 0) slot = (slot + 1) & cacheMask;
  cacheTable[2 * slot] = cachedEntries.length;
  cacheTable[2 * slot + 1] = h;
  return entry;
}

// ---------------------------------------------------------------- the stream

class ArrayTokenStream implements TokenStream {
  constructor(
    readonly text: string,
    readonly size: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly kind: Uint8Array,
    readonly word: Int32Array,
    readonly words: readonly WordEntry[],
    readonly paragraphCount: number,
    readonly paragraphStart: Int32Array,
    readonly paragraphEnd: Int32Array,
    readonly sentenceCount: number,
    readonly sentenceStart: Int32Array,
    readonly sentenceEnd: Int32Array,
  ) {}

  value(i: number): string {
    return this.text.slice(this.start[i]!, this.end[i]!);
  }
}

/**
 * Working arrays, reused from one stream to the next (a stream gets its own
 * exactly sized copy at `finish`): allocating and zeroing a dozen typed arrays
 * per document cost more than tokenizing a short one. One set per process,
 * taken by one builder at a time; a builder that finds it taken allocates its
 * own. Sets grown past `SCRATCH_KEEP` tokens are not kept.
 *
 * A long document (`LONG_UNITS` UTF-16 units or more) gets arrays of its own,
 * sized from its length, which become the stream's arrays (no copy): copying
 * megabytes into fresh memory costs more than the waste of a generous size.
 */
class Scratch {
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  kind: Uint8Array<ArrayBuffer>;
  word: Int32Array<ArrayBuffer>;
  paragraphStart: Int32Array<ArrayBuffer>;
  paragraphEnd: Int32Array<ArrayBuffer>;
  sentenceStart: Int32Array<ArrayBuffer>;
  sentenceEnd: Int32Array<ArrayBuffer>;
  hashes = new Int32Array(1024);
  /** TokenKind (Word or Number) of each distinct word. */
  wordKind = new Uint8Array(1024);
  table = new Int32Array(4096);

  constructor(tokens: number, sentences: number, paragraphs: number) {
    this.start = new Int32Array(tokens);
    this.end = new Int32Array(tokens);
    this.kind = new Uint8Array(tokens);
    this.word = new Int32Array(tokens);
    this.paragraphStart = new Int32Array(paragraphs);
    this.paragraphEnd = new Int32Array(paragraphs);
    this.sentenceStart = new Int32Array(sentences);
    this.sentenceEnd = new Int32Array(sentences);
  }
}

const SCRATCH_KEEP = 1 << 20;
const LONG_UNITS = 1 << 16;
let freeScratch: Scratch | null = new Scratch(4096, 1024, 256);

function takeScratch(units: number): Scratch {
  // Release text has about one token per three UTF-16 units, a sentence per hundred, a paragraph per five hundred.
  if (units >= LONG_UNITS) return new Scratch(Math.ceil(units * 0.4) + 64, (units >> 5) + 16, (units >> 7) + 8);
  const scratch = freeScratch ?? new Scratch(4096, 1024, 256);
  freeScratch = null;
  return scratch;
}

function giveBackScratch(scratch: Scratch): void {
  if (scratch.start.length <= SCRATCH_KEEP && scratch.table.length <= SCRATCH_KEEP) freeScratch = scratch;
}

/**
 * Streams' arrays are carved out of shared slabs: allocating an ArrayBuffer
 * costs tens of microseconds (more than tokenizing a paragraph), a view on a
 * slab a fraction of one. A slab is freed when no stream cut from it is left;
 * a stream larger than a quarter slab gets a buffer of its own.
 *
 * Fresh memory is what a stream costs most (the system maps its pages on
 * first write). A host that is done with a stream can say so
 * (`releaseStream`): the next stream is cut where the last one cut was, if
 * it was released, and a slab whose streams are all released is written
 * again from its start, so a host that lints documents one after the other
 * and releases each keeps writing the same, already mapped, memory.
 */
const SLAB_BYTES = 512 * 1024;

interface Slab {
  readonly buffer: ArrayBuffer;
  /** Bytes carved so far. */
  used: number;
  /** Streams cut from it and not released. */
  live: number;
}

/** Where a stream's arrays were cut: its slab, offset and size in bytes. */
interface Cut {
  slab: Slab;
  offset: number;
  size: number;
}

/** Slabs whose streams were all released, to write again (at most `FREE_SLABS`). */
const FREE_SLABS = 4;
const freeSlabs: Slab[] = [];
let slab: Slab = { buffer: new ArrayBuffer(0), used: 0, live: 0 };

function carve(bytes: number): { buffer: ArrayBuffer; offset: number; cut: Cut | null } {
  const size = (bytes + 7) & ~7;
  if (size > SLAB_BYTES >> 2) return { buffer: new ArrayBuffer(size), offset: 0, cut: null };
  // Every stream cut from the slab was released: it is written again from its start.
  if (slab.live === 0) slab.used = 0;
  if (slab.used + size > slab.buffer.byteLength) {
    const again = freeSlabs.pop();
    if (again !== undefined) {
      again.used = 0;
      slab = again;
    } else slab = { buffer: new ArrayBuffer(SLAB_BYTES), used: 0, live: 0 };
  }
  const offset = slab.used;
  slab.used += size;
  slab.live++;
  return { buffer: slab.buffer, offset, cut: { slab, offset, size } };
}

/** Streams built here: where each was cut (null: memory of its own, or released already). */
const cutOf = new WeakMap<TokenStream, Cut | null>();

/**
 * Says that nothing will read `stream` again — not its arrays, not its
 * words' ids — so the memory of its arrays can hold the next stream's.
 * Reading a released stream gives another stream's tokens: release only
 * what no rule, cache or caller still holds (a host, after the lint of a
 * document, for instance; `SourceDocument.releaseStream` does it for a
 * document, whose `stream` is then built again if read). Releasing twice, or
 * a stream not built here, does nothing.
 */
export function releaseStream(stream: TokenStream): void {
  const cut = cutOf.get(stream);
  if (!cut) return;
  cutOf.set(stream, null);
  const from = cut.slab;
  from.live--;
  if (from === slab) {
    // The last stream cut: the next one is cut where it was.
    if (cut.offset + cut.size === slab.used) slab.used = cut.offset;
  } else if (from.live === 0 && freeSlabs.length < FREE_SLABS) freeSlabs.push(from);
}

function grow32(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(16, array.length * 2, size));
  next.set(array);
  return next;
}

export interface StreamBuilderOptions {
  /**
   * `blank-lines` (plain text): paragraphs are split at white space holding
   * two line breaks or more, which belongs to no paragraph. `explicit`
   * (markup): a paragraph is the runs between two `endParagraph()` calls, and
   * one that is only white space is dropped with its tokens.
   */
  paragraphs?: 'blank-lines' | 'explicit';
  /** Stem lexicon passed to `analyzeClitics` (disables the process-wide cache of analyses). */
  lexicon?: (stem: string) => boolean;
  /** Expected number of UTF-16 units of prose (sizes the arrays up front). */
  sizeHint?: number;
}

/**
 * Builds the token stream of one document from runs of its text. Each run is
 * tokenized on its own (as `tokenizeInline` tokenizes one string: nothing is
 * looked at across its ends), at its offset in the document.
 */
export class TokenStreamBuilder {
  readonly #text: string;
  readonly #blankLines: boolean;
  readonly #lexicon: ((stem: string) => boolean) | undefined;

  /** The working arrays (tokens, spans, the word table); null once finished. */
  #scratch: Scratch | null;
  #size = 0;
  #words: WordEntry[] = [];
  /** The scratch arrays are this builder's own, sized for a long document. */
  readonly #long: boolean;
  /** Mask of the part of `scratch.table` in use (a power of two, minus one). */
  #mask: number;
  #paragraphCount = 0;
  #sentenceCount = 0;

  // Grouping state: the open paragraph and sentence (token indexes, -1 when none).
  #paragraphOpen = -1;
  #paragraphHasContent = false;
  #sentenceOpen = -1;
  /** End (token index) of the open sentence's last token that is not white space. */
  #sentenceLast = 0;
  /** After a terminal: terminals and closers that follow still belong to the sentence. */
  #absorbing = false;

  /** Runs whose text differs from the document's (masked references): offset, run. */
  #masked: Array<{ offset: number; run: string }> | null = null;

  // The run being tokenized.
  #src = '';
  #base = 0;
  #emailFailUntil = -1;
  /** Kind of the last `#scanWord` result: Word, Number, or 0 (marks only: a Symbol). */
  #scanned = 0;

  constructor(text: string, options: StreamBuilderOptions = {}) {
    this.#text = text;
    this.#blankLines = options.paragraphs === 'blank-lines';
    this.#lexicon = options.lexicon;
    const units = options.sizeHint ?? text.length;
    const scratch = takeScratch(units);
    this.#scratch = scratch;
    this.#long = units >= LONG_UNITS;
    // Release text has about one distinct word per fifteen UTF-16 units (fewer as it grows).
    const slots = 1 << (32 - Math.clz32(Math.min((units >> 3) + 64, 1 << 16) * 2 - 1));
    if (scratch.table.length < slots) scratch.table = new Int32Array(slots);
    else scratch.table.fill(0, 0, slots);
    this.#mask = slots - 1;
  }

  /**
   * Tokenizes one run: `run` is the document text at `offset` (with markup
   * character references masked, if any: same length, and `masked` true).
   * Runs come in document order.
   */
  addRun(run: string, offset: number, masked = false): void {
    const n = run.length;
    if (n === 0) return;
    if (masked) (this.#masked ??= []).push({ offset, run });
    this.#src = run;
    this.#base = offset;
    this.#emailFailUntil = -1;
    const blankLines = this.#blankLines;
    let i = 0;
    while (i < n) {
      const cp = codePointIn(run, i, n);
      const size = cp > 0xffff ? 2 : 1;
      let info = cp <= 0xffff ? TABLE[cp]! : 0;
      if (info === 0) info = infoOf(cp);
      const c = info & CLASS;
      let end: number;
      let kind: number;
      let id = -1;
      if (c === C_SPACE) {
        end = i + 1;
        while (end < n) {
          const w = run.charCodeAt(end);
          let v = TABLE[w]!;
          if (v === 0) v = infoOf(w);
          if ((v & CLASS) !== C_SPACE) break;
          end++;
        }
        kind = TokenKind.WhiteSpace;
      } else {
        // Every source starts with an ASCII character (`#`, `@`, a URL, an e-mail).
        const sourceEnd = cp < 0x80 ? this.#source(i, cp) : -1;
        if (sourceEnd > i) {
          end = sourceEnd;
          kind = TokenKind.Source;
        } else if (c === C_LETTER || c === C_MARK || c === C_DIGIT) {
          end = this.#scanWord(i);
          if (this.#scanned === 0) kind = TokenKind.Symbol;
          else {
            id = this.#intern(i, end, this.#scanned === TokenKind.Number);
            kind = this.#scratch!.wordKind[id]!;
          }
        } else {
          end = i + size;
          kind = c === C_PUNCT ? TokenKind.Punctuation : TokenKind.Symbol;
        }
      }

      if (kind === TokenKind.WhiteSpace) {
        // One space (most white space) holds no line break.
        const breaks = end - i === 1 && cp !== 0x0a && cp !== 0x0d ? 0 : countBreaks(run, i, end);
        if (blankLines && breaks >= 2) {
          // A blank line between paragraphs of plain text: it ends the paragraph and belongs to none.
          this.#closeParagraph();
          this.#push(i, end, kind, -1);
        } else {
          const t = this.#push(i, end, kind, -1);
          if (this.#paragraphOpen < 0) this.#paragraphOpen = t;
          // White space after a sentence belongs to the paragraph; a blank line ends a sentence (a heading, an item).
          if (this.#absorbing) this.#endSentence();
          else if (this.#sentenceOpen >= 0 && breaks >= 2) this.#endSentence();
        }
      } else {
        const t = this.#push(i, end, kind, id);
        if (this.#paragraphOpen < 0) this.#paragraphOpen = t;
        this.#paragraphHasContent = true;
        const punct = kind === TokenKind.Punctuation && end - i === 1;
        if (this.#absorbing && !(punct && (isTerminal(cp) || isCloser(cp)))) this.#endSentence();
        if (this.#sentenceOpen < 0) this.#sentenceOpen = t;
        this.#sentenceLast = t + 1;
        if (punct && isTerminal(cp)) this.#absorbing = true;
      }
      i = end;
    }
  }

  /** Ends the paragraph the runs so far belong to (a block ended). */
  endParagraph(): void {
    this.#closeParagraph();
  }

  finish(): TokenStream {
    this.#closeParagraph();
    let text = this.#text;
    if (this.#masked) {
      const parts: string[] = [];
      let at = 0;
      for (const { offset, run } of this.#masked) {
        if (offset < at) continue; // overlapping runs: the first one wins
        parts.push(text.slice(at, offset), run);
        at = offset + run.length;
      }
      parts.push(text.slice(at));
      text = parts.join('');
    }
    const scratch = this.#scratch!;
    this.#scratch = null;
    const n = this.#size;
    const pc = this.#paragraphCount;
    const sc = this.#sentenceCount;
    if (this.#long && n * 2 >= scratch.start.length) {
      // A long document's own arrays, less than half empty: they are the stream's.
      return new ArrayTokenStream(
        text,
        n,
        scratch.start.subarray(0, n),
        scratch.end.subarray(0, n),
        scratch.kind.subarray(0, n),
        scratch.word.subarray(0, n),
        this.#words,
        pc,
        scratch.paragraphStart.subarray(0, pc),
        scratch.paragraphEnd.subarray(0, pc),
        sc,
        scratch.sentenceStart.subarray(0, sc),
        scratch.sentenceEnd.subarray(0, sc),
      );
    }
    // Otherwise one buffer, exactly sized, for every array of the stream. When every token ends where
    // the next one starts (plain text: white space and blank lines are tokens too), `end` is `start`
    // shifted by one, and the stream needs a quarter less memory (fresh memory is what it costs).
    const scratchStart = scratch.start;
    const scratchEnd = scratch.end;
    let contiguous = n > 0;
    for (let i = 1; contiguous && i < n; i++) contiguous = scratchEnd[i - 1] === scratchStart[i];
    const { buffer, offset, cut } = carve(4 * ((contiguous ? 2 * n + 1 : 3 * n) + 2 * pc + 2 * sc) + n);
    let at = offset;
    const take32 = (source: Int32Array, count: number): Int32Array => {
      const view = new Int32Array(buffer, at, count);
      view.set(source.subarray(0, count));
      at += 4 * count;
      return view;
    };
    let start: Int32Array;
    let end: Int32Array;
    if (contiguous) {
      const bounds = take32(scratchStart, n + 1);
      bounds[n] = scratchEnd[n - 1]!;
      start = bounds.subarray(0, n);
      end = bounds.subarray(1, n + 1);
    } else {
      start = take32(scratchStart, n);
      end = take32(scratchEnd, n);
    }
    const word = take32(scratch.word, n);
    const paragraphStart = take32(scratch.paragraphStart, pc);
    const paragraphEnd = take32(scratch.paragraphEnd, pc);
    const sentenceStart = take32(scratch.sentenceStart, sc);
    const sentenceEnd = take32(scratch.sentenceEnd, sc);
    const kind = new Uint8Array(buffer, at, n);
    kind.set(scratch.kind.subarray(0, n));
    if (!this.#long) giveBackScratch(scratch);
    const stream = new ArrayTokenStream(
      text,
      n,
      start,
      end,
      kind,
      word,
      this.#words,
      pc,
      paragraphStart,
      paragraphEnd,
      sc,
      sentenceStart,
      sentenceEnd,
    );
    if (cut !== null) cutOf.set(stream, cut);
    return stream;
  }

  // ---------------------------------------------------------------- grouping

  #push(from: number, to: number, kind: number, id: number): number {
    const t = this.#size;
    const scratch = this.#scratch!;
    if (t === scratch.start.length) {
      scratch.start = grow32(scratch.start, t + 1);
      scratch.end = grow32(scratch.end, t + 1);
      scratch.word = grow32(scratch.word, t + 1);
      const kinds = new Uint8Array(scratch.start.length);
      kinds.set(scratch.kind);
      scratch.kind = kinds;
    }
    scratch.start[t] = this.#base + from;
    scratch.end[t] = this.#base + to;
    scratch.kind[t] = kind;
    scratch.word[t] = id;
    this.#size = t + 1;
    return t;
  }

  #endSentence(): void {
    this.#absorbing = false;
    if (this.#sentenceOpen < 0) return;
    const s = this.#sentenceCount;
    const scratch = this.#scratch!;
    if (s === scratch.sentenceStart.length) {
      scratch.sentenceStart = grow32(scratch.sentenceStart, s + 1);
      scratch.sentenceEnd = grow32(scratch.sentenceEnd, s + 1);
    }
    scratch.sentenceStart[s] = this.#sentenceOpen;
    scratch.sentenceEnd[s] = this.#sentenceLast;
    this.#sentenceCount = s + 1;
    this.#sentenceOpen = -1;
  }

  #closeParagraph(): void {
    this.#endSentence();
    const from = this.#paragraphOpen;
    if (from < 0) return;
    this.#paragraphOpen = -1;
    if (!this.#blankLines && !this.#paragraphHasContent) {
      // Only white space: not prose (and no sentence was opened in it).
      this.#size = from;
      return;
    }
    this.#paragraphHasContent = false;
    const p = this.#paragraphCount;
    const scratch = this.#scratch!;
    if (p === scratch.paragraphStart.length) {
      scratch.paragraphStart = grow32(scratch.paragraphStart, p + 1);
      scratch.paragraphEnd = grow32(scratch.paragraphEnd, p + 1);
    }
    scratch.paragraphStart[p] = from;
    scratch.paragraphEnd[p] = this.#size;
    this.#paragraphCount = p + 1;
  }

  // ---------------------------------------------------------------- words

  /** Id of the word `src[from, to)`, interned on first sight. */
  #intern(from: number, to: number, isNumber: boolean): number {
    const src = this.#src;
    const length = to - from;
    // The hash reads the length and five characters (both ends, the middle): words that share them
    // only cost a comparison.
    let h = Math.imul(length, 0x9e3779b1);
    h = Math.imul(h ^ src.charCodeAt(from), 0x01000193);
    h = Math.imul(h ^ src.charCodeAt(to - 1), 0x01000193);
    if (length > 2) {
      h = Math.imul(h ^ src.charCodeAt(from + 1), 0x01000193);
      h = Math.imul(h ^ src.charCodeAt(to - 2), 0x01000193);
      h = Math.imul(h ^ src.charCodeAt(from + (length >> 1)), 0x01000193);
    }
    h ^= h >>> 15;
    const scratch = this.#scratch!;
    const table = scratch.table;
    const hashes = scratch.hashes;
    const words = this.#words;
    const mask = this.#mask;
    let slot = h & mask;
    for (;;) {
      const stored = table[slot]!;
      if (stored === 0) break;
      const id = stored - 1;
      if (hashes[id] === h) {
        const value = words[id]!.value;
        if (value.length === length) {
          let k = 0;
          while (k < length && value.charCodeAt(k) === src.charCodeAt(from + k)) k++;
          if (k === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = words.length;
    const entry = entryFor(src, from, to, isNumber, this.#lexicon);
    words.push(entry);
    if (id === hashes.length) {
      scratch.hashes = grow32(hashes, id + 1);
      const kinds = new Uint8Array(scratch.hashes.length);
      kinds.set(scratch.wordKind);
      scratch.wordKind = kinds;
    }
    scratch.hashes[id] = h;

    // The kind follows the word's script, as in the tree: «²٠» is cut as a word (² is a numeral, not a digit) but reads as a number.
    scratch.wordKind[id] = entry.script === 'number' ? TokenKind.Number : TokenKind.Word;
    table[slot] = id + 1;
    if ((id + 1) * 2 > mask) this.#rehash();
    return id;
  }

  #rehash(): void {
    const scratch = this.#scratch!;
    const slots = (this.#mask + 1) * 2;
    if (scratch.table.length < slots) scratch.table = new Int32Array(slots);
    const table = scratch.table;
    table.fill(0, 0, slots);
    const mask = slots - 1;
    for (let id = 0; id < this.#words.length; id++) {
      let slot = scratch.hashes[id]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.#mask = mask;
  }

  // ---------------------------------------------------------------- scanning (as tokenizeInline)

  /** Is the code point before `i` a word character (or `_`)? */
  #prevIsWordChar(i: number): boolean {
    if (i === 0) return false;
    const src = this.#src;
    let u = src.charCodeAt(i - 1);
    if (u >= 0xdc00 && u <= 0xdfff && i >= 2) u = src.codePointAt(i - 2) ?? u;
    return isWordClass(infoOf(u) & CLASS) || u === 0x5f;
  }

  /** End of a Source token (URL, e-mail, #hashtag, @mention) starting at i, or -1. */
  #source(i: number, u: number): number {
    const src = this.#src;
    if (u === 0x23 /* # */ || u === 0x40 /* @ */) {
      if (this.#prevIsWordChar(i)) return -1;
      const n = src.length;
      let j = i + 1;
      while (j < n) {
        const cp = src.codePointAt(j)!;
        const ok = u === 0x23 ? isWordClass(infoOf(cp) & CLASS) || cp === 0x5f : isAsciiAlnum(cp) || cp === 0x5f;
        if (!ok) break;
        j += cp > 0xffff ? 2 : 1;
      }
      return j > i + 1 ? j : -1;
    }
    if (u === 0x68 || u === 0x48 || u === 0x77 || u === 0x57) {
      if (this.#startsUrl(i) && !this.#prevIsWordChar(i)) return this.#urlEnd(i);
    }
    if (isAsciiAlnum(u) && i >= this.#emailFailUntil && !(i > 0 && isAsciiAlnum(src.charCodeAt(i - 1))))
      return this.#emailEnd(i);
    return -1;
  }

  /** `http://`, `https://` or `www.` and a letter or digit, in any case. */
  #startsUrl(i: number): boolean {
    const src = this.#src;
    if (lowerAt(src, i) === 0x68) {
      if (lowerAt(src, i + 1) !== 0x74 || lowerAt(src, i + 2) !== 0x74 || lowerAt(src, i + 3) !== 0x70) return false;
      const k = lowerAt(src, i + 4) === 0x73 ? i + 5 : i + 4;
      return src.charCodeAt(k) === 0x3a && src.charCodeAt(k + 1) === 0x2f && src.charCodeAt(k + 2) === 0x2f;
    }
    return (
      lowerAt(src, i + 1) === 0x77 &&
      lowerAt(src, i + 2) === 0x77 &&
      src.charCodeAt(i + 3) === 0x2e &&
      isAsciiAlnum(src.charCodeAt(i + 4))
    );
  }

  #urlEnd(i: number): number {
    const src = this.#src;
    const n = src.length;
    let j = i;
    let open = 0;
    while (j < n) {
      const u = src.charCodeAt(j);
      if (
        (infoOf(u) & CLASS) === C_SPACE ||
        u === 0x3c ||
        u === 0x3e ||
        u === 0x22 ||
        u === 0xab ||
        u === 0xbb ||
        u === 0x060c ||
        u === 0x061b
      )
        break;
      if (u === 0x28) open++;
      else if (u === 0x29) open--;
      j++;
    }
    // Trailing sentence punctuation belongs to the text, not the URL.
    while (j > i) {
      const u = src.charCodeAt(j - 1);
      if (u === 0x29 && open < 0) {
        open++;
        j--;
        continue;
      }
      if (u === 0x29 || !isUrlTrailer(u)) break;
      j--;
    }
    return j;
  }

  #emailEnd(i: number): number {
    const src = this.#src;
    const n = src.length;
    let j = i;
    while (j < n && isEmailLocal(src.charCodeAt(j))) j++;
    if (src.charCodeAt(j) !== 0x40) {
      this.#emailFailUntil = j;
      return -1;
    }
    let k = j + 1;
    while (k < n && isEmailDomain(src.charCodeAt(k))) k++;
    while (k > j + 1 && (src.charCodeAt(k - 1) === 0x2e || src.charCodeAt(k - 1) === 0x2d)) k--;
    if (EMAIL_DOMAIN.test(src.slice(j + 1, k))) return k;
    this.#emailFailUntil = j;
    return -1;
  }

  /** End of the word or number starting at i; its kind goes to `#scanned`. */
  #scanWord(i: number): number {
    const src = this.#src;
    const n = src.length;
    let j = i;
    let hasLetter = false;
    let hasDigit = false;
    let hasSep = false;
    let prevDigit = false;
    let prevLatin = false;
    let prevArabic = false;
    let groupLen = 0;
    // Fast path: the Arabic letters a word starts with (what most words are made of).
    while (j < n && TABLE[src.charCodeAt(j)] === ARABIC_LETTER) j++;
    if (j > i) {
      hasLetter = true;
      prevArabic = true;
    }
    while (j < n) {
      const cp = codePointIn(src, j, n);
      const size = cp > 0xffff ? 2 : 1;
      let info = cp <= 0xffff ? TABLE[cp]! : 0;
      if (info === 0) info = infoOf(cp);
      const c = info & CLASS;
      if (c === C_LETTER || c === C_MARK) {
        if (hasSep) break;
        if (c === C_LETTER) {
          const arabic = (info & F_ARABIC) !== 0;
          // «و٣»: an Arabic letter and a digit never share a word.
          if (arabic && prevDigit) break;
          hasLetter = true;
          prevLatin = (info & F_LATIN) !== 0;
          prevArabic = arabic;
        }
        prevDigit = false;
        j += size;
        continue;
      }
      if (c === C_DIGIT) {
        if (prevArabic) break;
        hasDigit = true;
        prevDigit = true;
        prevLatin = false;
        groupLen++;
        j++;
        continue;
      }
      if (
        !hasLetter &&
        prevDigit &&
        // A separator between digits («3،8», «1.5»), or a thin space before a group of exactly three («1 000»).
        ((c === C_PUNCT && isNumberSeparator(cp) && j + 1 < n && isDigitUnit(src.charCodeAt(j + 1))) ||
          ((cp === 0x202f || cp === 0x2009) &&
            groupLen <= 3 &&
            j + 3 < n &&
            isDigitUnit(src.charCodeAt(j + 1)) &&
            isDigitUnit(src.charCodeAt(j + 2)) &&
            isDigitUnit(src.charCodeAt(j + 3)) &&
            !(j + 4 < n && isDigitUnit(src.charCodeAt(j + 4)))))
      ) {
        hasSep = true;
        prevDigit = false;
        groupLen = 0;
        j++;
        continue;
      }
      if (
        (cp === 0x27 || cp === 0x2019) &&
        prevLatin &&
        !hasSep &&
        j + 1 < n &&
        (infoOf(src.codePointAt(j + 1)!) & F_LATIN) !== 0
      ) {
        prevLatin = false;
        j++;
        continue;
      }
      if (c === C_FORMAT && !hasSep) {
        let k = j;
        let next = 0;
        while (k < n) {
          const f = src.codePointAt(k)!;
          next = infoOf(f) & CLASS;
          if (next !== C_FORMAT) break;
          k += f > 0xffff ? 2 : 1;
        }
        if (k < n && isWordClass(next)) {
          j = k;
          continue;
        }
      }
      break;
    }
    if (j === i) j = i + (src.codePointAt(i)! > 0xffff ? 2 : 1); // never an empty token
    this.#scanned = hasLetter ? TokenKind.Word : hasDigit ? TokenKind.Number : 0;
    return j;
  }
}

/** Line breaks in `s[from, to)`: `\n`, and `\r` not followed by `\n` there. */
function countBreaks(s: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const u = s.charCodeAt(k);
    if (u === 0x0a || (u === 0x0d && (k + 1 >= to || s.charCodeAt(k + 1) !== 0x0a))) breaks++;
  }
  return breaks;
}

export interface TokenizeStreamOptions {
  /** Offset where the prose starts (a BOM before it is not prose); default 0. */
  from?: number;
  /** Stem lexicon passed to `analyzeClitics`. */
  lexicon?: (stem: string) => boolean;
}

/**
 * The token stream of plain text: `text.slice(from)` tokenized, paragraphs
 * split at blank lines, offsets into `text` (what `tokenize(text.slice(from),
 * {offset: from})` builds as a tree).
 */
export function tokenizeStream(text: string, options: TokenizeStreamOptions = {}): TokenStream {
  const from = options.from ?? 0;
  const builder = new TokenStreamBuilder(
    text,
    options.lexicon ? { paragraphs: 'blank-lines', lexicon: options.lexicon } : { paragraphs: 'blank-lines' },
  );
  builder.addRun(from === 0 ? text : text.slice(from), from);
  return builder.finish();
}

/**
 * One builder and one stream kept for the life of the process. Optimized code
 * embeds the hidden classes of the objects it handles, and V8 holds those
 * classes weakly: when a full garbage collection finds no builder alive (the
 * usual case: a builder lives while one document is tokenized), it drops the
 * class and throws away the optimized tokenizer, which then runs slowly until
 * it is optimized again. These two keep the classes alive.
 */
const keepAliveBuilder = new TokenStreamBuilder('', { paragraphs: 'blank-lines' });
/** (Exported so that the module record holds them; not part of the package's API.) */
export const KEEP_ALIVE: readonly unknown[] = [keepAliveBuilder, keepAliveBuilder.finish()];

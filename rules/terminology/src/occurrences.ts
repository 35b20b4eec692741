/**
 * Finding a dictionary's terms in a document.
 *
 * Algorithm: all inflections of all forms go into one word list of the
 * dictionary pass (@bayan/core's `defineWordList`: a clitic-aware matcher
 * run once per document over the token stream with every other rule's
 * lists), keyed by their folded spelling, so the cost per word does not
 * depend on the number of entries. Forms that differ
 * only by what folding erases (إسترليني/استرليني, جنيه/جنية) share a key; the
 * written, unfolded text then decides which form it is. Each match is then
 * checked against the entry's conditions, in this order:
 *   - a Latin form (ISIS) counts only next to an Arabic word;
 *   - `article: false`: «ال» + term is another word (السورية, the adjective);
 *   - a `nisba` form right after a feminine noun is the adjective (حكومة سورية);
 *   - exceptions: inside quotation marks, after or before a distancing
 *     qualifier (ما يسمى بـ…، … المزعوم);
 *   - `context: date`: next to a number, after «شهر», or one half of a
 *     slash pair (نوفمبر/تشرين الثاني), which is detected here too.
 */
import {
  isSingleSpaced,
  memoize,
  normalizeWord,
  splitSpaces,
  TokenKind,
  type TermInput,
  type TokenMatch,
  type TokenStream,
} from '@bayan/arabic';
import { defineWordList, type WordList } from '@bayan/core';
import type { Entry } from './dictionary.js';

/** One entry's form and inflection behind a term. */
export interface Candidate {
  entry: Entry;
  form: number;
  inflection: number;
  /** Unfolded normalised spelling. */
  normal: string;
}

/** The terms of a set of entries, one per folded spelling, and the entries' forms behind each. */
export interface EntryTerms {
  entries: readonly Entry[];
  terms: TermInput[];
  candidates: Map<string, Candidate[]>;
}

export interface CompiledTerms extends EntryTerms {
  /** The terms as a word list of the dictionary pass. */
  list: WordList;
}

export interface Occurrence {
  entry: Entry;
  form: number;
  inflection: number;
  /** Whole match, with proclitics, tatweel and quote joiners. */
  start: number;
  end: number;
  /** Where the term itself begins; replacements start here and keep the prefix. */
  termStart: number;
  proclitics: string[];
  enclitic: string | null;
  /** ل + ال written «لل»: the term's alif is not in the text. */
  collapsedArticle: boolean;
  /** Markup (emphasis, an HTML element) stands between the term's words: no edit may rewrite it. */
  markup: boolean;
  /** The other half of a slash pair (نوفمبر/تشرين الثاني), on the first half only. */
  pair?: Occurrence;
  /** This occurrence is the second half of a pair. */
  paired?: boolean;
}

/**
 * A term's words normalised one by one, joined by single spaces: for an
 * inflection (toForm trims it and joins its words with one space), the
 * inflection normalised whole.
 */
function words(s: string, fold: boolean): string {
  if (isSingleSpaced(s)) return normalizeWord(s, { fold });
  return splitSpaces(s)
    .map((w) => normalizeWord(w, { fold }))
    .join(' ');
}

/** Every inflection of every form, keyed by its folded spelling. */
export function entryTerms(entries: readonly Entry[]): EntryTerms {
  const candidates = new Map<string, Candidate[]>();
  const terms: TermInput[] = [];
  for (const entry of entries) {
    const forms = entry.forms;
    for (let f = 0; f < forms.length; f++) {
      const inflections = forms[f]!.inflections;
      for (let i = 0; i < inflections.length; i++) {
        const inflection = inflections[i]!;
        const key = words(inflection, true);
        const candidate: Candidate = { entry, form: f, inflection: i, normal: words(inflection, false) };
        const list = candidates.get(key);
        if (list) list.push(candidate);
        else {
          // A literal of one: an array grown by push from empty keeps room for 16 (most keys have one candidate).
          candidates.set(key, [candidate]);
          terms.push({ id: key, text: inflection });
        }
      }
    }
  }
  return { entries, terms, candidates };
}

/**
 * `entryTerms(entries)` from the terms of each entry alone (`parts[i]` =
 * `entryTerms([entries[i]])`): keys in order of first appearance, each key's
 * candidates entry after entry, without normalising an inflection again.
 */
export function mergeEntryTerms(entries: readonly Entry[], parts: readonly EntryTerms[]): EntryTerms {
  const candidates = new Map<string, Candidate[]>();
  const terms: TermInput[] = [];
  for (const part of parts) {
    for (const term of part.terms) {
      const own = part.candidates.get(term.id)!;
      const list = candidates.get(term.id);
      if (list) list.push(...own);
      else {
        candidates.set(term.id, own.length === 1 ? [own[0]!] : [...own]);
        terms.push(term);
      }
    }
  }
  return { entries, terms, candidates };
}

export function compileEntries(entries: readonly Entry[]): CompiledTerms {
  const terms = entryTerms(entries);
  return { ...terms, list: defineWordList('terminology/terms', terms.terms) };
}

/**
 * What the conditions read around a match, straight from the stream: the
 * words (Word and Number tokens) before and after a token, their sentence and
 * paragraph, and the quoted ranges. Nothing is built per token: a document
 * has few matches, and each condition looks at a few words around one; the
 * quoted ranges are found on the first question about them.
 */
export class Index {
  #quoted: Array<[number, number]> | undefined;

  constructor(readonly stream: TokenStream) {}

  /** Sorted, non-overlapping [start, end) ranges between quotation marks. */
  get quoted(): Array<[number, number]> {
    return (this.#quoted ??= quotedRanges(this.stream));
  }

  /** Is token t a word (letters or digits)? */
  isWord(t: number): boolean {
    const k = this.stream.kind[t];
    return k === TokenKind.Word || k === TokenKind.Number;
  }

  /** The word before token t, or -1. */
  wordBefore(t: number): number {
    for (let k = t - 1; k >= 0; k--) if (this.isWord(k)) return k;
    return -1;
  }

  /** The word after token t, or -1. */
  wordAfter(t: number): number {
    for (let k = t + 1; k < this.stream.size; k++) if (this.isWord(k)) return k;
    return -1;
  }

  /** The sentence of token t: the first whose end is after it. */
  sentenceOf(t: number): number {
    return firstEndingAfter(this.stream.sentenceEnd, this.stream.sentenceCount, t);
  }

  /** The paragraph of token t (for a token between paragraphs, the next one). */
  paragraphOf(t: number): number {
    return firstEndingAfter(this.stream.paragraphEnd, this.stream.paragraphCount, t);
  }
}

/** The first span of `ends[0..count)` (ascending) that ends after token t, or `count`. */
function firstEndingAfter(ends: Int32Array, count: number, t: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '„': '“' };

export function indexStream(stream: TokenStream): Index {
  return new Index(stream);
}

/** Any opening quotation mark (the keys of OPEN_CLOSE, and «"»). */
const ANY_OPENING = /[«“‹„"]/u;

/** The ranges between quotation marks; a mark left open is closed at the end of its paragraph. */
function quotedRanges(stream: TokenStream): Array<[number, number]> {
  const { kind, start, end, size, text, paragraphStart, paragraphEnd, paragraphCount } = stream;
  const quoted: Array<[number, number]> = [];
  // Without an opening mark nothing is quoted: one look at the text.
  if (!ANY_OPENING.test(text)) return quoted;
  let stack: Array<{ close: string; start: number }> = [];
  const closeParagraph = (at: number): void => {
    if (stack.length > 0) quoted.push([stack[0]!.start, at]);
    stack = [];
  };
  // Tokens [from, to): quotation marks open and close ranges.
  const scan = (from: number, to: number): void => {
    for (let t = from; t < to; t++) {
      const k = kind[t]!;
      // Every quotation mark is one character: longer tokens need no look.
      if ((k !== TokenKind.Punctuation && k !== TokenKind.Symbol) || end[t]! - start[t]! !== 1) continue;
      const value = text[start[t]!]!;
      const top = stack[stack.length - 1];
      if (top && value === top.close) {
        stack.pop();
        if (stack.length === 0) quoted.push([top.start, end[t]!]);
      } else if (OPEN_CLOSE[value]) {
        stack.push({ close: OPEN_CLOSE[value], start: start[t]! });
      } else if (value === '"') {
        stack.push({ close: '"', start: start[t]! });
      }
    }
  };
  // Each paragraph closes after its tokens (and any between it and the previous one).
  let t = 0;
  for (let p = 0; p < paragraphCount; p++) {
    const stop = paragraphEnd[p]!;
    if (stop > t) {
      scan(t, stop);
      t = stop;
    }
    closeParagraph(stop === paragraphStart[p] ? 0 : end[stop - 1]!);
  }
  scan(t, size);
  closeParagraph(size > 0 ? end[size - 1]! : 0);
  return quoted.sort((a, b) => a[0] - b[0]);
}

/** Word token t's analysis (folded form, script). */
const entryOf = (index: Index, t: number) => index.stream.words[index.stream.word[t]!]!;
const foldedOf = (index: Index, t: number): string => entryOf(index, t).folded ?? '';
const scriptOf = (index: Index, t: number): string => entryOf(index, t).script ?? '';

function isQuoted(index: Index, offset: number): boolean {
  const { quoted } = index;
  let lo = 0;
  let hi = quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = quoted[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

const CLITIC_ONLY = /^[وفبلك]{1,2}$/u;
const MONTH_WORD = /^(?:[وف]?[بل]?|[وف]?ك?)(?:ال)?شهر$/u;

/** Folded words of the same sentence before word token t (a lone clitic such as «بـ» dropped), joined by spaces. */
function before(index: Index, t: number, count: number): string {
  const out: string[] = [];
  const sentence = index.sentenceOf(t);
  for (let k = index.wordBefore(t); k >= 0 && out.length < count; k = index.wordBefore(k)) {
    if (index.sentenceOf(k) !== sentence) break;
    const folded = foldedOf(index, k);
    if (out.length === 0 && CLITIC_ONLY.test(folded)) continue;
    out.unshift(folded);
  }
  return out.join(' ');
}

function after(index: Index, t: number, count: number): string {
  const out: string[] = [];
  const sentence = index.sentenceOf(t);
  for (let k = index.wordAfter(t); k >= 0 && out.length < count; k = index.wordAfter(k)) {
    if (index.sentenceOf(k) !== sentence) break;
    out.push(foldedOf(index, k));
  }
  return out.join(' ');
}

/** A qualifier of the exceptions, folded, and its number of words: once per qualifier per process. */
const qualifierOf = memoize((qualifier: string): { folded: string; count: number } => {
  const folded = words(qualifier, true);
  return { folded, count: folded.split(' ').length };
});

function qualified(index: Index, first: number, last: number, entry: Entry): boolean {
  for (const qualifier of entry.exceptions.before) {
    const q = qualifierOf(qualifier);
    if (before(index, first, q.count).endsWith(q.folded)) return true;
  }
  for (const qualifier of entry.exceptions.after) {
    const q = qualifierOf(qualifier);
    const next = after(index, last, q.count);
    if (next === q.folded || next.startsWith(`${q.folded} `)) return true;
  }
  return false;
}

const SPACE_ONLY = /^\s+$/u;

/** Is there only white space between offsets `from` and `to` (and something)? */
function spaceOnly(text: string, from: number, to: number): boolean {
  return SPACE_ONLY.test(text.slice(from, to));
}

/** The word right before word token t in its paragraph, if only white space separates them (its token, or -1). */
function adjacentBefore(index: Index, text: string, t: number): number {
  const k = index.wordBefore(t);
  if (k < 0 || index.paragraphOf(k) !== index.paragraphOf(t)) return -1;
  return spaceOnly(text, index.stream.end[k]!, index.stream.start[t]!) ? k : -1;
}

function adjacentAfter(index: Index, text: string, t: number): number {
  const k = index.wordAfter(t);
  if (k < 0 || index.paragraphOf(k) !== index.paragraphOf(t)) return -1;
  return spaceOnly(text, index.stream.end[t]!, index.stream.start[k]!) ? k : -1;
}

/** The normal (unfolded) words of a term as written: once per distinct spelling per process. */
const writtenNormal = memoize((written: string): string => words(written, false));

/**
 * Which form was written, per entry that has this spelling: the candidate
 * whose unfolded spelling differs least from the text (on a tie, the later
 * one: a later dictionary overrides).
 */
function pickCandidates(
  list: readonly Candidate[],
  match: TokenMatch,
  text: string,
): Array<{ candidate: Candidate; collapsed: boolean }> {
  const best = new Map<Entry, { candidate: Candidate; collapsed: boolean; score: number }>();
  let written = writtenNormal(text.slice(match.termStart, match.end));
  if (match.enclitic && written.endsWith(match.enclitic)) written = written.slice(0, -match.enclitic.length);
  for (const candidate of list) {
    const collapsed = match.proclitics.includes('ال') && candidate.normal.startsWith('ال');
    const w = collapsed ? `ا${written}` : written;
    let score = w.length === candidate.normal.length ? 0 : 1000;
    for (let k = 0; k < Math.min(w.length, candidate.normal.length); k++) {
      const a = w[k];
      const b = candidate.normal[k];
      if (a !== b && !(k === w.length - 1 && match.enclitic && a === 'ت' && b === 'ة')) score++;
    }
    const previous = best.get(candidate.entry);
    if (!previous || score <= previous.score) best.set(candidate.entry, { candidate, collapsed, score });
  }
  return [...best.values()];
}

/** Per stream: its index, and the occurrences found for each set of compiled terms (usually one). */
interface StreamCache {
  index: Index | undefined;
  found: Array<{ compiled: EntryTerms; occurrences: Occurrence[] }>;
}

// One entry per stream (one WeakMap for every stream, no WeakMap per stream).
const caches = new WeakMap<TokenStream, StreamCache>();

function cacheOf(stream: TokenStream): StreamCache {
  let cache = caches.get(stream);
  if (!cache) caches.set(stream, (cache = { index: undefined, found: [] }));
  return cache;
}

/** The index of a stream, built once per stream. */
export function indexOf(stream: TokenStream): Index {
  const cache = cacheOf(stream);
  return (cache.index ??= indexStream(stream));
}

/**
 * Occurrences of the compiled terms in a stream, in document order,
 * exceptions removed, from the terms' matches (the dictionary pass's, for
 * `compiled.list`). Cached per stream.
 */
export function findOccurrences(
  stream: TokenStream,
  text: string,
  compiled: EntryTerms,
  matches: readonly TokenMatch[],
): Occurrence[] {
  const cache = cacheOf(stream);
  for (const found of cache.found) if (found.compiled === compiled) return found.occurrences;
  // Most documents have no term of these entries: no index for them.
  const occurrences = matches.some((match) => compiled.candidates.has(match.id))
    ? occurrencesIn((cache.index ??= indexStream(stream)), text, compiled, matches)
    : [];
  cache.found.push({ compiled, occurrences });
  return occurrences;
}

/** Occurrences from matches in an indexed stream (not cached). */
export function occurrencesIn(
  index: Index,
  text: string,
  compiled: EntryTerms,
  matches: readonly TokenMatch[],
): Occurrence[] {
  const { start, end } = index.stream;
  // `first`, `last`: the term's first and last word tokens.
  const raw: Array<{ occurrence: Occurrence; first: number; last: number }> = [];
  for (const match of matches) {
    const list = compiled.candidates.get(match.id);
    if (!list) continue;
    const first = match.first;
    const last = match.last;
    if (!index.isWord(first) || !index.isWord(last)) continue;
    // The first word may be a lone clitic («بـ» before «الدولة»); the term's first word decides adjacency.
    let termFirst = first;
    while (termFirst < last && end[termFirst]! <= match.termStart) termFirst = index.wordAfter(termFirst);
    let markup = false;
    for (let k = termFirst; k < last;) {
      const next = index.wordAfter(k);
      if (!spaceOnly(text, end[k]!, start[next]!)) markup = true;
      k = next;
    }
    for (const { candidate, collapsed } of pickCandidates(list, match, text)) {
      const { entry } = candidate;
      const form = entry.forms[candidate.form]!;

      if (form.latin) {
        const paragraph = index.paragraphOf(first);
        const arabicNear = (k: number): boolean =>
          k >= 0 && scriptOf(index, k) === 'arabic' && index.paragraphOf(k) === paragraph;
        if (!arabicNear(index.wordBefore(first)) && !arabicNear(index.wordAfter(last))) continue;
      }
      const inflection = form.inflections[candidate.inflection]!;
      if (!entry.article && match.proclitics.includes('ال') && !normalizeWord(inflection).startsWith('ال')) continue;
      if (form.nisba && !match.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك')) {
        const prev = adjacentBefore(index, text, termFirst);
        if (prev >= 0 && scriptOf(index, prev) === 'arabic' && /(?:ه|ات)$/u.test(foldedOf(index, prev))) continue;
      }
      if (entry.exceptions.quoted && isQuoted(index, match.termStart)) continue;
      if (qualified(index, first, last, entry)) continue;

      raw.push({
        occurrence: {
          entry,
          form: candidate.form,
          inflection: candidate.inflection,
          start: match.start,
          end: match.end,
          termStart: match.termStart,
          proclitics: match.proclitics,
          enclitic: match.enclitic,
          collapsedArticle: collapsed,
          markup,
        },
        first: termFirst,
        last,
      });
    }
  }

  // Slash pairs: two forms of one entry, same inflection, «A/B» (spaces allowed around the slash).
  const lastOf = new Map<Entry, Occurrence>();
  for (const { occurrence: b } of raw) {
    const a = lastOf.get(b.entry);
    lastOf.set(b.entry, b);
    if (!a || a.paired || a.inflection !== b.inflection || a.form === b.form || b.start !== b.termStart) continue;
    if (!/^\s*\/\s*$/u.test(text.slice(a.end, b.start))) continue;
    a.pair = b;
    b.paired = true;
  }

  const out: Occurrence[] = [];
  for (const { occurrence, first, last } of raw) {
    if (occurrence.entry.context === 'date' && !occurrence.pair && !occurrence.paired) {
      const prev = adjacentBefore(index, text, first);
      const next = adjacentAfter(index, text, last);
      const dated =
        (prev >= 0 && scriptOf(index, prev) === 'number') ||
        (next >= 0 && scriptOf(index, next) === 'number') ||
        (prev >= 0 && MONTH_WORD.test(foldedOf(index, prev)));
      if (!dated) continue;
    }
    out.push(occurrence);
  }
  return out;
}

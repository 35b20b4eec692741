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
  normalizeWord,
  splitSpaces,
  TokenKind,
  type TermInput,
  type TokenMatch,
  type TokenStream,
} from '@bayan/arabic';
import { defineWordList, type WordList } from '@bayan/core';
import type { Entry } from './dictionary.js';

interface Candidate {
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

export function compileEntries(entries: readonly Entry[]): CompiledTerms {
  const terms = entryTerms(entries);
  return { ...terms, list: defineWordList('terminology/terms', terms.terms) };
}

/**
 * The words of a stream (Word and Number tokens, in order) with their
 * sentence and paragraph, and the quoted ranges: what the conditions read.
 */
export interface Index {
  stream: TokenStream;
  // Plain arrays of small integers: an index is often built for a short example text, where typed arrays cost more.
  /** Token index of each word. */
  token: number[];
  /** Word position of each token (-1 for tokens that are no word). */
  position: number[];
  sentence: number[];
  paragraph: number[];
  /** Sorted, non-overlapping [start, end) ranges between quotation marks. */
  quoted: Array<[number, number]>;
}

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '„': '“' };

export function indexStream(stream: TokenStream): Index {
  const { kind, start, end, size, paragraphStart, paragraphEnd, paragraphCount, sentenceEnd, sentenceCount } = stream;
  const position = new Array<number>(size).fill(-1);
  const tokens: number[] = [];
  const sentences: number[] = [];
  const paragraphs: number[] = [];
  const quoted: Array<[number, number]> = [];
  let stack: Array<{ close: string; start: number }> = [];
  const closeParagraph = (at: number): void => {
    if (stack.length > 0) quoted.push([stack[0]!.start, at]);
    stack = [];
  };
  let s = 0;
  let p = 0;
  const closeParagraphsBefore = (t: number): void => {
    while (p < paragraphCount && paragraphEnd[p]! <= t) {
      const empty = paragraphEnd[p] === paragraphStart[p];
      closeParagraph(empty ? 0 : end[paragraphEnd[p]! - 1]!);
      p++;
    }
  };
  for (let t = 0; t < size; t++) {
    closeParagraphsBefore(t);
    while (s < sentenceCount && sentenceEnd[s]! <= t) s++;
    const k = kind[t]!;
    if (k === TokenKind.Word || k === TokenKind.Number) {
      position[t] = tokens.length;
      tokens.push(t);
      sentences.push(s);
      paragraphs.push(p);
    } else if (k === TokenKind.Punctuation || k === TokenKind.Symbol) {
      const value = stream.value(t);
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
  }
  closeParagraphsBefore(size + 1);
  closeParagraph(size > 0 ? end[size - 1]! : 0);
  quoted.sort((a, b) => a[0] - b[0]);
  return { stream, token: tokens, position, sentence: sentences, paragraph: paragraphs, quoted };
}

/** Word `k`'s analysis (folded form, script), offsets. */
const entryOf = (index: Index, k: number) => index.stream.words[index.stream.word[index.token[k]!]!]!;
const foldedOf = (index: Index, k: number): string => entryOf(index, k).folded ?? '';
const scriptOf = (index: Index, k: number): string => entryOf(index, k).script ?? '';
const startOf = (index: Index, k: number): number => index.stream.start[index.token[k]!]!;
const endOf = (index: Index, k: number): number => index.stream.end[index.token[k]!]!;

function isQuoted(index: Index, offset: number): boolean {
  let lo = 0;
  let hi = index.quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = index.quoted[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

const CLITIC_ONLY = /^[وفبلك]{1,2}$/u;
const MONTH_WORD = /^(?:[وف]?[بل]?|[وف]?ك?)(?:ال)?شهر$/u;

/** Folded words of the same sentence before word `i` (a lone clitic such as «بـ» dropped), joined by spaces. */
function before(index: Index, i: number, count: number): string {
  const out: string[] = [];
  if (i < 0 || i >= index.token.length) return '';
  const sentence = index.sentence[i];
  for (let k = i - 1; k >= 0 && out.length < count; k--) {
    if (index.sentence[k] !== sentence) break;
    const folded = foldedOf(index, k);
    if (out.length === 0 && CLITIC_ONLY.test(folded)) continue;
    out.unshift(folded);
  }
  return out.join(' ');
}

function after(index: Index, i: number, count: number): string {
  const out: string[] = [];
  if (i < 0 || i >= index.token.length) return '';
  const sentence = index.sentence[i];
  for (let k = i + 1; k < index.token.length && out.length < count; k++) {
    if (index.sentence[k] !== sentence) break;
    out.push(foldedOf(index, k));
  }
  return out.join(' ');
}

const wordCount = (s: string): number => s.split(' ').length;

function qualified(index: Index, first: number, last: number, entry: Entry): boolean {
  for (const qualifier of entry.exceptions.before) {
    const q = words(qualifier, true);
    if (before(index, first, wordCount(q)).endsWith(q)) return true;
  }
  for (const qualifier of entry.exceptions.after) {
    const q = words(qualifier, true);
    const next = after(index, last, wordCount(q));
    if (next === q || next.startsWith(`${q} `)) return true;
  }
  return false;
}

const SPACE_ONLY = /^\s+$/u;

/** The word right before word `i`, if only white space separates them (its position, or -1). */
function adjacentBefore(index: Index, text: string, i: number): number {
  if (i < 1 || i >= index.token.length || index.paragraph[i - 1] !== index.paragraph[i]) return -1;
  return SPACE_ONLY.test(text.slice(endOf(index, i - 1), startOf(index, i))) ? i - 1 : -1;
}

function adjacentAfter(index: Index, text: string, i: number): number {
  if (i < 0 || i + 1 >= index.token.length || index.paragraph[i + 1] !== index.paragraph[i]) return -1;
  return SPACE_ONLY.test(text.slice(endOf(index, i), startOf(index, i + 1))) ? i + 1 : -1;
}

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
  let written = words(text.slice(match.termStart, match.end), false);
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

const cache = new WeakMap<TokenStream, WeakMap<EntryTerms, Occurrence[]>>();
const indexes = new WeakMap<TokenStream, Index>();

/** The index of a stream, built once per stream. */
export function indexOf(stream: TokenStream): Index {
  let index = indexes.get(stream);
  if (!index) indexes.set(stream, (index = indexStream(stream)));
  return index;
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
  let byCompiled = cache.get(stream);
  if (!byCompiled) {
    byCompiled = new WeakMap();
    cache.set(stream, byCompiled);
  }
  const cached = byCompiled.get(compiled);
  if (cached) return cached;
  const out = occurrencesIn(indexOf(stream), text, compiled, matches);
  byCompiled.set(compiled, out);
  return out;
}

/** Occurrences from matches in an indexed stream (not cached). */
export function occurrencesIn(
  index: Index,
  text: string,
  compiled: EntryTerms,
  matches: readonly TokenMatch[],
): Occurrence[] {
  const raw: Array<{ occurrence: Occurrence; first: number; last: number }> = [];
  for (const match of matches) {
    const list = compiled.candidates.get(match.id);
    if (!list) continue;
    const first = index.position[match.first]!;
    const last = index.position[match.last]!;
    if (first < 0 || last < 0) continue;
    // The first word may be a lone clitic («بـ» before «الدولة»); the term's first word decides adjacency.
    let termFirst = first;
    while (termFirst < last && endOf(index, termFirst) <= match.termStart) termFirst++;
    let markup = false;
    for (let k = termFirst; k < last; k++) {
      if (!SPACE_ONLY.test(text.slice(endOf(index, k), startOf(index, k + 1)))) markup = true;
    }
    for (const { candidate, collapsed } of pickCandidates(list, match, text)) {
      const { entry } = candidate;
      const form = entry.forms[candidate.form]!;

      if (form.latin) {
        const paragraph = index.paragraph[first];
        const arabicNear = (k: number): boolean =>
          k >= 0 && k < index.token.length && scriptOf(index, k) === 'arabic' && index.paragraph[k] === paragraph;
        if (!arabicNear(first - 1) && !arabicNear(last + 1)) continue;
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

/**
 * Finding a dictionary's terms in a document.
 *
 * Algorithm: all inflections of all forms go into one clitic-aware matcher
 * (compileTerms from @bayan/arabic), keyed by their folded spelling, so the
 * cost per word does not depend on the number of entries. Forms that differ
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
import type { Root, Word } from 'nlcst';
import { compileTerms, normalizeWord, type TermInput, type TermMatch, type TermMatcher } from '@bayan/arabic';
import type { Entry } from './dictionary.js';

interface Candidate {
  entry: Entry;
  form: number;
  inflection: number;
  /** Unfolded normalised spelling. */
  normal: string;
}

export interface CompiledTerms {
  entries: readonly Entry[];
  matcher: TermMatcher;
  candidates: Map<string, Candidate[]>;
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

const words = (s: string, fold: boolean): string => s.trim().split(/\s+/u).map((w) => normalizeWord(w, { fold })).join(' ');

export function compileEntries(entries: readonly Entry[]): CompiledTerms {
  const candidates = new Map<string, Candidate[]>();
  const terms: TermInput[] = [];
  for (const entry of entries) {
    entry.forms.forEach((form, f) => {
      form.inflections.forEach((inflection, i) => {
        const key = words(inflection, true);
        let list = candidates.get(key);
        if (!list) {
          list = [];
          candidates.set(key, list);
          terms.push({ id: key, text: inflection });
        }
        list.push({ entry, form: f, inflection: i, normal: words(inflection, false) });
      });
    });
  }
  return { entries, matcher: compileTerms(terms), candidates };
}

interface WordInfo {
  word: Word;
  start: number;
  end: number;
  folded: string;
  script: string;
  sentence: number;
  paragraph: number;
}

interface Index {
  words: WordInfo[];
  position: Map<Word, number>;
  /** Sorted, non-overlapping [start, end) ranges between quotation marks. */
  quoted: Array<[number, number]>;
}

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '„': '“' };

function indexProse(root: Root): Index {
  const list: WordInfo[] = [];
  const position = new Map<Word, number>();
  const quoted: Array<[number, number]> = [];
  let sentence = 0;
  let paragraph = 0;
  let stack: Array<{ close: string; start: number }> = [];
  const closeParagraph = (end: number): void => {
    if (stack.length > 0) quoted.push([stack[0]!.start, end]);
    stack = [];
  };
  const visit = (node: { type: string; value?: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'WordNode') {
      const data = (node as unknown as Word).data;
      position.set(node as unknown as Word, list.length);
      list.push({ word: node as unknown as Word, start, end, folded: data?.folded ?? '', script: data?.script ?? '', sentence, paragraph });
      return;
    }
    if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      const value = node.value ?? '';
      const top = stack[stack.length - 1];
      if (top && value === top.close) {
        stack.pop();
        if (stack.length === 0) quoted.push([top.start, end]);
      } else if (OPEN_CLOSE[value]) {
        stack.push({ close: OPEN_CLOSE[value], start });
      } else if (value === '"') {
        stack.push({ close: '"', start });
      }
      return;
    }
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
    if (node.type === 'SentenceNode') sentence++;
    if (node.type === 'ParagraphNode') {
      closeParagraph(end);
      paragraph++;
    }
  };
  visit(root as never);
  closeParagraph(root.position?.end.offset ?? 0);
  quoted.sort((a, b) => a[0] - b[0]);
  return { words: list, position, quoted };
}

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
  const sentence = index.words[i]?.sentence;
  for (let k = i - 1; k >= 0 && out.length < count; k--) {
    const w = index.words[k]!;
    if (w.sentence !== sentence) break;
    if (out.length === 0 && CLITIC_ONLY.test(w.folded)) continue;
    out.unshift(w.folded);
  }
  return out.join(' ');
}

function after(index: Index, i: number, count: number): string {
  const out: string[] = [];
  const sentence = index.words[i]?.sentence;
  for (let k = i + 1; k < index.words.length && out.length < count; k++) {
    const w = index.words[k]!;
    if (w.sentence !== sentence) break;
    out.push(w.folded);
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

/** The word right before word `i`, if only white space separates them. */
function adjacentBefore(index: Index, text: string, i: number): WordInfo | undefined {
  const prev = index.words[i - 1];
  const cur = index.words[i];
  if (!prev || !cur || prev.paragraph !== cur.paragraph) return undefined;
  return /^\s+$/u.test(text.slice(prev.end, cur.start)) ? prev : undefined;
}

function adjacentAfter(index: Index, text: string, i: number): WordInfo | undefined {
  const next = index.words[i + 1];
  const cur = index.words[i];
  if (!next || !cur || next.paragraph !== cur.paragraph) return undefined;
  return /^\s+$/u.test(text.slice(cur.end, next.start)) ? next : undefined;
}

/**
 * Which form was written, per entry that has this spelling: the candidate
 * whose unfolded spelling differs least from the text (on a tie, the later
 * one: a later dictionary overrides).
 */
function pickCandidates(list: readonly Candidate[], match: TermMatch, text: string): Array<{ candidate: Candidate; collapsed: boolean }> {
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

const cache = new WeakMap<Root, WeakMap<CompiledTerms, Occurrence[]>>();

/** Occurrences of the compiled terms in a prose tree, in document order, exceptions removed. Cached per tree. */
export function findOccurrences(root: Root, text: string, compiled: CompiledTerms): Occurrence[] {
  let byCompiled = cache.get(root);
  if (!byCompiled) {
    byCompiled = new WeakMap();
    cache.set(root, byCompiled);
  }
  const cached = byCompiled.get(compiled);
  if (cached) return cached;

  const index = indexProse(root);
  const raw: Array<{ occurrence: Occurrence; first: number; last: number }> = [];
  for (const match of compiled.matcher.find(root)) {
    const list = compiled.candidates.get(match.id);
    if (!list || match.words.length === 0) continue;
    const first = index.position.get(match.words[0]!) ?? -1;
    const last = index.position.get(match.words[match.words.length - 1]!) ?? -1;
    if (first < 0 || last < 0) continue;
    // The first word may be a lone clitic («بـ» before «الدولة»); the term's first word decides adjacency.
    let termFirst = first;
    while (termFirst < last && index.words[termFirst]!.end <= match.termStart) termFirst++;
    let markup = false;
    for (let k = termFirst; k < last; k++) {
      if (!/^\s+$/u.test(text.slice(index.words[k]!.end, index.words[k + 1]!.start))) markup = true;
    }
    for (const { candidate, collapsed } of pickCandidates(list, match, text)) {
      const { entry } = candidate;
      const form = entry.forms[candidate.form]!;

      if (form.latin) {
        const prev = index.words[first - 1];
        const next = index.words[last + 1];
        const arabicNear = (w: WordInfo | undefined): boolean => w?.script === 'arabic' && w.paragraph === index.words[first]!.paragraph;
        if (!arabicNear(prev) && !arabicNear(next)) continue;
      }
      const inflection = form.inflections[candidate.inflection]!;
      if (!entry.article && match.proclitics.includes('ال') && !normalizeWord(inflection).startsWith('ال')) continue;
      if (form.nisba && !match.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك')) {
        const prev = adjacentBefore(index, text, termFirst);
        if (prev && prev.script === 'arabic' && /(?:ه|ات)$/u.test(prev.folded)) continue;
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
      const dated = prev?.script === 'number' || next?.script === 'number' || (prev !== undefined && MONTH_WORD.test(prev.folded));
      if (!dated) continue;
    }
    out.push(occurrence);
  }
  byCompiled.set(compiled, out);
  return out;
}

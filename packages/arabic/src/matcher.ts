/**
 * Clitic-aware term matcher.
 *
 * Algorithm: terms are normalised (folded by default) and split into words,
 * and the word sequences go into a trie keyed by whole words (one Map per
 * node). Matching walks the Word tokens of a token stream in order. At each
 * word it builds a handful of candidates for the first term word — the word
 * itself, the word minus each valid proclitic stack (≤ 4 letters, so ≤ 5
 * lookups; «لل» is tried both as ل+ال+stem and as ل+(ا)ل-stem), or a
 * clitic-only word («بـ», «و») glued to the next word through tatweel or an
 * opening quote — and follows the trie across later words separated by
 * whitespace only. An enclitic is split off the last word only when the stem
 * ends a term. The work per word is bounded by the stack count and the
 * longest term, so the time is linear in the text and independent of the
 * number of terms. The longest match at a position wins; matching resumes
 * after it, so matches never overlap. Comparing whole words (never
 * substrings) is what keeps «داعش» out of «داعشي» and «لدان» out of «بلدان»
 * (the latter also needs the protected-word list, since ب+لدان is a valid
 * segmentation).
 *
 * Several lists, one pass (`compileTermLists`): every list is a tag. Lists
 * with the same folding share one trie whose nodes carry each tag's term;
 * the candidates of a word depend only on the word, so they are computed
 * once per distinct word for the whole process (kept per trie, keyed by the
 * word's entry, which the tokenizer shares between documents), together
 * with the first trie step of each (the terms it ends, the node it leads
 * to); a stream keeps them in a table by word id, and a word none of whose
 * candidates starts a term is skipped at the cost of one array read. Each
 * tag keeps its own "longest match, resume after it" state, so the matches
 * of a tag are exactly those of a matcher compiled from that list alone.
 */
import type { Nodes, Word } from 'nlcst';
import { ENCLITICS, MAX_STACK_LENGTH, PROCLITIC_STACKS, procliticParts } from './clitics.js';
import { normalize, normalizeWord } from './normalize.js';
import { TokenKind, type TokenStream } from './stream.js';

export interface TermInput {
  id: string;
  /** Single or multi-word term, e.g. 'داعش', 'الدولة الإسلامية'. */
  text: string;
}

/** A match in a token stream. */
export interface TokenMatch {
  id: string;
  term: string;
  /** Original offsets of the whole span, including clitics, joiner and quotes. */
  start: number;
  end: number;
  /** Original offset where the term itself begins (after proclitics/joiner). */
  termStart: number;
  proclitics: string[];
  /** Original text from start to termStart, e.g. 'بـ«' or 'ول'. */
  prefixText: string;
  enclitic: string | null;
  /** Token index of the first word of the span (a lone clitic «بـ» when the term is joined to it). */
  first: number;
  /** Token index of the word the term begins in. */
  termToken: number;
  /** Token index of the last word. */
  last: number;
}

/** A match in an nlcst tree (`TermMatcher.find`). */
export interface TermMatch {
  id: string;
  term: string;
  start: number;
  end: number;
  termStart: number;
  proclitics: string[];
  prefixText: string;
  enclitic: string | null;
  /** Word tokens covered. */
  words: Word[];
}

export interface TermMatcher {
  /** Matches in an nlcst tree (or a list of nodes). */
  find(tree: Nodes | ReadonlyArray<Nodes>): TermMatch[];
  /** Matches in a token stream (what rules use). */
  findInStream(stream: TokenStream): TokenMatch[];
  readonly size: number;
}

export interface CompileOptions {
  /** Compare folded forms (أ/إ/آ→ا, ى→ي, ة→ه). Default true. */
  fold?: boolean;
  /** Extra words that are never split into clitics + stem. */
  protectedWords?: Iterable<string>;
}

/**
 * Terms kept out of the trie until a document's word asks for them: a big
 * dictionary read from a cache (the terminology pack's compact form), whose
 * terms go into the trie first word by first word, when a word of a document
 * is looked up under the root. Its words are compared as its list says
 * (`fold`): each term's words are its text normalised that way, split at
 * spaces.
 */
export interface PackedTerms {
  /** The number of distinct terms. */
  readonly size: number;
  /**
   * What identifies the terms (a word list's hash reads it): two packed lists with the same identity
   * have the same terms (a content hash, or a serial number of the object that holds them).
   */
  readonly identity: string;
  /** The terms whose first word (normalised as compared) is `word`, each with its words. */
  startingWith(word: string): ReadonlyArray<{ term: TermInput; words: readonly string[] }>;
}

/** One list of a `compileTermLists` matcher. */
export interface TermList extends CompileOptions {
  terms: readonly TermInput[];
  /** More terms of the list, added to the trie as documents ask for them (after `terms`: a term of `terms` wins). */
  packed?: PackedTerms | undefined;
}

export interface RunOptions {
  /** Only these tags (indexes into the compiled lists); default all. */
  tags?: readonly number[];
  /** Token range to match in (default the whole stream); matches never leave it. */
  from?: number;
  to?: number;
  /** The stream is matched only once (a short text): keep no per-stream table. */
  once?: boolean;
}

/** One matcher for several lists, run once over a stream: `run` returns the matches of each list (tag). */
export interface TermListMatcher {
  /** Distinct terms per list. */
  readonly sizes: readonly number[];
  /** The matches of each list (tag), in document order; `undefined` for a list without any (or not asked for). */
  run(stream: TokenStream, options?: RunOptions): ReadonlyArray<TokenMatch[] | undefined>;
}

/**
 * Common words whose first letters look like proclitics but are part of the
 * stem, and whose remainder could be mistaken for a term.
 */
export const PROTECTED_WORDS: readonly string[] = [
  'بلد',
  'بلدان',
  'بلاد',
  'بلدية',
  'بيان',
  'بيانات',
  'بريطانيا',
  'بلجيكا',
  'بغداد',
  'بيروت',
  'وزير',
  'وزيرة',
  'وزارة',
  'وزراء',
  'وطن',
  'وطني',
  'وطنية',
  'ولاية',
  'وكالة',
  'والي',
  'وفد',
  'فريق',
  'فترة',
  'فكرة',
  'فلسطين',
  'فرنسا',
  'فيلم',
  'كتاب',
  'كبير',
  'كلمة',
  'كندا',
  'لجنة',
  'لقاء',
  'لبنان',
  'ليبيا',
  'لندن',
  'سوريا',
  'سنة',
  'سلام',
  'سياسة',
];

const OPENING_QUOTES = new Set(['«', '"', '“', "'", '‘', '‹', '„']);
/** Enclitics the matcher splits off; ي/ني are left out (nisba «داعشي» is not داعش+ي). */
const MATCH_ENCLITICS = ENCLITICS.filter((e) => e !== 'ي' && e !== 'ني');
/** Last letters of those enclitics: a word ending otherwise has no enclitic to split. */
const ENCLITIC_ENDS = new Set(MATCH_ENCLITICS.map((e) => e.charCodeAt(e.length - 1)));

/** A tag's term at a trie node (the first one compiled wins). */
interface Output {
  tag: number;
  term: TermInput;
  /** Always null: an output is also the hit of the word itself (no enclitic split off). */
  enclitic: null;
}

interface TrieNode {
  /**
   * The next words of longer terms when there are two or more; null
   * otherwise (a leaf, most nodes, or a node with one next word: `word`).
   */
  next: Map<string, TrieNode> | null;
  /** The one next word of a node without `next` (most inner nodes of terms of several words), else null. */
  word: string | null;
  only: TrieNode | null;
  out: Output[] | null;
  /** On a root with packed lists: those lists, and the first words already added from them; null elsewhere. */
  lazy: Lazy | null;
}

interface Lazy {
  lists: Array<{ tag: number; packed: PackedTerms }>;
  done: Set<string>;
}

const newNode = (): TrieNode => ({ next: null, word: null, only: null, out: null, lazy: null });

/** The node after `node` by `key` (under a root with packed lists, their terms that begin with `key` added first). */
function childOf(node: TrieNode, key: string): TrieNode | undefined {
  if (node.lazy !== null) addPacked(node, node.lazy, key);
  return ownChild(node, key);
}

/** The node after `node` by `key`, as the trie holds it now. */
function ownChild(node: TrieNode, key: string): TrieNode | undefined {
  if (node.next !== null) return node.next.get(key);
  return node.word === key ? node.only! : undefined;
}

/** Whether a term goes on after `node` (a root with packed lists may have any). */
const hasNext = (node: TrieNode): boolean => node.next !== null || node.word !== null || node.lazy !== null;

/** Adds to the root the packed terms whose first word is `key`, once per word. */
function addPacked(root: TrieNode, lazy: Lazy, key: string): void {
  if (lazy.done.has(key)) return;
  lazy.done.add(key);
  for (const { tag, packed } of lazy.lists) {
    for (const { term, words } of packed.startingWith(key)) {
      let node = root;
      for (const w of words) node = ownChild(node, w) ?? addChild(node, w);
      addOutput(node, tag, term);
    }
  }
}

/** Adds a tag's term at a node unless the tag has one there (the first compiled wins); whether it was added. */
function addOutput(node: TrieNode, tag: number, term: TermInput): boolean {
  if (node.out === null) node.out = [{ tag, term, enclitic: null }];
  else if (!node.out.some((o) => o.tag === tag)) node.out.push({ tag, term, enclitic: null });
  else return false;
  return true;
}

/** Adds the node after `node` by `key` (none is there yet). */
function addChild(node: TrieNode, key: string): TrieNode {
  const child = newNode();
  if (node.next !== null) node.next.set(key, child);
  else if (node.word === null) {
    node.word = key;
    node.only = child;
  } else {
    node.next = new Map([
      [node.word, node.only!],
      [key, child],
    ]);
    node.word = null;
    node.only = null;
  }
  return child;
}

/** Lists that compare words the same way share a trie. */
interface Group {
  fold: boolean;
  root: TrieNode;
  protectedSet: Set<string>;
  /**
   * The candidates of each word seen, for the whole process: keyed by the
   * word's entry (a stream's `WordEntry`, shared by every document of the
   * process), so a word's candidates are worked out once per group, not once
   * per document. Weak: an entry the tokenizer's cache has let go takes its
   * candidates with it.
   */
  words: WeakMap<object, WordCandidates>;
  /**
   * The same for a stream's `WordEntry` (which has a `serial`): an array read
   * by serial instead of a WeakMap look-up (as `memoizeWord`; serials past
   * `MAX_SERIAL` use `words`).
   */
  bySerial: Array<WordCandidates | undefined>;
}

/** Serials past this use a group's WeakMap (as `memoizeWord`'s limit). */
const MAX_SERIAL = 1 << 22;

/** A term a word ends, for one tag: the first found (exact word, then each enclitic split in order). */
interface Hit {
  tag: number;
  term: TermInput;
  enclitic: string | null;
}

/**
 * One way of reading a word as the end of a term with an enclitic split
 * off: the trie keys to try, in order (ة written ت before the pronoun,
 * حكومتها → حكومة; unfolded, final ى written ي, عليها → على).
 */
interface Probe {
  enclitic: string;
  keys: readonly string[];
}

/** A candidate for the first term word that stands in the word's own token, its first trie step done. */
interface Start {
  key: string;
  proclitics: string[];
  /** Normalised index in the word where the term begins. */
  termOffset: number;
  /** The terms the candidate ends (one per tag). */
  hits: readonly Hit[];
  /** The trie node after the candidate (terms of more words go on from it), if any. */
  child: TrieNode | undefined;
}

/** What the matcher knows of one distinct word, for one group (no token index: it holds for every occurrence). */
interface WordCandidates {
  /** The word as the group compares it (folded or not). */
  key: string;
  /** Enclitic splits of the whole word (when it is a later word of a term). */
  probes: readonly Probe[];
  /** The candidates that can start a term. */
  own: readonly Start[];
  /** The word is a clitic stack alone (و، بـ…): it may be joined to the next word. */
  cliticOnly: string[] | undefined;
}

interface Found {
  term: TermInput;
  lastLeaf: number;
  enclitic: string | null;
  /** Token index of the first term word. */
  termLeaf: number;
  proclitics: string[];
  termOffset: number;
}

/**
 * What the matcher reads: a token stream, or the leaves of an nlcst tree
 * shaped like one (kind 0 = a paragraph break, which no term crosses).
 */
interface Tokens {
  readonly size: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly kind: ArrayLike<number>;
  readonly word: ArrayLike<number>;
  readonly words: ReadonlyArray<{
    readonly normal?: string | undefined;
    readonly folded?: string | undefined;
    readonly value: string;
  }>;
  value(i: number): string;
  /** Token indexes where a paragraph ends (a break before that token), ascending. */
  readonly breaks: ArrayLike<number>;
}

const BREAK = 0;

const isWord = (kind: number): boolean => kind === TokenKind.Word || kind === TokenKind.Number;

/** Whether a UTF-16 unit is one that `\s` (with the u flag) matches, as `String.prototype.trim` strips. */
function isSpaceUnit(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

const SPACES = /\s+/u;

/**
 * Whether a text's words are one space (U+0020) apart with no other space
 * and none around them: then `text.trim().split(/\s+/u)` is
 * `text.split(' ')`, and normalising the text whole (`normalizeWord` maps
 * each character alone, and never makes or removes a space) is normalising
 * its words one by one and joining them with a space.
 */
export function isSingleSpaced(text: string): boolean {
  const n = text.length;
  if (n === 0 || isSpaceUnit(text.charCodeAt(0)) || isSpaceUnit(text.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceUnit(c) && (c !== 0x20 || text.charCodeAt(i - 1) === 0x20)) return false;
  }
  return true;
}

/**
 * `text.trim().split(/\s+/u)`: a text's words. Single-spaced text (most
 * terms) is split without a regular expression (a tenth of the time of
 * compiling a large dictionary went to the expression's split).
 */
export function splitSpaces(text: string): string[] {
  if (!isSingleSpaced(text)) return text.trim().split(SPACES);
  return text.includes(' ') ? text.split(' ') : [text];
}

/**
 * The trie node of a term's words, added where missing; null for a term
 * without words. The words are the term normalised, split at whitespace; a
 * one-word term (most) is one look-up, without an array of its words.
 */
function termNode(root: TrieNode, text: string, fold: boolean): TrieNode | null {
  const words = termWords(text, fold);
  if (words === null) return null;
  if (typeof words === 'string') return ownChild(root, words) ?? addChild(root, words);
  let node = root;
  for (const w of words) node = ownChild(node, w) ?? addChild(node, w);
  return node;
}

/** A term's words: the one word (most terms), its words, or null for a text without any. */
function termWords(text: string, fold: boolean): string | string[] | null {
  const normal = normalizeWord(text, { fold });
  if (isSingleSpaced(normal) && !normal.includes(' ')) return normal;
  const words = splitSpaces(normal);
  // Only a text of spaces alone (or nothing) gives an empty word: no term.
  if (words.length === 1 && words[0] === '') return null;
  return words;
}

/** Adds a list's terms to a trie under `tag`; returns how many distinct terms it added. */
function insertTerms(root: TrieNode, terms: readonly TermInput[], tag: number, fold: boolean): number {
  let size = 0;
  for (const term of terms) {
    const node = termNode(root, term.text, fold);
    if (node !== null && addOutput(node, tag, term)) size++;
  }
  return size;
}

/**
 * How many of a list's `terms` its packed terms have too (the same words):
 * the list's distinct terms are its terms and its packed ones less these.
 */
function sharedWithPacked(terms: readonly TermInput[], packed: PackedTerms, fold: boolean): number {
  const seen = new Set<string>();
  let shared = 0;
  for (const term of terms) {
    const words = termWords(term.text, fold);
    if (words === null) continue;
    const list = typeof words === 'string' ? [words] : words;
    const joined = list.join(' ');
    if (seen.has(joined)) continue;
    seen.add(joined);
    if (packed.startingWith(list[0]!).some((p) => p.words.join(' ') === joined)) shared++;
  }
  return shared;
}

const NO_PROBES: readonly Probe[] = [];

/**
 * The enclitic splits of `key` (a word as compared, `unfolded` its
 * unfolded form), in MATCH_ENCLITICS order. They do not depend on the trie.
 */
function probesOf(key: string, unfolded: string, fold: boolean): readonly Probe[] {
  if (!ENCLITIC_ENDS.has(key.charCodeAt(key.length - 1))) return NO_PROBES;
  let probes: Probe[] | undefined;
  for (const enclitic of MATCH_ENCLITICS) {
    if (key.length - enclitic.length < 2 || !key.endsWith(enclitic) || !unfolded.endsWith(enclitic)) continue;
    const stem = key.slice(0, -enclitic.length);
    const last = stem[stem.length - 1];
    const restored =
      last === 'ت'
        ? `${stem.slice(0, -1)}${fold ? 'ه' : 'ة'}`
        : !fold && last === 'ي'
          ? `${stem.slice(0, -1)}ى`
          : undefined;
    (probes ??= []).push({ enclitic, keys: restored !== undefined ? [restored, stem] : [stem] });
  }
  return probes ?? NO_PROBES;
}

/**
 * The terms a word ends under `node`, one per tag: the word itself first
 * (`child`, the node it leads to), then each enclitic split in order.
 * Calls `take` for each; `has` says whether a tag already has one.
 */
function stepHits(
  node: TrieNode,
  child: TrieNode | undefined,
  probes: readonly Probe[],
  take: (hit: Hit) => void,
  has: (tag: number) => boolean,
): void {
  if (child?.out) for (const o of child.out) take(o);
  if (probes.length === 0 || !hasNext(node)) return;
  for (const probe of probes) {
    for (const k of probe.keys) {
      const out = childOf(node, k)?.out;
      if (out) for (const o of out) if (!has(o.tag)) take({ tag: o.tag, term: o.term, enclitic: probe.enclitic });
    }
  }
}

/** The hits of a first word under the root (at most one per tag); null when there is none. */
function firstHits(root: TrieNode, child: TrieNode | undefined, probes: readonly Probe[]): readonly Hit[] | null {
  // The word itself: the node's outputs are its hits (shared, no copy unless an enclitic split adds one).
  let hits: readonly Hit[] | null = child?.out ?? null;
  if (probes.length === 0 || !hasNext(root)) return hits;
  let added: Hit[] | null = null;
  for (const probe of probes) {
    for (const k of probe.keys) {
      const out = childOf(root, k)?.out;
      if (!out) continue;
      for (const o of out) {
        if (hits?.some((h) => h.tag === o.tag)) continue;
        if (added === null) hits = added = hits ? [...hits] : [];
        added.push({ tag: o.tag, term: o.term, enclitic: probe.enclitic });
      }
    }
  }
  return hits;
}

const NO_STARTS: readonly Start[] = [];
const NO_HITS: readonly Hit[] = [];
const NO_PROCLITICS: string[] = Object.freeze([]) as unknown as string[];
/** Proclitic stacks and their parts (shared, frozen: a match's `proclitics` is read, never changed). */
const STACKS = new Map(
  PROCLITIC_STACKS.map((stack) => [stack, Object.freeze(procliticParts(stack)!) as unknown as string[]]),
);
/** First letters of the stacks: a word beginning otherwise has no proclitic to split. */
const STACK_STARTS = new Set(PROCLITIC_STACKS.map((stack) => stack.charCodeAt(0)));

/** Adds the candidate `key` to `own` when a term begins with it (or it ends a one-word term with an enclitic). */
function addStart(
  own: Start[] | undefined,
  root: TrieNode,
  key: string,
  proclitics: string[],
  termOffset: number,
  probes: readonly Probe[],
): Start[] | undefined {
  const child = childOf(root, key);
  const hits = child !== undefined || probes.length > 0 ? firstHits(root, child, probes) : null;
  if (child === undefined && hits === null) return own;
  (own ??= []).push({ key, proclitics, termOffset, hits: hits ?? NO_HITS, child });
  return own;
}

/** What a word is to a group: its key, enclitic splits, and the candidates that can start a term. */
function wordCandidates(group: Group, key: string, unfolded: string): WordCandidates {
  const { root, fold } = group;
  const probes = probesOf(key, unfolded, fold);
  let own = addStart(undefined, root, key, NO_PROCLITICS, 0, probes);
  if (STACK_STARTS.has(key.charCodeAt(0)) && !group.protectedSet.has(key)) {
    for (let k = 1; k <= Math.min(MAX_STACK_LENGTH, key.length - 2); k++) {
      const stack = key.slice(0, k);
      const parts = STACKS.get(stack);
      if (!parts) continue;
      const stem = key.slice(k);
      own = addStart(own, root, stem, parts, k, probesOf(stem, unfolded, fold));
      // ل + ال with the alif dropped: the term is written from the second ل.
      if (stack.endsWith('لل')) {
        const withArticle = `ال${stem}`;
        own = addStart(own, root, withArticle, parts, k - 1, probesOf(withArticle, unfolded, fold));
      }
    }
  }
  return { key, probes, own: own ?? NO_STARTS, cliticOnly: STACKS.get(key) };
}

function keyOfEntry(entry: Tokens['words'][number], fold: boolean): string {
  return (fold ? entry.folded : entry.normal) ?? normalizeWord(entry.value, { fold });
}

function unfoldedOfEntry(entry: Tokens['words'][number]): string {
  return entry.normal ?? normalizeWord(entry.value);
}

/** Per stream and group: each distinct word's candidates, by word id (a faster first look than the group's map). */
type WordTable = Array<WordCandidates | undefined>;

class Run {
  private readonly tables: WordTable[];
  private readonly path = new Map<number, Found>();
  private filter: ReadonlySet<number> | null = null;
  private resume = new Map<number, number>();
  /** The walk's current step: the terms ended there, by tag. */
  private readonly step = new Map<number, Hit>();
  private readonly takeStep = (hit: Hit): void => {
    this.step.set(hit.tag, hit);
  };
  private readonly stepHas = (tag: number): boolean => this.step.has(tag);

  constructor(
    private readonly groups: readonly Group[],
    private readonly groupOf: readonly number[],
    private readonly tokens: Tokens,
    tables: WordTable[] | undefined,
  ) {
    const n = tokens.words.length;
    this.tables = tables ?? groups.map(() => new Array<WordCandidates | undefined>(n).fill(undefined));
  }

  get wordTables(): WordTable[] {
    return this.tables;
  }

  /** The candidates of word `id` for group `g`: from the stream's table, the group's map, or worked out now. */
  private candidatesOf(g: number, id: number): WordCandidates {
    const table = this.tables[g]!;
    let c = table[id];
    if (c === undefined) {
      const group = this.groups[g]!;
      const entry = this.tokens.words[id]!;
      const serial = (entry as { serial?: number }).serial;
      if (serial !== undefined && serial < MAX_SERIAL) {
        c = group.bySerial[serial];
        if (c === undefined) {
          c = wordCandidates(group, keyOfEntry(entry, group.fold), unfoldedOfEntry(entry));
          if (serial >= group.bySerial.length) {
            group.bySerial = group.bySerial.concat(
              new Array<WordCandidates | undefined>(
                Math.min(MAX_SERIAL, Math.max(serial + 1, group.bySerial.length * 2, 1024)) - group.bySerial.length,
              ),
            );
          }
          group.bySerial[serial] = c;
        }
      } else {
        c = group.words.get(entry);
        if (c === undefined) {
          c = wordCandidates(group, keyOfEntry(entry, group.fold), unfoldedOfEntry(entry));
          group.words.set(entry, c);
        }
      }
      table[id] = c;
    }
    return c;
  }

  /** A clitic-only word joined to the next word by tatweel or an opening quote: walks from the next word. */
  private joined(g: number, i: number, parts: string[], limit: number, best: Map<number, Found>): void {
    const { kind, word } = this.tokens;
    let j = i + 1;
    const tatweel = this.tokens.value(i).endsWith('ـ');
    let quoted = false;
    while (
      j < limit &&
      !isWord(kind[j]!) &&
      kind[j] !== TokenKind.WhiteSpace &&
      kind[j] !== BREAK &&
      OPENING_QUOTES.has(this.tokens.value(j))
    ) {
      j++;
      quoted = true;
    }
    if ((tatweel || quoted) && j < limit && isWord(kind[j]!)) {
      const target = this.candidatesOf(g, word[j]!);
      this.walk(g, target.key, target.probes, j, parts, 0, limit, i, best);
      if (this.candidatesOf(g, word[i]!).key.endsWith('لل')) {
        const unfolded = unfoldedOfEntry(this.tokens.words[word[j]!]!);
        const key = `ال${target.key}`;
        this.walk(g, key, probesOf(key, unfolded, this.groups[g]!.fold), j, parts, 0, limit, i, best);
      }
    }
  }

  /**
   * Follows the trie from a candidate (its first word `key` at token
   * `termLeaf`) across whitespace-separated words; the deepest term of each
   * active tag on the way goes into `best` (when it beats what another
   * candidate found). `start`: the candidate's first step, done in advance.
   */
  private walk(
    g: number,
    key: string,
    probes: readonly Probe[],
    termLeaf: number,
    proclitics: string[],
    termOffset: number,
    limit: number,
    at: number,
    best: Map<number, Found>,
    start?: Start,
  ): void {
    const { kind, word } = this.tokens;
    const group = this.groups[g]!;
    // Scratch maps: a walk finishes before the next begins.
    const path = this.path;
    const step = this.step;
    path.clear();
    let node: TrieNode | undefined = group.root;
    let leaf = termLeaf;
    let first = true;
    for (;;) {
      let child: TrieNode | undefined;
      if (first && start) {
        child = start.child;
        for (const hit of start.hits)
          if (this.active(hit.tag, at))
            path.set(hit.tag, {
              term: hit.term,
              lastLeaf: leaf,
              enclitic: hit.enclitic,
              termLeaf,
              proclitics,
              termOffset,
            });
      } else {
        step.clear();
        child = childOf(node, key);
        stepHits(node, child, probes, this.takeStep, this.stepHas);
        for (const hit of step.values())
          if (this.active(hit.tag, at))
            path.set(hit.tag, {
              term: hit.term,
              lastLeaf: leaf,
              enclitic: hit.enclitic,
              termLeaf,
              proclitics,
              termOffset,
            });
      }
      first = false;
      node = child;
      if (!node || !hasNext(node)) break;
      // Next word: whitespace only in between.
      let j = leaf + 1;
      if (j >= limit || kind[j] !== TokenKind.WhiteSpace) break;
      while (j < limit && kind[j] === TokenKind.WhiteSpace) j++;
      if (j >= limit || !isWord(kind[j]!)) break;
      leaf = j;
      const next = this.candidatesOf(g, word[j]!);
      key = next.key;
      probes = next.probes;
    }
    for (const [tag, found] of path) if (better(found, best.get(tag))) best.set(tag, found);
  }

  /** Does `tag` take part at token `at` (asked for, and not inside its previous match)? */
  private active(tag: number, at: number): boolean {
    return (this.filter === null || this.filter.has(tag)) && (this.resume.get(tag) ?? 0) <= at;
  }

  /** Per tag, the matches in tokens [from, to). */
  run(filter: ReadonlySet<number> | null, from: number, to: number): Array<TokenMatch[] | undefined> {
    const { kind, word, breaks } = this.tokens;
    // Sparse: a tag without a match has no array (a run may ask for one tag of thousands).
    const out: Array<TokenMatch[] | undefined> = [];
    const resume = new Map<number, number>();
    this.filter = filter;
    this.resume = resume;
    const groupsUsed = this.groups.map(() => filter === null);
    if (filter) for (const tag of filter) groupsUsed[this.groupOf[tag]!] = true;
    const best = new Map<number, Found>();
    // The first break after `from` (binary search: a run may cover one paragraph of thousands).
    let b = 0;
    for (let hi = breaks.length; b < hi;) {
      const mid = (b + hi) >> 1;
      if (breaks[mid]! <= from) b = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < to; i++) {
      const k = kind[i]!;
      if (k !== TokenKind.Word && k !== TokenKind.Number) continue;
      while (b < breaks.length && breaks[b]! <= i) b++;
      const id = word[i]!;
      let limit = -1;
      for (let g = 0; g < this.groups.length; g++) {
        if (!groupsUsed[g]) continue;
        const wc = this.tables[g]![id] ?? this.candidatesOf(g, id);
        if (wc.own.length === 0 && wc.cliticOnly === undefined) continue;
        if (limit < 0) {
          limit = Math.min(to, b < breaks.length ? breaks[b]! : this.tokens.size);
          if (best.size > 0) best.clear();
        }
        for (const c of wc.own) this.walk(g, c.key, NO_PROBES, i, c.proclitics, c.termOffset, limit, i, best, c);
        if (wc.cliticOnly) this.joined(g, i, wc.cliticOnly, limit, best);
      }
      if (limit < 0 || best.size === 0) continue;
      for (const [tag, found] of best) {
        (out[tag] ??= []).push(this.toMatch(i, found, this.groups[this.groupOf[tag]!]!.fold));
        resume.set(tag, found.lastLeaf + 1);
      }
    }
    return out;
  }

  private toMatch(i: number, found: Found, fold: boolean): TokenMatch {
    const { start, end, kind } = this.tokens;
    const termLeaf = found.termLeaf;
    const termValue = this.tokens.value(termLeaf);
    let termStart = start[termLeaf]!;
    if (found.termOffset > 0) termStart += normalize(termValue, { fold }).toOriginal(found.termOffset);
    let prefixText = '';
    for (let k = i; k < termLeaf; k++) if (kind[k] !== TokenKind.WhiteSpace) prefixText += this.tokens.value(k);
    prefixText += termValue.slice(0, termStart - start[termLeaf]!);
    return {
      id: found.term.id,
      term: found.term.text,
      start: start[i]!,
      end: end[found.lastLeaf]!,
      termStart,
      proclitics: found.proclitics,
      prefixText,
      enclitic: found.enclitic,
      first: i,
      termToken: termLeaf,
      last: found.lastLeaf,
    };
  }
}

/** Which of two finds (of one tag, at one position) wins: the longer span, then the longer term, then fewer proclitics. */
function better(a: Found, b: Found | undefined): boolean {
  if (!b) return true;
  if (a.lastLeaf !== b.lastLeaf) return a.lastLeaf > b.lastLeaf;
  if (a.term.text.length !== b.term.text.length) return a.term.text.length > b.term.text.length;
  return a.proclitics.length < b.proclitics.length;
}

const tokensOf = new WeakMap<TokenStream, Tokens>();

/** A stream seen by the matcher: paragraph ends are breaks. */
function streamTokens(stream: TokenStream): Tokens {
  let tokens = tokensOf.get(stream);
  if (!tokens) tokensOf.set(stream, (tokens = viewOfStream(stream)));
  return tokens;
}

function viewOfStream(stream: TokenStream): Tokens {
  // Paragraphs end in order in every stream the tokenizers build: a copy is sorted only otherwise.
  let ends = stream.paragraphEnd;
  for (let p = 1; stream.paragraphCount >= 2 && p < ends.length; p++) {
    if (ends[p]! < ends[p - 1]!) {
      ends = Int32Array.from(stream.paragraphEnd).sort();
      break;
    }
  }
  return {
    size: stream.size,
    start: stream.start,
    end: stream.end,
    kind: stream.kind,
    word: stream.word,
    words: stream.words,
    value: (i) => stream.value(i),
    breaks: ends,
  };
}

// Word tables by stream and compiled matcher: a stream matched again (another run of the same lists) reuses them.
const tablesByStream = new WeakMap<TokenStream, WeakMap<object, WordTable[]>>();

interface Compiled {
  groups: Group[];
  /** The group of each tag. */
  groupOf: number[];
  sizes: number[];
}

/** The tries of several lists: one per way of comparing words (folding, protected words). */
function buildGroups(lists: readonly TermList[]): Compiled {
  const groups: Group[] = [];
  const groupOf: number[] = [];
  const groupKey = new Map<string, number>();
  const sizes = lists.map((list, tag) => {
    const fold = list.fold ?? true;
    const protectedWords = [...(list.protectedWords ?? [])];
    const key = `${fold}\0${protectedWords.join('\0')}`;
    let g = groupKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groupKey.set(key, g);
      const norm = (s: string): string => normalizeWord(s, { fold });
      groups.push({
        fold,
        root: newNode(),
        protectedSet: new Set([...PROTECTED_WORDS, ...protectedWords].map(norm)),
        words: new WeakMap(),
        bySerial: [],
      });
    }
    groupOf.push(g);
    const root = groups[g]!.root;
    const size = insertTerms(root, list.terms, tag, fold);
    if (!list.packed) return size;
    (root.lazy ??= { lists: [], done: new Set() }).lists.push({ tag, packed: list.packed });
    return size + list.packed.size - sharedWithPacked(list.terms, list.packed, fold);
  });
  return { groups, groupOf, sizes };
}

function runOnStream(
  compiled: Compiled,
  owner: object,
  stream: TokenStream,
  options: RunOptions,
): Array<TokenMatch[] | undefined> {
  let run: Run;
  if (options.once) {
    run = new Run(compiled.groups, compiled.groupOf, viewOfStream(stream), undefined);
  } else {
    let byOwner = tablesByStream.get(stream);
    if (!byOwner) tablesByStream.set(stream, (byOwner = new WeakMap()));
    run = new Run(compiled.groups, compiled.groupOf, streamTokens(stream), byOwner.get(owner));
    byOwner.set(owner, run.wordTables);
  }
  const filter = options.tags ? new Set(options.tags) : null;
  return run.run(filter, Math.max(0, options.from ?? 0), Math.min(stream.size, options.to ?? stream.size));
}

/** Compiles several lists into one matcher: one pass over a stream finds the terms of every list. */
export function compileTermLists(lists: readonly TermList[]): TermListMatcher {
  const compiled = buildGroups(lists);
  const self: TermListMatcher = {
    sizes: compiled.sizes,
    run: (stream, options = {}) => runOnStream(compiled, self, stream, options),
  };
  return self;
}

/** Compiles one list (see `compileTermLists` to match several in one pass). */
export function compileTerms(terms: readonly TermInput[], options?: CompileOptions): TermMatcher {
  const list: TermList = {
    terms,
    ...(options?.fold !== undefined ? { fold: options.fold } : {}),
    ...(options?.protectedWords ? { protectedWords: options.protectedWords } : {}),
  };
  const compiled = buildGroups([list]);
  const self: TermMatcher = {
    size: compiled.sizes[0]!,
    findInStream: (stream) => runOnStream(compiled, self, stream, {})[0] ?? [],
    find(tree) {
      const { tokens, nodes } = treeTokens(tree);
      // A tree is matched once per call: its word table is not kept.
      const run = new Run(compiled.groups, compiled.groupOf, tokens, undefined);
      return (run.run(null, 0, tokens.size)[0] ?? []).map((m) => {
        const words: Word[] = [];
        for (let k = m.first; k <= m.last; k++) if (isWord(tokens.kind[k]!)) words.push(nodes[k] as unknown as Word);
        return {
          id: m.id,
          term: m.term,
          start: m.start,
          end: m.end,
          termStart: m.termStart,
          proclitics: m.proclitics,
          prefixText: m.prefixText,
          enclitic: m.enclitic,
          words,
        };
      });
    },
  };
  return self;
}

interface AnyNode {
  type: string;
  value?: string;
  children?: AnyNode[];
  data?: { normal?: string; folded?: string };
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/** The leaves of an nlcst tree as tokens; a paragraph's (and the root's) end is a break token. */
function treeTokens(tree: Nodes | ReadonlyArray<Nodes>): { tokens: Tokens; nodes: AnyNode[] } {
  const start: number[] = [];
  const end: number[] = [];
  const kind: number[] = [];
  const word: number[] = [];
  const values: string[] = [];
  const nodes: AnyNode[] = [];
  const words: Array<{ normal?: string | undefined; folded?: string | undefined; value: string }> = [];
  const ids = new Map<string, number>();
  const push = (node: AnyNode, k: number, value: string): void => {
    const from = node.position?.start.offset ?? 0;
    start.push(from);
    end.push(node.position?.end.offset ?? from + value.length);
    kind.push(k);
    values.push(value);
    nodes.push(node);
    if (k === TokenKind.Word) {
      // Words with the tokenizer's analysis are shared by value (their candidates are computed once).
      const shared = node.data?.normal !== undefined && node.data.folded !== undefined;
      let id = shared ? ids.get(value) : undefined;
      if (id === undefined) {
        id = words.length;
        words.push({ normal: node.data?.normal, folded: node.data?.folded, value });
        if (shared) ids.set(value, id);
      }
      word.push(id);
    } else {
      word.push(-1);
    }
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'WordNode') push(node, TokenKind.Word, wordValue(node));
    else if (node.type === 'WhiteSpaceNode') push(node, TokenKind.WhiteSpace, node.value ?? '');
    else if (node.children) {
      for (const child of node.children) visit(child);
      if (node.type === 'ParagraphNode' || node.type === 'RootNode') push({ type: 'Break' }, BREAK, '');
    } else {
      push(node, TokenKind.Symbol, node.value ?? '');
    }
  };
  if (Array.isArray(tree)) for (const node of tree) visit(node as AnyNode);
  else visit(tree as unknown as AnyNode);
  const tokens: Tokens = { size: start.length, start, end, kind, word, words, value: (i) => values[i]!, breaks: [] };
  return { tokens, nodes };
}

function wordValue(node: AnyNode): string {
  let s = '';
  for (const child of node.children ?? []) s += child.value ?? wordValue(child);
  return s;
}

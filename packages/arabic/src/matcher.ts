/**
 * Clitic-aware term matcher.
 *
 * Algorithm: terms are normalised (folded by default) and split into words,
 * and the word sequences go into a trie keyed by whole words (one Map per
 * node). Matching walks the Word tokens of a tree in order. At each word it
 * builds a handful of candidates for the first term word — the word itself,
 * the word minus each valid proclitic stack (≤ 4 letters, so ≤ 5 lookups;
 * «لل» is tried both as ل+ال+stem and as ل+(ا)ل-stem), or a clitic-only word
 * («بـ», «و») glued to the next word through tatweel or an opening quote —
 * and follows the trie across later words separated by whitespace only. An
 * enclitic is split off the last word only when the stem ends a term. The
 * work per word is bounded by the stack count and the longest term, so the
 * time is linear in the text and independent of the number of terms.
 * The longest match at a position wins; matching resumes after it, so
 * matches never overlap. Comparing whole words (never substrings) is what
 * keeps «داعش» out of «داعشي» and «لدان» out of «بلدان» (the latter also
 * needs the protected-word list, since ب+لدان is a valid segmentation).
 */
import type { Nodes, Word } from 'nlcst';
import { ENCLITICS, MAX_STACK_LENGTH, procliticParts } from './clitics.js';
import { normalize, normalizeWord } from './normalize.js';

export interface TermInput {
  id: string;
  /** Single or multi-word term, e.g. 'داعش', 'الدولة الإسلامية'. */
  text: string;
}

export interface TermMatch {
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
  /** Word tokens covered. */
  words: Word[];
}

export interface TermMatcher {
  find(tree: Nodes | ReadonlyArray<Nodes>): TermMatch[];
  readonly size: number;
}

export interface CompileOptions {
  /** Compare folded forms (أ/إ/آ→ا, ى→ي, ة→ه). Default true. */
  fold?: boolean;
  /** Extra words that are never split into clitics + stem. */
  protectedWords?: Iterable<string>;
}

/**
 * Common words whose first letters look like proclitics but are part of the
 * stem, and whose remainder could be mistaken for a term.
 */
export const PROTECTED_WORDS: readonly string[] = [
  'بلد', 'بلدان', 'بلاد', 'بلدية', 'بيان', 'بيانات', 'بريطانيا', 'بلجيكا', 'بغداد', 'بيروت',
  'وزير', 'وزيرة', 'وزارة', 'وزراء', 'وطن', 'وطني', 'وطنية', 'ولاية', 'وكالة', 'والي', 'وفد',
  'فريق', 'فترة', 'فكرة', 'فلسطين', 'فرنسا', 'فيلم', 'كتاب', 'كبير', 'كلمة', 'كندا',
  'لجنة', 'لقاء', 'لبنان', 'ليبيا', 'لندن', 'سوريا', 'سنة', 'سلام', 'سياسة',
];

const OPENING_QUOTES = new Set(['«', '"', '“', "'", '‘', '‹', '„']);
/** Enclitics the matcher splits off; ي/ني are left out (nisba «داعشي» is not داعش+ي). */
const MATCH_ENCLITICS = ENCLITICS.filter((e) => e !== 'ي' && e !== 'ني');

interface TrieNode {
  next: Map<string, TrieNode>;
  term?: TermInput;
}

type Leaf = { kind: 'word'; word: Word; value: string; start: number; end: number } | { kind: 'space' } | { kind: 'other'; value: string };

interface Candidate {
  /** Leaf index of the first term word. */
  termLeaf: number;
  key: string;
  proclitics: string[];
  /** Normalised index in the term word where the term begins. */
  termOffset: number;
}

interface Found {
  term: TermInput;
  lastLeaf: number;
  enclitic: string | null;
  candidate: Candidate;
}

export function compileTerms(terms: TermInput[], options?: { fold?: boolean; protectedWords?: Iterable<string> }): TermMatcher {
  const fold = options?.fold ?? true;
  const norm = (s: string): string => normalizeWord(s, { fold });
  const root: TrieNode = { next: new Map() };
  let size = 0;
  for (const term of terms) {
    const words = norm(term.text).split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.term) {
      node.term = term;
      size++;
    }
  }
  const protectedSet = new Set([...PROTECTED_WORDS, ...(options?.protectedWords ?? [])].map(norm));

  const keyOf = (word: Word, value: string): string => {
    const data = word.data;
    const cached = fold ? data?.folded : data?.normal;
    return cached ?? norm(value);
  };
  /** Unfolded form: folding turns ة into ه, which must not look like an enclitic. */
  const unfoldedOf = (word: Word, value: string): string => word.data?.normal ?? normalizeWord(value);

  /** Enclitic splits of `key` whose stem ends a term under `node`. */
  const encliticMatch = (node: TrieNode, key: string, unfolded: string): { term: TermInput; enclitic: string } | undefined => {
    for (const enclitic of MATCH_ENCLITICS) {
      if (key.length - enclitic.length < 2 || !key.endsWith(enclitic) || !unfolded.endsWith(enclitic)) continue;
      const stem = key.slice(0, -enclitic.length);
      const last = stem[stem.length - 1];
      // ة was written ت before the pronoun (حكومتها); unfolded, final ى was written ي (عليها).
      const restored = last === 'ت' ? `${stem.slice(0, -1)}${fold ? 'ه' : 'ة'}` : !fold && last === 'ي' ? `${stem.slice(0, -1)}ى` : undefined;
      const term = (restored !== undefined ? node.next.get(restored)?.term : undefined) ?? node.next.get(stem)?.term;
      if (term) return { term, enclitic };
    }
    return undefined;
  };

  /** Longest term starting with `candidate`, following whitespace-separated words. */
  const walk = (leaves: readonly Leaf[], candidate: Candidate): Found | undefined => {
    let best: Found | undefined;
    let node: TrieNode | undefined = root;
    let key = candidate.key;
    let leaf = candidate.termLeaf;
    for (;;) {
      const word = leaves[leaf] as Extract<Leaf, { kind: 'word' }>;
      const split = encliticMatch(node, key, unfoldedOf(word.word, word.value));
      node = node.next.get(key);
      if (node?.term) best = { term: node.term, lastLeaf: leaf, enclitic: null, candidate };
      else if (split) best = { term: split.term, lastLeaf: leaf, enclitic: split.enclitic, candidate };
      if (!node || node.next.size === 0) return best;
      // Next word: whitespace only in between.
      let j = leaf + 1;
      if (leaves[j]?.kind !== 'space') return best;
      while (leaves[j]?.kind === 'space') j++;
      const next = leaves[j];
      if (next?.kind !== 'word') return best;
      leaf = j;
      key = keyOf(next.word, next.value);
    }
  };

  const candidatesAt = (leaves: readonly Leaf[], i: number): Candidate[] => {
    const leaf = leaves[i];
    if (leaf?.kind !== 'word') return [];
    const key = keyOf(leaf.word, leaf.value);
    const out: Candidate[] = [{ termLeaf: i, key, proclitics: [], termOffset: 0 }];
    if (!protectedSet.has(key)) {
      for (let k = 1; k <= Math.min(MAX_STACK_LENGTH, key.length - 2); k++) {
        const stack = key.slice(0, k);
        const parts = procliticParts(stack);
        if (!parts) continue;
        const stem = key.slice(k);
        out.push({ termLeaf: i, key: stem, proclitics: parts, termOffset: k });
        if (stack.endsWith('لل')) {
          // ل + ال with the alif dropped: the term is written from the second ل.
          out.push({ termLeaf: i, key: `ال${stem}`, proclitics: parts, termOffset: k - 1 });
        }
      }
    }
    // A clitic-only word joined to the next word by tatweel or an opening quote.
    const parts = procliticParts(key);
    if (parts) {
      let j = i + 1;
      const tatweel = leaf.value.endsWith('ـ');
      let quoted = false;
      while (leaves[j]?.kind === 'other' && OPENING_QUOTES.has((leaves[j] as { value: string }).value)) {
        j++;
        quoted = true;
      }
      const target = leaves[j];
      if ((tatweel || quoted) && target?.kind === 'word') {
        const targetKey = keyOf(target.word, target.value);
        out.push({ termLeaf: j, key: targetKey, proclitics: parts, termOffset: 0 });
        if (key.endsWith('لل')) out.push({ termLeaf: j, key: `ال${targetKey}`, proclitics: parts, termOffset: 0 });
      }
    }
    return out;
  };

  const better = (a: Found, b: Found | undefined): boolean => {
    if (!b) return true;
    if (a.lastLeaf !== b.lastLeaf) return a.lastLeaf > b.lastLeaf;
    if (a.term.text.length !== b.term.text.length) return a.term.text.length > b.term.text.length;
    return a.candidate.proclitics.length < b.candidate.proclitics.length;
  };

  const toMatch = (leaves: readonly Leaf[], i: number, found: Found): TermMatch => {
    const first = leaves[i] as Extract<Leaf, { kind: 'word' }>;
    const termWord = leaves[found.candidate.termLeaf] as Extract<Leaf, { kind: 'word' }>;
    const last = leaves[found.lastLeaf] as Extract<Leaf, { kind: 'word' }>;
    let termStart = termWord.start;
    if (found.candidate.termOffset > 0) {
      termStart += normalize(termWord.value, { fold }).toOriginal(found.candidate.termOffset);
    }
    let prefixText = '';
    const words: Word[] = [];
    for (let k = i; k <= found.lastLeaf; k++) {
      const leaf = leaves[k]!;
      if (leaf.kind === 'word') words.push(leaf.word);
      if (k < found.candidate.termLeaf && leaf.kind !== 'space') prefixText += leaf.value;
    }
    prefixText += termWord.value.slice(0, termStart - termWord.start);
    return {
      id: found.term.id,
      term: found.term.text,
      start: first.start,
      end: last.end,
      termStart,
      proclitics: found.candidate.proclitics,
      prefixText,
      enclitic: found.enclitic,
      words,
    };
  };

  return {
    size,
    find(tree) {
      const leaves = flatten(tree);
      const matches: TermMatch[] = [];
      for (let i = 0; i < leaves.length; i++) {
        if (leaves[i]!.kind !== 'word') continue;
        let best: Found | undefined;
        for (const candidate of candidatesAt(leaves, i)) {
          const found = walk(leaves, candidate);
          if (found && better(found, best)) best = found;
        }
        if (best) {
          matches.push(toMatch(leaves, i, best));
          i = best.lastLeaf;
        }
      }
      return matches;
    },
  };
}

interface AnyNode {
  type: string;
  value?: string;
  children?: AnyNode[];
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

// Several matchers (misspellings, wasl hamzas, house terms…) run over the same tree: its leaves are
// listed once per tree and shared read-only. Arrays of nodes are built by the caller, so not cached.
const leafCache = new WeakMap<object, readonly Leaf[]>();

/** Leaves in document order; paragraph ends become breaks. */
function flatten(tree: Nodes | ReadonlyArray<Nodes>): readonly Leaf[] {
  if (Array.isArray(tree)) return listLeaves(tree);
  let leaves = leafCache.get(tree);
  if (!leaves) leafCache.set(tree, (leaves = listLeaves(tree)));
  return leaves;
}

function listLeaves(tree: Nodes | ReadonlyArray<Nodes>): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === 'WordNode') {
      const value = wordValue(node);
      const start = node.position?.start.offset ?? 0;
      leaves.push({ kind: 'word', word: node as unknown as Word, value, start, end: node.position?.end.offset ?? start + value.length });
    } else if (node.type === 'WhiteSpaceNode') {
      leaves.push({ kind: 'space' });
    } else if (node.children) {
      for (const child of node.children) visit(child);
      if (node.type === 'ParagraphNode' || node.type === 'RootNode') leaves.push({ kind: 'other', value: '' });
    } else {
      leaves.push({ kind: 'other', value: node.value ?? '' });
    }
  };
  if (Array.isArray(tree)) for (const node of tree) visit(node as AnyNode);
  else visit(tree as unknown as AnyNode);
  return leaves;
}

function wordValue(node: AnyNode): string {
  let s = '';
  for (const child of node.children ?? []) s += child.value ?? wordValue(child);
  return s;
}

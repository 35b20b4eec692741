/**
 * The dictionary pass: every word list of every enabled rule matched in ONE
 * pass over a document's token stream.
 *
 * A rule defines its list once (`defineWordList`, at module level or when its
 * settings are prepared) and asks for it when it is created:
 *
 *     const misspellings = defineWordList('orthography/misspellings', terms, { fold: false });
 *     create(context) {
 *       const matches = useWordList(context, misspellings);
 *       return { Prose(stream) { for (const m of matches()) … } };
 *     }
 *
 * The runner gives every rule of one lint the same `WordListPass`. The first
 * `matches()` call of a document compiles (or takes from the process cache)
 * one matcher for ALL the lists registered by the rules of that lint —
 * each list a tag — runs it once over `document.stream`, and keeps each
 * list's matches for the other rules that asked. A list's matches are
 * exactly those of a matcher compiled from that list alone (each tag keeps
 * its own longest-match state; see @bayan/arabic's `compileTermLists`).
 *
 * Compiled matchers are cached per process by the content hashes of their
 * lists (two 53-bit hashes of the id, the options and every term), so a
 * dictionary loaded again through another config object, or the same packs
 * in another lint, reuse the compiled tries.
 */
import {
  compileTermLists,
  type PackedTerms,
  type TermInput,
  type TermListMatcher,
  type TokenMatch,
} from '@bayan/arabic';
import type { SourceDocument } from './document.js';

export interface WordList {
  /** Who owns the list, e.g. `orthography/misspellings` (for messages). */
  readonly id: string;
  /** Content hash of the id, the options and the terms. */
  readonly hash: string;
  readonly terms: readonly TermInput[];
  /** Compare folded forms (أ/إ/آ→ا, ى→ي, ة→ه); default true. */
  readonly fold: boolean;
  /**
   * More terms, added to the matcher's trie as documents ask for them (a big
   * dictionary from a cache: see @bayan/arabic's `PackedTerms`); a term of
   * `terms` with the same words wins.
   */
  readonly packed?: PackedTerms | undefined;
}

/**
 * cyrb53, a fast 53-bit string hash (not cryptographic), with two seeds at
 * once (106 bits) over a list's parts: its id, its options, then each term's
 * id and text (no array of the parts: a 10,000-entry dictionary has 40,000).
 */
class Cyrb53Pair {
  private a1: number;
  private a2: number;
  private b1: number;
  private b2: number;

  constructor(seedA: number, seedB: number) {
    this.a1 = 0xdeadbeef ^ seedA;
    this.a2 = 0x41c6ce57 ^ seedA;
    this.b1 = 0xdeadbeef ^ seedB;
    this.b2 = 0x41c6ce57 ^ seedB;
  }

  part(part: string): void {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
    // A separator no text contains, so ['ab', 'c'] and ['a', 'bc'] differ.
    this.a1 = Math.imul(a1 ^ 0xffff1, 2654435761);
    this.a2 = Math.imul(a2 ^ 0xffff1, 1597334677);
    this.b1 = Math.imul(b1 ^ 0xffff1, 2654435761);
    this.b2 = Math.imul(b2 ^ 0xffff1, 1597334677);
  }

  /** The two hashes, in base 36, joined by a dot. */
  digest(): string {
    return `${finish(this.a1, this.a2).toString(36)}.${finish(this.b1, this.b2).toString(36)}`;
  }
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A word list for the dictionary pass. Define it once (it is hashed here, the
 * packed terms by their `identity`), not per document.
 */
export function defineWordList(
  id: string,
  terms: readonly TermInput[],
  options: { fold?: boolean; packed?: PackedTerms | undefined } = {},
): WordList {
  const fold = options.fold ?? true;
  const hash = new Cyrb53Pair(1, 2);
  hash.part(id);
  hash.part(fold ? 'fold' : 'exact');
  for (const term of terms) {
    hash.part(term.id);
    hash.part(term.text);
  }
  const { packed } = options;
  if (!packed) return { id, hash: `${hash.digest()}.${terms.length}`, terms, fold };
  hash.part('packed');
  hash.part(packed.identity);
  return { id, hash: `${hash.digest()}.${terms.length}.${packed.size}`, terms, fold, packed };
}

/** What a rule's context offers (see `useWordList`). */
export interface WordLists {
  /** At create time: adds `list` to this lint's dictionary pass; the getter returns its matches, computed on first call. */
  register(list: WordList): () => readonly TokenMatch[];
}

// Compiled matchers by the hashes of their lists, for the whole process (bounded).
const compiledSets = new Map<string, TermListMatcher>();
const COMPILED_LIMIT = 32;

function compiledFor(lists: readonly WordList[]): TermListMatcher {
  const key = lists.map((l) => l.hash).join('|');
  let matcher = compiledSets.get(key);
  if (!matcher) {
    matcher = compileTermLists(
      lists.map((l) =>
        l.packed ? { terms: l.terms, fold: l.fold, packed: l.packed } : { terms: l.terms, fold: l.fold },
      ),
    );
    if (compiledSets.size >= COMPILED_LIMIT) compiledSets.clear();
    compiledSets.set(key, matcher);
  }
  return matcher;
}

/** One lint's dictionary pass: the lists its rules registered, matched once over the document. */
export class WordListPass implements WordLists {
  private readonly lists = new Map<string, WordList>();
  private results: Map<string, readonly TokenMatch[]> | null = null;

  constructor(private readonly document: SourceDocument) {}

  register(list: WordList): () => readonly TokenMatch[] {
    if (this.results)
      throw new Error(`Word list ${list.id} was registered after the dictionary pass ran: register lists in create().`);
    this.lists.set(list.hash, list);
    return () => this.matches(list);
  }

  /** The matches of a registered list (the pass runs on the first call). */
  matches(list: WordList): readonly TokenMatch[] {
    if (!this.results) this.results = this.run();
    const found = this.results.get(list.hash);
    if (!found) throw new Error(`Word list ${list.id} was not registered for this lint.`);
    return found;
  }

  private run(): Map<string, readonly TokenMatch[]> {
    // Sorted by hash: the same lists registered in another order share one compiled matcher.
    const lists = [...this.lists.values()].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
    const results = new Map<string, readonly TokenMatch[]>();
    if (lists.length === 0) return results;
    const byTag = compiledFor(lists).run(this.document.stream);
    lists.forEach((list, tag) => results.set(list.hash, byTag[tag] ?? []));
    return results;
  }
}

/**
 * Registers `list` with the context's dictionary pass and returns the
 * getter of its matches in the document. A context without a pass (a host
 * that builds its own contexts) matches the list alone, once per document.
 */
export function useWordList(
  context: { readonly document: SourceDocument; readonly wordLists?: WordLists | undefined },
  list: WordList,
): () => readonly TokenMatch[] {
  if (context.wordLists) return context.wordLists.register(list);
  let found: readonly TokenMatch[] | undefined;
  return () => (found ??= compiledFor([list]).run(context.document.stream)[0] ?? []);
}

/**
 * The compiled terms of a chain of dictionaries (base, house styles, user
 * dictionaries; a later entry replaces an earlier one with the same id, in
 * the earlier one's place): what `compileEntries` makes of the chain's
 * entries, with the last dictionary, when it was read from a host's cache
 * (compact.ts), left in its stored form. Its terms go to the matcher as
 * packed terms (added to the trie first word by first word, as documents ask:
 * @bayan/arabic's `PackedTerms`), and a term's candidates, with their entries,
 * are built when a term is looked up (a match): loading a 10,000-entry
 * dictionary builds no entry and no term.
 *
 * Same terms, same order, same candidates as `compileEntries` of the chain's
 * entries (test/dictionary-lazy.test.ts): the entries before the packed one
 * (and those of it that replace one of them, in that one's place) are compiled
 * as usual, and a key they share with the packed dictionary gets the packed
 * candidates after theirs (the packed entries come after them in the chain).
 */
import type { PackedTerms, TermInput } from '@bayan/arabic';
import { defineWordList, type WordList } from '@bayan/core';
import { CompactDictionary } from './compact.js';
import type { Dictionary, Entry } from './dictionary.js';
import { compileEntries, entryTerms, type Candidate, type CompiledTerms, type EntryTerms } from './occurrences.js';

const LIST_ID = 'terminology/terms';

/** The compiled terms of a chain of dictionaries (later entries replace earlier ones with the same id). */
export function compileDictionaries(chain: readonly Dictionary[]): CompiledTerms {
  const last = chain[chain.length - 1];
  const byId = new Map<string, Entry>();
  const before = last instanceof CompactDictionary ? chain.slice(0, -1) : chain;
  for (const dictionary of before) for (const entry of dictionary.entries) byId.set(entry.id, entry);
  if (!(last instanceof CompactDictionary)) return compileEntries([...byId.values()]);
  return new PackedChain(byId, last);
}

/** A term's candidates from the stored table, their entries built now. */
function storedCandidates(packed: CompactDictionary, t: number, moved: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (const c of packed.candidatesOf(t)) {
    if (moved[c.entry]) continue;
    out.push({ entry: packed.entryAt(c.entry), form: c.form, inflection: c.inflection, normal: c.normal });
  }
  return out;
}

/**
 * The candidates of every key: those of the entries before the packed
 * dictionary at once, the others on first look-up. Iterating it (or asking
 * its size) builds them all, in compileEntries' order.
 */
class ChainCandidates extends Map<string, Candidate[]> {
  #packed: CompactDictionary | undefined;
  #moved: Uint8Array | undefined;
  #complete = false;

  /** Set after the eager keys are in (the Map constructor adds through `set`). */
  attach(packed: CompactDictionary, moved: Uint8Array): void {
    this.#packed = packed;
    this.#moved = moved;
  }

  override get(key: string): Candidate[] | undefined {
    const known = super.get(key);
    if (known !== undefined || this.#complete || this.#packed === undefined) return known;
    const t = this.#packed.termOfKey(key);
    if (t < 0) return undefined;
    const list = storedCandidates(this.#packed, t, this.#moved!);
    super.set(key, list);
    return list;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Every key's candidates, the packed dictionary's keys after the others, in its order. */
  #fill(): void {
    if (this.#complete || this.#packed === undefined) return;
    for (let t = 0; t < this.#packed.termCount; t++) this.get(this.#packed.termKey(t));
    this.#complete = true;
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override entries(): MapIterator<[string, Candidate[]]> {
    this.#fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<Candidate[]> {
    this.#fill();
    return super.values();
  }

  override forEach(fn: (value: Candidate[], key: string, map: Map<string, Candidate[]>) => void, self?: unknown): void {
    this.#fill();
    super.forEach(fn, self);
  }

  override [Symbol.iterator](): MapIterator<[string, Candidate[]]> {
    return this.entries();
  }
}

/** The compiled terms of entries before a packed dictionary, and of that dictionary (see the top of this file). */
class PackedChain implements CompiledTerms {
  readonly candidates: ChainCandidates;
  readonly list: WordList;
  readonly #eager: EntryTerms;
  readonly #packed: CompactDictionary;
  readonly #moved: Uint8Array;
  #entries: Entry[] | undefined;
  #terms: TermInput[] | undefined;

  constructor(byId: Map<string, Entry>, packed: CompactDictionary) {
    // Entries of the packed dictionary that replace an earlier one take its place.
    const moved = new Uint8Array(packed.size);
    for (const id of byId.keys()) {
      const e = packed.indexOfId(id);
      if (e < 0) continue;
      moved[e] = 1;
      byId.set(id, packed.entryAt(e));
    }
    const eager = entryTerms([...byId.values()]);
    // A key of both: the packed entries' candidates after the others'.
    for (const [key, list] of eager.candidates) {
      const t = packed.termOfKey(key);
      if (t >= 0) list.push(...storedCandidates(packed, t, moved));
    }
    this.candidates = new ChainCandidates(eager.candidates);
    this.candidates.attach(packed, moved);
    this.#eager = eager;
    this.#packed = packed;
    this.#moved = moved;
    this.list = defineWordList(LIST_ID, eager.terms, { packed: packedTerms(packed) });
  }

  /** The chain's entries, in compileEntries' order (every entry of the packed dictionary built). */
  get entries(): readonly Entry[] {
    if (this.#entries === undefined) {
      const rest: Entry[] = [];
      for (let e = 0; e < this.#packed.size; e++) if (!this.#moved[e]) rest.push(this.#packed.entryAt(e));
      this.#entries = [...this.#eager.entries, ...rest];
    }
    return this.#entries;
  }

  /** Every term, in compileEntries' order (the packed dictionary's keys that the others lack, after theirs). */
  get terms(): TermInput[] {
    if (this.#terms === undefined) {
      const terms = [...this.#eager.terms];
      for (let t = 0; t < this.#packed.termCount; t++) {
        const key = this.#packed.termKey(t);
        if (!this.#eager.candidates.has(key)) terms.push({ id: key, text: this.#packed.termText(t) });
      }
      this.#terms = terms;
    }
    return this.#terms;
  }
}

/** The packed dictionary's terms for the matcher: each term's words are its key's (compact.ts checks it). */
function packedTerms(packed: CompactDictionary): PackedTerms {
  return {
    size: packed.termCount,
    identity: packed.identity,
    startingWith: (word) =>
      packed.termsStartingWith(word).map((t) => {
        const key = packed.termKey(t);
        return { term: { id: key, text: packed.termText(t) }, words: key.split(' ') };
      }),
  };
}

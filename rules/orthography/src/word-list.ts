/**
 * Clitic-aware matching of a wrong→right word list (misspellings, wasl
 * hamzas, run-together words). Each list is a word list of the dictionary
 * pass (@bayan/core's `defineWordList`): its entries are matched, with the
 * other lists of every enabled rule, in one pass over the document's token
 * stream, over unfolded normal forms (hamza, ى and ة stay distinct). Each
 * match is checked against its entry: which proclitics it may carry, whether
 * an enclitic may follow, and the `except` list of whole words. The reported
 * span covers the term only, so clitics stay as written; after «لل» (ل + ال
 * with the alif dropped) the replacement drops its alif too.
 */
import { normalize, normalizeWord, type TokenMatch, type TokenStream } from '@bayan/arabic';
import { defineWordList, useWordList, type RuleContext } from '@bayan/core';

export interface ListEntry {
  wrong: string;
  right: string | string[];
  proclitics?: 'any' | 'conjunction' | 'particles' | 'none';
  enclitics?: boolean;
  except?: string[];
}

export interface ListHit<E extends ListEntry> {
  entry: E;
  start: number;
  end: number;
  /** Candidates adjusted to the clitics written before the term. */
  candidates: string[];
  /** First and last token of the match in the document's stream. */
  first: number;
  last: number;
}

const CONJUNCTIONS = new Set(['و', 'ف']);

/** Original offset where the term ends: before the enclitic, if there is one. */
function termEnd(match: TokenMatch, stream: TokenStream): number {
  if (!match.enclitic) return match.end;
  const normal = normalize(stream.value(match.last));
  return stream.start[match.last]! + normal.toOriginal(normal.text.length - match.enclitic.length);
}

/** The entries' hits among a list's matches. */
function hitsOf<E extends ListEntry>(
  entries: readonly E[],
  exceptions: ReadonlyArray<ReadonlySet<string>>,
  matches: readonly TokenMatch[],
  stream: TokenStream,
  text: string,
): Array<ListHit<E>> {
  const hits: Array<ListHit<E>> = [];
  for (const match of matches) {
    const index = Number(match.id);
    const entry = entries[index]!;
    const mode = entry.proclitics ?? 'any';
    if (mode === 'none' && match.prefixText !== '') continue;
    if (mode === 'conjunction' && !match.proclitics.every((p) => CONJUNCTIONS.has(p))) continue;
    if (mode === 'particles' && match.proclitics.includes('ال')) continue;
    if (match.enclitic && !entry.enclitics) continue;
    if (exceptions[index]!.size > 0 && exceptions[index]!.has(normalizeWord(stream.value(match.first)))) continue;
    const start = match.termStart;
    const end = termEnd(match, stream);
    const actual = text.slice(start, end);
    // After «لل» the term is written without its alif: «للحكومه» → «للحكومة».
    const dropAlif = entry.wrong.startsWith('ال') && !normalizeWord(actual, { fold: true }).startsWith('ا');
    const candidates = (Array.isArray(entry.right) ? entry.right : [entry.right]).map((right) =>
      dropAlif && right.startsWith('ال') ? right.slice(1) : right,
    );
    hits.push({ entry, start, end, candidates, first: match.first, last: match.last });
  }
  return hits;
}

const exceptionsOf = (entries: readonly ListEntry[]): Array<Set<string>> =>
  entries.map((entry) => new Set((entry.except ?? []).map((w) => normalizeWord(w))));
const termsOf = (entries: readonly ListEntry[]) =>
  entries.map((entry, index) => ({ id: String(index), text: entry.wrong }));

/**
 * A list of the dictionary pass. Call the result in a rule's `create` (it
 * registers the list); the getter it returns gives the document's hits.
 */
export function wordList<E extends ListEntry>(
  id: string,
  entries: readonly E[],
): (context: Pick<RuleContext, 'document' | 'text' | 'wordLists'>) => () => Array<ListHit<E>> {
  const list = defineWordList(id, termsOf(entries), { fold: false });
  const exceptions = exceptionsOf(entries);
  return (context) => {
    const matches = useWordList(context, list);
    return () => hitsOf(entries, exceptions, matches(), context.document.stream, context.text);
  };
}

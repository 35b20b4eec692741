/**
 * Clitic-aware matching of a wrong→right word list (misspellings, wasl
 * hamzas, run-together words). All entries go into one compileTerms matcher
 * over unfolded normal forms (hamza, ى and ة stay distinct). Each match is
 * checked against its entry: which proclitics it may carry, whether an
 * enclitic may follow, and the `except` list of whole words. The reported
 * span covers the term only, so clitics stay as written; after «لل» (ل + ال
 * with the alif dropped) the replacement drops its alif too.
 */
import { compileTerms, normalize, normalizeWord, type TermMatch } from '@bayan/arabic';
import type { Root } from 'nlcst';
import { wordText } from './prose.js';

export interface ListEntry {
  wrong: string;
  right: string | string[];
  proclitics?: 'any' | 'conjunction' | 'none';
  enclitics?: boolean;
  except?: string[];
}

export interface ListHit<E extends ListEntry> {
  entry: E;
  start: number;
  end: number;
  /** Candidates adjusted to the clitics written before the term. */
  candidates: string[];
}

const CONJUNCTIONS = new Set(['و', 'ف']);

/** Original offset where the term ends: before the enclitic, if there is one. */
function termEnd(match: TermMatch): number {
  if (!match.enclitic) return match.end;
  const last = match.words[match.words.length - 1]!;
  const normal = normalize(wordText(last));
  return last.position!.start.offset! + normal.toOriginal(normal.text.length - match.enclitic.length);
}

export function compileList<E extends ListEntry>(entries: readonly E[]): (prose: Root, text: string) => Array<ListHit<E>> {
  const matcher = compileTerms(
    entries.map((entry, index) => ({ id: String(index), text: entry.wrong })),
    { fold: false },
  );
  const exceptions = entries.map((entry) => new Set((entry.except ?? []).map((w) => normalizeWord(w))));
  return (prose, text) => {
    const hits: Array<ListHit<E>> = [];
    for (const match of matcher.find(prose)) {
      const entry = entries[Number(match.id)]!;
      const mode = entry.proclitics ?? 'any';
      if (mode === 'none' && match.prefixText !== '') continue;
      if (mode === 'conjunction' && !match.proclitics.every((p) => CONJUNCTIONS.has(p))) continue;
      if (match.enclitic && !entry.enclitics) continue;
      if (exceptions[Number(match.id)]!.has(normalizeWord(wordText(match.words[0]!)))) continue;
      const start = match.termStart;
      const end = termEnd(match);
      const actual = text.slice(start, end);
      // After «لل» the term is written without its alif: «للحكومه» → «للحكومة».
      const dropAlif = entry.wrong.startsWith('ال') && !normalizeWord(actual, { fold: true }).startsWith('ا');
      const candidates = (Array.isArray(entry.right) ? entry.right : [entry.right]).map((right) =>
        dropAlif && right.startsWith('ال') ? right.slice(1) : right,
      );
      hits.push({ entry, start, end, candidates });
    }
    return hits;
  };
}

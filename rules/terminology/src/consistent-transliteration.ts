/**
 * One spelling per name: a transliterated name written two ways in one
 * release («فولكنر» and «فالكونر») is found from the text itself
 * (transliteration.ts says how names are told from ordinary words and when
 * two spellings are one name). Each occurrence of a minority spelling gets a
 * suggestion, never a fix, to write the majority spelling (a tie goes to the
 * spelling that comes first): two close spellings may still be two people,
 * and the right spelling of a name is the editor's call. Words that belong to
 * the active dictionaries are left to terminology/consistent-terms.
 */
import { memoizeWord, TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule, useWordList } from '@bayan/core';
import { countsText } from './counts.js';
import { defaultCommonWords } from './common-words.js';
import { findOccurrences } from './occurrences.js';
import { activeTerms } from './settings.js';
import { findVariantsIn, wordFacts, type WordFacts, type WordSequence } from './transliteration.js';

/** A word's facts for the rule's common-word list: once per distinct word per process. */
const factsOf = memoizeWord((entry: WordEntry): WordFacts => {
  const normal = entry.normal ?? entry.value;
  return wordFacts(normal, entry.clitics?.proclitics ?? [], defaultCommonWords);
});

/** Sorted ranges merged where they overlap or touch: `starts[r]`, `ends[r]`. */
function mergeRanges(ranges: ReadonlyArray<{ start: number; end: number }>): { starts: number[]; ends: number[] } {
  // Term occurrences come in document order: sorted already, most of the time.
  let inOrder = true;
  for (let k = 1; k < ranges.length && inOrder; k++) inOrder = ranges[k - 1]!.start <= ranges[k]!.start;
  const sorted = inOrder ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]!) ends[last] = Math.max(ends[last]!, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/**
 * `(start, end) → does the range overlap one of these ranges?`, by binary
 * search over the merged ranges: a check per word that does not grow with
 * the number of term occurrences.
 */
export function overlapsAny(
  ranges: ReadonlyArray<{ start: number; end: number }>,
): (start: number, end: number) => boolean {
  const { starts, ends } = mergeRanges(ranges);
  return (start, end) => {
    // The first merged range that ends after `start`.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < ends.length && starts[lo]! < end;
  };
}

/**
 * `wordSequence`'s arrays, reused from one document to the next (a sequence
 * is read by `findVariantsIn` and dropped before the next one is made):
 * a fresh typed array per document costs more than the loop that fills it.
 */
let stateScratch = new Uint8Array(1024);
let tokenScratch = new Int32Array(4096);
let idScratch = new Int32Array(4096);
const factsScratch: Array<WordFacts | undefined> = [];

/**
 * The Arabic words of the stream in order (as written in `text`), with their facts, less the words
 * that overlap one of the `skipped` ranges (one sweep: words and merged
 * ranges both go forward).
 */
function wordSequence(
  stream: TokenStream,
  text: string,
  skipped: ReadonlyArray<{ start: number; end: number }>,
): WordSequence {
  const { kind, word, words, start, end, size } = stream;
  const { starts: skipStarts, ends: skipEnds } = mergeRanges(skipped);
  // Read only at the ids of the sequence (`WordSequence.facts`), which are all set below: reused too.
  const facts = factsScratch;
  while (facts.length < words.length) facts.push(undefined);
  // Per word id: 0 not seen yet, 1 no word of this rule (not Arabic letters only), 2 seen, 3 kept at least once.
  if (stateScratch.length < words.length)
    stateScratch = new Uint8Array(Math.max(words.length, stateScratch.length * 2));
  const state = stateScratch;
  state.fill(0, 0, words.length);
  const distinct: number[] = [];
  // Word k of the sequence is token `tokens[k]`, distinct word `ids[k]`.
  if (tokenScratch.length < size) {
    tokenScratch = new Int32Array(Math.max(size, tokenScratch.length * 2));
    idScratch = new Int32Array(tokenScratch.length);
  }
  const tokens = tokenScratch;
  const ids = idScratch;
  let count = 0;
  let r = 0;
  for (let i = 0; i < size; i++) {
    if (kind[i] !== TokenKind.Word) continue;
    const id = word[i]!;
    if (state[id] === 0) {
      const entry = words[id]!;
      const f = entry.script === 'arabic' ? factsOf(entry) : undefined;
      if (f?.letters) {
        facts[id] = f;
        state[id] = 2;
      } else state[id] = 1;
    }
    if (state[id] === 1) continue;
    const s = start[i]!;
    while (r < skipEnds.length && skipEnds[r]! <= s) r++;
    if (r < skipEnds.length && skipStarts[r]! < end[i]!) continue;
    if (state[id] === 2) {
      state[id] = 3;
      distinct.push(id);
    }
    tokens[count] = i;
    ids[count] = id;
    count++;
  }
  return {
    count,
    ids,
    start: (k) => start[tokens[k]!]!,
    end: (k) => end[tokens[k]!]!,
    facts,
    distinct,
    value: (k) => text.slice(start[tokens[k]!]!, end[tokens[k]!]!),
  };
}

export const consistentTransliteration = defineRule({
  meta: {
    id: 'terminology/consistent-transliteration',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'يكتب اسم العلم المنقول بصيغة واحدة في البيان (فولكنر/فالكونر).',
        en: 'Writes a transliterated name one way in a release (فولكنر/فالكونر).',
      },
      recommended: 'warning',
      url: 'rules/terminology/docs/consistent-transliteration.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      mixed: {
        ar: 'يبدو أن البيان يكتب الاسم نفسه بصيغتين ({{counts}})؛ إن كان الاسم واحدا فاكتب «{{expected}}» بدل «{{actual}}».',
        en: 'This document seems to write one name two ways ({{counts}}); if it is the same name, write “{{expected}}” instead of “{{actual}}”.',
      },
      replace: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const compiled = activeTerms(context);
    const matches = useWordList(context, compiled.list);
    return {
      Prose(stream) {
        const { text, locale } = context;
        // Dictionary terms (سوريا/سورية, جنيه/جنية…) are terminology/consistent-terms' business.
        const terms = findOccurrences(stream, text, compiled, matches());
        for (const variant of findVariantsIn(wordSequence(stream, text, terms))) {
          const { token, nameStart } = variant;
          const prefix = text.slice(token.start, nameStart);
          const data = {
            actual: token.value,
            expected: prefix + variant.expected,
            counts: countsText(variant.counts, locale),
          };
          context.report({
            range: [token.start, token.end],
            messageId: 'mixed',
            data,
            actual: token.value,
            expected: [data.expected],
            suggest: [{ messageId: 'replace', data, fix: { range: [nameStart, token.end], text: variant.expected } }],
          });
        }
      },
    };
  },
});

export default consistentTransliteration;

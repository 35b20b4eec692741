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
import { TokenKind, type TokenStream } from '@bayan/arabic';
import { defineRule, useWordList } from '@bayan/core';
import { countsText } from './counts.js';
import { defaultCommonWords } from './common-words.js';
import { findOccurrences } from './occurrences.js';
import { activeTerms } from './settings.js';
import { findVariants, type WordToken } from './transliteration.js';

/** The Arabic words of the stream, in order. */
function wordTokens(stream: TokenStream, text: string): WordToken[] {
  const out: WordToken[] = [];
  const { kind, word, words, start, end } = stream;
  for (let i = 0; i < stream.size; i++) {
    if (kind[i] !== TokenKind.Word) continue;
    const entry = words[word[i]!]!;
    if (entry.script !== 'arabic') continue;
    const value = text.slice(start[i]!, end[i]!);
    out.push({
      start: start[i]!,
      end: end[i]!,
      value,
      normal: entry.normal ?? value,
      proclitics: entry.clitics?.proclitics ?? [],
    });
  }
  return out;
}

/**
 * `(start, end) → does the range overlap one of these ranges?`, by binary
 * search over the merged ranges: a check per word that does not grow with
 * the number of term occurrences.
 */
export function overlapsAny(
  ranges: ReadonlyArray<{ start: number; end: number }>,
): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
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
        const skip = overlapsAny(terms);
        for (const variant of findVariants(wordTokens(stream, text), defaultCommonWords, skip)) {
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

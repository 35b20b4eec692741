/**
 * Wrong→right pairs from data/misspellings.yaml, matched clitic-aware (see
 * word-list.ts). SAFE entries get a fix, WARN and CTX entries a suggestion
 * per candidate with the entry's reason, at a lower severity. A CTX entry
 * with a `when` condition («علي» before a definite noun, not after a title)
 * is a warning where the words around it meet the condition, a note elsewhere.
 */
import { TokenKind, normalizeWord, type TokenStream } from '@bayan/arabic';
import { defineRule, embeddedDataFile, type Edit, type SuggestDescriptor } from '@bayan/core';
import { loadLexicon } from '@bayan/lexicon';
import * as data from './data/misspellings.generated.js';
import { misspellingsFinder } from './misspellings-list.js';
import { spellingData } from './spelling.js';
import type { ListEntry } from './word-list.js';

/** When a CTX entry's words make the other reading unlikely (data/misspellings.schema.json, `when`). */
export interface ContextCondition {
  next?: 'word' | 'definite' | 'definite-or-suffixed';
  after?: string[];
  notAfter?: string[];
  notBefore?: string[];
  notAfterTitles?: boolean;
  notFirst?: boolean;
}

export interface MisspellingEntry extends ListEntry {
  severity: 'safe' | 'warn' | 'ctx';
  class?: string;
  note?: { ar: string; en: string };
  when?: ContextCondition;
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid?: string[] };
}

const TITLES = new Set(spellingData.data.nameCues.map((w) => normalizeWord(w)));
const DEFINITE = /^(?:[وف])?(?:[بكل])?ال|^(?:[وف])?لل/u;
/** Prepared word sets of each condition (entries are few; conditions fewer). */
interface PreparedCondition {
  after: Set<string>;
  notAfter: Set<string>;
  notBefore: Set<string>;
}
const PREPARED = new WeakMap<ContextCondition, PreparedCondition>();

function prepared(condition: ContextCondition): PreparedCondition {
  let sets = PREPARED.get(condition);
  if (sets === undefined) {
    sets = {
      after: new Set((condition.after ?? []).map((w) => normalizeWord(w))),
      notAfter: new Set((condition.notAfter ?? []).map((w) => normalizeWord(w))),
      notBefore: new Set((condition.notBefore ?? []).map((w) => normalizeWord(w))),
    };
    PREPARED.set(condition, sets);
  }
  return sets;
}

/**
 * The word token next to token `i` in the same clause (only white space between), in direction `step`;
 * -2 for a number token, -1 for none.
 */
function neighbour(stream: TokenStream, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < stream.size; j += step) {
    const kind = stream.kind[j]!;
    if (kind === TokenKind.WhiteSpace) {
      if (/[\n\r]/u.test(stream.value(j))) return -1;
      continue;
    }
    if (kind === TokenKind.Number) return -2;
    return kind === TokenKind.Word && stream.word[j]! >= 0 ? j : -1;
  }
  return -1;
}

const withoutConjunction = (normal: string): string =>
  normal.length > 2 && (normal[0] === 'و' || normal[0] === 'ف') ? normal.slice(1) : normal;

/** Does the entry's `when` hold for the match spanning tokens first..last? */
export function conditionHolds(condition: ContextCondition, stream: TokenStream, first: number, last: number): boolean {
  const { after, notAfter, notBefore } = prepared(condition);
  const previous = neighbour(stream, first, -1);
  if (previous === -1 && (condition.notFirst || after.size > 0)) return false;
  if (previous >= 0) {
    const normal = stream.words[stream.word[previous]!]!.normal;
    const bare = withoutConjunction(normal);
    if (after.size > 0 && !after.has(normal) && !after.has(bare)) return false;
    if (notAfter.has(normal) || notAfter.has(bare)) return false;
    if (condition.notAfterTitles && (TITLES.has(normal) || TITLES.has(bare))) return false;
  } else if (previous === -2 && after.size > 0 && !after.has('#')) return false;
  if (notBefore.size > 0) {
    const next = neighbour(stream, last, 1);
    if (next >= 0) {
      const normal = stream.words[stream.word[next]!]!.normal;
      if (notBefore.has(normal) || notBefore.has(withoutConjunction(normal))) return false;
    }
  }
  if (condition.next !== undefined) {
    const next = neighbour(stream, last, 1);
    if (next === -1) return false;
    if (condition.next !== 'word' && next >= 0) {
      const normal = stream.words[stream.word[next]!]!.normal;
      if (!DEFINITE.test(normal)) {
        if (condition.next === 'definite') return false;
        const analysis = loadLexicon().analyse(normal);
        if (analysis === null || analysis.enclitic === null) return false;
      }
    } else if (condition.next !== 'word') return false;
  }
  return true;
}

export const misspellings = embeddedDataFile<{ entries: MisspellingEntry[] }>(data);

export default defineRule({
  meta: {
    id: 'orthography/common-misspellings',
    type: 'problem',
    docs: {
      description: {
        ar: 'أخطاء إملائية شائعة (التاء المربوطة والهاء، الألف المقصورة، الهمزة، الحروف المتشابهة) مع مراعاة السوابق واللواحق.',
        en: 'Common misspellings (ta marbuta, alif maqsura, hamza, look-alike letters), clitic-aware.',
      },
      recommended: true,
      url: 'rules/orthography/docs/common-misspellings.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      misspelled: {
        ar: '«{{actual}}» خطأ إملائي، والصواب «{{expected}}».',
        en: '“{{actual}}” is a misspelling of “{{expected}}”.',
      },
      probablyMisspelled: {
        ar: '«{{actual}}» خطأ إملائي على الأرجح، والصواب «{{expected}}». {{reason}}',
        en: '“{{actual}}” is probably a misspelling of “{{expected}}”. {{reason}}',
      },
      replace: {
        ar: 'اكتب «{{expected}}» بدلا من «{{actual}}».',
        en: 'Write “{{expected}}” instead of “{{actual}}”.',
      },
    },
  },
  create(context) {
    // The built-in list with the project's files (`orthography.misspellings`, see misspellings-list.ts),
    // matched in the shared dictionary pass.
    const hits = misspellingsFinder(context.settings)(context);
    return {
      Prose(stream) {
        const { text } = context;
        for (const { entry, start, end, candidates, first, last } of hits()) {
          const actual = text.slice(start, end);
          const edit = (replacement: string): Edit => ({ range: [start, end], text: replacement });
          if (entry.severity === 'safe') {
            context.report({
              range: [start, end],
              messageId: 'misspelled',
              data: { actual, expected: candidates[0]! },
              actual,
              expected: candidates,
              fix: edit(candidates[0]!),
            });
            continue;
          }
          const suggest: SuggestDescriptor[] = candidates.map((candidate) => ({
            messageId: 'replace',
            data: { actual, expected: candidate },
            fix: edit(candidate),
          }));
          context.report({
            range: [start, end],
            messageId: 'probablyMisspelled',
            data: { actual, expected: candidates.join(' / '), reason: entry.note?.[context.locale] ?? '' },
            actual,
            expected: candidates,
            suggest,
            severity:
              entry.severity === 'warn' || (entry.when !== undefined && conditionHolds(entry.when, stream, first, last))
                ? 'warning'
                : 'info',
          });
        }
      },
    };
  },
});

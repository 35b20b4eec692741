/**
 * Wrong→right pairs from data/misspellings.yaml, matched clitic-aware.
 *
 * Algorithm: all entries go into one compileTerms matcher over unfolded
 * normal forms (hamza, ى and ة must stay distinct here), run once per
 * document on the prose tree. Each match is then checked against its
 * entry: which proclitics it may carry, whether an enclitic may follow,
 * and the `except` list of whole words. The edit covers the misspelt term
 * only, so clitics stay as written; after «لل» (ل + ال with the alif
 * dropped) the replacement drops its alif too. SAFE entries get a fix,
 * WARN and CTX entries a suggestion per candidate with the entry's reason.
 */
import { compileTerms, normalize, normalizeWord, type TermMatch } from '@bayan/arabic';
import { defineRule, loadDataFile, type Edit, type SuggestDescriptor } from '@bayan/core';
import * as data from './data/misspellings.generated.js';

export interface MisspellingEntry {
  wrong: string;
  right: string | string[];
  severity: 'safe' | 'warn' | 'ctx';
  class?: string;
  proclitics?: 'any' | 'conjunction' | 'none';
  enclitics?: boolean;
  except?: string[];
  note?: { ar: string; en: string };
  examples: { invalid: Array<{ text: string; output: string }>; valid?: string[] };
}

export const misspellings = loadDataFile<{ entries: MisspellingEntry[] }>(data.text, data.file, data.schema);

const entries = misspellings.data.entries;
const matcher = compileTerms(
  entries.map((entry, index) => ({ id: String(index), text: entry.wrong })),
  { fold: false },
);
const exceptions = entries.map((entry) => new Set((entry.except ?? []).map((w) => normalizeWord(w))));
const CONJUNCTIONS = new Set(['و', 'ف']);

function allowed(entry: MisspellingEntry, match: TermMatch, firstWord: string): boolean {
  const mode = entry.proclitics ?? 'any';
  if (mode === 'none' && match.prefixText !== '') return false;
  if (mode === 'conjunction' && !match.proclitics.every((p) => CONJUNCTIONS.has(p))) return false;
  if (match.enclitic && !entry.enclitics) return false;
  return !exceptions[Number(match.id)]!.has(firstWord);
}

function wordText(word: TermMatch['words'][number]): string {
  return word.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** Original offset where the term ends: before the enclitic, if there is one. */
function termEnd(match: TermMatch): number {
  if (!match.enclitic) return match.end;
  const last = match.words[match.words.length - 1]!;
  const value = wordText(last);
  const start = last.position!.start.offset!;
  const normal = normalize(value);
  return start + normal.toOriginal(normal.text.length - match.enclitic.length);
}

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
    return {
      Document() {
        const { text } = context;
        for (const match of matcher.find(context.document.prose)) {
          const entry = entries[Number(match.id)]!;
          const firstWord = normalizeWord(wordText(match.words[0]!));
          if (!allowed(entry, match, firstWord)) continue;
          const start = match.termStart;
          const end = termEnd(match);
          const actual = text.slice(start, end);
          // After «لل» the term is written without its alif: «للحكومه» → «للحكومة».
          const dropAlif = entry.wrong.startsWith('ال') && !normalizeWord(actual, { fold: true }).startsWith('ا');
          const candidates = (Array.isArray(entry.right) ? entry.right : [entry.right]).map((right) =>
            dropAlif && right.startsWith('ال') ? right.slice(1) : right,
          );
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
            severity: entry.severity === 'warn' ? 'warning' : 'info',
          });
        }
      },
    };
  },
});

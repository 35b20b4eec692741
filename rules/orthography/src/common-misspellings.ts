/**
 * Wrong→right pairs from data/misspellings.yaml, matched clitic-aware (see
 * word-list.ts). SAFE entries get a fix, WARN and CTX entries a suggestion
 * per candidate with the entry's reason, at a lower severity.
 */
import { defineRule, embeddedDataFile, type Edit, type SuggestDescriptor } from '@bayan/core';
import * as data from './data/misspellings.generated.js';
import { misspellingsFinder } from './misspellings-list.js';
import type { ListEntry } from './word-list.js';

export interface MisspellingEntry extends ListEntry {
  severity: 'safe' | 'warn' | 'ctx';
  class?: string;
  note?: { ar: string; en: string };
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid?: string[] };
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
      Prose() {
        const { text } = context;
        for (const { entry, start, end, candidates } of hits()) {
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
            severity: entry.severity === 'warn' ? 'warning' : 'info',
          });
        }
      },
    };
  },
});

/**
 * One spelling per document: for every `consistency` entry of the active
 * dictionaries (سوريا/سورية, أمريكي/أميركي, month names and the order of
 * «نوفمبر/تشرين الثاني» pairs…), the occurrences are counted per form (and
 * per pair order); the ones outside the target are reported with a rewrite
 * into the target. The target is the house choice in `style.termChoices`,
 * else the majority (ties go to the entry's preferred form); plan.ts has
 * the details. The message says how often each form was found.
 */
import { defineRule, useWordList } from '@bayan/core';
import { countsText } from './counts.js';
import { findOccurrences } from './occurrences.js';
import { planConsistency, reportPlanned } from './plan.js';
import { activeTerms, termChoices } from './settings.js';

export const consistentTerms = defineRule({
  meta: {
    id: 'terminology/consistent-terms',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'لا يخلط بين صيغتين للمصطلح نفسه في بيان واحد (سوريا/سورية، أمريكي/أميركي، أسماء الأشهر).',
        en: 'Does not mix two spellings of one term in a release (سوريا/سورية, أمريكي/أميركي, month names).',
      },
      recommended: true,
      url: 'rules/terminology/docs/consistent-terms.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      mixed: {
        ar: 'يخلط البيان بين صيغ المصطلح نفسه ({{counts}})؛ اكتب «{{expected}}» بدل «{{actual}}».',
        en: 'This document mixes spellings of one term ({{counts}}); write “{{expected}}” instead of “{{actual}}”.',
      },
      chosen: {
        ar: 'أسلوب الدار يكتب «{{expected}}» لا «{{actual}}» (في البيان: {{counts}}).',
        en: 'The house style writes “{{expected}}”, not “{{actual}}” (found {{counts}}).',
      },
      replace: {
        ar: 'استبدل «{{expected}}» بـ«{{actual}}».',
        en: 'Replace “{{actual}}” with “{{expected}}”.',
      },
    },
  },
  create(context) {
    const terms = activeTerms(context);
    const matches = useWordList(context, terms.list);
    return {
      Prose(stream) {
        const { text, locale } = context;
        const occurrences = findOccurrences(stream, text, terms, matches());
        for (const planned of planConsistency(occurrences, text, termChoices(context))) {
          const actual = text.slice(planned.range[0], planned.range[1]);
          const data = { actual, expected: planned.expected, counts: countsText(planned.counts, locale) };
          reportPlanned(context, planned, planned.chosen ? 'chosen' : 'mixed', data);
        }
      },
    };
  },
});

export default consistentTerms;

/**
 * House terms: every variant of a `substitution` or `discouraged` entry in
 * the active dictionaries is reported, wherever it stands in the prose
 * (clitics, tatweel and quote joiners, harakat, hamza forms, line breaks
 * inside a multi-word term). See occurrences.ts for the matching and the
 * exceptions (quoted or qualified uses, Latin names outside Arabic text).
 * The fix writes the preferred form and keeps what was attached before the
 * term («لـتنظيم الدولة الإسلامية» → «لـداعش»); a form marked `fix:
 * suggestion` and every discouraged term get a suggestion instead.
 */
import { defineRule, useWordList } from '@bayan/core';
import { findOccurrences } from './occurrences.js';
import { planPreferred, reportPlanned } from './plan.js';
import { activeTerms } from './settings.js';

export const preferredTerms = defineRule({
  meta: {
    id: 'terminology/preferred-terms',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'يلتزم بمصطلحات الدار: يستبدل الصيغ غير المعتمدة وينبه إلى المصطلحات غير المستحبة.',
        en: 'Follows the house terms: replaces variants with the preferred form and flags discouraged terms.',
      },
      recommended: true,
      url: 'rules/terminology/docs/preferred-terms.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      substitute: {
        ar: 'اكتب «{{expected}}» بدل «{{actual}}». {{note}}',
        en: 'Write “{{expected}}” instead of “{{actual}}”. {{note}}',
      },
      discouraged: {
        ar: 'تجنب «{{actual}}». {{note}}',
        en: 'Avoid “{{actual}}”. {{note}}',
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
        for (const planned of planPreferred(occurrences, text)) {
          const { entry } = planned.occurrence;
          const actual = text.slice(planned.range[0], planned.range[1]);
          const data = { actual, expected: planned.expected, note: entry.note[locale] };
          reportPlanned(context, planned, entry.kind === 'discouraged' ? 'discouraged' : 'substitute', data);
        }
      },
    };
  },
});

export default preferredTerms;

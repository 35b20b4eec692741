/**
 * axe-core rules, one Bayan rule per axe rule (`a11y/image-alt`,
 * `a11y/html-has-lang`, …), generated from the list in axe-rule-list.ts.
 * The engine registers rules by id before any document is read, so each
 * axe rule is its own module; they share one axe run per document (see
 * axe/runner.ts). Findings carry the rule's help and axe's help URL: in
 * English axe's own help text; in Arabic our own text from
 * data/axe-help-ar.yaml (help, and what to do when the entry says it), with
 * axe's failure summary labelled as English.
 *
 * Policy (README lists it):
 *   - rules that need layout or canvas give wrong answers in jsdom and are
 *     not registered (LAYOUT_RULES); deprecated axe rules neither;
 *   - WCAG A/AA rules are problems (error in `recommended`), best practices
 *     suggestions (warning); AAA and experimental rules exist but are off;
 *   - page-level rules (title, `<html lang>`, landmarks, `<h1>`) run on HTML
 *     only: a Markdown draft becomes part of a page template.
 */
import { defineRule, embeddedDataFile, type RuleModule, type SourceDocument } from '@bayan/core';
import { AXE_RULES, type AxeRuleInfo } from './axe-rule-list.js';
import { enroll, resultsFor } from './axe/runner.js';
import * as axeHelpArFile from './data/axe-help-ar.generated.js';

export interface AxeHelpAr {
  id: string;
  /** What the rule requires, in Arabic (no final full stop). */
  help: string;
  /** One Arabic sentence on what to do (ends with a full stop). */
  description?: string;
}

/** Our Arabic help for each registered axe rule (data/axe-help-ar.yaml). */
export const axeHelpArData = embeddedDataFile<{ rules: AxeHelpAr[] }>(axeHelpArFile);
const HELP_AR = new Map(axeHelpArData.data.rules.map((entry) => [entry.id, entry]));

/**
 * The Arabic help of an axe rule. A rule added by an axe-core upgrade and not
 * yet in the data file (test/axe-help-ar.test.ts fails then) falls back to
 * axe's English help, said to be English.
 */
export function axeHelpAr(id: string, english: string): string {
  return HELP_AR.get(id)?.help ?? `(بالإنجليزية) ${english}`;
}

/** Need layout, colours or frames that jsdom does not have. */
export const LAYOUT_RULES: ReadonlySet<string> = new Set([
  'color-contrast',
  'color-contrast-enhanced',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'p-as-heading',
  'frame-tested',
]);

/** About the whole page: checked on HTML pages, not on Markdown drafts. */
export const PAGE_RULES: ReadonlySet<string> = new Set([
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
  'landmark-one-main',
  'page-has-heading-one',
  'region',
  'bypass',
  'meta-viewport',
  'meta-viewport-large',
]);

const WCAG_A_AA = /^wcag(2a|2aa|21a|21aa|22aa)$/;

function createAxeRule(info: AxeRuleInfo): RuleModule {
  const required = info.tags.some((t) => WCAG_A_AA.test(t));
  const off = info.tags.includes('experimental') || (!required && !info.tags.includes('best-practice'));
  const helpAr = axeHelpAr(info.id, info.help);
  const advice = HELP_AR.get(info.id)?.description;
  // Both languages must use the same placeholders, so `{{help}}` is filled in
  // the language of the report: our Arabic help (and what to do) or axe's English.
  const messageHelpAr = advice ? `${helpAr}. ${advice.replace(/\.$/, '')}` : helpAr;
  return defineRule({
    meta: {
      id: `a11y/${info.id}`,
      type: required ? 'problem' : 'suggestion',
      docs: {
        description: { ar: `${helpAr} (قاعدة axe ‏«${info.id}»)`, en: `axe-core rule “${info.id}”: ${info.help}` },
        recommended: !off,
        url: info.helpUrl,
      },
      formats: PAGE_RULES.has(info.id) ? ['html'] : ['html', 'markdown'],
      messages: {
        violation: {
          ar: 'مشكلة إتاحة (قاعدة axe ‏«{{axeId}}»): {{help}}. التفاصيل من axe بالإنجليزية: {{detail}}',
          en: 'Accessibility (axe “{{axeId}}”): {{help}}. {{detail}}',
        },
      },
    },
    create(context) {
      const settings = context.settings.a11y as { axe?: string } | undefined;
      enroll(context.document, info.id, settings?.axe === 'full');
      return {
        async 'Document:exit'(document: SourceDocument) {
          const hits = (await resultsFor(document)).get(info.id) ?? [];
          for (const hit of hits) {
            const help = context.locale === 'ar' ? messageHelpAr : info.help;
            // helpAr and helpEn for hosts that show a finding in the other language too.
            const data = { axeId: info.id, help, detail: hit.detail || '—', helpAr: messageHelpAr, helpEn: info.help };
            context.report({ range: hit.range, messageId: 'violation', data });
          }
        },
      };
    },
  });
}

export const axeRules: readonly RuleModule[] = AXE_RULES.filter(
  (r) => !LAYOUT_RULES.has(r.id) && !r.tags.includes('deprecated'),
).map(createAxeRule);

/** The rule for one axe id (for tests and hosts). */
export function axeRule(id: string): RuleModule {
  const rule = axeRules.find((r) => r.meta.id === `a11y/${id}`);
  if (!rule) throw new Error(`No a11y rule for axe rule “${id}”.`);
  return rule;
}

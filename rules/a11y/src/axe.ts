/**
 * axe-core rules, one Bayan rule per axe rule (`a11y/image-alt`,
 * `a11y/html-has-lang`, …), generated from the list in axe-rule-list.ts.
 * The engine registers rules by id before any document is read, so each
 * axe rule is its own module; they share one axe run per document (see
 * axe/runner.ts). Findings carry axe's help text and its help URL.
 *
 * Policy (README lists it):
 *   - rules that need layout or canvas give wrong answers in jsdom and are
 *     not registered (LAYOUT_RULES); deprecated axe rules neither;
 *   - WCAG A/AA rules are problems (error in `recommended`), best practices
 *     suggestions (warning); AAA and experimental rules exist but are off;
 *   - page-level rules (title, `<html lang>`, landmarks, `<h1>`) run on HTML
 *     only: a Markdown draft becomes part of a page template.
 */
import { defineRule, type RuleModule, type SourceDocument } from '@bayan/core';
import { AXE_RULES, type AxeRuleInfo } from './axe-rule-list.js';
import { enroll, resultsFor } from './axe/runner.js';

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
  return defineRule({
    meta: {
      id: `a11y/${info.id}`,
      type: required ? 'problem' : 'suggestion',
      docs: {
        description: { ar: `قاعدة axe-core ‏«${info.id}» (شرحها بالإنجليزية): ${info.help}`, en: `axe-core rule “${info.id}”: ${info.help}` },
        recommended: !off,
        url: info.helpUrl,
      },
      formats: PAGE_RULES.has(info.id) ? ['html'] : ['html', 'markdown'],
      messages: {
        violation: {
          ar: 'مشكلة إتاحة (قاعدة axe «{{axeId}}»، وشرحها بالإنجليزية): {{help}}. {{detail}}',
          en: 'Accessibility (axe “{{axeId}}”): {{help}}. {{detail}}',
        },
      },
    },
    create(context) {
      enroll(context.document, info.id);
      return {
        async 'Document:exit'(document: SourceDocument) {
          const hits = (await resultsFor(document)).get(info.id) ?? [];
          for (const hit of hits) {
            context.report({ range: hit.range, messageId: 'violation', data: { axeId: info.id, help: info.help, detail: hit.detail } });
          }
        },
      };
    },
  });
}

export const axeRules: readonly RuleModule[] = AXE_RULES.filter((r) => !LAYOUT_RULES.has(r.id) && !r.tags.includes('deprecated')).map(createAxeRule);

/** The rule for one axe id (for tests and hosts). */
export function axeRule(id: string): RuleModule {
  const rule = axeRules.find((r) => r.meta.id === `a11y/${id}`);
  if (!rule) throw new Error(`No a11y rule for axe rule “${id}”.`);
  return rule;
}

/**
 * Each synchronous Bayan rule as an ESLint rule under its own id. The rule
 * itself runs in the engine (see source-code.ts); this adapter gives ESLint
 * its meta (messages in Arabic, the default locale; the options schema) and
 * reports the engine's findings: same ranges, same fixes, suggestions with
 * their engine titles. With `locale: 'en'` the engine's English message is
 * reported as the text.
 */
import type { Finding, RuleModule } from '@bayan/core';
import type { RuleDefinition } from '@eslint/core';
import type { BayanSourceCode } from './source-code.js';

type Fixer = { replaceTextRange(range: [number, number], text: string): unknown };

function locOf(finding: Finding) {
  return {
    start: { line: finding.line, column: finding.column },
    end: { line: finding.endLine, column: finding.endColumn },
  };
}

export function toEslintRule(rule: RuleModule): RuleDefinition {
  const { meta } = rule;
  const messages = Object.fromEntries(Object.entries(meta.messages).map(([id, text]) => [id, text.ar]));
  return {
    meta: {
      type: meta.type === 'suggestion' ? 'suggestion' : meta.type === 'layout' ? 'layout' : 'problem',
      docs: {
        description: meta.docs.description.en,
        recommended: !!meta.docs.recommended,
        ...(meta.docs.url ? { url: meta.docs.url } : {}),
      },
      ...(meta.fixable ? { fixable: 'code' as const } : {}),
      ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
      schema: meta.schema ? [meta.schema] : [],
      messages,
      languages: ['bayan/release'],
    },
    create(context) {
      const source = context.sourceCode as unknown as BayanSourceCode;
      const options = context.options[0] as Record<string, unknown> | undefined;
      source.request(meta.id, options);
      const arabic = (context.languageOptions as { locale?: string }).locale !== 'en';
      return {
        Document() {
          for (const finding of source.findingsOf(meta.id)) {
            const own = finding.ruleId === meta.id && arabic && finding.messageId in messages;
            const descriptor: Record<string, unknown> = own
              ? { messageId: finding.messageId, data: finding.data ?? {} }
              : { message: finding.message };
            descriptor.loc = locOf(finding);
            const { fix } = finding;
            if (fix) descriptor.fix = (fixer: Fixer) => fixer.replaceTextRange([fix.range[0], fix.range[1]], fix.text);
            if (finding.suggestions?.length) {
              descriptor.suggest = finding.suggestions.map((s) => ({
                desc: s.message,
                fix: (fixer: Fixer) => fixer.replaceTextRange([s.fix.range[0], s.fix.range[1]], s.fix.text),
              }));
            }
            context.report(descriptor as never);
          }
        },
      };
    },
  } as RuleDefinition;
}

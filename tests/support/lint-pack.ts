// Lints a text with every rule of one pack at one severity (each with its default options), in English,
// and fails on a rule crash: what the packs' own end-to-end tests (pack.test.ts) run.
import { lint, parseDocument, type Finding, type Format, type RulePack, type Severity } from '@bayan/core';

export async function lintWithPack(
  pack: RulePack,
  text: string,
  format: Format,
  severity: Severity,
): Promise<Finding[]> {
  const parsed = parseDocument(text, { format });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const findings = await lint(parsed.document, {
    rules: pack.rules.map((rule) => ({ rule, severity, options: { ...(rule.meta.defaultOptions ?? {}) } })),
    locale: 'en',
  });
  const crash = findings.find((f) => f.ruleId === 'bayan/rule-error');
  if (crash) throw new Error(crash.message);
  return findings;
}

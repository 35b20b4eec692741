/**
 * Helpers for testing one rule on a snippet, host-independent (the test
 * runner's own `expect` does the asserting). Mirrors ESLint's RuleTester
 * vocabulary: findings, the fixed `output`, and each suggestion's output.
 */
import { parseDocument } from './document.js';
import { applyFixes, fixUntilStable } from './fixer.js';
import { lint } from './runner.js';
import type { Format, RuleModule } from './rule.js';
import { validateAgainst } from './schema.js';
import type { Finding, Locale, Severity } from './types.js';

export interface CheckOptions<O> {
  format?: Format;
  options?: Partial<O>;
  style?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  locale?: Locale;
  severity?: Severity;
}

export interface CheckResult {
  findings: Finding[];
  /** The text after applying the rule's fixes to a fixed point (equal to the input when there are none). */
  output: string;
  /** For each finding, the text after applying each of its suggestions. */
  suggestionOutputs: string[][];
}

/** Runs one rule on a text. Throws on a rule crash, so tests see the stack. */
export async function checkRule<O>(rule: RuleModule<O>, text: string, options: CheckOptions<O> = {}): Promise<CheckResult> {
  const merged = { ...(rule.meta.defaultOptions ?? {}), ...(options.options ?? {}) } as Record<string, unknown>;
  if (rule.meta.schema) {
    const problems = validateAgainst(rule.meta.schema, merged);
    if (problems.length > 0) throw new Error(`Invalid options: ${problems[0]!.key} ${problems[0]!.message}`);
  }
  const lintText = async (value: string): Promise<Finding[]> => {
    const parsed = parseDocument(value, { format: options.format ?? 'text', path: `test.${options.format === 'html' ? 'html' : options.format === 'markdown' ? 'md' : 'txt'}` });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const findings = await lint(parsed.document, {
      rules: [{ rule: rule as RuleModule<unknown> as RuleModule, severity: options.severity ?? 'error', options: merged }],
      locale: options.locale ?? 'en',
      style: options.style ?? {},
      settings: options.settings ?? {},
    });
    const crash = findings.find((f) => f.ruleId === 'bayan/rule-error');
    if (crash) throw new Error(crash.message);
    return findings;
  };
  const findings = await lintText(text);
  const { output } = await fixUntilStable(text, lintText);
  const suggestionOutputs = findings.map((f) => (f.suggestions ?? []).map((s) => applyFixes(text, [s.fix]).output));
  return { findings, output, suggestionOutputs };
}

/**
 * Helpers for testing one rule on a snippet, host-independent (the test
 * runner's own `expect` does the asserting). Mirrors ESLint's RuleTester
 * vocabulary: findings, the fixed `output`, and each suggestion's output.
 */
import type { DataFile } from './data.js';
import { parseDocument } from './document.js';
import { applyFixes, fixUntilStable } from './fixer.js';
import { lint } from './runner.js';
import type { RuleModule } from './rule.js';
import { validateAgainst } from './schema.js';
import type { Finding, Format, Locale, Severity } from './types.js';

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
export async function checkRule<O>(
  rule: RuleModule<O>,
  text: string,
  options: CheckOptions<O> = {},
): Promise<CheckResult> {
  const merged = { ...(rule.meta.defaultOptions ?? {}), ...(options.options ?? {}) } as Record<string, unknown>;
  if (rule.meta.schema) {
    const problems = validateAgainst(rule.meta.schema, merged);
    if (problems.length > 0) throw new Error(`Invalid options: ${problems[0]!.key} ${problems[0]!.message}`);
  }
  const lintText = async (value: string): Promise<Finding[]> => {
    const parsed = parseDocument(value, {
      format: options.format ?? 'text',
      path: `test.${options.format === 'html' ? 'html' : options.format === 'markdown' ? 'md' : 'txt'}`,
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const findings = await lint(parsed.document, {
      rules: [
        { rule: rule as RuleModule<unknown> as RuleModule, severity: options.severity ?? 'error', options: merged },
      ],
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

/** One example of a data file, in the shape of rules/data-example.schema.json, with its place in the file. */
export interface DataExample {
  kind: 'invalid' | 'valid';
  text: string;
  /** The text after every fix; absent: unchanged. */
  output?: string;
  /** Each suggestion's result, in order over all findings; absent: none. */
  suggestions?: string[];
  /** JSON pointer of the example in the data. */
  pointer: string;
  line: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every example of a data file: the `invalid` and `valid` lists of each `examples` object, wherever it sits. */
export function dataExamples(file: DataFile<unknown>): DataExample[] {
  const out: DataExample[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === 'examples' && isRecord(child) && Array.isArray(child.invalid)) {
        child.invalid.forEach((example: { text: string; output?: string; suggestions?: string[] }, i) => {
          const where = `${at}/invalid/${i}`;
          out.push({
            kind: 'invalid',
            text: example.text,
            output: example.output,
            suggestions: example.suggestions,
            pointer: where,
            line: file.lineOf(where),
          });
        });
        ((child.valid ?? []) as string[]).forEach((text, i) => {
          const where = `${at}/valid/${i}`;
          out.push({ kind: 'valid', text, pointer: where, line: file.lineOf(where) });
        });
      } else visit(child, at);
    }
  };
  visit(file.data, '');
  return out;
}

/**
 * Runs one data example through its rule and throws an Error that starts with `file:line:` unless
 * the rule does exactly what the example says: a valid text gives no finding; an invalid text gives
 * at least one, `output` after every fix (the text itself when absent) and exactly the `suggestions`
 * (none when absent). `options` are the rule's (settings, for one: a project's list with the
 * example's entry in it).
 */
export async function checkDataExample(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: RuleModule<any>,
  file: DataFile<unknown>,
  example: DataExample,
  options: CheckOptions<unknown> = {},
): Promise<void> {
  const { findings, output, suggestionOutputs } = await checkRule(rule, example.text, options);
  const fail = (problem: string): never => {
    throw new Error(`${file.file}:${example.line}: ${rule.meta.id}: ${problem}`);
  };
  const seen = findings.map((f) => `${f.line}:${f.column} ${f.messageId ?? ''} ${f.message}`);
  if (example.kind === 'valid') {
    if (findings.length > 0) fail(`the valid example «${example.text}» is reported: ${seen.join('; ')}`);
    return;
  }
  if (findings.length === 0) fail(`the invalid example «${example.text}» is not reported`);
  const wantOutput = example.output ?? example.text;
  if (output !== wantOutput) fail(`«${example.text}» becomes «${output}» after --fix, not «${wantOutput}»`);
  const got = JSON.stringify(suggestionOutputs.flat());
  const want = JSON.stringify(example.suggestions ?? []);
  if (got !== want) fail(`«${example.text}»: the suggestions give ${got}, not ${want}`);
}

/**
 * RuleTester: ESLint's table shape for testing one rule — `valid` texts that
 * give no finding, `invalid` cases with each finding's exact place, message id
 * or message, severity, the fixed `output` and every suggestion's output.
 *
 * Host-independent, like the rest of core: it compares plain data and throws an
 * `Error` whose message shows what was expected and what came, so any test
 * runner reports it. `run` registers one test per case through
 * `RuleTester.describe` / `RuleTester.it`, which a test file (or a setup file)
 * points at its runner's functions, as ESLint's RuleTester does.
 */
import type { RuleModule } from './rule.js';
import { checkRule, type CheckOptions } from './testing.js';
import type { Finding, Format, Locale, Severity } from './types.js';

/** Options shared by every case of a table (each case may override them). */
export interface CaseOptions<O = Record<string, unknown>> {
  format?: Format;
  options?: Partial<O>;
  style?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  locale?: Locale;
  /** The severity the rule is configured with (default: error). */
  severity?: Severity;
}

export interface ValidCase<O = Record<string, unknown>> extends CaseOptions<O> {
  text: string;
  /** Test title (default: the text). */
  name?: string;
}

export interface ExpectedFinding {
  /** 1-based; default 1. */
  line?: number;
  column: number;
  /** Default: `line`. */
  endLine?: number;
  endColumn: number;
  messageId?: string;
  /** The whole message in the case's locale. */
  message?: string;
  severity?: Severity;
  /** Each suggestion's output (the text with that suggestion applied alone). */
  suggestions?: string[];
}

export interface InvalidCase<O = Record<string, unknown>> extends CaseOptions<O> {
  text: string;
  name?: string;
  errors: ExpectedFinding[];
  /** The text after every safe fix has been applied to a fixed point; default: unchanged. */
  output?: string;
}

export interface RuleTests<O = Record<string, unknown>> {
  valid: Array<string | ValidCase<O>>;
  invalid: Array<InvalidCase<O>>;
}

type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => Promise<void>) => void;

/** What one finding looks like to a comparison: only the fields the case asks about. */
function observed(f: Finding, want: ExpectedFinding | undefined, suggestions: string[]): Record<string, unknown> {
  return {
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(want?.messageId !== undefined ? { messageId: f.messageId } : {}),
    ...(want?.message !== undefined ? { message: f.message } : {}),
    ...(want?.severity !== undefined ? { severity: f.severity } : {}),
    suggestions,
  };
}

function expected(e: ExpectedFinding): Record<string, unknown> {
  const line = e.line ?? 1;
  return {
    line,
    column: e.column,
    endLine: e.endLine ?? line,
    endColumn: e.endColumn,
    ...(e.messageId !== undefined ? { messageId: e.messageId } : {}),
    ...(e.message !== undefined ? { message: e.message } : {}),
    ...(e.severity !== undefined ? { severity: e.severity } : {}),
    suggestions: e.suggestions ?? [],
  };
}

function assertSame(what: string, actual: unknown, want: unknown): void {
  const a = JSON.stringify(actual, null, 2);
  const w = JSON.stringify(want, null, 2);
  if (a !== w) throw new Error(`${what} differ.\nExpected: ${w}\nReceived: ${a}`);
}

function checkOptions<O>(defaults: CaseOptions<O>, c: CaseOptions<O>): CheckOptions<O> {
  return { ...defaults, ...c } as CheckOptions<O>;
}

export class RuleTester<O = Record<string, unknown>> {
  /** The runner's `describe` (set it once, e.g. `RuleTester.describe = describe`). */
  static describe: Suite | undefined;
  /** The runner's `it`. */
  static it: Test | undefined;

  constructor(private readonly defaults: CaseOptions<O> = {}) {}

  /** Throws unless the rule reports nothing on the case. The rule's own options type may be narrower than the table's. */
  async assertValid<R = O>(rule: RuleModule<R>, c: string | ValidCase<R>): Promise<void> {
    const { text, name: _name, ...own } = typeof c === 'string' ? { text: c } : c;
    const { findings } = await checkRule(rule, text, checkOptions(this.defaults as CaseOptions<R>, own));
    assertSame(
      `Findings on a valid text (${JSON.stringify(text)})`,
      findings.map((f) => `${f.line}:${f.column} ${f.messageId} ${f.message}`),
      [],
    );
  }

  /** Throws unless the rule reports exactly the case's findings, output and suggestions. */
  async assertInvalid<R = O>(rule: RuleModule<R>, c: InvalidCase<R>): Promise<void> {
    const { text, name: _name, errors, output, ...own } = c;
    if (errors.length === 0) throw new Error('An invalid case must list at least one expected finding.');
    const result = await checkRule(rule, text, checkOptions(this.defaults as CaseOptions<R>, own));
    const mismatch = result.findings.find((f) => f.ruleId !== rule.meta.id);
    if (mismatch) throw new Error(`A finding of another rule (${mismatch.ruleId}) came from ${rule.meta.id}.`);
    assertSame(
      `Findings on ${JSON.stringify(text)}`,
      result.findings.map((f, i) => observed(f, errors[i], result.suggestionOutputs[i] ?? [])),
      errors.map(expected),
    );
    assertSame(`Output after --fix of ${JSON.stringify(text)}`, result.output, output ?? text);
  }

  /** Registers one test per case with `RuleTester.describe` / `RuleTester.it`. */
  run(rule: RuleModule<O>, tests: RuleTests<O>): void {
    const describe = RuleTester.describe;
    const it = RuleTester.it;
    if (!describe || !it)
      throw new Error('Set RuleTester.describe and RuleTester.it to your test runner’s functions first.');
    describe(rule.meta.id, () => {
      for (const c of tests.valid) {
        const title = typeof c === 'string' ? c : (c.name ?? c.text);
        it(`valid: ${JSON.stringify(title)}`, () => this.assertValid(rule, c));
      }
      for (const c of tests.invalid)
        it(`invalid: ${JSON.stringify(c.name ?? c.text)}`, () => this.assertInvalid(rule, c));
    });
  }
}

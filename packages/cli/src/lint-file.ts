/**
 * Lints (and optionally fixes) one file's text. Runs the same in the main
 * thread and in a worker: it takes plain data (the config with dictionaries
 * already loaded) so it can cross a worker boundary.
 */
import {
  activeRules,
  formatForPath,
  fatalFinding,
  fixUntilStable,
  isSuppressed,
  LineIndex,
  lint,
  localize,
  parseDocument,
  resolveConfigCached,
  sortFindings,
  type Directive,
  type BayanConfig,
  type Finding,
  type Format,
  type Locale,
  type ResolvedConfig,
  type RuleRegistry,
  type RuleSetting,
  type Severity,
} from '@bayan/core';
import { ChunkCursor, shiftFindings, textChunks } from './chunks.js';

/** Rule types, as ESLint has them, for `--fix-type`. */
export const FIX_TYPES = ['problem', 'suggestion', 'layout'] as const;
export type FixType = (typeof FIX_TYPES)[number];

export interface LintTask {
  /** Path shown in findings and used for the format (absolute, or `<stdin>`). */
  path: string;
  text: string;
  format?: Format;
  /** The config file's data (dictionaries loaded), or null for the `recommended` preset. */
  config: BayanConfig | null;
  configFile: string;
  /** Path relative to the config file's folder, forward slashes (for `overrides` and `ignores`). */
  relPath: string;
  cliRules: Record<string, RuleSetting> | null;
  locale: Locale;
  fix: boolean;
  /** false: `<!-- bayan-disable … -->` comments are ignored (--no-inline-config). */
  inlineConfig?: boolean;
  /** Report directives that suppress nothing, at this severity (--report-unused-disable-directives). */
  unusedDirectives?: Severity | null;
  /** Apply only the fixes of rules of these types (--fix-type); null or absent: all. */
  fixTypes?: readonly FixType[] | null;
  /**
   * Plain text longer than this is linted paragraph by paragraph, in chunks of at most this many
   * code units (chunks.ts); set by the read phase for files over WHOLE_DOCUMENT_BYTES. Absent: whole.
   */
  chunkChars?: number;
  /** Per-rule times are added here (core's `LintOptions.timing`; `--timing`). */
  timing?: Map<string, number>;
}

export interface LintOutcome {
  findings: Finding[];
  /** The fixed text, when `fix` was asked for. */
  output?: string;
  fixed?: number;
}

const NO_CONFIG = {};
const withRules = new WeakMap<object, WeakMap<object, BayanConfig>>();

/** The config plus the `--rule` settings, which win over everything in the file (one object per pair, so results cache). */
export function withCliRules(
  config: BayanConfig | null,
  cliRules: Record<string, RuleSetting> | null,
): BayanConfig | null {
  if (!cliRules) return config;
  let byRules = withRules.get(config ?? NO_CONFIG);
  if (!byRules) withRules.set(config ?? NO_CONFIG, (byRules = new WeakMap()));
  let merged = byRules.get(cliRules);
  if (!merged) {
    const base: BayanConfig = config ?? { extends: 'recommended' };
    merged = { ...base, overrides: [...(base.overrides ?? []), { files: '**', rules: cliRules }] };
    byRules.set(cliRules, merged);
  }
  return merged;
}

/** The resolved config of a file: computed once per config and set of matching overrides (see resolveConfigCached). */
export function resolveFor(
  task: Pick<LintTask, 'config' | 'cliRules' | 'relPath' | 'configFile'>,
  registry: RuleRegistry,
): ResolvedConfig {
  return resolveConfigCached(withCliRules(task.config, task.cliRules), task.relPath, registry, task.configFile);
}

const activeCache = new WeakMap<ResolvedConfig, ReturnType<typeof activeRules>>();
/** Each active rule's type by id, for `--fix-type`: built once per set of active rules, on first use. */
const typeCache = new WeakMap<ReturnType<typeof activeRules>, Map<string, string>>();

function ruleTypes(rules: ReturnType<typeof activeRules>): Map<string, string> {
  let types = typeCache.get(rules);
  if (!types) typeCache.set(rules, (types = new Map(rules.map((r) => [r.rule.meta.id, r.rule.meta.type]))));
  return types;
}

const UNUSED_MESSAGE = {
  ar: (rules: string) => `تعليق bayan-disable لا يُسكت أي مشكلة${rules ? ` من ${rules}` : ''}؛ احذفه.`,
  en: (rules: string) => `Unused bayan-disable directive (no problems were reported${rules ? ` from ${rules}` : ''}).`,
};

/** Directives that change no finding's fate, as findings (with a fix that deletes the comment). */
function unusedDirectives(
  text: string,
  findings: readonly Finding[],
  directives: readonly Directive[],
  severity: Severity,
  locale: Locale,
): Finding[] {
  const suppressedBy = (list: readonly Directive[]) => findings.filter((f) => isSuppressed(f, list));
  const all = new Set(suppressedBy(directives));
  const lines = new LineIndex(text);
  const out: Finding[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const without = directives.filter((x) => x !== d);
    const stillSuppressed = new Set(suppressedBy(without));
    if ([...all].some((f) => !stillSuppressed.has(f))) continue;
    const start = lines.pointAt(d.start);
    const end = lines.pointAt(d.end);
    const rules = d.rules ? d.rules.map((r) => `'${r}'`).join(', ') : '';
    out.push({
      ruleId: 'bayan/unused-disable-directive',
      source: 'bayan',
      severity,
      messageId: 'unusedDirective',
      message: UNUSED_MESSAGE[locale](rules),
      place: { start, end },
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      actual: text.slice(d.start, d.end),
      expected: [],
      fix: { range: [d.start, d.end], text: '' },
    });
  }
  return out;
}

/** What lints one text of a task (a whole file or a chunk of it): with `fix`, fixed until stable. */
export type TextLinter = (text: string) => Promise<LintOutcome>;

/** The linter of a task's texts: the task's rules, locale and switches, for its whole text or any chunk of it. */
export function textLinter(
  task: LintTask,
  registry: RuleRegistry,
  resolved: ResolvedConfig = resolveFor(task, registry),
): TextLinter {
  let rules = activeCache.get(resolved);
  if (!rules) activeCache.set(resolved, (rules = activeRules(resolved, registry)));
  const options = {
    rules,
    locale: task.locale,
    style: resolved.style,
    settings: resolved.settings,
    ...(task.timing ? { timing: task.timing } : {}),
  };
  const parseOptions = { path: task.path, format: task.format ?? formatForPath(task.path) ?? 'text' };
  const lintText = async (text: string): Promise<Finding[]> => {
    const parsed = parseDocument(text, parseOptions);
    if (!parsed.ok) {
      const reason = parsed.error.reason ? localize(parsed.error.reason, task.locale) : parsed.error.message;
      return [fatalFinding(reason, task.locale, text, parsed.error.offset)];
    }
    const document = parsed.document;
    const directives = document.directives;
    if (task.inlineConfig === false || task.unusedDirectives) document.directives = [];
    let findings = await lint(document, options);
    if (task.inlineConfig !== false && task.unusedDirectives) {
      const unused = unusedDirectives(text, findings, directives, task.unusedDirectives, task.locale);
      findings = sortFindings([...findings.filter((f) => !isSuppressed(f, directives)), ...unused]);
    }
    return findings;
  };
  if (!task.fix) return async (text) => ({ findings: await lintText(text) });
  const types = task.fixTypes;
  let lintForFix = lintText;
  if (types) {
    const typeOf = ruleTypes(rules);
    // With --fix-type, the other rules' fixes are not applied (their findings stay, without a fix).
    lintForFix = async (text: string) =>
      (await lintText(text)).map((f) =>
        f.fix && !types.includes((typeOf.get(f.ruleId) ?? 'problem') as FixType) ? withoutFix(f) : f,
      );
  }
  return async (text) => {
    const result = await fixUntilStable(text, lintForFix);
    return { findings: result.findings, output: result.output, fixed: result.fixed };
  };
}

export async function lintTask(
  task: LintTask,
  registry: RuleRegistry,
  resolved: ResolvedConfig = resolveFor(task, registry),
): Promise<LintOutcome> {
  const linter = textLinter(task, registry, resolved);
  const format = task.format ?? formatForPath(task.path) ?? 'text';
  if (task.chunkChars && format === 'text' && task.text.length > task.chunkChars) return lintChunks(task, linter);
  return linter(task.text);
}

/**
 * A large plain text, chunk by chunk (see chunks.ts): each chunk is linted (and fixed) on its own
 * and its findings are moved onto the whole text, or with fixes onto the whole fixed output. Only
 * one chunk's document is alive at a time.
 */
async function lintChunks(task: LintTask, linter: TextLinter): Promise<LintOutcome> {
  const findings: Finding[] = [];
  const outputs: string[] = [];
  let fixed = 0;
  const at = new ChunkCursor();
  for (const [start, end] of textChunks(task.text, task.chunkChars!)) {
    const chunk = task.text.slice(start, end);
    const result = await linter(chunk);
    findings.push(...shiftFindings(result.findings, at.origin));
    if (result.output !== undefined) outputs.push(result.output);
    fixed += result.fixed ?? 0;
    at.advance(result.output ?? chunk);
  }
  return task.fix ? { findings, output: outputs.join(''), fixed } : { findings };
}

function withoutFix(finding: Finding): Finding {
  const { fix: _fix, ...rest } = finding;
  return rest;
}

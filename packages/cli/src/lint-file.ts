/**
 * Lints (and optionally fixes) one file's text. Runs the same in the main
 * thread and in a worker: it takes plain data (the config with dictionaries
 * already loaded) so it can cross a worker boundary.
 */
import {
  activeRules,
  fatalFinding,
  fixUntilStable,
  lint,
  parseDocument,
  resolveConfigCached,
  type BayanConfig,
  type Finding,
  type Format,
  type Locale,
  type ResolvedConfig,
  type RuleRegistry,
  type RuleSetting,
} from '@bayan/core';

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
export function withCliRules(config: BayanConfig | null, cliRules: Record<string, RuleSetting> | null): BayanConfig | null {
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
export function resolveFor(task: Pick<LintTask, 'config' | 'cliRules' | 'relPath' | 'configFile'>, registry: RuleRegistry): ResolvedConfig {
  return resolveConfigCached(withCliRules(task.config, task.cliRules), task.relPath, registry, task.configFile);
}

const activeCache = new WeakMap<ResolvedConfig, ReturnType<typeof activeRules>>();

export async function lintTask(task: LintTask, registry: RuleRegistry, resolved: ResolvedConfig = resolveFor(task, registry)): Promise<LintOutcome> {
  let rules = activeCache.get(resolved);
  if (!rules) activeCache.set(resolved, (rules = activeRules(resolved, registry)));
  const options = { rules, locale: task.locale, style: resolved.style, settings: resolved.settings };
  const lintText = async (text: string): Promise<Finding[]> => {
    const parsed = parseDocument(text, { path: task.path, ...(task.format ? { format: task.format } : {}) });
    if (!parsed.ok) return [fatalFinding(parsed.error.message, task.locale, text, parsed.error.offset)];
    return lint(parsed.document, options);
  };
  if (!task.fix) return { findings: await lintText(task.text) };
  const result = await fixUntilStable(task.text, lintText);
  return { findings: result.findings, output: result.output, fixed: result.fixed };
}

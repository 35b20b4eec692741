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
  localize,
  parseDocument,
  resolveConfig,
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

/** The config plus the `--rule` settings, which win over everything in the file. */
export function withCliRules(config: BayanConfig | null, cliRules: Record<string, RuleSetting> | null): BayanConfig | null {
  if (!cliRules) return config;
  const base: BayanConfig = config ?? { extends: 'recommended' };
  return { ...base, overrides: [...(base.overrides ?? []), { files: '**', rules: cliRules }] };
}

export function resolveFor(task: Pick<LintTask, 'config' | 'cliRules' | 'relPath' | 'configFile'>, registry: RuleRegistry): ResolvedConfig {
  return resolveConfig(withCliRules(task.config, task.cliRules), task.relPath, registry, task.configFile);
}

export async function lintTask(task: LintTask, registry: RuleRegistry, resolved: ResolvedConfig = resolveFor(task, registry)): Promise<LintOutcome> {
  const options = { rules: activeRules(resolved, registry), locale: task.locale, style: resolved.style, settings: resolved.settings };
  const lintText = async (text: string): Promise<Finding[]> => {
    const parsed = parseDocument(text, { path: task.path, ...(task.format ? { format: task.format } : {}) });
    if (!parsed.ok) {
      const reason = parsed.error.reason ? localize(parsed.error.reason, task.locale) : parsed.error.message;
      return [fatalFinding(reason, task.locale, text, parsed.error.offset)];
    }
    return lint(parsed.document, options);
  };
  if (!task.fix) return { findings: await lintText(task.text) };
  const result = await fixUntilStable(task.text, lintText);
  return { findings: result.findings, output: result.output, fixed: result.fixed };
}

/**
 * The engine as the page uses it: the same calls as the CLI (resolveConfig,
 * activeRules, parseDocument, lint), fed from the page's options instead of
 * config files. Pure: runs in the worker and, for the a11y pack, on the
 * main thread.
 */
import {
  activeRules,
  compareFindings,
  fatalFinding,
  lint,
  parseDocument,
  resolveConfig,
  RuleRegistry,
  type BayanConfig,
  type Finding,
  type Format,
  type Locale,
  type RulePack,
} from '@bayan/core';

/** What the editor chose in the options panel (kept in localStorage). */
export interface PageOptions {
  /** `recommended`, `strict` or `<pack>/<preset>`. */
  preset: string;
  /** `style` keys set to a value; a missing key keeps the preset's choice. */
  style: Record<string, string>;
  /** House dictionaries: `{file, text}` for each pack section that takes `dictionaries`. */
  dictionaries: Record<string, Array<{ file: string; text: string }>>;
}

export const DEFAULT_OPTIONS: PageOptions = { preset: 'recommended', style: {}, dictionaries: {} };

/** The config a set of page options stands for (what a bayan.config.yaml with the same choices would hold). */
export function configOf(options: PageOptions, registry: RuleRegistry): BayanConfig {
  const presets =
    options.preset === 'recommended' || options.preset === 'strict'
      ? [options.preset]
      : ['recommended', options.preset];
  const config: BayanConfig = {
    extends: presets.filter((p) => p === 'recommended' || p === 'strict' || registry.packs.has(p.split('/')[0]!)),
  };
  if (Object.keys(options.style).length > 0) config.style = { ...options.style };
  for (const [pack, files] of Object.entries(options.dictionaries)) {
    if (registry.packs.has(pack) && files.length > 0) config[pack] = { dictionaries: files };
  }
  return config;
}

export interface LintRequest {
  text: string;
  format: Format;
  locale: Locale;
  options: PageOptions;
}

/** Lints one draft with the given packs; a config mistake (a bad dictionary) throws a ConfigError. */
export class PageEngine {
  readonly registry: RuleRegistry;
  private cache?: {
    key: string;
    rules: ReturnType<typeof activeRules>;
    style: Record<string, unknown>;
    settings: Record<string, unknown>;
  };

  constructor(
    packs: readonly RulePack[],
    private readonly onlyPack?: string,
  ) {
    this.registry = new RuleRegistry(packs);
  }

  private resolve(options: PageOptions) {
    const key = JSON.stringify(options);
    if (this.cache?.key !== key) {
      const resolved = resolveConfig(configOf(options, this.registry), 'draft', this.registry, 'options');
      const rules = activeRules(resolved, this.registry).filter(
        (r) => !this.onlyPack || r.rule.meta.id.startsWith(`${this.onlyPack}/`),
      );
      this.cache = { key, rules, style: resolved.style, settings: resolved.settings };
    }
    return this.cache;
  }

  async lint(request: LintRequest, skipRules: ReadonlySet<string> = new Set()): Promise<Finding[]> {
    const { rules, style, settings } = this.resolve(request.options);
    const parsed = parseDocument(request.text, { format: request.format });
    if (!parsed.ok) return [fatalFinding(parsed.error.message, request.locale, request.text, parsed.error.offset)];
    const active = skipRules.size === 0 ? rules : rules.filter((r) => !skipRules.has(r.rule.meta.id));
    const findings = await lint(parsed.document, { rules: active, locale: request.locale, style, settings });
    return findings.sort(compareFindings);
  }
}

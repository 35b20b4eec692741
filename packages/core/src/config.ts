/**
 * The config model. Pure: hosts read files and hand the parsed data here.
 * A config is data only (YAML/JSON): `extends` presets, `locale`, `style`
 * choices, `rules` (severity and options), `overrides` by glob, `ignores`,
 * and one section per rule pack that declares a settings schema.
 * Every mistake becomes a ConfigError naming the file, the key and what is
 * allowed.
 */
import picomatch from 'picomatch/posix.js';
import { KNOWN_WORDS, type RuleRegistry } from './pack.js';
import type { ActiveRule } from './runner.js';
import type { JsonSchema, RuleModule } from './rule.js';
import { validateAgainst } from './schema.js';
import type { Locale, Severity, SeveritySetting } from './types.js';

export type RuleSetting = SeveritySetting | readonly [SeveritySetting, Record<string, unknown>?];

export interface ConfigOverride {
  files: string | string[];
  ignores?: string[];
  locale?: Locale;
  style?: Record<string, unknown>;
  rules?: Record<string, RuleSetting>;
}

export interface BayanConfig {
  $schema?: string;
  extends?: string | string[];
  locale?: Locale;
  style?: Record<string, unknown>;
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  ignores?: string[];
  /** Pack sections, e.g. `terminology: { dictionaries: [...] }`. */
  [pack: string]: unknown;
}

export interface RuleConfig {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  locale?: Locale;
  style: Record<string, unknown>;
  settings: Record<string, unknown>;
  rules: Record<string, RuleConfig>;
  ignores: string[];
}

export class ConfigError extends Error {
  readonly file: string;
  readonly key: string;
  constructor(file: string, key: string, problem: string) {
    super(`${file}: ${key} ${problem}`);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
  }
}

export const BUILTIN_PRESETS = ['recommended', 'strict'] as const;

const SEVERITY_VALUES = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2];

const configSchemas = new WeakMap<RuleRegistry, JsonSchema>();

/** The config file's schema for a set of packs (built and compiled once per registry). */
export function configSchema(registry: RuleRegistry): JsonSchema {
  const known = configSchemas.get(registry);
  if (known) return known;
  const schema = buildConfigSchema(registry);
  configSchemas.set(registry, schema);
  return schema;
}

function buildConfigSchema(registry: RuleRegistry): JsonSchema {
  const severity = { enum: SEVERITY_VALUES };
  const ruleSetting = {
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, { type: 'object' }] }],
  };
  const styleProperties: Record<string, JsonSchema> = {};
  const packSections: Record<string, JsonSchema> = {};
  for (const pack of registry.packs.values()) {
    Object.assign(styleProperties, pack.styleSchema ?? {});
    if (pack.settingsSchema) packSections[pack.name] = pack.settingsSchema;
  }
  const style = { type: 'object', properties: styleProperties, additionalProperties: false };
  const rules = { type: 'object', additionalProperties: ruleSetting };
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  const locale = { enum: ['ar', 'en'] };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
      locale,
      style,
      rules,
      ignores: globs,
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { anyOf: [{ type: 'string' }, globs] }, ignores: globs, locale, style, rules },
        },
      },
      ...packSections,
    },
  };
}

const SECTIONS = ['rules', 'style', 'ignores', 'overrides'];

function dropEmptySections(section: unknown): void {
  if (section === null || typeof section !== 'object') return;
  const record = section as Record<string, unknown>;
  for (const key of SECTIONS) if (record[key] === null) delete record[key];
}

/** Checks the shape of a config object (not yet its rule ids or options). */
export function validateConfig(raw: unknown, file: string, registry: RuleRegistry): BayanConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(
      file,
      '(top level)',
      'must be a mapping of keys (extends, locale, style, rules, overrides, ignores)',
    );
  }
  const schema = configSchema(registry);
  // Validation fills in schema defaults: work on a copy, never on the caller's object.
  const config = JSON.parse(JSON.stringify(raw)) as BayanConfig; // config files are JSON-shaped data
  // `rules:` with every entry commented out is null in YAML: the same as leaving the key out.
  dropEmptySections(config);
  for (const override of Array.isArray(config.overrides) ? config.overrides : []) dropEmptySections(override);
  const problems = validateAgainst(schema, config);
  if (problems.length > 0) {
    const first = problems[0]!;
    const allowed =
      first.message.startsWith('unknown key') && first.pointer === ''
        ? ` (allowed: ${Object.keys(schema.properties as object).join(', ')})`
        : '';
    throw new ConfigError(file, first.key, first.message + allowed);
  }
  return config;
}

export function normalizeSeverity(value: SeveritySetting): Severity | 'off' {
  switch (value) {
    case 'off':
    case 0:
      return 'off';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    case 'error':
    case 2:
      return 'error';
    case 'info':
      return 'info';
  }
}

function defaultSeverity(rule: RuleModule<unknown>, preset: 'recommended' | 'strict'): Severity | 'off' {
  const docs = rule.meta.docs;
  const byType: Severity = rule.meta.type === 'problem' ? 'error' : 'warning';
  if (preset === 'strict') return docs.strict ?? byType;
  if (docs.recommended === undefined || docs.recommended === false) return 'off';
  return docs.recommended === true ? byType : docs.recommended;
}

/** The config behind a preset name: `recommended`, `strict` or `<pack>/<preset>`. */
export function presetConfig(name: string, registry: RuleRegistry, file = '<preset>'): BayanConfig {
  if (name === 'recommended' || name === 'strict') {
    const rules: Record<string, RuleSetting> = {};
    for (const id of registry.ids()) rules[id] = defaultSeverity(registry.get(id)!, name);
    return { rules };
  }
  const slash = name.indexOf('/');
  const pack = slash === -1 ? undefined : registry.packs.get(name.slice(0, slash));
  const preset = pack?.presets?.[name.slice(slash + 1)];
  if (!preset) {
    const known = [
      ...BUILTIN_PRESETS,
      ...[...registry.packs.values()].flatMap((p) => Object.keys(p.presets ?? {}).map((k) => `${p.name}/${k}`)),
    ];
    throw new ConfigError(file, 'extends', `names an unknown preset "${name}" (allowed: ${known.join(', ')})`);
  }
  return preset;
}

interface Layer {
  config: BayanConfig;
  file: string;
}

/** Flattens `extends` depth-first: presets first, then the config itself. */
function layers(config: BayanConfig, file: string, registry: RuleRegistry, seen: Set<string> = new Set()): Layer[] {
  const out: Layer[] = [];
  const parents =
    config.extends === undefined ? [] : typeof config.extends === 'string' ? [config.extends] : config.extends;
  for (const name of parents) {
    if (seen.has(name)) throw new ConfigError(file, 'extends', `forms a cycle through "${name}"`);
    const preset = presetConfig(name, registry, file);
    out.push(...layers(preset, `preset ${name}`, registry, new Set([...seen, name])));
  }
  out.push({ config, file });
  return out;
}

function closestIds(id: string, registry: RuleRegistry): string {
  const pack = id.split('/')[0];
  const same = registry.ids().filter((r) => r.startsWith(`${pack}/`));
  return same.length > 0 ? ` (rules of ${pack}: ${same.join(', ')})` : ' (see bayan --list-rules)';
}

function applyRules(
  target: Record<string, RuleConfig>,
  rules: Record<string, RuleSetting> | undefined,
  file: string,
  keyPrefix: string,
  registry: RuleRegistry,
): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(file, `${keyPrefix}.${id}`, `is not a known rule${closestIds(id, registry)}`);
    const [severitySetting, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const previous = target[id];
    const merged = { ...(rule.meta.defaultOptions ?? {}), ...(options ?? previous?.options ?? {}) };
    // Defaults alone need no check (each rule's tests cover its defaultOptions); this keeps
    // the schema compiler off the start-up path of a run with no options in its config.
    if (rule.meta.schema && options) {
      const problems = validateAgainst(rule.meta.schema, merged, `${keyPrefix}.${id}[1]`);
      if (problems.length > 0) throw new ConfigError(file, problems[0]!.key, problems[0]!.message);
    } else if (options && Object.keys(options).length > 0) {
      throw new ConfigError(file, `${keyPrefix}.${id}[1]`, 'is not allowed: this rule has no options');
    }
    target[id] = { severity: normalizeSeverity(severitySetting as SeveritySetting), options: merged };
  }
}

const prepared = new WeakMap<object, unknown>();

/** A pack's section after its prepareSettings hook, computed once per section object. */
function prepareSection(registry: RuleRegistry, packName: string, section: unknown, file: string): unknown {
  const pack = registry.packs.get(packName);
  if (!pack?.prepareSettings || section === null || typeof section !== 'object') return section;
  if (prepared.has(section)) return prepared.get(section);
  let value: unknown;
  try {
    value = pack.prepareSettings(section);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, packName, error instanceof Error ? error.message : String(error));
  }
  prepared.set(section, value);
  return value;
}

// Glob lists are compiled once each (a run asks the same override about every file).
const compiledGlobs = new Map<string, (path: string) => boolean>();

function matches(patterns: string | string[], filePath: string): boolean {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const key = JSON.stringify(list);
  let test = compiledGlobs.get(key);
  if (!test) {
    test = picomatch(list, { dot: true, basename: !list.some((p) => p.includes('/')) });
    if (compiledGlobs.size > 1000) compiledGlobs.clear();
    compiledGlobs.set(key, test);
  }
  return test(filePath);
}

/**
 * The configuration that applies to one file. `filePath` is relative to the
 * config file's folder, with forward slashes. `config` null means no config
 * file was found: the `recommended` preset applies.
 */
export function resolveConfig(
  config: BayanConfig | null,
  filePath: string,
  registry: RuleRegistry,
  file = '<config>',
): ResolvedConfig {
  const resolved: ResolvedConfig = { style: {}, settings: {}, rules: {}, ignores: [] };
  // No config, or a config without `extends`, builds on `recommended`; `extends: []` starts from nothing.
  const root: BayanConfig = config?.extends !== undefined ? config : { ...config, extends: 'recommended' };
  const chain = layers(root, file, registry);
  for (const { config: layer, file: layerFile } of chain) {
    if (layer.locale) resolved.locale = layer.locale;
    Object.assign(resolved.style, layer.style ?? {});
    for (const pack of registry.packs.keys())
      if (layer[pack] !== undefined) resolved.settings[pack] = prepareSection(registry, pack, layer[pack], layerFile);
    resolved.ignores.push(...(layer.ignores ?? []));
    applyRules(resolved.rules, layer.rules, layerFile, 'rules', registry);
    (layer.overrides ?? []).forEach((override, i) => {
      if (!matches(override.files, filePath)) return;
      if (override.ignores && matches(override.ignores, filePath)) return;
      if (override.locale) resolved.locale = override.locale;
      Object.assign(resolved.style, override.style ?? {});
      applyRules(resolved.rules, override.rules, layerFile, `overrides[${i}].rules`, registry);
    });
  }
  const known: ReadonlySet<string>[] = [];
  for (const pack of registry.packs.values())
    if (pack.knownWords) known.push(pack.knownWords(resolved.settings[pack.name]));
  if (known.length > 0) resolved.settings[KNOWN_WORDS] = Object.freeze(known);
  return resolved;
}

const NO_CONFIG = {};
const resolvedCache = new WeakMap<
  RuleRegistry,
  WeakMap<object, { layers: Layer[]; byKey: Map<string, ResolvedConfig> }>
>();

/**
 * resolveConfig, computed once per config and set of matching overrides:
 * files in one folder (and any files that the same overrides match) share one
 * read-only result, so a run resolves its config a handful of times, not
 * once or twice per file. The config object must not be changed afterwards.
 */
export function resolveConfigCached(
  config: BayanConfig | null,
  filePath: string,
  registry: RuleRegistry,
  file = '<config>',
): ResolvedConfig {
  let byConfig = resolvedCache.get(registry);
  if (!byConfig) resolvedCache.set(registry, (byConfig = new WeakMap()));
  let entry = byConfig.get(config ?? NO_CONFIG);
  if (!entry) {
    const root: BayanConfig = config?.extends !== undefined ? config : { ...config, extends: 'recommended' };
    entry = { layers: layers(root, file, registry), byKey: new Map() };
    byConfig.set(config ?? NO_CONFIG, entry);
  }
  const byKey = entry.byKey;
  // Which overrides apply is all that a file's path changes in the result.
  let signature = file;
  for (const { config: layer } of entry.layers) {
    for (const override of layer.overrides ?? []) {
      signature +=
        matches(override.files, filePath) && !(override.ignores && matches(override.ignores, filePath)) ? '1' : '0';
    }
  }
  let resolved = byKey.get(signature);
  if (!resolved) {
    resolved = resolveConfig(config, filePath, registry, file);
    byKey.set(signature, resolved);
  }
  return resolved;
}

/** The rules to run under a resolved config, in registry order. */
export function activeRules(resolved: ResolvedConfig, registry: RuleRegistry): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const id of registry.ids()) {
    const setting = resolved.rules[id];
    if (!setting || setting.severity === 'off') continue;
    out.push({ rule: registry.get(id)!, severity: setting.severity, options: setting.options });
  }
  return out;
}

/** Whether a path (relative, forward slashes) is listed in the config's `ignores`. */
export function isIgnored(resolved: ResolvedConfig, filePath: string): boolean {
  return resolved.ignores.length > 0 && matches(resolved.ignores, filePath);
}

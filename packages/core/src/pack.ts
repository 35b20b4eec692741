import type { BayanConfig } from './config.js';
import type { JsonSchema, RuleModule } from './rule.js';
import type { Localized } from './types.js';

/**
 * A setting of a pack's config section whose value is a list of files (paths relative to the config
 * file): `terminology.dictionaries`, `orthography.wordFiles`, `orthography.misspellings`… The host
 * reads each file (a regular file under its size limit) and puts `{file, text}` in its place, or,
 * when the setting has a `schema`, `{file, data}`.
 */
export interface FileSetting {
  /**
   * The JSON Schema of each file's data (YAML or JSON): a built-in list's own schema, so a project's
   * entries are checked exactly as the pack's are. The host parses and validates each file and runs
   * the examples of its entries through the rule the schema names in `x-bayan-rule`; a file that
   * fails is reported with file:line and left out, and the run goes on. Without a schema the pack
   * reads the text itself in `prepareSettings` (terminology's dictionaries, with their own loader).
   */
  schema?: JsonSchema;
}

/** A file of a setting with a schema, as the host hands it over: validated data and where it came from. */
export interface LoadedDataFile<T = unknown> {
  file: string;
  data: T;
}

/** A list of files in the config: paths, or `{file, [content]}` objects once the host read them. */
function filesSettingSchema(content: 'data' | 'text', type: 'object' | 'string'): JsonSchema {
  return {
    type: 'array',
    items: {
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['file', content],
          properties: { file: { type: 'string' }, [content]: { type } },
        },
      ],
    },
  };
}

/** The config schema of a setting with a `schema` (a `FileSetting`): paths, or `{file, data}` once the host read them. */
export const dataFilesSettingSchema: JsonSchema = filesSettingSchema('data', 'object');

/** The config schema of a setting without a `schema` (text files): paths, or `{file, text}` once the host read them. */
export const textFilesSettingSchema: JsonSchema = filesSettingSchema('text', 'string');

/** The files the host read for `section[key]` (a pack's config section); paths not yet read are left out. */
export function loadedDataFiles<T>(section: unknown, key: string): ReadonlyArray<LoadedDataFile<T>> {
  const files = section !== null && typeof section === 'object' ? (section as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(files)) return [];
  return files.filter((f): f is LoadedDataFile<T> => f !== null && typeof f === 'object' && 'data' in f);
}

/**
 * What a rule builds from a built-in list and a project's files for it (`settings[pack][key]`):
 * `build(files)` runs once per config section (the host keeps one object per config), and the
 * built-in value stands when the setting names no file.
 */
export function fromDataFiles<T, D>(
  pack: string,
  key: string,
  builtIn: T,
  build: (files: ReadonlyArray<LoadedDataFile<D>>) => T,
): (settings: Readonly<Record<string, unknown>>) => T {
  const bySection = new WeakMap<object, T>();
  return (settings) => {
    const section = settings[pack];
    const files = loadedDataFiles<D>(section, key);
    if (files.length === 0) return builtIn;
    let value = bySection.get(section as object);
    if (value === undefined) bySection.set(section as object, (value = build(files)));
    return value;
  };
}

/**
 * The schema of a project's file that extends a built-in list: the built-in file's schema with
 * every top-level key optional (a project adds to the lists it needs, e.g. only `units`).
 */
export function extensionSchema(schema: JsonSchema): JsonSchema {
  const { required: _required, ...rest } = schema as { required?: unknown } & JsonSchema;
  return { ...rest, minProperties: 1 };
}

/**
 * A rule pack: its rules, optional house-style presets (referenced in a config
 * as `extends: ['<pack>/<preset>']`) and an optional schema for its own
 * top-level config section (e.g. `terminology: { dictionaries: [...] }`).
 */
export interface RulePack {
  name: string;
  description: Localized;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rules: readonly RuleModule<any>[];
  presets?: Readonly<Record<string, BayanConfig>>;
  /**
   * The schema of the pack's config section. A pack whose section holds only file settings may leave it
   * out: `definePack` derives it from `fileSettings` (each key a `dataFilesSettingSchema`).
   */
  settingsSchema?: JsonSchema;
  /** The settings of its section that name files the host reads (and how to check them). */
  fileSettings?: Readonly<Record<string, FileSetting>>;
  /** Schemas of the `style` keys this pack reads (e.g. `digits: {enum: [...]}`). */
  styleSchema?: Readonly<Record<string, JsonSchema>>;
  /**
   * Turns the pack's config section (already schema-checked, with the paths
   * of its `fileSettings` replaced by the host) into what
   * its rules read from `context.settings[pack]`, e.g. compiled term lists.
   * Throw DataFileError or ConfigError for bad data: the host reports a
   * config error (exit 2). Called once per distinct section object.
   */
  prepareSettings?(section: unknown): unknown;
  /**
   * Loads what some of the pack's rules load lazily on first use (e.g. a language model), so that a
   * host that lints synchronously (`lintSync`, as ESLint does) can await it once before its first run.
   * Asynchronous hosts need not call it: the rules then load it themselves when a document needs it.
   */
  preload?(): Promise<void>;
  /**
   * Words this pack vouches for as correctly written (the terminology pack's terms and names),
   * given its prepared section (undefined when the config has none). `resolveConfig` gathers
   * every pack's sets into `settings.knownWords` (read them with `knownWordsOf`), so a spelling
   * rule accepts them without importing the pack. Return the same set for the same section.
   */
  knownWords?(section: unknown): ReadonlySet<string>;
}

/** The key of `settings` under which `resolveConfig` puts the packs' known words (no pack may take this name). */
export const KNOWN_WORDS = 'knownWords';

/** The known-word sets that packs contributed to these settings (see RulePack.knownWords); words as the packs write them. */
export function knownWordsOf(settings: Readonly<Record<string, unknown>>): readonly ReadonlySet<string>[] {
  const sets = settings[KNOWN_WORDS];
  return Array.isArray(sets) ? sets.filter((s): s is ReadonlySet<string> => s instanceof Set) : [];
}

export function definePack(pack: RulePack): RulePack {
  for (const rule of pack.rules) {
    if (!rule.meta.id.startsWith(`${pack.name}/`)) {
      throw new Error(
        `Rule ${rule.meta.id} does not belong to pack ${pack.name}: its id must start with "${pack.name}/".`,
      );
    }
  }
  if (!pack.settingsSchema && pack.fileSettings) {
    const properties = Object.fromEntries(Object.keys(pack.fileSettings).map((key) => [key, dataFilesSettingSchema]));
    return { ...pack, settingsSchema: { type: 'object', additionalProperties: false, properties } };
  }
  const settings = (pack.settingsSchema?.properties ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(pack.fileSettings ?? {})) {
    if (!(key in settings))
      throw new Error(`Pack ${pack.name} declares the file setting "${key}", which its settingsSchema lacks.`);
  }
  return pack;
}

/** All rules of the given packs by id, with duplicate ids rejected. */
export class RuleRegistry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly rules = new Map<string, RuleModule<any>>();
  readonly packs = new Map<string, RulePack>();
  /** Which pack declared each `style` key. */
  readonly styleOwners = new Map<string, string>();

  constructor(packs: readonly RulePack[]) {
    for (const pack of packs) {
      if (this.packs.has(pack.name)) throw new Error(`Pack ${pack.name} is registered twice.`);
      if (pack.name === KNOWN_WORDS)
        throw new Error(
          `A pack may not be named ${KNOWN_WORDS}: settings.${KNOWN_WORDS} holds the packs' known words.`,
        );
      this.packs.set(pack.name, pack);
      // Style keys share one namespace: two packs reading one key differently would be a silent clash.
      for (const key of Object.keys(pack.styleSchema ?? {})) {
        const owner = this.styleOwners.get(key);
        if (owner) throw new Error(`Style key "${key}" is declared by both ${owner} and ${pack.name}.`);
        this.styleOwners.set(key, pack.name);
      }
      for (const rule of pack.rules) {
        if (this.rules.has(rule.meta.id)) throw new Error(`Rule ${rule.meta.id} is registered twice.`);
        this.rules.set(rule.meta.id, rule);
      }
    }
  }

  get(id: string) {
    return this.rules.get(id);
  }

  /** Rule ids sorted for stable output. */
  ids(): string[] {
    return [...this.rules.keys()].sort();
  }
}

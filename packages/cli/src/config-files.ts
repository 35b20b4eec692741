/**
 * Finding and reading config files. A config is data only: YAML or JSON,
 * found by walking up from each linted file (lilconfig with our own loaders,
 * so a `.js` config can never be loaded). The paths in the file settings each
 * pack declares (`RulePack.fileSettings`) are replaced here by their content,
 * so the pure engine never touches disk.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { LineCounter, parseDocument } from 'yaml';
import {
  checkDataExample,
  contentCache,
  ConfigError,
  dataExamples,
  loadDataFile,
  validateConfig,
  type BayanConfig,
  type FileSetting,
  type LoadedDataFile,
  type RuleRegistry,
} from '@bayan/core';
import { NotReadableError, readRegularFileSync } from './regular-file.js';

/** Config files and the dictionaries they name are read only when they are regular files up to this size. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** A config file that is a FIFO, a device or huge is a config error before anything reads it. */
function checkRegular(file: string, key: string): void {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return;
  const kind = stat.isFile()
    ? null
    : stat.isFIFO()
      ? 'a FIFO (named pipe)'
      : stat.isDirectory()
        ? 'a folder'
        : stat.isSocket()
          ? 'a socket'
          : 'a device';
  if (kind) throw new ConfigError(file, key, `is ${kind}, not a regular file: Bayan reads only regular files`);
  if (stat.size > MAX_CONFIG_BYTES)
    throw new ConfigError(file, key, `is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
}

export const SEARCH_PLACES = ['bayan.config.yaml', '.bayanrc.yaml', '.bayanrc.yml', '.bayanrc.json', 'package.json'];

/** YAML aliases could expand exponentially; configs have no use for many. */
const MAX_ALIAS_COUNT = 100;

export interface LoadedConfig {
  /** Absolute path of the config file, or null when none applies (the `recommended` preset). */
  file: string | null;
  /** Validated config with the files of its pack settings loaded; null when no config file applies. */
  config: BayanConfig | null;
  /**
   * Files of pack settings that were left out, each said with file:line and the config key that
   * names it (a project's list that breaks its schema or whose examples do not hold).
   */
  problems: readonly string[];
}

/** Whether JSON text holds exactly this value (YAML can also give Infinity, NaN and -0). */
function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.keys(value).every((key) => key !== '__proto__' && jsonExact((value as Record<string, unknown>)[key]));
}

/** The content-cache key of a parsed config file (the parser's options are part of it). */
const YAML_CACHE_KEY = `config-yaml\0uniqueKeys\0maxAliasCount=${MAX_ALIAS_COUNT}`;

/**
 * Parses YAML text; a syntax error names file, line and column. A config file that parsed before is
 * read back from the host's content cache (core's contentCache: the command's per-user data cache) as
 * JSON, which costs a small part of a cold YAML parser's first run; only values that JSON holds
 * exactly are stored, and only files that parsed without an error.
 */
export function parseYaml(text: string, file: string): unknown {
  const cache = contentCache();
  const known = cache?.get(YAML_CACHE_KEY, text);
  if (known !== undefined) {
    try {
      return JSON.parse(known) as unknown;
    } catch {
      // not JSON after all: parsed again below
    }
  }
  const value = parseYamlText(text, file);
  if (cache && jsonExact(value)) cache.set(YAML_CACHE_KEY, text, JSON.stringify(value));
  return value;
}

function parseYamlText(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(file, `line ${line}, column ${col}:`, `YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    throw new ConfigError(file, '(top level)', cause instanceof Error ? cause.message : String(cause));
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = /position (\d+)/.exec(message);
    let where = '(top level)';
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = `line ${line}, column ${offset - before.lastIndexOf('\n')}:`;
    }
    throw new ConfigError(file, where, `JSON syntax error: ${message}`);
  }
}

const loaders = {
  '.yaml': (file: string, text: string) => parseYaml(text, file),
  '.yml': (file: string, text: string) => parseYaml(text, file),
  '.json': (file: string, text: string) => parseJson(text, file),
  noExt: (file: string) => {
    throw new ConfigError(file, '(file)', 'is not a YAML or JSON file');
  },
};

/** The text of a file a pack setting names, read relative to the config file (a regular file under the size limit). */
function readSettingFile(file: string, key: string, entry: string): { path: string; text: string } {
  const path = resolve(dirname(file), entry);
  if (!existsSync(path))
    throw new ConfigError(file, key, `names a file that does not exist: ${entry} (looked for ${path})`);
  try {
    return { path, text: readRegularFileSync(path, MAX_CONFIG_BYTES).toString('utf8') };
  } catch (cause) {
    if (cause instanceof NotReadableError)
      throw new ConfigError(file, key, `names ${path}, which ${cause.message}: Bayan reads only regular files`);
    throw new ConfigError(file, key, `could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * A file of a setting with a schema: parsed and validated against it, and the examples of its
 * entries run through the rule the schema names (`x-bayan-rule`), with this file's entries in the
 * pack's settings. Throws DataFileError (file:line) or the example's Error (file:line too).
 */
async function loadListFile(
  path: string,
  text: string,
  packName: string,
  key: string,
  setting: FileSetting,
  registry: RuleRegistry,
): Promise<LoadedDataFile> {
  const schema = setting.schema!;
  const dataFile = loadDataFile<unknown>(text, path, schema);
  const loaded: LoadedDataFile = { file: path, data: dataFile.data };
  const ruleId = schema['x-bayan-rule'];
  const rule = typeof ruleId === 'string' ? registry.get(ruleId) : undefined;
  if (rule) {
    const settings = { [packName]: { [key]: [loaded] } };
    for (const example of dataExamples(dataFile)) await checkDataExample(rule, dataFile, example, { settings });
  }
  return loaded;
}

/**
 * Replaces each path in the pack sections' file settings (each pack declares them: terminology's
 * `dictionaries`, orthography's `wordFiles` and `misspellings`…) with `{file, text}`, or with
 * `{file, data}` when the setting has a schema. A missing or unreadable file is a config error; a
 * file that breaks its schema, or whose examples do not hold, is a problem (file:line) and is left
 * out, so the run goes on with the built-in lists and the other files.
 */
async function loadFileSettings(
  config: BayanConfig,
  file: string,
  registry: RuleRegistry,
  problems: string[],
): Promise<BayanConfig> {
  const out: BayanConfig = { ...config };
  for (const pack of registry.packs.values()) {
    const section = config[pack.name];
    if (!section || typeof section !== 'object' || Array.isArray(section)) continue;
    let loadedSection: Record<string, unknown> | undefined;
    for (const [fileKey, setting] of Object.entries(pack.fileSettings ?? {})) {
      const paths = (section as Record<string, unknown>)[fileKey];
      if (!Array.isArray(paths)) continue;
      const loaded: unknown[] = [];
      for (const [i, entry] of paths.entries()) {
        if (typeof entry !== 'string') {
          loaded.push(entry);
          continue;
        }
        const key = `${pack.name}.${fileKey}[${i}]`;
        const { path, text } = readSettingFile(file, key, entry);
        if (!setting.schema) {
          loaded.push({ file: path, text });
          continue;
        }
        try {
          loaded.push(await loadListFile(path, text, pack.name, fileKey, setting, registry));
        } catch (cause) {
          const message = cause instanceof Error ? cause.message : String(cause);
          problems.push(`${message} (${key} in ${file}: this file is left out)`);
        }
      }
      loadedSection = { ...(loadedSection ?? (section as object)), [fileKey]: loaded };
    }
    if (loadedSection) out[pack.name] = loadedSection;
  }
  return out;
}

async function finish(result: LilconfigResult, registry: RuleRegistry): Promise<LoadedConfig> {
  if (!result) return { file: null, config: null, problems: [] };
  const file = result.filepath;
  const raw: unknown = result.isEmpty ? {} : result.config;
  // Check the shape with file paths still as strings (what the user wrote), then load them.
  const config = validateConfig(raw ?? {}, file, registry);
  const problems: string[] = [];
  return { file, config: await loadFileSettings(config, file, registry, problems), problems };
}

/** Config discovery with a per-folder cache (one lookup per folder for a whole run). */
export class ConfigFinder {
  readonly #explorer = lilconfig('bayan', { searchPlaces: SEARCH_PLACES, loaders, packageProp: 'bayan' });
  readonly #byFile = new Map<string, Promise<LoadedConfig>>();
  readonly #registry: RuleRegistry;

  constructor(registry: RuleRegistry) {
    this.#registry = registry;
  }

  /** The config for a file (searching from its folder up). */
  forFile(path: string): Promise<LoadedConfig> {
    return this.forDirectory(dirname(resolve(path)));
  }

  async forDirectory(directory: string): Promise<LoadedConfig> {
    this.#checkPlaces(directory);
    const result = await this.#explorer.search(directory);
    return this.#load(result);
  }

  /** An explicit `--config FILE`. */
  async load(path: string): Promise<LoadedConfig> {
    const file = resolve(path);
    const ext = extname(file).toLowerCase();
    if (!existsSync(file)) throw new ConfigError(file, '(file)', 'does not exist');
    checkRegular(file, '(file)');
    if (ext !== '.yaml' && ext !== '.yml' && ext !== '.json') {
      throw new ConfigError(
        file,
        '(file)',
        'is not a config file Bayan reads: use YAML (.yaml, .yml) or JSON (.json); a config can never be code',
      );
    }
    const result = await this.#explorer.load(file);
    if (basename(file) === 'package.json' && !result)
      throw new ConfigError(file, 'bayan', 'is missing: this package.json has no "bayan" key');
    return this.#load(result);
  }

  readonly #checked = new Set<string>();

  /** The search places of a folder and the folders above it: none may be a FIFO or a device (lilconfig would read it). */
  #checkPlaces(directory: string): void {
    for (let dir = resolve(directory); !this.#checked.has(dir); dir = dirname(dir)) {
      for (const place of SEARCH_PLACES) checkRegular(resolve(dir, place), '(file)');
      this.#checked.add(dir);
      if (dirname(dir) === dir) break;
    }
  }

  #load(result: LilconfigResult): Promise<LoadedConfig> {
    const key = result?.filepath ?? '';
    let loaded = this.#byFile.get(key);
    if (!loaded) {
      loaded = finish(result, this.#registry);
      this.#byFile.set(key, loaded);
    }
    return loaded;
  }
}

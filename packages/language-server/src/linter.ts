/**
 * Lints one open document the way `bayan` lints the file on disk: the config
 * found by walking up from the file (the CLI's ConfigFinder, so `extends`,
 * `overrides`, `ignores` and dictionaries mean the same), the rule registry
 * of the CLI, and the CLI's lintTask. The server only decides the locale and
 * turns the results into LSP messages.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigFinder, defaultRegistry, lintTask, resolveFor, type LoadedConfig } from '@bayan/cli';
import {
  ConfigError,
  DataFileError,
  formatForPath,
  isIgnored,
  type Finding,
  type Format,
  type Locale,
  type RuleRegistry,
} from '@bayan/core';

export interface LinterSettings {
  /** Forced message language (the `bayan.locale` setting); empty or undefined: config, then client. */
  locale?: Locale | '' | undefined;
  /** One config file for every document (the `bayan.configPath` setting). */
  configPath?: string | undefined;
  /** The client's display language from `initialize` (e.g. `ar`, `en-GB`). */
  clientLocale?: string | undefined;
  /** The workspace folder, for a relative `configPath`. */
  rootPath?: string | undefined;
}

export interface OpenDocument {
  uri: string;
  languageId: string;
  text: string;
}

export interface LintResult {
  /** null: not a release Bayan lints (other extension or language). */
  format: Format | null;
  locale: Locale;
  findings: Finding[];
  /** The file is listed in the config's `ignores`. */
  ignored: boolean;
  /** The config could not be used; nothing was linted. */
  configError?: string;
  /** The text after every safe fix (only when asked for). */
  output?: string;
}

const LANGUAGE_FORMATS: Record<string, Format> = { markdown: 'markdown', html: 'html', plaintext: 'text' };

/** Arabic unless the client says it speaks another language (as the CLI reads LANG). */
export function clientLocaleOf(value: string | undefined): Locale {
  if (!value) return 'ar';
  return value.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export class Linter {
  readonly registry: RuleRegistry;
  settings: LinterSettings;
  #finder: ConfigFinder;
  /** Config per folder, until a config file changes (the finder would walk the folders on every keystroke). */
  #byFolder = new Map<string, Promise<LoadedConfig>>();

  constructor(settings: LinterSettings = {}, registry: RuleRegistry = defaultRegistry()) {
    this.registry = registry;
    this.settings = settings;
    this.#finder = new ConfigFinder(registry);
  }

  /** Forgets every config read so far (a config file changed). */
  reloadConfig(): void {
    this.#finder = new ConfigFinder(this.registry);
    this.#byFolder = new Map();
  }

  formatOf(document: Pick<OpenDocument, 'uri' | 'languageId'>): Format | null {
    const path = pathOf(document.uri);
    if (path) return formatForPath(path) ?? null;
    return LANGUAGE_FORMATS[document.languageId] ?? null;
  }

  #fallbackLocale(): Locale {
    return this.settings.locale || clientLocaleOf(this.settings.clientLocale);
  }

  async #config(path: string | null): Promise<LoadedConfig> {
    const { configPath, rootPath } = this.settings;
    if (configPath) return this.#finder.load(resolve(rootPath ?? process.cwd(), configPath));
    if (path) {
      const folder = dirname(path);
      let loaded = this.#byFolder.get(folder);
      if (!loaded) this.#byFolder.set(folder, (loaded = this.#finder.forDirectory(folder)));
      return loaded;
    }
    if (rootPath) return this.#finder.forDirectory(rootPath);
    return { file: null, config: null, problems: [] };
  }

  /** Lints (and with `fix`, fixes) one document; never throws for a bad config. */
  async lint(document: OpenDocument, fix = false): Promise<LintResult> {
    const format = this.formatOf(document);
    const fallback = this.#fallbackLocale();
    if (!format) return { format, locale: fallback, findings: [], ignored: false };
    const path = pathOf(document.uri);
    try {
      const loaded = await this.#config(path);
      const base = loaded.file ? dirname(loaded.file) : (this.settings.rootPath ?? process.cwd());
      const relPath = path ? toPosix(relative(base, path)) : document.uri;
      const configFile = loaded.file ?? '<no config>';
      const resolved = resolveFor({ config: loaded.config, cliRules: null, relPath, configFile }, this.registry);
      const locale = this.settings.locale || resolved.locale || fallback;
      if (path && isIgnored(resolved, relPath)) return { format, locale, findings: [], ignored: true };
      const task = {
        path: path ?? document.uri,
        text: document.text,
        format,
        config: loaded.config,
        configFile,
        relPath,
        cliRules: null,
        locale,
        fix,
      };
      const outcome = await lintTask(task, this.registry, resolved);
      return {
        format,
        locale,
        findings: outcome.findings,
        ignored: false,
        ...(outcome.output !== undefined ? { output: outcome.output } : {}),
      };
    } catch (error) {
      if (error instanceof ConfigError || error instanceof DataFileError)
        return { format, locale: fallback, findings: [], ignored: false, configError: error.message };
      throw error;
    }
  }
}

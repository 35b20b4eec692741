/**
 * What every phase of a run shares: the options, the I/O, the rule registry
 * and the config lookup. A file's config is found and resolved here, once,
 * and the result travels with the file through the later phases.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import {
  type Locale,
  type ResolvedConfig,
  RuleRegistry,
  type RulePack,
  resolveConfig,
  validateConfig,
} from '@bayan/core';
import type { CliOptions } from './args.js';
import { ConfigFinder, type LoadedConfig } from './config-files.js';
import { resolveFor } from './lint-file.js';
import type { ThreadHost } from './phases/lint.js';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  /** `drained`: settles once a stream whose write returned false can take more (the report waits for it). */
  /** Text, or bytes as they are (`--stdin --fix` prints the fixed text in the encoding it came in). */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; drained?(): Promise<void> };
  stderr: { write(s: string): unknown; isTTY?: boolean; drained?(): Promise<void> };
  readStdin(): Promise<Uint8Array>;
}

export interface MainOptions {
  /** URL of a module exporting `packs: RulePack[]` (default: the six Bayan packs). Workers load the same module. */
  packsModule?: string;
  /** Where the run's worker threads come from (default: started for the run and ended with it). */
  threads?: ThreadHost;
}

/** A file's config: where it came from, and what it resolves to for that file. */
/**
 * Modules loaded by URL at run time. Kept in this top-level module so the URLs
 * hold both in dist/ and in the bundle (where every module sits in one folder).
 */
export const DEFAULT_PACKS_MODULE = new URL('./registry.js', import.meta.url).href;
export const WORKER_URL = new URL('./worker.js', import.meta.url).href;

export interface FileConfig {
  loaded: LoadedConfig;
  /** Path relative to the config file's folder (or the working folder), forward slashes. */
  relPath: string;
  resolved: ResolvedConfig;
  /** Language of this file's messages: --locale, else the config's, else the environment's. */
  locale: Locale;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `ar` when LC_ALL, LC_MESSAGES or LANG (first one set) starts with "ar", else `en`. */
export function envLocale(env: Io['env']): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export class Session {
  readonly cwd: string;
  readonly finder: ConfigFinder;
  /** The locale from the environment, for files whose config names none. */
  readonly fallbackLocale: Locale;
  /** Language of the report's own words and of --list-rules (set by `open`). */
  uiLocale: Locale;
  /** Each rule's time in milliseconds, with --timing (core's `LintOptions.timing`); else null. */
  readonly timing: Map<string, number> | null;
  #explicit: LoadedConfig | null = null;

  private constructor(
    readonly opts: CliOptions,
    readonly io: Io,
    readonly registry: RuleRegistry,
    readonly packsModule: string,
  ) {
    this.cwd = io.cwd;
    this.finder = new ConfigFinder(registry);
    this.fallbackLocale = envLocale(io.env);
    this.uiLocale = this.fallbackLocale;
    this.timing = opts.timing ? new Map() : null;
  }

  /** Loads the packs and the explicit config, checks the `--rule` settings and settles the report's language. */
  static async open(opts: CliOptions, io: Io, mainOptions: MainOptions): Promise<Session> {
    const packsModule = mainOptions.packsModule ?? DEFAULT_PACKS_MODULE;
    // The default packs by a literal specifier, so the bundler keeps them in the build that loads this module
    // (the CommonJS build of bundle/bin.js loads them through its code cache); others by their URL.
    const { packs } = (
      packsModule === DEFAULT_PACKS_MODULE ? await import('./registry.js') : await import(packsModule)
    ) as { packs: RulePack[] };
    const session = new Session(opts, io, new RuleRegistry(packs), packsModule);
    if (opts.config) session.#explicit = await session.finder.load(resolve(io.cwd, opts.config));
    return session;
  }

  /** Checks `--rule` on its own, so a mistake names --rule, not a config file; settles the report's language. */
  async settle(): Promise<void> {
    if (this.opts.rules)
      resolveConfig(
        validateConfig({ extends: [], rules: this.opts.rules }, '--rule', this.registry),
        'x',
        this.registry,
        '--rule',
      );
    const cwdConfig = this.opts.noConfig ? null : (this.#explicit ?? (await this.finder.forDirectory(this.cwd)));
    this.uiLocale = this.opts.locale ?? cwdConfig?.config?.locale ?? this.fallbackLocale;
  }

  /** The config file that applies to a path (none with --no-config; the --config one when given). */
  async configFor(path: string): Promise<LoadedConfig> {
    if (this.opts.noConfig) return { file: null, config: null, problems: [] };
    if (this.#explicit) return this.#explicit;
    return this.finder.forFile(path);
  }

  /** Configs whose left-out files have been said on standard error (each config once). */
  readonly #told = new Set<LoadedConfig>();
  /** How many files of pack settings were left out (a run that left one out exits 2). */
  leftOut = 0;

  /** Says, once per config, which files of its pack settings were left out and why (file:line). */
  #tell(loaded: LoadedConfig): void {
    if (loaded.problems.length === 0 || this.#told.has(loaded)) return;
    this.#told.add(loaded);
    this.leftOut += loaded.problems.length;
    const relativize = (message: string) => message.split(this.cwd + sep).join('');
    for (const problem of loaded.problems) this.io.stderr.write(`bayan: config error: ${relativize(problem)}\n`);
  }

  /** Finds and resolves the config for one file (absolute path, or null for unnamed standard input). */
  async fileConfig(absolute: string | null): Promise<FileConfig> {
    const loaded = await this.configFor(absolute ?? resolve(this.cwd, '<stdin>'));
    this.#tell(loaded);
    const relPath = absolute ? toPosix(relative(loaded.file ? dirname(loaded.file) : this.cwd, absolute)) : '<stdin>';
    const resolved = resolveFor(
      { config: loaded.config, cliRules: this.opts.rules, relPath, configFile: loaded.file ?? '<no config>' },
      this.registry,
    );
    return { loaded, relPath, resolved, locale: this.opts.locale ?? resolved.locale ?? this.fallbackLocale };
  }

  displayPath(absolute: string): string {
    return toPosix(relative(this.cwd, absolute));
  }
}

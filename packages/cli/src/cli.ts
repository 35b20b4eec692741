/**
 * The `bayan` command: options → files → config per file → lint (in this
 * thread or in workers, results kept in file order) → fixes → report → exit
 * code. Config and usage mistakes stop the run with exit 2 before anything
 * is linted; a file that cannot be read becomes a finding and the run goes on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  ConfigError,
  DataFileError,
  fatalFinding,
  formatForPath,
  isIgnored,
  localize,
  resolveConfig,
  RuleRegistry,
  type Finding,
  type Locale,
  type ResolvedConfig,
  type RulePack,
} from '@bayan/core';
import { HELP, parseOptions, type CliOptions } from './args.js';
import { ConfigFinder, type LoadedConfig } from './config-files.js';
import { decode, unreadableReason } from './decode.js';
import { listFiles, shard, UsageError } from './files.js';
import { loadFormatter } from './formatters/load.js';
import { writeStarterConfig } from './init.js';
import { lintTask, resolveFor, withCliRules, type LintOutcome, type LintTask } from './lint-file.js';
import type { FileResult, FormatContext } from './result.js';
import type { WorkerTask } from './worker.js';

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readStdin(): Promise<Uint8Array>;
}

export interface MainOptions {
  /** URL of a module exporting `packs: RulePack[]` (default: the six Bayan packs). Workers load the same module. */
  packsModule?: string;
}

/** With `--concurrency auto`, threads start paying off only for this many files. */
export const AUTO_THREADS_FROM = 50;
const PROGRESS_FROM = 50;

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function envLocale(env: Io['env']): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

class ExitError extends Error {
  constructor(message: string, readonly code: number) {
    super(message);
  }
}

interface Prepared {
  index: number;
  task: LintTask;
  /** The file on disk (null for standard input). */
  absolute: string | null;
  /** `filePath` in reports: absolute; for standard input the resolved --stdin-filename or `<stdin>`. */
  filePath: string;
  displayPath: string;
  bytes?: Uint8Array;
  result?: LintOutcome;
  cacheKey?: string;
}

export async function main(argv: readonly string[], io: Io, mainOptions: MainOptions = {}): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`bayan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const relativize = (message: string) => message.split(io.cwd + sep).join('');
  try {
    return await run(opts, io, mainOptions);
  } catch (error) {
    if (error instanceof UsageError) io.stderr.write(`bayan: ${relativize(error.message)}\n`);
    else if (error instanceof ConfigError || error instanceof DataFileError) io.stderr.write(`bayan: config error: ${relativize(error.message)}\n`);
    else if (error instanceof ExitError) {
      io.stderr.write(`bayan: ${error.message}\n`);
      return error.code;
    } else io.stderr.write(`bayan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}

async function run(opts: CliOptions, io: Io, mainOptions: MainOptions): Promise<number> {
  const cwd = io.cwd;
  const packsModule = mainOptions.packsModule ?? new URL('./registry.js', import.meta.url).href;
  const { packs } = (await import(packsModule)) as { packs: RulePack[] };
  const registry = new RuleRegistry(packs);
  const finder = new ConfigFinder(registry);
  const explicit = opts.config ? await finder.load(resolve(cwd, opts.config)) : null;
  const configFor = async (path: string): Promise<LoadedConfig> => {
    if (opts.noConfig) return { file: null, config: null };
    if (explicit) return explicit;
    return finder.forFile(path);
  };

  if (opts.init) {
    const path = writeStarterConfig(cwd);
    io.stdout.write(`Wrote ${toPosix(relative(cwd, path))}\n`);
    return 0;
  }

  // The `--rule` settings are checked on their own so a mistake names --rule, not a config file.
  if (opts.rules) resolveConfig({ extends: [], rules: opts.rules }, 'x', registry, '--rule');

  const cwdConfig = opts.noConfig ? null : (explicit ?? (await finder.forDirectory(cwd)));
  const uiLocale: Locale = opts.locale ?? cwdConfig?.config?.locale ?? envLocale(io.env);
  const fallbackLocale = envLocale(io.env);

  if (opts.listRules) return listRules(registry, uiLocale, opts, io);

  const relativeTo = (loaded: LoadedConfig, absolute: string) => toPosix(relative(loaded.file ? dirname(loaded.file) : cwd, absolute));
  const resolvedFor = (loaded: LoadedConfig, relPath: string): ResolvedConfig =>
    resolveFor({ config: loaded.config, cliRules: opts.rules, relPath, configFile: loaded.file ?? '<no config>' }, registry);

  if (opts.printConfig !== undefined) {
    const absolute = resolve(cwd, opts.printConfig);
    const loaded = await configFor(absolute);
    const relPath = relativeTo(loaded, absolute);
    const resolved = resolvedFor(loaded, relPath);
    const sections: Record<string, unknown> = {};
    const effective = withCliRules(loaded.config, opts.rules);
    for (const name of registry.packs.keys()) if (effective?.[name] !== undefined) sections[name] = printable(effective[name]);
    const shown = {
      configFile: loaded.file ? toPosix(relative(cwd, loaded.file)) : null,
      ignored: isIgnored(resolved, relPath),
      locale: opts.locale ?? resolved.locale ?? fallbackLocale,
      style: resolved.style,
      settings: sections,
      rules: resolved.rules,
      ignores: resolved.ignores,
    };
    io.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return 0;
  }

  // Which files, each with its config.
  const prepared: Prepared[] = [];
  const notes: string[] = [];
  if (opts.stdin) {
    const name = opts.stdinFilename;
    const absolute = name ? resolve(cwd, name) : null;
    const loaded = await configFor(absolute ?? resolve(cwd, '<stdin>'));
    const relPath = absolute ? relativeTo(loaded, absolute) : '<stdin>';
    const resolved = resolvedFor(loaded, relPath);
    const format = name ? (formatForPath(name) ?? 'text') : 'text';
    prepared.push({
      index: 0,
      absolute: null,
      filePath: absolute ?? '<stdin>',
      displayPath: name ?? '<stdin>',
      bytes: await io.readStdin(),
      task: baseTask(absolute ?? '<stdin>', format, loaded, relPath, opts, opts.locale ?? resolved.locale ?? fallbackLocale),
    });
  } else {
    const list = await listFiles(opts.paths, cwd);
    notes.push(...list.notes);
    let files: Array<{ absolute: string; loaded: LoadedConfig; relPath: string; locale: Locale }> = [];
    for (const absolute of list.files) {
      const loaded = await configFor(absolute);
      const relPath = relativeTo(loaded, absolute);
      const resolved = resolvedFor(loaded, relPath);
      if (isIgnored(resolved, relPath)) continue;
      files.push({ absolute, loaded, relPath, locale: opts.locale ?? resolved.locale ?? fallbackLocale });
    }
    if (opts.shard) files = shard(files, opts.shard.index, opts.shard.count);
    files.forEach((f, index) => {
      prepared.push({
        index,
        absolute: f.absolute,
        filePath: f.absolute,
        displayPath: toPosix(relative(cwd, f.absolute)),
        task: baseTask(f.absolute, formatForPath(f.absolute) ?? 'text', f.loaded, f.relPath, opts, f.locale),
      });
    });
  }
  for (const note of notes) io.stderr.write(`bayan: ${note}\n`);

  const fixing = opts.fix || opts.fixDryRun;
  const cache = opts.cache && !fixing && !opts.stdin ? new (await import('./cache.js')).ResultCache(opts.cacheLocation, cwd) : null;
  const cacheKeyOf = cache ? (await import('./cache.js')).ResultCache.key : null;
  const results: FileResult[] = new Array<FileResult>(prepared.length);
  const pending: Prepared[] = [];

  // Read and decode; bad files become a finding here; cached files are done here.
  await Promise.all(
    prepared.map(async (p) => {
      const locale = p.task.locale;
      if (!p.bytes) {
        try {
          p.bytes = await readFile(p.absolute!);
        } catch (error) {
          results[p.index] = { filePath: p.filePath, displayPath: p.displayPath, findings: [fatalFinding(unreadableReason(error, locale), locale)], source: '' };
          return;
        }
      }
      const decoded = decode(p.bytes, locale);
      if (!decoded.ok) {
        const finding: Finding = fatalFinding(decoded.reason, locale);
        if (decoded.empty) finding.severity = 'warning';
        results[p.index] = { filePath: p.filePath, displayPath: p.displayPath, findings: [finding], source: '' };
        return;
      }
      p.task.text = decoded.text;
      if (cache && cacheKeyOf && p.absolute) {
        p.cacheKey = cacheKeyOf(decoded.text, configKey(p.task, registry, resolvedFor({ file: p.task.configFile === '<no config>' ? null : p.task.configFile, config: p.task.config }, p.task.relPath)), VERSION);
        const hit = cache.get(p.absolute, p.cacheKey);
        if (hit) {
          results[p.index] = { filePath: p.filePath, displayPath: p.displayPath, findings: hit, source: decoded.text };
          return;
        }
      }
      pending.push(p);
    }),
  );
  pending.sort((a, b) => a.index - b.index);

  await lintAll(pending, registry, opts, io, packsModule);
  for (const p of pending) {
    const outcome = p.result!;
    const result: FileResult = { filePath: p.filePath, displayPath: p.displayPath, findings: outcome.findings, source: p.task.text };
    if (outcome.output !== undefined && outcome.output !== p.task.text) result.output = outcome.output;
    results[p.index] = result;
    if (cache && p.cacheKey && p.absolute) cache.set(p.absolute, p.cacheKey, outcome.findings);
  }
  cache?.save();

  // Fixes: written (--fix), printed as a diff (--fix-dry-run) or, for stdin, printed whole.
  if (opts.fix && !opts.stdin) {
    const { default: writeFileAtomic } = await import('write-file-atomic');
    for (const p of pending) {
      const result = results[p.index]!;
      if (result.output === undefined || !p.absolute) continue;
      const now = await readFile(p.absolute).catch(() => null);
      if (!now || !Buffer.from(now).equals(Buffer.from(p.bytes!))) {
        io.stderr.write(`bayan: ${p.displayPath}: changed on disk while it was being checked; fixes not written\n`);
        const again = await lintTask({ ...p.task, fix: false }, registry);
        results[p.index] = { ...result, findings: again.findings, output: undefined } as FileResult;
        delete results[p.index]!.output;
        continue;
      }
      await writeFileAtomic(p.absolute, result.output, { encoding: 'utf8' });
    }
  }
  if (opts.fixDryRun) {
    const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
    for (const r of results) {
      if (r.output === undefined) continue;
      io.stdout.write(createTwoFilesPatch(`a/${r.displayPath}`, `b/${r.displayPath}`, r.source, r.output, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
    }
  }

  // Report.
  const reported = opts.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const toFile = opts.outputFile !== undefined;
  const stdinFixed = opts.stdin && opts.fix;
  const stream = stdinFixed && !toFile ? io.stderr : io.stdout;
  const tty = !toFile && stream.isTTY === true;
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const context: FormatContext = {
    locale: uiLocale,
    registry,
    version: VERSION,
    color: opts.color ?? (!toFile && (forced || (tty && io.env.NO_COLOR === undefined))),
    isolate: tty,
  };
  const report = (await loadFormatter(opts.format))!(reported, context);
  if (stdinFixed) io.stdout.write(results[0]!.output ?? results[0]!.source);
  if (toFile) {
    const target = resolve(cwd, opts.outputFile!);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report);
  } else if (report !== '' && !(stdinFixed && opts.format !== 'stylish')) {
    stream.write(report);
  }

  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    io.stderr.write(`bayan: too many warnings (${warnings}); the maximum is ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function baseTask(path: string, format: LintTask['format'], loaded: LoadedConfig, relPath: string, opts: CliOptions, locale: Locale): LintTask {
  const task: LintTask = {
    path,
    text: '',
    config: loaded.config,
    configFile: loaded.file ?? '<no config>',
    relPath,
    cliRules: opts.rules,
    locale,
    fix: opts.fix || opts.fixDryRun,
  };
  if (format) task.format = format;
  return task;
}

/** What decides a file's findings besides its text: format, locale, rules, style and the packs' settings. */
function configKey(task: LintTask, registry: RuleRegistry, resolved: ResolvedConfig): string {
  const effective = withCliRules(task.config, task.cliRules);
  const sections = [...registry.packs.keys()].map((name) => effective?.[name] ?? null);
  return JSON.stringify([task.format, task.locale, registry.ids(), resolved.rules, resolved.style, sections]);
}

/** Dictionary and word-file texts are long: show their files. */
function printable(section: unknown): unknown {
  if (!section || typeof section !== 'object' || Array.isArray(section)) return section;
  let out = section as Record<string, unknown>;
  for (const key of ['dictionaries', 'wordFiles']) {
    const files = out[key];
    if (!Array.isArray(files)) continue;
    out = { ...out, [key]: files.map((d: unknown) => (d && typeof d === 'object' && 'file' in d ? (d as { file: string }).file : d)) };
  }
  return out;
}

function threadCount(opts: CliOptions, files: number): number {
  if (opts.concurrency === 'auto') {
    if (files < AUTO_THREADS_FROM) return 1;
    return Math.max(1, Math.min(availableParallelism() - 1, Math.ceil(files / 25), 8));
  }
  return Math.min(opts.concurrency, files);
}

async function lintAll(pending: Prepared[], registry: RuleRegistry, opts: CliOptions, io: Io, packsModule: string): Promise<void> {
  const total = pending.length;
  const progress = io.stderr.isTTY === true && total > PROGRESS_FROM;
  let done = 0;
  let lastDraw = 0;
  const tick = () => {
    done++;
    if (!progress) return;
    const now = Date.now();
    if (now - lastDraw < 100 && done < total) return;
    lastDraw = now;
    io.stderr.write(`\r\u001b[Kbayan: ${done}/${total} files`);
  };
  const threads = threadCount(opts, total);
  if (threads <= 1) {
    for (const p of pending) {
      p.result = await lintTask(p.task, registry);
      tick();
    }
  } else {
    const { Tinypool } = await import('tinypool');
    const pool = new Tinypool({ filename: new URL('./worker.js', import.meta.url).href, minThreads: threads, maxThreads: threads });
    try {
      await Promise.all(
        pending.map(async (p) => {
          p.result = (await pool.run({ ...p.task, packsModule } satisfies WorkerTask)) as LintOutcome;
          tick();
        }),
      );
    } finally {
      await pool.destroy();
    }
  }
  if (progress) io.stderr.write('\r\u001b[K');
}

function listRules(registry: RuleRegistry, locale: Locale, opts: CliOptions, io: Io): number {
  const rows = registry.ids().map((id) => {
    const rule = registry.get(id)!;
    return {
      id,
      pack: id.split('/')[0]!,
      type: rule.meta.type,
      fixable: rule.meta.fixable === true,
      hasSuggestions: rule.meta.hasSuggestions === true,
      recommended: rule.meta.docs.recommended ?? false,
      description: localize(rule.meta.docs.description, locale),
      url: rule.meta.docs.url ?? null,
    };
  });
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const labels = locale === 'ar' ? { fix: 'إصلاح', suggest: 'اقتراح', none: '-' } : { fix: 'fix', suggest: 'suggest', none: '-' };
  const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
  const packWidth = Math.max(0, ...rows.map((r) => r.pack.length));
  const fixWidth = Math.max(labels.fix.length, labels.suggest.length, 1);
  for (const r of rows) {
    const fix = r.fixable ? labels.fix : r.hasSuggestions ? labels.suggest : labels.none;
    io.stdout.write(`${r.id.padEnd(idWidth)}  ${r.pack.padEnd(packWidth)}  ${fix.padEnd(fixWidth)}  ${r.description}\n`);
  }
  if (rows.length === 0) io.stdout.write(locale === 'ar' ? 'لا توجد قواعد محمّلة.\n' : 'No rules are loaded.\n');
  return 0;
}

export { ExitError };

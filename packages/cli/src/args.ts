/**
 * Command-line options (node:util parseArgs) and their help text. Every
 * mistake here is a UsageError: one clear line and exit code 2.
 */
import { parseArgs } from 'node:util';
import { parse as parseYamlText } from 'yaml';
import type { Locale, RuleSetting, Severity } from '@bayan/core';
import { FIX_TYPES, type FixType } from './lint-file.js';
import { UsageError } from './files.js';
import { describeFormats, FORMATS, isFormatName, type FormatName } from './formatters/list.js';

export { FORMATS, type FormatName };

export interface CliOptions {
  paths: string[];
  help: boolean;
  version: boolean;
  config?: string;
  noConfig: boolean;
  rules: Record<string, RuleSetting> | null;
  locale?: Locale;
  format: FormatName;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  quiet: boolean;
  maxWarnings: number;
  cache: boolean;
  cacheLocation: string;
  concurrency: 'auto' | number;
  shard?: { index: number; count: number };
  init: boolean;
  printConfig?: string;
  listRules: boolean;
  color?: boolean;
  errorOnUnmatchedPattern: boolean;
  ignore: boolean;
  ignorePatterns: string[];
  inlineConfig: boolean;
  /** Severity of unused bayan-disable directives; null: not reported. */
  unusedDirectives: Severity | null;
  /** --fix-type; null: every type. */
  fixTypes: FixType[] | null;
  /** Base URL of the rule docs in SARIF (--docs-url). */
  docsUrl?: string;
  followSymlinks: boolean;
  /** --timing: print each rule's time (lints in this thread only). */
  timing: boolean;
}

/** Words of `text` on lines of at most `width` characters, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

const OPTION_INDENT = ' '.repeat(27);

export const HELP = `Usage: bayan [options] [file | folder | glob ...]

Checks Arabic press releases (.md .markdown .txt .html .htm). With no path, checks
the current folder. Skips node_modules, .git, and what .gitignore files (each for its
own folder), .bayanignore, --ignore-pattern and the config's "ignores" list.

Configuration:
  -c, --config FILE        Use this config file (YAML or JSON) instead of looking for
                           bayan.config.yaml, .bayanrc.yaml|.yml|.json or a "bayan" key
                           in package.json in each file's folder and the folders above
  --no-config              Use no config file: the recommended preset applies
  --no-inline-config       Ignore <!-- bayan-disable … --> comments in the files
  --report-unused-disable-directives
                           Report bayan-disable comments that suppress nothing (error)
  --report-unused-disable-directives-severity off|warn|error
                           The same, at this severity
  --rule 'ID: SETTING'     Set a rule for this run, over the config; YAML, repeatable:
                           --rule 'numbers/currency: off'
                           --rule 'rtl/language-of-parts: [error, {}]'
  --locale ar|en           Language of messages (default: the config's locale, else
                           ar when LC_ALL or LANG starts with "ar", else en)

Output:
  -f, --format NAME        ${wrap(describeFormats(), 59, OPTION_INDENT)}
  -o, --output-file FILE   Write the report to FILE instead of standard output
  --docs-url URL           Base of the rule documentation links in SARIF (default: the
                           Bayan repository's main branch)
  --quiet                  Report errors only (warnings still count for --max-warnings)
  --max-warnings N         Exit 1 when there are more than N warnings (default -1: no limit)
  --color                  Force colours on (default: on for a terminal only;
                           NO_COLOR and FORCE_COLOR are honoured)
  --no-color               Force colours off

Fixing:
  --fix                    Write safe fixes back to the files (atomically; a file that
                           changed on disk meanwhile is skipped with a message)
  --fix-dry-run            Print the fixes as a unified diff (stylish) or as each file's
                           fixed text in "output" (json); write nothing
  --fix-type TYPES         Apply only fixes of rules of these types: problem, suggestion,
                           layout (comma-separated, repeatable; with --fix or --fix-dry-run)

Input:
  --stdin                  Lint standard input (with --fix: print the fixed text)
  --stdin-filename NAME    File name for standard input (format, config, report)
  --follow-symlinks        Also check files that symbolic links inside a folder lead to
                           outside it (by default such links are skipped with a note)

Files:
  --ignore-pattern PATTERN Skip files matching PATTERN (gitignore syntax, relative to the
                           working folder); repeatable
  --no-ignore              Check files that .gitignore, .bayanignore, --ignore-pattern and
                           the config's "ignores" would skip (node_modules and .git stay skipped)
  --no-error-on-unmatched-pattern
                           A path or pattern with no release file is a note on standard
                           error, not an error (exit 2)

Scale:
  --cache                  Reuse results for files whose content, resolved config and
                           Bayan version did not change
  --cache-location PATH    Cache file (default: .bayancache)
  --concurrency auto|N     Threads in all, this one included: at most N (1 = no worker),
                           or auto (default: one per MB of text, from 50 files); never
                           more than one per two cores, workers only for 2 MB of text or
                           more; output is the same either way
  --shard i/n              Lint only the i-th of n parts of the sorted file list
                           (for CI matrices); the n parts cover every file exactly once

Other:
  --init                   Write a commented starter bayan.config.yaml here
  --print-config FILE      Print the configuration that applies to FILE, as JSON
  --list-rules             List every rule: pack, fix, description (in --locale)
  --timing                 After the report, print the ten slowest rules and their share
                           of the time on standard error (lints in this thread only)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no error-level problem (and warnings within --max-warnings);
1 error-level problems or too many warnings; 2 usage, config or internal error,
or a path or pattern with no release file (see --no-error-on-unmatched-pattern).

bayan_d [options] [files...] runs the same through a warm server in the background
(for hooks and scripts that run Bayan again and again); bayan_d start | stop |
restart | status manages it. BAYAN_D_IDLE_MINUTES (default 15) stops an idle server.
`;

const spec = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  locale: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'follow-symlinks': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  init: { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  timing: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'no-inline-config': { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  'report-unused-disable-directives-severity': { type: 'string' },
  'fix-type': { type: 'string', multiple: true },
  'docs-url': { type: 'string' },
} as const;

const DIRECTIVE_SEVERITY: Record<string, Severity | null> = {
  off: null,
  '0': null,
  warn: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
};

function parseFixTypes(values: readonly string[] | undefined): FixType[] | null {
  if (!values) return null;
  const types = values.flatMap((v) => v.split(',')).map((t) => t.trim());
  for (const t of types)
    if (!(FIX_TYPES as readonly string[]).includes(t))
      throw new UsageError(`--fix-type ${t}: use problem, suggestion or layout`);
  return [...new Set(types)] as FixType[];
}

/** `--rule 'id: severity'` values, each a YAML mapping, merged left to right. */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleSetting> | null {
  if (values.length === 0) return null;
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    let parsed: unknown;
    try {
      parsed = parseYamlText(value);
    } catch (error) {
      throw new UsageError(
        `--rule '${value}': not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new UsageError(`--rule '${value}': expected 'rule-id: severity' or 'rule-id: [severity, {options}]'`);
    }
    // defineProperty, not assignment: a `__proto__` key must stay a key (and be refused as an unknown rule).
    for (const [id, setting] of Object.entries(parsed))
      Object.defineProperty(rules, id, {
        value: setting as RuleSetting,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return rules;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard ${value}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  // `--max-warnings -1` (ESLint's spelling of "no limit") would read as a flag.
  const args = argv
    .map((a, i) => (a === '-1' && argv[i - 1] === '--max-warnings' ? '--max-warnings=-1' : a))
    .filter((a, i, all) => !(a === '--max-warnings' && all[i + 1] === '--max-warnings=-1'));
  try {
    parsed = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}\nRun bayan --help for the options.`,
    );
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!isFormatName(format))
    throw new UsageError(`--format ${format}: unknown format (use one of: ${FORMATS.join(', ')})`);
  if (v.locale !== undefined && v.locale !== 'ar' && v.locale !== 'en')
    throw new UsageError(`--locale ${v.locale}: use ar or en`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^(\d+|-1)$/.test(v['max-warnings']) || !Number.isSafeInteger(maxWarnings))
      throw new UsageError(`--max-warnings ${v['max-warnings']}: expected a whole number ≥ 0 (or -1: no limit)`);
  }
  let concurrency: 'auto' | number = 'auto';
  if (v.concurrency !== undefined && v.concurrency !== 'auto') {
    concurrency = Number(v.concurrency);
    if (!/^\d+$/.test(v.concurrency) || concurrency < 1)
      throw new UsageError(`--concurrency ${v.concurrency}: expected auto or a whole number ≥ 1`);
  }
  if (v.config !== undefined && v['no-config'])
    throw new UsageError('--config and --no-config cannot be used together');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (v.stdin && parsed.positionals.length > 0)
    throw new UsageError('--stdin lints standard input: give no paths with it');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v['fix-type'] && !v.fix && !v['fix-dry-run']) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  let unusedDirectives: Severity | null = v['report-unused-disable-directives'] ? 'error' : null;
  const directiveSeverity = v['report-unused-disable-directives-severity'];
  if (directiveSeverity !== undefined) {
    if (!(directiveSeverity in DIRECTIVE_SEVERITY))
      throw new UsageError(`--report-unused-disable-directives-severity ${directiveSeverity}: use off, warn or error`);
    if (v['report-unused-disable-directives'])
      throw new UsageError(
        '--report-unused-disable-directives and --report-unused-disable-directives-severity cannot be used together',
      );
    unusedDirectives = DIRECTIVE_SEVERITY[directiveSeverity]!;
  }
  const options: CliOptions = {
    paths: parsed.positionals,
    help: v.help === true,
    version: v.version === true,
    noConfig: v['no-config'] === true,
    rules: parseRuleFlags(v.rule ?? []),
    format,
    fix: v.fix === true,
    fixDryRun: v['fix-dry-run'] === true,
    stdin: v.stdin === true,
    quiet: v.quiet === true,
    timing: v.timing === true,
    maxWarnings,
    cache: v.cache === true,
    cacheLocation: v['cache-location'] ?? '.bayancache',
    concurrency,
    init: v.init === true,
    listRules: v['list-rules'] === true,
    errorOnUnmatchedPattern: v['no-error-on-unmatched-pattern'] !== true,
    ignore: v['no-ignore'] !== true,
    ignorePatterns: v['ignore-pattern'] ?? [],
    inlineConfig: v['no-inline-config'] !== true,
    unusedDirectives,
    fixTypes: parseFixTypes(v['fix-type']),
    followSymlinks: v['follow-symlinks'] === true,
  };
  if (v.config !== undefined) options.config = v.config;
  if (v.locale !== undefined) options.locale = v.locale as Locale;
  if (v['output-file'] !== undefined) options.outputFile = v['output-file'];
  if (v['stdin-filename'] !== undefined) options.stdinFilename = v['stdin-filename'];
  if (v.shard !== undefined) options.shard = parseShard(v.shard);
  if (v['print-config'] !== undefined) options.printConfig = v['print-config'];
  if (v['docs-url'] !== undefined) {
    if (!URL.canParse(v['docs-url'])) throw new UsageError(`--docs-url ${v['docs-url']}: expected an absolute URL`);
    options.docsUrl = v['docs-url'];
  }
  if (v.color) options.color = true;
  if (v['no-color']) options.color = false;
  return options;
}

import type { Finding, Locale, RuleRegistry } from '@bayan/core';
import type { Spill } from './spill.js';

/** What a run knows about one file, handed to the formatters. */
export interface FileResult {
  /** Absolute path, or `<stdin>` / the `--stdin-filename` as given. */
  filePath: string;
  /** Path relative to the working folder with forward slashes (for text reports and annotations). */
  displayPath: string;
  findings: Finding[];
  /** The text that was linted ('' when the file could not be read). */
  source: string;
  /** The fixed text, when `--fix` or `--fix-dry-run` changed it. */
  output?: string;
  /**
   * A big plain-text file linted as a stream (big-file.ts): its findings and text are on disk, not in
   * `findings` and `source` (left empty), and `spill` says how many of each severity there are.
   */
  spill?: Spill;
}

export interface FormatContext {
  /** Language of the report's own words (summary line, labels). */
  locale: Locale;
  registry: RuleRegistry;
  version: string;
  /** ANSI colours (only on a terminal). */
  color: boolean;
  /** Wrap Arabic runs in Unicode isolates so terminals do not reorder the line around them. */
  isolate: boolean;
  /** Base URL for rule docs written as repository paths (SARIF helpUri); default: the project's repository. */
  docsBase?: string;
  /** Whether the warnings are over --max-warnings (then JUnit counts them as failures). */
  maxWarningsExceeded?: boolean;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fatal: number;
}

export function count(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fatal: 0 };
  for (const f of findings) {
    if (f.severity === 'error') {
      c.errors++;
      if (f.fix) c.fixableErrors++;
    } else {
      if (f.severity === 'warning') c.warnings++;
      else c.infos++;
      if (f.fix) c.fixableWarnings++;
    }
    if (f.fatal) c.fatal++;
  }
  return c;
}

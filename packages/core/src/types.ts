/**
 * Shared data shapes of the engine. Everything here is plain data so that
 * findings and fixes can cross a worker boundary, go into a cache, or be sent
 * over LSP unchanged.
 */

export type Locale = 'ar' | 'en';

/** The formats Bayan parses: plain text paragraphs, Markdown (mdast) and HTML (hast). */
export type Format = 'text' | 'markdown' | 'html';

/** A text in both of Bayan's message languages. */
export interface Localized {
  ar: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** What a config may write for a severity. */
export type SeveritySetting = Severity | 'warn' | 'off' | 0 | 1 | 2;

/** A point in the original text. Line and column are 1-based; column counts UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Place {
  start: Point;
  end: Point;
}

/** Half-open range of UTF-16 offsets into the original text. */
export type Range = readonly [number, number];

/** One text edit; `text` replaces `range`. */
export interface Edit {
  range: Range;
  text: string;
}

/** A fix or suggestion: a single edit (several edits are merged into one, ESLint-style). */
export type Fix = Edit;

export interface Suggestion {
  messageId: string;
  message: string;
  fix: Fix;
}

/**
 * A finding, shaped like a VFileMessage (unified) so that reporters and
 * language servers can read it.
 */
export interface Finding {
  ruleId: string;
  /** The pack the rule belongs to, e.g. `orthography`, or `bayan` for engine findings. */
  source: string;
  severity: Severity;
  messageId: string;
  /** Localised, placeholders filled. */
  message: string;
  data?: Record<string, string | number>;
  place: Place;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The offending text as written. */
  actual?: string;
  /** Candidate replacements; an empty array means "delete". */
  expected?: string[];
  fix?: Fix;
  suggestions?: Suggestion[];
  url?: string;
  /** A finding that stops the file from being linted (parse error). */
  fatal?: boolean;
}

import type { TokenStream } from '@bayan/arabic';
import type { SourceDocument } from './document.js';
import type { Edit, Format, Locale, Localized, Point, Range, Severity } from './types.js';
import type { WordLists } from './word-lists.js';

// Format lives in types.ts (plain data shapes, no imports); re-exported for the modules that import it from here.
export type { Format } from './types.js';
export type RuleType = 'problem' | 'suggestion' | 'layout';

/** A JSON Schema object (draft-07, validated with ajv). */
export type JsonSchema = Record<string, unknown>;

export interface RuleDocs {
  description: Localized;
  /**
   * In the `recommended` preset? `true` takes the severity from the rule type
   * (problem → error, otherwise warning); a severity sets it explicitly.
   */
  recommended?: boolean | Severity;
  /** Severity in the `strict` preset (every rule is on there; default from the type). */
  strict?: Severity;
  /** Where the rule's documentation lives (repository-relative or absolute URL). */
  url?: string;
}

export interface RuleMeta {
  /** `pack/rule-name`, e.g. `orthography/common-misspellings`. */
  id: string;
  type: RuleType;
  docs: RuleDocs;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** JSON Schema of the options object (use `additionalProperties: false`). */
  schema?: JsonSchema;
  /** Defaults merged under the user's options. */
  defaultOptions?: Record<string, unknown>;
  messages: Record<string, Localized>;
  /** Formats the rule applies to; default: all. */
  formats?: readonly Format[];
}

/** Anything with a unist position. */
export interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
}

export interface SuggestDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: Edit | readonly Edit[];
}

export interface ReportDescriptor {
  /** Either a node with a position, or a range of offsets. */
  node?: Positioned;
  range?: Range;
  messageId: string;
  data?: Record<string, string | number>;
  /** A safe fix, applied by `--fix`. Several edits are merged into one. */
  fix?: Edit | readonly Edit[] | null;
  /** Changes that may alter meaning: offered, never applied automatically. */
  suggest?: readonly SuggestDescriptor[];
  actual?: string;
  expected?: readonly string[];
  /** Lower this one finding's severity, e.g. `info` for a name in Latin script (a higher one than the configured severity is ignored). */
  severity?: Severity;
}

/** Shared, read-only view of the resolved configuration a rule may consult. */
export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Options;
  /** House-style choices from the config's `style` block (digits, quotes, terms…). */
  readonly style: Readonly<Record<string, unknown>>;
  /** Pack settings from the config (e.g. `terminology.dictionaries`, already loaded by the host). */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly locale: Locale;
  readonly document: SourceDocument;
  /** The whole original text. */
  readonly text: string;
  getText(target: Positioned | Range): string;
  pointAt(offset: number): Point;
  report(descriptor: ReportDescriptor): void;
  /**
   * The dictionary pass of this lint (word-lists.ts): register word lists in
   * `create`, read their matches in the visitors. Use `useWordList(context, list)`,
   * which also works for contexts a host builds without a pass.
   */
  readonly wordLists?: WordLists;
}

export type VisitorFunction = (node: never) => void | Promise<void>;

/** One paragraph of the token stream: tokens [start, end) of `stream`. */
export interface ProseParagraph {
  readonly stream: TokenStream;
  /** Index of the paragraph (0-based, document order). */
  readonly index: number;
  /** First token index. */
  readonly start: number;
  /** One past the last token index. */
  readonly end: number;
}

/**
 * The visitor keys of the shared views, typed. `Prose` and `Paragraph` read
 * the token stream (no tree is built for them); they run after the markup
 * tree's visitors and before the nlcst ones.
 */
export interface ProseVisitors {
  Document?: (document: SourceDocument) => void | Promise<void>;
  'Document:exit'?: (document: SourceDocument) => void | Promise<void>;
  /** Once per document, with its whole token stream. */
  Prose?: (stream: TokenStream) => void;
  /** Once per paragraph of prose, in document order. */
  Paragraph?: (paragraph: ProseParagraph) => void;
}

/**
 * Keys: the typed ones of `ProseVisitors`, markup node types (`element`,
 * `link`, `heading:exit`…) and nlcst node types (`WordNode`, `SentenceNode:exit`…).
 * An nlcst key makes the runner build and walk the nlcst tree for the
 * document: new rules read the token stream instead.
 */
export type Visitors = ProseVisitors & Record<string, VisitorFunction | undefined>;

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): Visitors;
}

/** Identity helper that gives a rule definition its types. */
export function defineRule<Options = Record<string, unknown>>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}

export function packOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? 'bayan' : ruleId.slice(0, slash);
}

/**
 * A source document: the original text, its markup tree (mdast for Markdown,
 * hast for HTML, none for plain text), its prose — the text parts only — as a
 * token stream (built on first use by the stream tokenizer) and, for the rules
 * that still visit nlcst nodes, as an nlcst tree built from that stream on
 * first use, and the inline directives (`<!-- bayan-disable … -->`). Every
 * offset points into the original text.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { releaseStream, streamToNlcst, tokenizeStream, type TokenStream } from '@bayan/arabic';
import { LineIndex } from './line-index.js';
import type { Format } from './types.js';
import { parseMarkdown, markdownProse } from './formats/markdown.js';
import { parseHtml, htmlProse } from './formats/html.js';
import { parseDirectives, type Directive } from './directives.js';
import { bomLength, shiftOffsets } from './formats/bom.js';
import { htmlTooDeep, markdownTooDeep, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from './formats/depth.js';
import type { Localized } from './types.js';

export interface SourceDocument {
  /** Path as given by the host (used for messages and overrides), `<stdin>` or `<text>` otherwise. */
  path: string;
  format: Format;
  text: string;
  /** The text starts with U+FEFF; it is part of `text` and never touched by fixes. */
  bom: boolean;
  /** The dominant line ending, for rules that insert line breaks. */
  eol: '\n' | '\r\n';
  lines: LineIndex;
  markup: MdastRoot | HastRoot | null;
  /**
   * The prose as an nlcst tree (for retext-style rules and hosts): built from
   * `stream` on first read and kept. Nothing in the engine reads it unless a
   * rule listens to nlcst node types.
   */
  prose: NlcstRoot;
  /**
   * The prose as a token stream (typed arrays and a table of distinct words):
   * the shared view rules read with the `Prose` and `Paragraph` visitors.
   * Built on first use and kept.
   */
  readonly stream: TokenStream;
  directives: Directive[];
  /**
   * Lets the memory of the stream built so far hold the next document's
   * (`releaseStream` of @bayan/arabic): for a host that is done with this
   * document's lint and holds no reference to its stream (a rule's caches
   * hold it by identity only). A later read of `stream` builds it again.
   */
  releaseStream?(): void;
}

export type ParseResult =
  | { ok: true; document: SourceDocument }
  | { ok: false; error: { message: string; offset: number; reason?: Localized } };

/** «مستوى» counted after a number, by Arabic plural category. */
const AR_LEVELS: Record<Intl.LDMLPluralRule, string> = {
  zero: 'مستوى',
  one: 'مستوى',
  two: 'مستوى',
  few: 'مستويات',
  many: 'مستوًى',
  other: 'مستوى',
};

function tooDeep(limit: number, offset: number): ParseResult {
  const en = `the markup is nested more than ${limit} levels deep`;
  const ar = `الوسوم متداخلة أكثر من ${limit} ${AR_LEVELS[new Intl.PluralRules('ar').select(limit)]}`;
  return { ok: false, error: { message: en, offset, reason: { ar, en } } };
}

const EXTENSIONS: Record<string, Format> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
};

/** The format for a file name, or undefined when Bayan does not lint that kind of file. */
export function formatForPath(path: string): Format | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined;
  return EXTENSIONS[path.slice(dot + 1).toLowerCase()];
}

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/**
 * The nlcst tree of a document's stream, with the root's position the
 * tokenizers give it: for plain text, from where the prose starts (`from`,
 * after a BOM) to the end of the last token; for markup (`from` -1), the span
 * of the paragraphs (or the document's start when there are none).
 */
function proseTree(stream: TokenStream, lines: LineIndex, from: number): NlcstRoot {
  const root = streamToNlcst(stream, (offset) => lines.pointAt(offset));
  const n = stream.size;
  if (from >= 0) {
    const start = lines.pointAt(from);
    root.position = { start, end: n > 0 ? lines.pointAt(stream.end[n - 1]!) : { ...start } };
  } else {
    const p = stream.paragraphCount;
    root.position = {
      start: p > 0 ? lines.pointAt(stream.start[stream.paragraphStart[0]!]!) : lines.pointAt(0),
      end: p > 0 ? lines.pointAt(stream.end[stream.paragraphEnd[p - 1]! - 1]!) : lines.pointAt(0),
    };
  }
  return root;
}

/**
 * A parsed document. The stream and the prose tree are built on first read
 * and kept in the object's own fields: kept in the variables of a closure
 * instead, every prose tree was promoted to the old generation by the
 * collector and building it cost ten times as much.
 */
class ParsedDocument implements SourceDocument {
  readonly #build: () => TokenStream;
  /** Where plain-text prose starts (after a BOM), or -1 for markup. */
  readonly #from: number;
  #stream: TokenStream | undefined;
  #prose: NlcstRoot | undefined;
  readonly bom: boolean;

  constructor(
    readonly path: string,
    readonly format: Format,
    readonly text: string,
    bom: number,
    readonly eol: '\n' | '\r\n',
    readonly lines: LineIndex,
    readonly markup: MdastRoot | HastRoot | null,
    build: () => TokenStream,
    public directives: Directive[],
  ) {
    this.bom = bom === 1;
    this.#build = build;
    this.#from = format === 'text' ? bom : -1;
  }

  get stream(): TokenStream {
    return (this.#stream ??= this.#build());
  }

  /** The stream has not been built yet. */
  streamPending(): boolean {
    return this.#stream === undefined;
  }

  releaseStream(): void {
    if (this.#stream === undefined) return;
    releaseStream(this.#stream);
    this.#stream = undefined;
  }

  get prose(): NlcstRoot {
    return (this.#prose ??= proseTree(this.stream, this.lines, this.#from));
  }

  set prose(tree: NlcstRoot) {
    this.#prose = tree;
  }
}

/**
 * Is `document` one `parseDocument` made, whose stream is not built yet? A lint
 * that builds the stream of such a document releases it at its end.
 */
export function streamPending(document: SourceDocument): boolean {
  return document instanceof ParsedDocument && document.streamPending();
}

/** Builds a document; never throws (a parser failure is returned as `{ok: false}`). */
export function parseDocument(text: string, options: { path?: string; format?: Format } = {}): ParseResult {
  const path = options.path ?? '<text>';
  const format = options.format ?? formatForPath(path) ?? 'text';
  const nul = text.indexOf('\0');
  if (nul !== -1) return { ok: false, error: { message: 'NUL character: this looks like a binary file', offset: nul } };
  try {
    const lines = new LineIndex(text);
    // The parsers see the text after a BOM; offsets are moved back onto `text`.
    const bom = bomLength(text);
    const body = bom === 0 ? text : text.slice(bom);
    // Depth is bounded before a parser runs: deep nesting costs parsers time and stack.
    if (format !== 'text') {
      const deepMarkdown = format === 'markdown' ? markdownTooDeep(body) : -1;
      if (deepMarkdown !== -1) return tooDeep(MAX_MARKDOWN_DEPTH, deepMarkdown + bom);
      const deepHtml = htmlTooDeep(body);
      if (deepHtml !== -1) return tooDeep(MAX_HTML_DEPTH, deepHtml + bom);
    }
    let markup: SourceDocument['markup'] = null;
    let build: () => TokenStream;
    if (format === 'markdown') {
      const tree = parseMarkdown(body);
      shiftOffsets(tree, bom);
      markup = tree;
      build = () => markdownProse(tree, text);
    } else if (format === 'html') {
      const tree = parseHtml(body);
      shiftOffsets(tree, bom);
      markup = tree;
      build = () => htmlProse(tree, text);
    } else {
      build = () => tokenizeStream(text, { from: bom });
    }
    const crlf = text.indexOf('\r\n');
    const eol = crlf !== -1 && crlf === text.indexOf('\n') - 1 ? '\r\n' : '\n';
    const document = new ParsedDocument(
      path,
      format,
      text,
      bom,
      eol,
      lines,
      markup,
      build,
      parseDirectives(markup, format, lines),
    );
    return { ok: true, document };
  } catch (error) {
    // Parsers recurse over the markup: absurd nesting (hostile input) exhausts the stack.
    const message =
      error instanceof RangeError
        ? 'the markup is nested too deeply to parse'
        : error instanceof Error
          ? error.message
          : String(error);
    return { ok: false, error: { message, offset: 0 } };
  }
}

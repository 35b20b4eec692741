import type { Paragraph, Root as NlcstRoot, WhiteSpace } from 'nlcst';
import { buildParagraph, tokenizeInline, TokenStreamBuilder, type TokenStream } from '@bayan/arabic';
import type { LineIndex } from '../line-index.js';

type Token = ReturnType<typeof tokenizeInline>[number];

/** A character reference in markup source (`&amp;`, `&#38;`, `&#x26;`). */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** What a reference reads as in prose: a neutral symbol (never a letter), one per source character. */
const MASK = '\uFFFC';

/**
 * The source text of a run, with every character reference masked: the runs
 * are markup source (HTML, Markdown), where «&amp;» is one character, so the
 * letters of a reference are never words, and masking keeps every offset
 * pointing into the original text.
 */
function maskReferences(run: string): string {
  return run.includes('&') ? run.replace(REFERENCE, (ref) => MASK.repeat(ref.length)) : run;
}

/** Where the runs of prose of a markup tree go: a token stream, or (for reference) an nlcst tree. */
interface ProseSink<R> {
  addRun(start: number, end: number): void;
  endParagraph(): void;
  finish(): R;
}

/**
 * Collects runs of text (exact source ranges) into the token stream. Markup
 * between runs of one paragraph (`**`, `<b>`) is not prose: the runs are
 * tokenized one by one at their own offsets, and a paragraph ends at a block.
 */
class StreamSink implements ProseSink<TokenStream> {
  readonly #text: string;
  readonly #builder: TokenStreamBuilder;

  constructor(text: string) {
    this.#text = text;
    this.#builder = new TokenStreamBuilder(text, { paragraphs: 'explicit' });
  }

  addRun(start: number, end: number): void {
    if (end <= start) return;
    const source = this.#text.slice(start, end);
    const run = maskReferences(source);
    this.#builder.addRun(run, start, run !== source);
  }

  endParagraph(): void {
    this.#builder.endParagraph();
  }

  finish(): TokenStream {
    return this.#builder.finish();
  }
}

/**
 * The same runs as an nlcst tree, built by the nlcst tokenizer
 * (`tokenizeInline` per run, `buildParagraph` per paragraph): the reference
 * the token stream is checked against (tests/stream), kept independent of it.
 */
class TreeSink implements ProseSink<NlcstRoot> {
  readonly #text: string;
  readonly #lines: LineIndex;
  readonly #paragraphs: Paragraph[] = [];
  #tokens: Token[] = [];

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  addRun(start: number, end: number): void {
    if (end <= start) return;
    const point = this.#lines.pointAt(start);
    const tokens = tokenizeInline(maskReferences(this.#text.slice(start, end)), {
      offset: start,
      line: point.line,
      column: point.column,
    });
    for (const token of tokens) this.#tokens.push(token);
  }

  endParagraph(): void {
    // A paragraph that is only white space is not prose.
    if (this.#tokens.some((t) => t.type !== 'WhiteSpaceNode')) {
      this.#paragraphs.push(buildParagraph(this.#tokens));
    }
    this.#tokens = [];
  }

  finish(): NlcstRoot {
    this.endParagraph();
    const children: Array<Paragraph | WhiteSpace> = this.#paragraphs;
    const first = this.#paragraphs[0]?.position?.start;
    const last = this.#paragraphs[this.#paragraphs.length - 1]?.position?.end;
    return {
      type: 'RootNode',
      children,
      position: {
        start: first ?? this.#lines.pointAt(0),
        end: last ?? this.#lines.pointAt(0),
      },
    };
  }
}

/** How a markup tree's nodes take part in prose. */
export interface ProseShape<N> {
  /** The node's children to visit (none for a leaf or a node that is not prose). */
  children(node: N): readonly N[];
  /** A text leaf: its source range is a run of prose. */
  isText(node: N): boolean;
  /** Not prose at all (code, raw HTML, script…): skipped with its subtree. */
  skip(node: N): boolean;
  /** A block: its runs form one paragraph, apart from the text around it. */
  isBlock(node: N): boolean;
}

type Positioned = {
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
};

/** Walks a markup tree (iteratively: hostile input can nest thousands of levels deep), feeding its runs of prose to `sink`. */
function walkProse<N extends Positioned, R>(tree: N, shape: ProseShape<N>, sink: ProseSink<R>): R {
  const nodes: N[] = [tree];
  /** Parallel to `nodes`: true for the frame that closes a block. */
  const closes: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    if (closes.pop()) {
      sink.endParagraph();
      continue;
    }
    if (shape.skip(node)) continue;
    if (shape.isText(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) sink.addRun(start, end);
      continue;
    }
    if (shape.isBlock(node)) {
      sink.endParagraph();
      nodes.push(node);
      closes.push(true);
    }
    const children = shape.children(node);
    for (let i = children.length - 1; i >= 0; i--) {
      nodes.push(children[i]!);
      closes.push(false);
    }
  }
  return sink.finish();
}

/** The token stream of a markup tree's prose. */
export function buildProse<N extends Positioned>(tree: N, shape: ProseShape<N>, text: string): TokenStream {
  return walkProse(tree, shape, new StreamSink(text));
}

/** The nlcst tree of a markup tree's prose, built by the nlcst tokenizer (the reference for the stream). */
export function buildProseTree<N extends Positioned>(
  tree: N,
  shape: ProseShape<N>,
  text: string,
  lines: LineIndex,
): NlcstRoot {
  return walkProse(tree, shape, new TreeSink(text, lines));
}

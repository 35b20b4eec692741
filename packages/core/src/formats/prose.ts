import type { Paragraph, Root as NlcstRoot, WhiteSpace } from 'nlcst';
import { buildParagraph, tokenizeInline } from '@bayan/arabic';
import type { LineIndex } from '../line-index.js';

type Token = ReturnType<typeof tokenizeInline>[number];

/** A character reference in markup source (`&amp;`, `&#38;`, `&#x26;`). */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** What a reference reads as in prose: a neutral symbol (never a letter), one per source character. */
const MASK = '\uFFFC';

/**
 * Collects runs of text (exact source ranges) into paragraphs. Markup between
 * runs of one paragraph (`**`, `<b>`) is not prose: the runs are tokenized one
 * by one at their own offsets, then grouped, so every token still points into
 * the original text.
 */
export class ProseBuilder {
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
    // The runs are markup source (HTML, Markdown), where «&amp;» is one character: the letters of a
    // reference are never words, and masking keeps every offset pointing into the original text.
    let run = this.#text.slice(start, end);
    if (run.includes('&')) run = run.replace(REFERENCE, (ref) => MASK.repeat(ref.length));
    const tokens = tokenizeInline(run, { offset: start, line: point.line, column: point.column });
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

type Positioned = { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined };

/** Walks a markup tree (iteratively: hostile input can nest thousands of levels deep) and builds its prose tree. */
export function buildProse<N extends Positioned>(tree: N, shape: ProseShape<N>, text: string, lines: LineIndex): NlcstRoot {
  const builder = new ProseBuilder(text, lines);
  const stack: Array<{ node: N; close: boolean }> = [{ node: tree, close: false }];
  while (stack.length > 0) {
    const { node, close } = stack.pop()!;
    if (close) {
      builder.endParagraph();
      continue;
    }
    if (shape.skip(node)) continue;
    if (shape.isText(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) builder.addRun(start, end);
      continue;
    }
    if (shape.isBlock(node)) {
      builder.endParagraph();
      stack.push({ node, close: true });
    }
    const children = shape.children(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, close: false });
  }
  return builder.finish();
}

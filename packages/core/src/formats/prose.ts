import type { Paragraph, Root as NlcstRoot, WhiteSpace } from 'nlcst';
import { buildParagraph, tokenizeInline } from '@bayan/arabic';
import type { LineIndex } from '../line-index.js';

type Token = ReturnType<typeof tokenizeInline>[number];

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
    const tokens = tokenizeInline(this.#text.slice(start, end), { offset: start, line: point.line, column: point.column });
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

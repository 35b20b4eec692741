/**
 * A ParseLatin-shaped parser class so Bayan's tokenizer can be used by
 * unified/retext and by mdast-util-to-nlcst@7 / hast-util-to-nlcst@4.
 * Those utilities call `parse`, `tokenize` and run the three plugin arrays;
 * their own sentence splitter ignores «؟», so a paragraph plugin regroups
 * the sentences with Bayan's rules.
 */
import type { Paragraph, Root, Sentence } from 'nlcst';
import { buildParagraph, tokenize, tokenizeInline, type InlineToken } from './tokenize.js';

/** Re-split a paragraph's sentences at Arabic and Latin terminals. */
function resplitSentences(paragraph: Paragraph): void {
  const tokens: InlineToken[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') tokens.push(...(child.children as InlineToken[]));
    else tokens.push(child as InlineToken);
  }
  paragraph.children = buildParagraph(tokens).children;
}

export class ArabicParser {
  doc: string | undefined;
  tokenizeSentencePlugins: Array<(node: Sentence) => undefined | void> = [];
  tokenizeParagraphPlugins: Array<(node: Paragraph) => undefined | void> = [resplitSentences];
  tokenizeRootPlugins: Array<(node: Root) => undefined | void> = [];

  constructor(doc?: string, _file?: unknown) {
    this.doc = doc === undefined || doc === null ? undefined : String(doc);
  }

  /** Whole document → Root. */
  parse(value?: string | null): Root {
    return this.tokenizeRoot(value ?? this.doc ?? '');
  }

  tokenizeRoot(value?: string | null): Root {
    return tokenize(value ?? '');
  }

  tokenizeParagraph(value?: string | null): Paragraph {
    return buildParagraph(tokenizeInline(value ?? ''));
  }

  tokenizeSentence(value?: string | null): Sentence {
    const children = tokenizeInline(value ?? '');
    const sentence: Sentence = { type: 'SentenceNode', children };
    const first = children[0]?.position;
    const last = children[children.length - 1]?.position;
    if (first && last) sentence.position = { start: { ...first.start }, end: { ...last.end } };
    return sentence;
  }

  /** Flat sentence content, as mdast-util-to-nlcst expects. */
  tokenize(value?: string | null): InlineToken[] {
    return tokenizeInline(value ?? '');
  }
}

/** unified plugin: use the Arabic parser (`unified().use(retextArabic)`). */
export function retextArabic(this: { parser?: unknown }): void {
  this.parser = (doc: unknown): Root => new ArabicParser().parse(String(doc));
}

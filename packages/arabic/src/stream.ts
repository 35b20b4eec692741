/**
 * The token stream: the shared prose view every rule reads.
 *
 * One document's prose as parallel typed arrays (struct of arrays), not a tree
 * of objects: token `i` spans `text.slice(start[i], end[i])`, has a `kind`, and
 * — for words and numbers — an index into `words`, the table of the document's
 * distinct words. Each distinct word is normalised and analysed (clitics,
 * number value) once per document, not per occurrence; rules that need more
 * per word (a lexicon look-up) keep their own arrays indexed by word id.
 *
 * Paragraphs and sentences are spans of token indexes. Tokens between
 * paragraphs (blank lines) belong to no paragraph; white space between
 * sentences belongs to its paragraph but to no sentence — exactly the shape of
 * the nlcst tree (`streamToNlcst` builds that tree on demand for rules that
 * still visit nlcst nodes).
 *
 * Offsets are offsets in the document's text. `text` is that text with every
 * character reference of markup source (`&amp;`) masked as U+FFFC, character
 * for character, so its length and every offset are the document's.
 */
import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  SentenceContent,
  Source,
  Symbol,
  Text,
  WhiteSpace,
  Word,
} from 'nlcst';
import type { Point } from 'unist';
import type { WordData } from './tokenize.js';

/** Token kinds (values of `TokenStream.kind`). */
export const TokenKind = {
  Word: 1,
  /** A run of digits (and separators) with no letter: a Word in nlcst, `words[id].number` is set. */
  Number: 2,
  WhiteSpace: 3,
  Punctuation: 4,
  Symbol: 5,
  /** URL, e-mail, #hashtag, @mention. */
  Source: 6,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** One distinct word (or number) of a document, with its analysis. Shared: read-only. */
export interface WordEntry extends WordData {
  /** The word as written (a slice of the text). */
  readonly value: string;
  /**
   * A number no other entry of the process has (see `wordSerial`): process-wide memos of
   * per-word analyses (`memoizeWord`) are arrays indexed by it.
   */
  readonly serial: number;
}

let serials = 0;
/** The serial of a new WordEntry (0, 1, 2… in the order entries are made). */
export function wordSerial(): number {
  return serials++;
}

export interface TokenStream {
  /** The document text (character references masked); token i is `text.slice(start[i], end[i])`. */
  readonly text: string;
  /** Number of tokens. */
  readonly size: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** A `TokenKind` per token. */
  readonly kind: Uint8Array;
  /** Index into `words` for Word and Number tokens, -1 for every other kind. */
  readonly word: Int32Array;
  /** The document's distinct words. */
  readonly words: readonly WordEntry[];
  /** Number of paragraphs; paragraph p spans tokens [paragraphStart[p], paragraphEnd[p]). */
  readonly paragraphCount: number;
  readonly paragraphStart: Int32Array;
  readonly paragraphEnd: Int32Array;
  /** Number of sentences (in document order); sentence s spans tokens [sentenceStart[s], sentenceEnd[s]). */
  readonly sentenceCount: number;
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  /** The text of token i. */
  value(i: number): string;
}

const NODE_TYPE: Record<number, string> = {
  [TokenKind.Word]: 'WordNode',
  [TokenKind.Number]: 'WordNode',
  [TokenKind.WhiteSpace]: 'WhiteSpaceNode',
  [TokenKind.Punctuation]: 'PunctuationNode',
  [TokenKind.Symbol]: 'SymbolNode',
  [TokenKind.Source]: 'SourceNode',
};

type PointAt = (offset: number) => Point;

/**
 * The nlcst tree of a stream (for rules that visit nlcst nodes). `pointAt`
 * maps an offset of the document to its line and column.
 */
export function streamToNlcst(stream: TokenStream, pointAt: PointAt): Root {
  const { start, end, kind, word, words } = stream;
  // Consecutive tokens share their boundary point, and the occurrences of a word share its data
  // (as the tokenizer's tree does): both read-only.
  let lastOffset = -1;
  let lastPoint: Point | undefined;
  const point = (offset: number): Point => {
    if (offset !== lastOffset || lastPoint === undefined) {
      lastPoint = pointAt(offset);
      lastOffset = offset;
    }
    return lastPoint;
  };
  const dataOf: Array<WordData | undefined> = new Array<WordData | undefined>(words.length);
  const token = (i: number): SentenceContent => {
    const position = { start: point(start[i]!), end: point(end[i]!) };
    const k = kind[i]!;
    if (k === TokenKind.Word || k === TokenKind.Number) {
      const id = word[i]!;
      // Every occurrence of a word shares its entry's string (no slice per occurrence).
      const textNode: Text = { type: 'TextNode', value: words[id]!.value, position };
      let data = dataOf[id];
      if (data === undefined) {
        const entry = words[id]!;
        data = { normal: entry.normal, folded: entry.folded, script: entry.script };
        if (entry.clitics) data.clitics = entry.clitics;
        if (entry.number) data.number = entry.number;
        dataOf[id] = data;
      }
      return { type: 'WordNode', children: [textNode], position, data } as Word;
    }
    return { type: NODE_TYPE[k], value: stream.value(i), position } as Punctuation | Symbol | WhiteSpace | Source;
  };
  const span = (from: number, to: number) => ({ start: { ...point(start[from]!) }, end: { ...point(end[to - 1]!) } });

  const children: Root['children'] = [];
  let s = 0;
  let t = 0;
  for (let p = 0; p < stream.paragraphCount; p++) {
    const pFrom = stream.paragraphStart[p]!;
    const pTo = stream.paragraphEnd[p]!;
    for (; t < pFrom; t++) children.push(token(t) as WhiteSpace);
    const paragraph: Paragraph = { type: 'ParagraphNode', children: [] };
    while (t < pTo) {
      if (s < stream.sentenceCount && stream.sentenceStart[s] === t) {
        const sFrom = t;
        const sTo = stream.sentenceEnd[s]!;
        const sentence: Sentence = { type: 'SentenceNode', children: [] };
        for (; t < sTo; t++) sentence.children.push(token(t));
        sentence.position = span(sFrom, sTo);
        paragraph.children.push(sentence);
        s++;
      } else {
        paragraph.children.push(token(t) as WhiteSpace);
        t++;
      }
    }
    if (pTo > pFrom) paragraph.position = span(pFrom, pTo);
    children.push(paragraph);
  }
  for (; t < stream.size; t++) children.push(token(t) as WhiteSpace);
  return { type: 'RootNode', children };
}

const KIND_OF: Record<string, TokenKind> = {
  WhiteSpaceNode: TokenKind.WhiteSpace,
  PunctuationNode: TokenKind.Punctuation,
  SymbolNode: TokenKind.Symbol,
  SourceNode: TokenKind.Source,
};

type AnyNode = {
  type: string;
  value?: string;
  children?: AnyNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: WordData;
};

/**
 * A stream read off an nlcst tree (the tree the tokenizer builds). `text` is
 * the document text; token values that differ from it (masked references)
 * are written into the stream's own copy.
 */
export function streamFromNlcst(root: Root, text: string): TokenStream {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const wordIds: number[] = [];
  const words: WordEntry[] = [];
  const ids = new Map<string, number>();
  const pStart: number[] = [];
  const pEnd: number[] = [];
  const sStart: number[] = [];
  const sEnd: number[] = [];
  let masked: string[] | null = null;

  const leaf = (node: AnyNode): void => {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    const value =
      node.type === 'WordNode' ? (node.children ?? []).map((c) => c.value ?? '').join('') : (node.value ?? '');
    if (value !== text.slice(from, to)) {
      masked ??= [];
      masked.push(`${from}:${value}`);
    }
    starts.push(from);
    ends.push(to);
    if (node.type === 'WordNode') {
      const data = node.data!;
      const k = data.script === 'number' ? TokenKind.Number : TokenKind.Word;
      const key = `${k}:${value}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = words.length;
        ids.set(key, id);
        words.push({ ...data, value, serial: wordSerial() });
      }
      kinds.push(k);
      wordIds.push(id);
    } else {
      kinds.push(KIND_OF[node.type] ?? TokenKind.Symbol);
      wordIds.push(-1);
    }
  };

  for (const child of root.children as AnyNode[]) {
    if (child.type !== 'ParagraphNode') {
      leaf(child);
      continue;
    }
    pStart.push(starts.length);
    for (const inner of child.children ?? []) {
      if (inner.type === 'SentenceNode') {
        sStart.push(starts.length);
        for (const t of inner.children ?? []) leaf(t);
        sEnd.push(starts.length);
      } else {
        leaf(inner);
      }
    }
    pEnd.push(starts.length);
  }

  let streamText = text;
  if (masked) {
    const chars = text.split('');
    for (const entry of masked as string[]) {
      const colon = entry.indexOf(':');
      const from = Number(entry.slice(0, colon));
      const value = entry.slice(colon + 1);
      for (let k = 0; k < value.length; k++) chars[from + k] = value[k]!;
    }
    streamText = chars.join('');
  }
  const start = Int32Array.from(starts);
  const end = Int32Array.from(ends);
  return {
    text: streamText,
    size: starts.length,
    start,
    end,
    kind: Uint8Array.from(kinds),
    word: Int32Array.from(wordIds),
    words,
    paragraphCount: pStart.length,
    paragraphStart: Int32Array.from(pStart),
    paragraphEnd: Int32Array.from(pEnd),
    sentenceCount: sStart.length,
    sentenceStart: Int32Array.from(sStart),
    sentenceEnd: Int32Array.from(sEnd),
    value: (i: number) => streamText.slice(start[i]!, end[i]!),
  };
}

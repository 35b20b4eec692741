/**
 * Tokenizer: plain text → nlcst with exact UTF-16 offsets.
 *
 * Algorithm: one left-to-right pass over the code points. Each code point
 * has a class (letter, mark, digit, space, format, punctuation, symbol),
 * cached per BMP code point, so classification is O(1) after the first
 * sight. At each position the longest token starting there is taken:
 *   - whitespace run → WhiteSpace;
 *   - URL / e-mail / #hashtag / @mention → Source (scans forward once; a
 *     failed e-mail scan records how far it looked so no character is
 *     rescanned for the same reason: the pass stays linear);
 *   - letters, marks and digits → Word. Inside a word we also keep an
 *     apostrophe between Latin letters and format characters (ZWNJ, bidi
 *     controls…) followed by more word characters. A run that starts with
 *     a digit and has no letters is a number: it may also contain `, . ٬ ٫`
 *     or a misused `،` between two digits, or a thin space before a group
 *     of exactly three digits;
 *   - anything else: one code point per Punctuation or Symbol node (format
 *     characters outside words become Symbols so rules can find them).
 * Tokens are slices of the input, so concatenating leaves reproduces it.
 * Sentences and paragraphs are grouped afterwards from the flat tokens.
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
import type { Point, Position } from 'unist';
import { digitSystem, isArabicScriptLetter, isLatinLetter } from './chars.js';
import { analyzeClitics, type CliticAnalysis } from './clitics.js';
import { normalizeWord } from './normalize.js';
import { parseNumber, type NumberInfo } from './numbers.js';
import { wordScript, type Script } from './script.js';

export interface WordData {
  /** normalize(word) without fold. */
  normal: string;
  /** normalize(word, {fold: true}). */
  folded: string;
  /** 'number' for numbers. */
  script: Script;
  /** For Arabic words: analyzeClitics(normal, options.lexicon). */
  clitics?: CliticAnalysis;
  /** For numbers. */
  number?: NumberInfo;
}

declare module 'nlcst' {
  // Bayan's analysis of a word, filled in by the tokenizer.
  interface WordData {
    normal?: string;
    folded?: string;
    script?: Script;
    clitics?: CliticAnalysis;
    number?: NumberInfo;
  }
}

export interface TokenizeOptions {
  /** Offset of the text in the whole document (default 0). */
  offset?: number;
  /** Line of the first character (1-based, default 1). */
  line?: number;
  /** Column of the first character (1-based, UTF-16 units, default 1). */
  column?: number;
  /** Stem lexicon passed to analyzeClitics. */
  lexicon?: (stem: string) => boolean;
}

export type InlineToken = Word | Punctuation | Symbol | WhiteSpace | Source;

// ---------------------------------------------------------------- classes

const enum Cls {
  Unknown,
  Letter,
  Mark,
  Digit,
  Space,
  Format,
  Punct,
  Symbol,
}

const SPACE_RE = /\p{White_Space}/u;
const FORMAT_RE = /\p{Cf}/u;
const MARK_RE = /\p{M}/u;
const LETTER_RE = /[\p{L}\p{N}]/u;
const PUNCT_RE = /\p{P}/u;
/** Po characters that behave as symbols (percent and per-mille signs). */
const SYMBOL_PUNCT = new Set([0x25, 0x066a, 0x0609, 0x060a, 0x2030, 0x2031]);
const NUMBER_SEPARATORS = new Set([0x2c, 0x2e, 0x066c, 0x066b, 0x060c]);

const bmpCache = new Uint8Array(0x10000);

function computeClass(cp: number): Cls {
  if (digitSystem(cp)) return Cls.Digit;
  if (cp === 0x0640) return Cls.Mark; // tatweel joins letters but is no letter itself
  const ch = String.fromCodePoint(cp);
  if (SPACE_RE.test(ch)) return Cls.Space;
  if (FORMAT_RE.test(ch)) return Cls.Format;
  if (MARK_RE.test(ch)) return Cls.Mark;
  if (LETTER_RE.test(ch)) return Cls.Letter;
  if (PUNCT_RE.test(ch) && !SYMBOL_PUNCT.has(cp)) return Cls.Punct;
  return Cls.Symbol;
}

/**
 * The tokenizer's class of a code point (0 never; 1 letter, 2 mark, 3 digit,
 * 4 space, 5 format, 6 punctuation, 7 symbol): for the stream tokenizer's
 * table, so both tokenizers classify alike.
 */
export function codePointClass(cp: number): number {
  return computeClass(cp);
}

function classOf(cp: number): Cls {
  if (cp > 0xffff) return computeClass(cp);
  let c = bmpCache[cp] as Cls;
  if (c === Cls.Unknown) {
    c = computeClass(cp);
    bmpCache[cp] = c;
  }
  return c;
}

function isAsciiAlnum(u: number): boolean {
  return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);
}

function isWordClass(c: Cls): boolean {
  return c === Cls.Letter || c === Cls.Mark || c === Cls.Digit;
}

// ---------------------------------------------------------------- scanner

class Scanner {
  /** E-mail scans starting before this index are known to fail. */
  private emailFailUntil = -1;

  constructor(private readonly text: string) {}

  cp(i: number): number {
    return this.text.codePointAt(i) ?? -1;
  }

  isDigitAt(i: number): boolean {
    return i < this.text.length && digitSystem(this.text.charCodeAt(i)) !== undefined;
  }

  prevIsWordChar(i: number): boolean {
    if (i === 0) return false;
    let u = this.text.charCodeAt(i - 1);
    if (u >= 0xdc00 && u <= 0xdfff && i >= 2) u = this.text.codePointAt(i - 2) ?? u;
    return isWordClass(classOf(u)) || u === 0x5f;
  }

  /** End of a Source token starting at i, or -1. */
  source(i: number): number {
    const t = this.text;
    const u = t.charCodeAt(i);
    if (u === 0x23 /* # */ || u === 0x40 /* @ */) {
      if (this.prevIsWordChar(i)) return -1;
      let j = i + 1;
      while (j < t.length) {
        const cp = this.cp(j);
        const ok = u === 0x23 ? isWordClass(classOf(cp)) || cp === 0x5f : isAsciiAlnum(cp) || cp === 0x5f;
        if (!ok) break;
        j += cp > 0xffff ? 2 : 1;
      }
      return j > i + 1 ? j : -1;
    }
    if (u === 0x68 || u === 0x48 || u === 0x77 || u === 0x57) {
      const head = t.slice(i, i + 8).toLowerCase();
      if (
        !this.prevIsWordChar(i) &&
        (/^https?:\/\//.test(head) || (head.startsWith('www.') && isAsciiAlnum(t.charCodeAt(i + 4))))
      ) {
        return this.urlEnd(i);
      }
    }
    if (isAsciiAlnum(u) && i >= this.emailFailUntil && !(i > 0 && isAsciiAlnum(t.charCodeAt(i - 1)))) {
      return this.emailEnd(i);
    }
    return -1;
  }

  private urlEnd(i: number): number {
    const t = this.text;
    let j = i;
    let open = 0;
    while (j < t.length) {
      const u = t.charCodeAt(j);
      if (
        classOf(u) === Cls.Space ||
        u === 0x3c ||
        u === 0x3e ||
        u === 0x22 ||
        u === 0xab ||
        u === 0xbb ||
        u === 0x060c ||
        u === 0x061b
      )
        break;
      if (u === 0x28) open++;
      else if (u === 0x29) open--;
      j++;
    }
    // Trailing sentence punctuation belongs to the text, not the URL.
    while (j > i) {
      const u = t.charCodeAt(j - 1);
      if (u === 0x29 && open < 0) {
        open++;
        j--;
        continue;
      }
      if (u === 0x29 || !".,:;!?'’”]}؟".includes(t[j - 1]!)) break;
      j--;
    }
    return j;
  }

  private emailEnd(i: number): number {
    const t = this.text;
    let j = i;
    while (j < t.length && /[A-Za-z0-9._%+-]/.test(t[j]!)) j++;
    if (t.charCodeAt(j) !== 0x40) {
      this.emailFailUntil = j;
      return -1;
    }
    let k = j + 1;
    while (k < t.length && /[A-Za-z0-9.-]/.test(t[k]!)) k++;
    while (k > j + 1 && (t[k - 1] === '.' || t[k - 1] === '-')) k--;
    const domain = t.slice(j + 1, k);
    if (/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) return k;
    this.emailFailUntil = j;
    return -1;
  }

  /** Scan a word or number starting at i; returns its end and kind. */
  word(i: number): { end: number; kind: 'word' | 'number' | 'marks' } {
    const t = this.text;
    const n = t.length;
    let j = i;
    let hasLetter = false;
    let hasDigit = false;
    let hasSep = false;
    let prevDigit = false;
    let prevLatin = false;
    let groupLen = 0;
    let prevArabic = false;
    while (j < n) {
      const cp = this.cp(j);
      const size = cp > 0xffff ? 2 : 1;
      const c = classOf(cp);
      if (c === Cls.Letter || c === Cls.Mark) {
        if (hasSep) break;
        if (c === Cls.Letter) {
          const arabic = isArabicScriptLetter(cp);
          // «و٣»: an Arabic letter and a digit never share a word.
          if (arabic && prevDigit) break;
          hasLetter = true;
          prevLatin = isLatinLetter(cp);
          prevArabic = arabic;
        }
        prevDigit = false;
        j += size;
        continue;
      }
      if (c === Cls.Digit) {
        if (prevArabic) break;
        hasDigit = true;
        prevDigit = true;
        prevLatin = false;
        groupLen++;
        j++;
        continue;
      }
      if (!hasLetter && prevDigit) {
        if (c === Cls.Punct && NUMBER_SEPARATORS.has(cp) && this.isDigitAt(j + 1)) {
          hasSep = true;
          prevDigit = false;
          groupLen = 0;
          j++;
          continue;
        }
        if (
          (cp === 0x202f || cp === 0x2009) &&
          groupLen <= 3 &&
          this.isDigitAt(j + 1) &&
          this.isDigitAt(j + 2) &&
          this.isDigitAt(j + 3) &&
          !this.isDigitAt(j + 4)
        ) {
          hasSep = true;
          prevDigit = false;
          groupLen = 0;
          j++;
          continue;
        }
      }
      if ((cp === 0x27 || cp === 0x2019) && prevLatin && !hasSep && isLatinLetter(this.cp(j + 1))) {
        prevLatin = false;
        j++;
        continue;
      }
      if (c === Cls.Format && !hasSep) {
        let k = j;
        while (k < n && classOf(this.cp(k)) === Cls.Format) k += this.cp(k) > 0xffff ? 2 : 1;
        if (k < n && isWordClass(classOf(this.cp(k)))) {
          j = k;
          continue;
        }
      }
      break;
    }
    if (j === i) j = i + (this.cp(i) > 0xffff ? 2 : 1); // never return an empty token
    const kind = hasLetter ? 'word' : hasDigit ? 'number' : 'marks';
    return { end: j, kind };
  }
}

// ---------------------------------------------------------------- positions

class Cursor {
  line: number;
  column: number;
  constructor(
    line: number,
    column: number,
    private readonly base: number,
  ) {
    this.line = line;
    this.column = column;
  }
  point(index: number): Point {
    return { line: this.line, column: this.column, offset: this.base + index };
  }
  /** Advance over `value` (which starts at `index`). */
  advance(value: string, mayBreak: boolean): void {
    if (!mayBreak) {
      this.column += value.length;
      return;
    }
    for (let k = 0; k < value.length; k++) {
      const u = value.charCodeAt(k);
      if (u === 0x0d && value.charCodeAt(k + 1) === 0x0a) {
        this.column++;
      } else if (u === 0x0a || u === 0x0d) {
        this.line++;
        this.column = 1;
      } else {
        this.column++;
      }
    }
  }
}

// ---------------------------------------------------------------- tokens

/**
 * Word data depends only on the word's text (and the lexicon), and words
 * repeat a lot in running text, so it is computed once per distinct word and
 * shared: treat it as read-only. The cache is bounded and only used without a
 * custom lexicon.
 */
const WORD_DATA_CACHE = new Map<string, WordData>();
const WORD_DATA_CACHE_LIMIT = 50_000;

/** The (shared, read-only) analysis of one word or number; cached per process without a lexicon. */
export function wordData(value: string, kind: 'word' | 'number', lexicon?: (stem: string) => boolean): WordData {
  const key = kind === 'number' ? `#${value}` : value;
  if (!lexicon) {
    const cached = WORD_DATA_CACHE.get(key);
    if (cached) return cached;
  }
  const normal = normalizeWord(value);
  let data: WordData;
  if (kind === 'number') {
    data = { normal, folded: normal, script: 'number', number: parseNumber(value) };
  } else {
    const script = wordScript(value);
    data = { normal, folded: normalizeWord(value, { fold: true }), script };
    if (script === 'arabic') data.clitics = analyzeClitics(normal, lexicon);
  }
  if (!lexicon) {
    if (WORD_DATA_CACHE.size >= WORD_DATA_CACHE_LIMIT) WORD_DATA_CACHE.clear();
    WORD_DATA_CACHE.set(key, data);
  }
  return data;
}

function makeWord(
  value: string,
  kind: 'word' | 'number',
  position: Position,
  lexicon?: (stem: string) => boolean,
): Word {
  // The Text child spans exactly its Word: it shares the (read-only) position.
  const text: Text = { type: 'TextNode', value, position };
  return { type: 'WordNode', children: [text], position, data: wordData(value, kind, lexicon) };
}

/**
 * Flat tokens of one run of text (no paragraphs/sentences). Every node has
 * a position; offsets are `options.offset` + index in `text`.
 */
export function tokenizeInline(text: string, options?: TokenizeOptions): InlineToken[] {
  const out: InlineToken[] = [];
  const scanner = new Scanner(text);
  const cursor = new Cursor(options?.line ?? 1, options?.column ?? 1, options?.offset ?? 0);
  const lexicon = options?.lexicon;
  const n = text.length;
  let i = 0;
  let start = cursor.point(0);

  while (i < n) {
    const cp = scanner.cp(i);
    const c = classOf(cp);
    let end: number;
    let type: InlineToken['type'];
    let kind: 'word' | 'number' | undefined;

    const sourceEnd = c === Cls.Space ? -1 : scanner.source(i);
    if (sourceEnd > i) {
      end = sourceEnd;
      type = 'SourceNode';
    } else if (c === Cls.Space) {
      end = i + 1;
      while (end < n && classOf(text.charCodeAt(end)) === Cls.Space) end++;
      type = 'WhiteSpaceNode';
    } else if (isWordClass(c)) {
      const scanned = scanner.word(i);
      end = scanned.end;
      if (scanned.kind === 'marks') {
        type = 'SymbolNode';
      } else {
        type = 'WordNode';
        kind = scanned.kind;
      }
    } else {
      end = i + (cp > 0xffff ? 2 : 1);
      type = c === Cls.Punct ? 'PunctuationNode' : 'SymbolNode';
    }

    const value = text.slice(i, end);
    cursor.advance(value, type === 'WhiteSpaceNode');
    // A token's end point is the next token's start point: one shared (read-only) object.
    const endPoint = cursor.point(end);
    const position: Position = { start, end: endPoint };
    start = endPoint;
    if (type === 'WordNode') out.push(makeWord(value, kind!, position, lexicon));
    else out.push({ type, value, position } as InlineToken);
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------- grouping

const TERMINALS = new Set(['.', '!', '؟', '?', '…']);
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']', '}', '›']);

function span(children: Array<{ position?: Position | undefined }>): Position | undefined {
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  return first && last ? { start: { ...first.start }, end: { ...last.end } } : undefined;
}

function withPosition<T extends Paragraph | Sentence | Root>(
  node: T,
  children: Array<{ position?: Position | undefined }>,
): T {
  const position = span(children);
  if (position) node.position = position;
  return node;
}

/**
 * Group flat tokens (possibly from several runs of one paragraph) into a
 * Paragraph of Sentences. A sentence ends after `.` `!` `؟` `?` `…` and any
 * terminals or closing quotes/brackets right after it, or at a blank line;
 * whitespace between sentences belongs to the paragraph.
 */
export function buildParagraph(tokens: InlineToken[]): Paragraph {
  const children: Paragraph['children'] = [];
  let sentence: SentenceContent[] = [];

  const flush = (): void => {
    // Trailing whitespace goes back to the paragraph.
    let last = sentence.length;
    while (last > 0 && sentence[last - 1]!.type === 'WhiteSpaceNode') last--;
    const trailing = sentence.slice(last) as WhiteSpace[];
    if (last > 0) {
      const body = sentence.slice(0, last);
      children.push(withPosition<Sentence>({ type: 'SentenceNode', children: body }, body));
    }
    children.push(...trailing);
    sentence = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'WhiteSpaceNode' && (sentence.length === 0 || countBreaks(token.value) >= 2)) {
      // A blank line ends a sentence even without a terminal (a heading, a list item).
      if (sentence.length > 0) flush();
      children.push(token);
      continue;
    }
    sentence.push(token);
    if (token.type === 'PunctuationNode' && TERMINALS.has(token.value)) {
      while (i + 1 < tokens.length) {
        const next = tokens[i + 1]!;
        if (next.type !== 'PunctuationNode' || !(TERMINALS.has(next.value) || CLOSERS.has(next.value))) break;
        sentence.push(next);
        i++;
      }
      flush();
    }
  }
  flush();
  return withPosition<Paragraph>({ type: 'ParagraphNode', children }, children);
}

function countBreaks(value: string): number {
  let breaks = 0;
  for (let k = 0; k < value.length; k++) {
    const u = value.charCodeAt(k);
    if (u === 0x0a || (u === 0x0d && value.charCodeAt(k + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}

/** Whole plain text → Root of Paragraphs (split at blank lines; those WhiteSpace nodes are children of Root). */
export function tokenize(text: string, options?: TokenizeOptions): Root {
  const tokens = tokenizeInline(text, options);
  const children: Root['children'] = [];
  let run: InlineToken[] = [];
  const flush = (): void => {
    if (run.length > 0) children.push(buildParagraph(run));
    run = [];
  };
  for (const token of tokens) {
    if (token.type === 'WhiteSpaceNode' && countBreaks(token.value) >= 2) {
      flush();
      children.push(token);
    } else {
      run.push(token);
    }
  }
  flush();

  const root: Root = { type: 'RootNode', children };
  const start = new Cursor(options?.line ?? 1, options?.column ?? 1, options?.offset ?? 0);
  const first = start.point(0);
  const last = tokens[tokens.length - 1]?.position?.end ?? first;
  root.position = { start: first, end: { ...last } };
  return root;
}

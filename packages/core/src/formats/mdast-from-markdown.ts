/*! @license
 * The compiler below is adapted from mdast-util-from-markdown 2.1.0 (lib/index.js), under its licence:
 *
 * (The MIT License)
 *
 * Copyright (c) Titus Wormer <tituswormer@gmail.com>
 *
 * Permission is hereby granted, free of charge, to any person obtaining
 * a copy of this software and associated documentation files (the
 * 'Software'), to deal in the Software without restriction, including
 * without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to
 * the following conditions:
 *
 * The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
 * EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
 * IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
 * CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
 * TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
 * SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
/**
 * Markdown to mdast with everything that does not depend on the document
 * built once per process.
 *
 * remark-parse calls `fromMarkdown` of mdast-util-from-markdown for every
 * document, and that call combines micromark's constructs with the GFM and
 * frontmatter extensions (`combineExtensions`) and builds the compiler's
 * table of about a hundred handlers before it reads a character: 40 µs of a
 * 4-character document's 85 µs. Here micromark's parser (its exported
 * `parse`, `preprocess` and `postprocess`) is made once and its per-document
 * state (`defined`, `lazy`, `gfmFootnotes`) reset for each document, and the
 * compiler below is mdast-util-from-markdown 2.1.0's (MIT, © Titus Wormer),
 * which the package does not export, with its handler table built once and
 * one context per document instead of one copied object per event. The
 * extensions are the ones remark-gfm and remark-frontmatter register on the
 * unified processor, so the tree is the one remark-parse builds, positions
 * included (markdown-parser.test.ts checks it on every Markdown fixture).
 *
 * GFM's autolink-literal transform walks the whole tree four times looking
 * for URLs and e-mail addresses; it can only find one in a block whose source
 * has `@`, `http`, `www` or a character reference (`&`), so it is run on
 * those blocks only (`TextTransforms`).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Root } from 'mdast';
import type { Extension as MdastExtension, Transform } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse, postprocess, preprocess } from 'micromark';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Event, Extension as SyntaxExtension, ParseContext, Point, Token } from 'micromark-util-types';
import { stringifyPosition } from 'unist-util-stringify-position';

/** A node while the tree is built: mdast nodes and fragments, their fields written by the handlers. */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  position?: { start: Position; end: Position | undefined } | undefined;
  [field: string]: unknown;
}
interface Position {
  line: number;
  column: number;
  offset: number;
}
interface Data {
  atHardBreak?: boolean | undefined;
  characterReferenceType?: string | undefined;
  expectingFirstListItemValue?: boolean | undefined;
  flowCodeInside?: boolean | undefined;
  inReference?: boolean | undefined;
  setextHeadingSlurpLineEnding?: boolean | undefined;
  referenceType?: 'collapsed' | 'full' | undefined;
  [key: string]: unknown;
}
type OnError = (this: Context, left: Token | undefined, right: Token) => void;
type TokenTuple = [Token, OnError | undefined];
type Handle = (this: Context, token: Token) => void;
interface Config {
  afterExit: Handle[];
  beforeEnter: Handle[];
  transforms: Transform[];
  canContainEols: string[];
  enter: Record<string, Handle>;
  exit: Record<string, Handle>;
}
interface Context {
  stack: Node[];
  tokenStack: TokenTuple[];
  config: Config;
  data: Data;
  enter(this: Context, node: Node, token: Token, errorHandler?: OnError): void;
  exit(this: Context, token: Token, onExitError?: OnError): void;
  buffer(this: Context): void;
  resume(this: Context): string;
  sliceSerialize: (token: Pick<Token, 'start' | 'end'>, expandTabs?: boolean) => string;
}

const own = Object.prototype.hasOwnProperty;

/** The innermost open node (the handlers only run where one is open). */
function top(context: Context, depth = 1): Node {
  return context.stack[context.stack.length - depth]!;
}

function point(d: Point | Position): Position {
  return { line: d.line, column: d.column, offset: d.offset };
}

function opener(create: (token: Token) => Node, and?: Handle): Handle {
  return function open(this: Context, token: Token) {
    enter.call(this, create(token), token);
    if (and) and.call(this, token);
  };
}

function closer(and?: Handle): Handle {
  return function close(this: Context, token: Token) {
    if (and) and.call(this, token);
    exit.call(this, token);
  };
}

function buffer(this: Context): void {
  this.stack.push({ type: 'fragment', children: [] });
}

function enter(this: Context, node: Node, token: Token, errorHandler?: OnError): void {
  const parent = top(this);
  parent.children!.push(node);
  this.stack.push(node);
  this.tokenStack.push([token, errorHandler || undefined]);
  node.position = { start: point(token.start), end: undefined };
}

function exit(this: Context, token: Token, onExitError?: OnError): void {
  const node = this.stack.pop()!;
  const open = this.tokenStack.pop();
  if (!open) {
    throw new Error(
      'Cannot close `' +
        token.type +
        '` (' +
        stringifyPosition({ start: token.start, end: token.end }) +
        '): it’s not open',
    );
  }
  if (open[0].type !== token.type) {
    if (onExitError) onExitError.call(this, token, open[0]);
    else (open[1] || defaultOnError).call(this, token, open[0]);
  }
  node.position!.end = point(token.end);
}

function resume(this: Context): string {
  return toString(this.stack.pop() as Nodes);
}

function defaultOnError(left: Token | undefined, right: Token): never {
  if (left) {
    throw new Error(
      'Cannot close `' +
        left.type +
        '` (' +
        stringifyPosition({ start: left.start, end: left.end }) +
        '): a different token (`' +
        right.type +
        '`, ' +
        stringifyPosition({ start: right.start, end: right.end }) +
        ') is open',
    );
  }
  throw new Error(
    'Cannot close document, a token (`' +
      right.type +
      '`, ' +
      stringifyPosition({ start: right.start, end: right.end }) +
      ') is still open',
  );
}

// Handlers.

function onenterlistordered(this: Context): void {
  this.data.expectingFirstListItemValue = true;
}

function onenterlistitemvalue(this: Context, token: Token): void {
  if (this.data.expectingFirstListItemValue) {
    top(this, 2).start = Number.parseInt(this.sliceSerialize(token), 10);
    this.data.expectingFirstListItemValue = undefined;
  }
}

function onexitcodefencedfenceinfo(this: Context): void {
  const data = this.resume();
  top(this).lang = data;
}

function onexitcodefencedfencemeta(this: Context): void {
  const data = this.resume();
  top(this).meta = data;
}

function onexitcodefencedfence(this: Context): void {
  // Exit if this is the closing fence.
  if (this.data.flowCodeInside) return;
  this.buffer();
  this.data.flowCodeInside = true;
}

function onexitcodefenced(this: Context): void {
  const data = this.resume();
  top(this).value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  this.data.flowCodeInside = undefined;
}

function onexitcodeindented(this: Context): void {
  const data = this.resume();
  top(this).value = data.replace(/(\r?\n|\r)$/g, '');
}

function onexitdefinitionlabelstring(this: Context, token: Token): void {
  const label = this.resume();
  const node = top(this);
  node.label = label;
  node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
}

function onexitdefinitiontitlestring(this: Context): void {
  const data = this.resume();
  top(this).title = data;
}

function onexitdefinitiondestinationstring(this: Context): void {
  const data = this.resume();
  top(this).url = data;
}

function onexitatxheadingsequence(this: Context, token: Token): void {
  const node = top(this);
  if (!node.depth) node.depth = this.sliceSerialize(token).length;
}

function onexitsetextheadingtext(this: Context): void {
  this.data.setextHeadingSlurpLineEnding = true;
}

function onexitsetextheadinglinesequence(this: Context, token: Token): void {
  top(this).depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
}

function onexitsetextheading(this: Context): void {
  this.data.setextHeadingSlurpLineEnding = undefined;
}

function onenterdata(this: Context, token: Token): void {
  const siblings = top(this).children!;
  let tail = siblings[siblings.length - 1];
  if (!tail || tail.type !== 'text') {
    tail = text();
    tail.position = { start: point(token.start), end: undefined };
    siblings.push(tail);
  }
  this.stack.push(tail);
}

function onexitdata(this: Context, token: Token): void {
  const tail = this.stack.pop()!;
  tail.value += this.sliceSerialize(token);
  tail.position!.end = point(token.end);
}

function onexitlineending(this: Context, token: Token): void {
  const context = top(this);
  // If we’re at a hard break, include the line ending in there.
  if (this.data.atHardBreak) {
    const tail = context.children![context.children!.length - 1]!;
    tail.position!.end = point(token.end);
    this.data.atHardBreak = undefined;
    return;
  }
  if (!this.data.setextHeadingSlurpLineEnding && this.config.canContainEols.includes(context.type)) {
    onenterdata.call(this, token);
    onexitdata.call(this, token);
  }
}

function onexithardbreak(this: Context): void {
  this.data.atHardBreak = true;
}

function onexitvalue(this: Context): void {
  const data = this.resume();
  top(this).value = data;
}

function onexitlinkorimage(this: Context): void {
  const node = top(this);
  // Note: there are also `identifier` and `label` fields on this link node!
  // These are used / cleaned here.
  if (this.data.inReference) {
    node.type += 'Reference';
    node.referenceType = this.data.referenceType || 'shortcut';
    delete node.url;
    delete node.title;
  } else {
    delete node.identifier;
    delete node.label;
  }
  this.data.referenceType = undefined;
}

function onexitlabeltext(this: Context, token: Token): void {
  const string = this.sliceSerialize(token);
  const ancestor = top(this, 2);
  ancestor.label = decodeString(string);
  ancestor.identifier = normalizeIdentifier(string).toLowerCase();
}

function onexitlabel(this: Context): void {
  const fragment = top(this);
  const value = this.resume();
  const node = top(this);
  // Assume a reference.
  this.data.inReference = true;
  if (node.type === 'link') node.children = fragment.children;
  else node.alt = value;
}

function onexitresourcedestinationstring(this: Context): void {
  const data = this.resume();
  top(this).url = data;
}

function onexitresourcetitlestring(this: Context): void {
  const data = this.resume();
  top(this).title = data;
}

function onexitresource(this: Context): void {
  this.data.inReference = undefined;
}

function onenterreference(this: Context): void {
  this.data.referenceType = 'collapsed';
}

function onexitreferencestring(this: Context, token: Token): void {
  const label = this.resume();
  const node = top(this);
  node.label = label;
  node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  this.data.referenceType = 'full';
}

function onexitcharacterreferencemarker(this: Context, token: Token): void {
  this.data.characterReferenceType = token.type;
}

function onexitcharacterreferencevalue(this: Context, token: Token): void {
  const data = this.sliceSerialize(token);
  const type = this.data.characterReferenceType;
  let value: string | false;
  if (type) {
    value = decodeNumericCharacterReference(data, type === 'characterReferenceMarkerNumeric' ? 10 : 16);
    this.data.characterReferenceType = undefined;
  } else {
    value = decodeNamedCharacterReference(data);
  }
  top(this).value += value as string;
}

function onexitcharacterreference(this: Context, token: Token): void {
  const tail = this.stack.pop()!;
  tail.position!.end = point(token.end);
}

function onexitautolinkprotocol(this: Context, token: Token): void {
  onexitdata.call(this, token);
  top(this).url = this.sliceSerialize(token);
}

function onexitautolinkemail(this: Context, token: Token): void {
  onexitdata.call(this, token);
  top(this).url = 'mailto:' + this.sliceSerialize(token);
}

// Node factories.

const blockQuote = (): Node => ({ type: 'blockquote', children: [], position: undefined });
const codeFlow = (): Node => ({ type: 'code', lang: null, meta: null, value: '', position: undefined });
const codeText = (): Node => ({ type: 'inlineCode', value: '', position: undefined });
const definition = (): Node => ({
  type: 'definition',
  identifier: '',
  label: null,
  title: null,
  url: '',
  position: undefined,
});
const emphasis = (): Node => ({ type: 'emphasis', children: [], position: undefined });
const heading = (): Node => ({ type: 'heading', depth: 0, children: [], position: undefined });
const hardBreak = (): Node => ({ type: 'break', position: undefined });
const html = (): Node => ({ type: 'html', value: '', position: undefined });
const image = (): Node => ({ type: 'image', title: null, url: '', alt: null, position: undefined });
const link = (): Node => ({ type: 'link', title: null, url: '', children: [], position: undefined });
const list = (token: Token): Node => ({
  type: 'list',
  ordered: token.type === 'listOrdered',
  start: null,
  spread: token._spread,
  children: [],
  position: undefined,
});
const listItem = (token: Token): Node => ({
  type: 'listItem',
  spread: token._spread,
  checked: null,
  children: [],
  position: undefined,
});
const paragraph = (): Node => ({ type: 'paragraph', children: [], position: undefined });
const strong = (): Node => ({ type: 'strong', children: [], position: undefined });
const text = (): Node => ({ type: 'text', value: '', position: undefined });
const thematicBreak = (): Node => ({ type: 'thematicBreak', position: undefined });

/** The handler table of mdast-util-from-markdown, with the extensions merged in as its `configure` does. */
function buildConfig(extensions: readonly (MdastExtension | MdastExtension[])[]): Config {
  const config: Config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ['emphasis', 'fragment', 'heading', 'paragraph', 'strong'],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list, onenterlistordered),
      listUnordered: opener(list),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak),
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitvalue),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexitvalue),
      htmlFlowData: onexitdata,
      htmlText: closer(onexitvalue),
      htmlTextData: onexitdata,
      image: closer(onexitlinkorimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlinkorimage),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer(),
    },
  };
  configure(config, extensions);
  return config;
}

function configure(combined: Config, extensions: readonly (MdastExtension | MdastExtension[])[]): void {
  for (const value of extensions) {
    if (Array.isArray(value)) configure(combined, value);
    else extension(combined, value);
  }
}

function extension(combined: Config, extension: MdastExtension): void {
  if (extension.canContainEols) combined.canContainEols.push(...extension.canContainEols);
  if (extension.transforms) combined.transforms.push(...extension.transforms);
  if (extension.afterExit) combined.afterExit.push(extension.afterExit as unknown as Handle);
  if (extension.beforeEnter) combined.beforeEnter.push(extension.beforeEnter as unknown as Handle);
  if (extension.enter) Object.assign(combined.enter, extension.enter);
  if (extension.exit) Object.assign(combined.exit, extension.exit);
}

/** Adds `listItem` events and infers the spread of a list (mdast-util-from-markdown's `prepareList`). */
function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let index = start - 1;
  let containerBalance = -1;
  let listSpread = false;
  let item: Token | undefined;
  let lineIndex: number | undefined;
  let firstBlankLineIndex: number | undefined;
  let atMarker: boolean | undefined;
  const insertions: Array<{ at: number; event: Event }> = [];
  while (++index <= end) {
    const event = events[index]!;
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote': {
        if (event[0] === 'enter') containerBalance++;
        else containerBalance--;
        atMarker = undefined;
        break;
      }
      case 'lineEndingBlank': {
        if (event[0] === 'enter') {
          if (item && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index;
          atMarker = undefined;
        }
        break;
      }
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break;
      default:
        atMarker = undefined;
    }
    if (
      (!containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix') ||
      (containerBalance === -1 &&
        event[0] === 'exit' &&
        (event[1].type === 'listUnordered' || event[1].type === 'listOrdered'))
    ) {
      if (item) {
        let tailIndex = index;
        lineIndex = undefined;
        while (tailIndex--) {
          const tailEvent = events[tailIndex]!;
          if (tailEvent[1].type === 'lineEnding' || tailEvent[1].type === 'lineEndingBlank') {
            if (tailEvent[0] === 'exit') continue;
            if (lineIndex) {
              events[lineIndex]![1].type = 'lineEndingBlank';
              listSpread = true;
            }
            tailEvent[1].type = 'lineEnding';
            lineIndex = tailIndex;
          } else if (
            tailEvent[1].type === 'linePrefix' ||
            tailEvent[1].type === 'blockQuotePrefix' ||
            tailEvent[1].type === 'blockQuotePrefixWhitespace' ||
            tailEvent[1].type === 'blockQuoteMarker' ||
            tailEvent[1].type === 'listItemIndent'
          ) {
            // Empty.
          } else {
            break;
          }
        }
        if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) item._spread = true;
        // Fix position.
        item.end = Object.assign({}, lineIndex ? events[lineIndex]![1].start : event[1].end);
        insertions.push({ at: lineIndex || index, event: ['exit', item, event[2]] });
      }
      // Create a new list item.
      if (event[1].type === 'listItemPrefix') {
        const created = {
          type: 'listItem',
          _spread: false,
          start: Object.assign({}, event[1].start),
          end: undefined,
        } as unknown as Token;
        item = created;
        insertions.push({ at: index, event: ['enter', created, event[2]] });
        firstBlankLineIndex = undefined;
        atMarker = true;
      }
    }
  }
  const listEvents = events.splice(start);
  let insertion = 0;
  index = -1;
  while (++index < listEvents.length) {
    while (insertion < insertions.length && insertions[insertion]!.at === start + index) {
      events.push(insertions[insertion++]!.event);
    }
    events.push(listEvents[index]!);
  }
  events[start]![1]._spread = listSpread;
}

/** Turns micromark's events into an mdast tree (mdast-util-from-markdown's `compile`). */
function compile(config: Config, input: Event[]): Root {
  const tree: Node = { type: 'root', children: [], position: undefined };
  const context: Context = {
    stack: [tree],
    tokenStack: [],
    config,
    enter,
    exit,
    buffer,
    resume,
    data: {},
    sliceSerialize: undefined as unknown as Context['sliceSerialize'],
  };
  const listStack: number[] = [];
  const events: Event[] = [];
  // Add `listItem` tokens and infer spread; each list is prepared while it is last, so nothing shifts.
  for (const event of input) {
    events.push(event);
    if (event[1].type === 'listOrdered' || event[1].type === 'listUnordered') {
      if (event[0] === 'enter') listStack.push(events.length - 1);
      else prepareList(events, listStack.pop()!);
    }
  }
  const { enter: onEnter, exit: onExit, beforeEnter, afterExit } = config;
  for (const [kind, token, tokenizer] of events) {
    context.sliceSerialize = tokenizer.sliceSerialize;
    if (kind === 'enter') {
      for (const listener of beforeEnter) listener.call(context, token);
      if (own.call(onEnter, token.type)) onEnter[token.type]!.call(context, token);
    } else {
      if (own.call(onExit, token.type)) onExit[token.type]!.call(context, token);
      for (const listener of afterExit) listener.call(context, token);
    }
  }
  // Handle tokens still being open.
  if (context.tokenStack.length > 0) {
    const tail = context.tokenStack[context.tokenStack.length - 1]!;
    (tail[1] || defaultOnError).call(context, undefined, tail[0]);
  }
  const origin = { line: 1, column: 1, offset: 0 };
  tree.position = {
    start: point(events.length > 0 ? events[0]![1].start : origin),
    end: point(events.length > 0 ? events[events.length - 2]![1].end : origin),
  };
  return tree as Root;
}

/**
 * Transforms that only rewrite text nodes whose text matches `needs`, in place
 * (GFM's literal autolinks: a URL or an address becomes a link). They are run
 * on the top-level blocks whose source matches, which are the blocks they
 * would change, instead of on the whole tree.
 */
export interface TextTransforms {
  transforms: ReadonlySet<Transform>;
  /** Matches the source of every block in which the transforms could change something. */
  needs: RegExp;
}

function runTransforms(tree: Root, transforms: readonly Transform[], source: string, text?: TextTransforms): Root {
  let scope: Root | null | undefined;
  for (const transform of transforms) {
    if (!text?.transforms.has(transform)) {
      tree = transform(tree) || tree;
      continue;
    }
    // A wrapper of the same block objects: the transform splices text nodes' parents, never the root.
    scope ??=
      text.needs.test(source) && !tree.children.some((child) => (child.type as string) === 'text')
        ? {
            type: 'root',
            children: tree.children.filter((child) => {
              const start = child.position?.start.offset;
              const end = child.position?.end.offset;
              return start === undefined || end === undefined || text.needs.test(source.slice(start, end));
            }),
          }
        : null;
    if (scope && scope.children.length > 0) transform(scope);
  }
  return tree;
}

/**
 * Copies of micromark syntax extensions without the constructs of the given
 * names (`table`), in every hook (`flow`, `text`, `document`…) and for every
 * character code. For documents that cannot contain them: GFM's table is
 * tried at the start of every line of every document (a construct of the
 * `null` code) and costs a third of micromark's time on prose.
 */
export function withoutConstructs(
  extensions: readonly (SyntaxExtension | SyntaxExtension[])[],
  names: readonly string[],
): SyntaxExtension[] {
  const drop = (construct: unknown): boolean =>
    typeof construct === 'object' && construct !== null && names.includes((construct as { name?: string }).name ?? '');
  return extensions.flat().map((extension) => {
    const copy: Record<string, unknown> = {};
    for (const [hook, map] of Object.entries(extension)) {
      if (typeof map !== 'object' || map === null || Array.isArray(map)) {
        copy[hook] = map;
        continue;
      }
      const kept: Record<string, unknown> = {};
      for (const [code, value] of Object.entries(map as Record<string, unknown>)) {
        if (Array.isArray(value)) {
          const rest = value.filter((construct) => !drop(construct));
          if (rest.length > 0) kept[code] = rest;
        } else if (!drop(value)) {
          kept[code] = value;
        }
      }
      copy[hook] = kept;
    }
    return copy as SyntaxExtension;
  });
}

/** A parser of Markdown to mdast with the given micromark and mdast extensions, combined once. */
export function markdownParser(
  syntax: readonly (SyntaxExtension | SyntaxExtension[])[],
  mdast: readonly (MdastExtension | MdastExtension[])[],
  options: { textTransforms?: TextTransforms } = {},
): (source: string) => Root {
  const parser: ParseContext = parse({ extensions: syntax as SyntaxExtension[] });
  const config = buildConfig(mdast);
  return (source) => {
    // micromark's per-document state; everything else in the parser is the combined constructs.
    parser.defined = [];
    parser.lazy = {};
    parser.gfmFootnotes = undefined;
    const events = postprocess(parser.document().write(preprocess()(source, undefined, true)));
    return runTransforms(compile(config, events), config.transforms, source, options.textTransforms);
  };
}

/**
 * Runs rules over a document. All synchronous visitors share one traversal:
 * `Document`, the markup tree (mdast or hast), the token stream (`Prose`,
 * then `Paragraph` per paragraph), the nlcst tree — only when a rule listens
 * to nlcst nodes — and `Document:exit`. A visitor that returns a
 * promise (axe-core, for one) is awaited after the traversal. A rule that
 * throws or rejects becomes one `bayan/rule-error` finding and is switched
 * off for the rest of the file; the other rules' findings are kept.
 */
import { streamPending, type SourceDocument } from './document.js';
import { engineFinding } from './fatal.js';
import { localize } from './messages.js';
import { postProcess } from './pipeline.js';
import {
  packOf,
  type ProseParagraph,
  type ReportDescriptor,
  type RuleContext,
  type RuleModule,
  type Visitors,
} from './rule.js';
import type { Edit, Finding, Locale, Point, Range, Severity, Suggestion } from './types.js';
import { WordListPass } from './word-lists.js';

export interface ActiveRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: RuleModule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintOptions {
  rules: readonly ActiveRule[];
  locale?: Locale;
  style?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /**
   * When given, each rule's time (its `create` and every visitor call, in
   * milliseconds) is added to this map under the rule's id, as ESLint's
   * `TIMING` does. Off by default: timing costs two clock reads per call.
   */
  timing?: Map<string, number>;
}

/** The high-resolution clock of both hosts (Node and browsers); core is built without their type libraries. */
declare const performance: { now(): number };

const addTime = (timing: Map<string, number>, id: string, since: number): void => {
  timing.set(id, (timing.get(id) ?? 0) + (performance.now() - since));
};

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Merges several non-overlapping edits into one (ESLint's fix shape), keeping the original text between them. */
export function mergeEdits(text: string, edits: Edit | readonly Edit[]): Edit {
  // One edit (most fixes): a copy of it, without making and sorting a list.
  const single = Array.isArray(edits) ? (edits.length === 1 ? (edits[0] as Edit) : null) : (edits as Edit);
  if (single !== null) return { range: [single.range[0], single.range[1]], text: single.text };
  const list = (Array.isArray(edits) ? [...(edits as readonly Edit[])] : [edits as Edit]).sort(
    (a, b) => a.range[0] - b.range[0],
  );
  if (list.length === 0) throw new Error('A fix needs at least one edit.');
  if (list.length === 1) return { range: [list[0]!.range[0], list[0]!.range[1]], text: list[0]!.text };
  let out = '';
  let at = list[0]!.range[0];
  for (const edit of list) {
    if (edit.range[0] < at) throw new Error('A fix has overlapping edits.');
    out += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return { range: [list[0]!.range[0], at], text: out };
}

function rangeOf(descriptor: ReportDescriptor, text: string): Range {
  if (descriptor.range) return descriptor.range;
  const position = descriptor.node?.position;
  const start = position?.start.offset;
  const end = position?.end.offset;
  if (start === undefined || end === undefined)
    throw new Error(`report() needs a node with a position or a range (messageId ${descriptor.messageId}).`);
  return [Math.max(0, start), Math.min(text.length, end)];
}

interface RuleState {
  active: ActiveRule;
  context: RuleContext;
  visitors: Visitors;
  crashed: boolean;
  findings: Finding[];
}

function ruleErrorFinding(document: SourceDocument, ruleId: string, error: unknown, locale: Locale): Finding {
  const data = { rule: ruleId, error: error instanceof Error ? error.message : String(error) };
  return engineFinding('bayan/rule-error', 'ruleError', data, locale, document.lines.pointAt(0));
}

/**
 * A rule's view of the lint: one object per rule and document, its methods on
 * the prototype (no closures made per rule and file: a lint of a short
 * document is mostly this set-up, and its garbage).
 */
class Context implements RuleContext {
  readonly id: string;
  readonly options: Record<string, unknown>;
  readonly style: Readonly<Record<string, unknown>>;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly locale: Locale;
  readonly document: SourceDocument;
  readonly text: string;
  readonly wordLists: WordListPass;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly #rule: RuleModule<any>;
  readonly #severity: Severity;
  readonly #sink: Finding[];
  /** The rule's pack, every finding's `source`. */
  readonly #source: string;

  constructor(
    document: SourceDocument,
    active: ActiveRule,
    options: LintOptions,
    sink: Finding[],
    wordLists: WordListPass,
  ) {
    this.#rule = active.rule;
    this.#severity = active.severity;
    this.#sink = sink;
    this.#source = packOf(active.rule.meta.id);
    this.id = active.rule.meta.id;
    this.options = active.options;
    this.style = options.style ?? EMPTY;
    this.settings = options.settings ?? EMPTY;
    this.locale = options.locale ?? 'ar';
    this.document = document;
    this.text = document.text;
    this.wordLists = wordLists;
  }

  getText(target: Parameters<RuleContext['getText']>[0]): string {
    const [s, e] = Array.isArray(target)
      ? (target as Range)
      : rangeOf({ node: target as never, messageId: '' }, this.text);
    return this.text.slice(s, e);
  }

  pointAt(offset: number): Point {
    return this.document.lines.pointAt(offset);
  }

  report(descriptor: ReportDescriptor): void {
    const template = this.#rule.meta.messages[descriptor.messageId];
    if (!template) throw new Error(`Unknown messageId "${descriptor.messageId}".`);
    const range = rangeOf(descriptor, this.text);
    const start = this.document.lines.pointAt(range[0]);
    const end = this.document.lines.pointAt(range[1]);
    let severity = this.#severity;
    if (descriptor.severity && SEVERITY_RANK[descriptor.severity] < SEVERITY_RANK[severity])
      severity = descriptor.severity;
    const finding: Finding = {
      ruleId: this.#rule.meta.id,
      source: this.#source,
      severity,
      messageId: descriptor.messageId,
      message: localize(template, this.locale, descriptor.data),
      place: { start, end },
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      actual: descriptor.actual ?? this.text.slice(range[0], range[1]),
    };
    if (descriptor.data) finding.data = descriptor.data;
    if (descriptor.expected) finding.expected = [...descriptor.expected];
    if (descriptor.fix) {
      if (!this.#rule.meta.fixable) throw new Error('The rule reported a fix but meta.fixable is not set.');
      finding.fix = mergeEdits(this.text, descriptor.fix);
    }
    if (descriptor.suggest && descriptor.suggest.length > 0) {
      if (!this.#rule.meta.hasSuggestions)
        throw new Error('The rule reported suggestions but meta.hasSuggestions is not set.');
      finding.suggestions = descriptor.suggest.map((s): Suggestion => {
        const t = this.#rule.meta.messages[s.messageId];
        if (!t) throw new Error(`Unknown suggestion messageId "${s.messageId}".`);
        return { messageId: s.messageId, message: localize(t, this.locale, s.data), fix: mergeEdits(this.text, s.fix) };
      });
    }
    if (this.#rule.meta.docs.url) finding.url = this.#rule.meta.docs.url;
    this.#sink.push(finding);
  }
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

type AnyNode = { type: string; children?: AnyNode[] };

const NLCST_TYPES = [
  'RootNode',
  'ParagraphNode',
  'SentenceNode',
  'WordNode',
  'TextNode',
  'WhiteSpaceNode',
  'PunctuationNode',
  'SymbolNode',
  'SourceNode',
];
/** Visitor keys that need the nlcst tree. */
const NLCST_KEYS = new Set([...NLCST_TYPES, ...NLCST_TYPES.map((type) => `${type}:exit`)]);

/**
 * The traversal: calls `visit(type, node)` on enter and `visit(type + ':exit', node)`
 * on exit, iteratively. `wanted(key)` says whether any rule listens to a key:
 * nodes nobody listens to on exit get no exit frame, and no key string is
 * built per node (the traversal is the hottest loop of a lint).
 */
function walk(root: AnyNode, visit: (key: string, node: AnyNode) => void, wanted: (key: string) => boolean): void {
  const exitKeys = new Map<string, string | null>();
  const exitKeyOf = (type: string): string | null => {
    let key = exitKeys.get(type);
    if (key === undefined) {
      key = `${type}:exit`;
      if (!wanted(key)) key = null;
      exitKeys.set(type, key);
    }
    return key;
  };
  // Parallel stacks: a node, and the exit key to call when it is popped again (or '' on entry).
  const nodes: AnyNode[] = [root];
  const exits: string[] = [''];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const exit = exits.pop()!;
    if (exit !== '') {
      visit(exit, node);
      continue;
    }
    visit(node.type, node);
    const exitKey = exitKeyOf(node.type);
    if (exitKey !== null) {
      nodes.push(node);
      exits.push(exitKey);
    }
    const children = node.children;
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!);
        exits.push('');
      }
    }
  }
}

function prepare(document: SourceDocument, options: LintOptions): { states: RuleState[]; engine: Finding[] } {
  const engine: Finding[] = [];
  const locale = options.locale ?? 'ar';
  const states: RuleState[] = [];
  // One dictionary pass per lint: the word lists of every rule, matched once over the document.
  const wordLists = new WordListPass(document);
  for (const active of options.rules) {
    if (active.rule.meta.formats && !active.rule.meta.formats.includes(document.format)) continue;
    const findings: Finding[] = [];
    const context = new Context(document, active, options, findings, wordLists);
    const since = options.timing ? performance.now() : 0;
    try {
      states.push({ active, context, visitors: active.rule.create(context), crashed: false, findings });
    } catch (error) {
      engine.push(ruleErrorFinding(document, active.rule.meta.id, error, locale));
    }
    if (options.timing) addTime(options.timing, active.rule.meta.id, since);
  }
  return { states, engine };
}

function traverse(
  document: SourceDocument,
  states: RuleState[],
  engine: Finding[],
  locale: Locale,
  timing: Map<string, number> | undefined,
): Array<{ state: RuleState; promise: Promise<void> }> {
  const pending: Array<{ state: RuleState; promise: Promise<void> }> = [];
  // type → handlers, built once so the traversal does one map lookup per node.
  const handlers = new Map<string, Array<{ state: RuleState; fn: (node: unknown) => unknown }>>();
  for (const state of states) {
    const visitors = state.visitors as Record<string, ((node: unknown) => unknown) | undefined>;
    for (const key in visitors) {
      const fn = visitors[key];
      if (!fn || !Object.hasOwn(visitors, key)) continue;
      let list = handlers.get(key);
      if (!list) handlers.set(key, (list = []));
      list.push({ state, fn });
    }
  }
  const call = (key: string, node: unknown) => {
    const list = handlers.get(key);
    if (!list) return;
    for (const { state, fn } of list) {
      if (state.crashed) continue;
      const since = timing ? performance.now() : 0;
      try {
        const result = fn(node);
        if (result && typeof (result as Promise<void>).then === 'function')
          pending.push({ state, promise: result as Promise<void> });
      } catch (error) {
        state.crashed = true;
        engine.push(ruleErrorFinding(document, state.active.rule.meta.id, error, locale));
      }
      if (timing) addTime(timing, state.active.rule.meta.id, since);
    }
  };
  const wanted = (key: string): boolean => handlers.has(key);
  call('Document', document);
  if (document.markup) walk(document.markup as AnyNode, call, wanted);
  if (handlers.has('Prose') || handlers.has('Paragraph')) {
    const since = timing ? performance.now() : 0;
    const stream = document.stream;
    // The stream is built on first use: timed on its own, not charged to the first rule that reads it.
    if (timing) addTime(timing, '(token stream)', since);
    call('Prose', stream);
    if (handlers.has('Paragraph')) {
      for (let p = 0; p < stream.paragraphCount; p++) {
        const paragraph: ProseParagraph = {
          stream,
          index: p,
          start: stream.paragraphStart[p]!,
          end: stream.paragraphEnd[p]!,
        };
        call('Paragraph', paragraph);
      }
    }
  }
  let nlcst = false;
  for (const key of handlers.keys()) if (NLCST_KEYS.has(key)) nlcst = true;
  if (nlcst) walk(document.prose as AnyNode, call, wanted);
  call('Document:exit', document);
  return pending;
}

function collect(document: SourceDocument, states: RuleState[], engine: Finding[]): Finding[] {
  const all = [...engine];
  for (const state of states) if (!state.crashed) all.push(...state.findings);
  return postProcess(all, document);
}

/**
 * Lints with every rule, awaiting asynchronous visitors. A stream this lint
 * builds (a document of `parseDocument` whose `stream` was not read before)
 * is released at its end (`SourceDocument.releaseStream`): the next
 * document's stream is written into the same memory, and this document's is
 * built again if read. Rules read the stream during the lint only.
 */
export async function lint(document: SourceDocument, options: LintOptions): Promise<Finding[]> {
  const locale = options.locale ?? 'ar';
  const release = streamPending(document);
  const { states, engine } = prepare(document, options);
  const pending = traverse(document, states, engine, locale, options.timing);
  for (const { state, promise } of pending) {
    try {
      await promise;
    } catch (error) {
      if (!state.crashed) {
        state.crashed = true;
        engine.push(ruleErrorFinding(document, state.active.rule.meta.id, error, locale));
      }
    }
  }
  const findings = collect(document, states, engine);
  if (release) document.releaseStream?.();
  return findings;
}

/**
 * Lints synchronously (for hosts such as ESLint that cannot wait). A rule
 * whose visitor returns a promise is reported as an error: run it with `lint`.
 * A stream the lint builds is released at its end, as with `lint`.
 */
export function lintSync(document: SourceDocument, options: LintOptions): Finding[] {
  const locale = options.locale ?? 'ar';
  const release = streamPending(document);
  const { states, engine } = prepare(document, options);
  const pending = traverse(document, states, engine, locale, options.timing);
  for (const { state, promise } of pending) {
    promise.catch(() => undefined);
    if (!state.crashed) {
      state.crashed = true;
      engine.push(
        ruleErrorFinding(
          document,
          state.active.rule.meta.id,
          new Error('asynchronous rule used in a synchronous run'),
          locale,
        ),
      );
    }
  }
  const findings = collect(document, states, engine);
  // An asynchronous visitor goes on after this returns: the stream stays its.
  if (release && pending.length === 0) document.releaseStream?.();
  return findings;
}

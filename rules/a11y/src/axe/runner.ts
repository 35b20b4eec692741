/**
 * One jsdom window with axe-core injected once, reused for every page; the
 * page's content is swapped in per document and the runs are queued (axe
 * cannot run twice at once in one window). Nothing of the page runs or
 * loads: `runScripts: 'outside-only'` lets only this module evaluate axe
 * (never `'dangerously'`), `resources` stays at jsdom's default (nothing is
 * fetched: no `'usable'`), the virtual console is silent, and axe's own
 * `preload` (which would download the page's style sheets with XHR) is off. jsdom and
 * axe-core are imported on the first HTML page or Markdown draft that needs
 * them (markdown-needs-axe.ts), never when the pack is off or the file is
 * plain text.
 *
 * jsdom has no layout: `elementFromPoint`/`elementsFromPoint` are stubbed
 * (`null`, `[]`), otherwise `landmark-one-main` and `page-has-heading-one`
 * come back as "needs review" and a page without `<main>` or `<h1>` passes.
 *
 * Each `a11y/<axe-id>` rule enrolls itself when created for a document; the
 * first one to finish the traversal starts a single axe run over exactly the
 * enrolled ids, and every rule reads its own violations from that run.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { SourceDocument } from '@bayan/core';
import { renderMarkdown } from './markdown-html.js';
import { markdownNeedsAxe } from './markdown-needs-axe.js';
import { locateHtml, locateMarkdown, rangeOf, type SourceRange } from './locate.js';
import { installStyleShortcut } from './style-shortcut.js';

export interface AxeHit {
  range: SourceRange;
  /** axe's failure summary on one line. */
  detail: string;
}

interface AxeNodeResult {
  element?: Element;
  failureSummary?: string;
}
interface AxeResults {
  violations: Array<{ id: string; nodes: AxeNodeResult[] }>;
}
interface AxeInWindow {
  run(context: Document, options: Record<string, unknown>): Promise<AxeResults>;
  configure(spec: { noHtml?: boolean }): void;
}
interface Host {
  window: Window & { axe: AxeInWindow; DOMParser: typeof DOMParser };
}

let host: Promise<Host> | undefined;

const CONVERT_SELECTOR = 'function _convertSelector(selector) {';

/**
 * axe parses a CSS selector string into its own match expressions every
 * time it matches one (`_convertSelector`: about 170 times per page, 70
 * distinct, one of them 70 times), a few percent of a run and of its garbage.
 * The conversion is a pure function of the string and its result is only
 * read, so the axe source evaluated in the window keeps the results in a
 * map (emptied past 500 entries: page-made selectors must not pile up). If
 * the function is not found (another axe-core), the source is unchanged.
 */
export function memoizeSelectorParsing(source: string): string {
  if (source.split(CONVERT_SELECTOR).length !== 2) return source;
  return source.replace(
    CONVERT_SELECTOR,
    `var bayanConvertedSelectors = new Map();
    function _convertSelector(selector) {
      var converted = bayanConvertedSelectors.get(selector);
      if (converted === undefined) {
        converted = bayanConvertSelector(selector);
        if (bayanConvertedSelectors.size >= 500) bayanConvertedSelectors.clear();
        bayanConvertedSelectors.set(selector, converted);
      }
      return converted;
    }
    function bayanConvertSelector(selector) {`,
  );
}

async function createHost(): Promise<Host> {
  const [{ JSDOM, VirtualConsole }, axeModule] = await Promise.all([import('jsdom'), import('axe-core')]);
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    virtualConsole: new VirtualConsole(),
    url: 'about:blank',
  });
  const window = dom.window as unknown as Host['window'] & { eval(source: string): unknown };
  const document = window.document as Document & { elementFromPoint: unknown; elementsFromPoint: unknown };
  document.elementFromPoint = () => null;
  document.elementsFromPoint = () => [];
  // Before any page is swapped in: it learns the user-agent selectors on an empty document.
  installStyleShortcut(window);
  window.eval(memoizeSelectorParsing((axeModule.default as unknown as { source: string }).source));
  // Findings are mapped through elementRef: axe need not serialize each reported element (its
  // `html`, made from outerHTML, the whole page for page-level rules).
  window.axe.configure({ noHtml: true });
  immediateZeroTimers(window);
  return { window };
}

/**
 * axe hands every rule's result on through `setTimeout(…, 0)`, which Node
 * runs no sooner than 1 ms later: about 2 ms of each run were spent waiting
 * with nothing to do. In the window, where only axe runs (a page's scripts
 * never do), a zero delay becomes `setImmediate`: still after the current
 * task and its promises, in the order set, cancellable by `clearTimeout`, an
 * exception swallowed as jsdom does with a silent console. Other delays keep
 * jsdom's timers. Node only: a browser has no setImmediate, and its own timers.
 */
export function immediateZeroTimers(window: Window): void {
  // In a browser (the web checker's sandboxed frame) there is no setImmediate: the page's timers stay.
  if (typeof setImmediate !== 'function') return;
  const { setTimeout: later, clearTimeout: cancel } = window;
  const pending = new Map<number, NodeJS.Immediate>();
  // jsdom's handles are positive: these never meet them.
  let next = -1;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function' || (Number(delay) || 0) > 0) return later(handler, delay, ...args);
    const id = next--;
    pending.set(
      id,
      setImmediate(() => {
        pending.delete(id);
        try {
          Reflect.apply(handler, window, args);
        } catch {
          // As jsdom reports it: to the virtual console, which is silent.
        }
      }),
    );
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = (id?: number) => {
    const immediate = id === undefined ? undefined : pending.get(id);
    if (immediate === undefined) return cancel(id);
    clearImmediate(immediate);
    pending.delete(id!);
  };
}

/** Puts the page in the window's document in place of the previous one (parsed with scripting off). */
export function swapPage(window: Window & { DOMParser: typeof DOMParser }, html: string): Document {
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  const document = window.document;
  // jsdom 29 keeps the style sheet of a <style> element when one of its ancestors is removed (while
  // it is detached the element still counts as connected and adds its sheet again), so the previous
  // page's styles would apply to this one: remove those elements themselves first.
  for (const element of Array.from(document.documentElement.querySelectorAll('style, link'))) element.remove();
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  return document;
}

let queue: Promise<unknown> = Promise.resolve();

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** axe's failure summary ("Fix any of the following:\n  reason\n  reason…") as the first reason of each section. */
function summary(text: string | undefined): string {
  const reasons: string[] = [];
  let take = false;
  for (const raw of (text ?? '').split('\n')) {
    const line = raw.trim();
    if (/^Fix (any|all) of the following:$/.test(line)) take = true;
    else if (line && take) {
      reasons.push(line);
      take = false;
    }
  }
  return reasons.join('; ');
}

async function runAxe(source: SourceDocument, ids: readonly string[]): Promise<Map<string, AxeHit[]>> {
  host ??= createHost();
  const { window } = await host;
  const html = source.format === 'markdown' ? renderMarkdown(source.markup as MdastRoot) : source.text;
  const document = swapPage(window, html);
  const map =
    source.format === 'markdown'
      ? locateMarkdown(document)
      : locateHtml(source.markup as HastRoot, source.text, document);
  const results = await window.axe.run(document, {
    runOnly: { type: 'rule', values: [...ids] },
    resultTypes: ['violations'],
    iframes: false,
    // axe would otherwise fetch the page's style sheets itself (XHR works in jsdom even without resources).
    preload: false,
    elementRef: true,
    // Nodes are mapped through elementRef; computing CSS selectors for them costs time for nothing.
    selectors: false,
    performanceTimer: false,
  });
  const hits = new Map<string, AxeHit[]>();
  for (const violation of results.violations) {
    hits.set(
      violation.id,
      violation.nodes.map((node) => ({ range: rangeOf(map, node.element), detail: summary(node.failureSummary) })),
    );
  }
  return hits;
}

interface Session {
  ids: Set<string>;
  /** `a11y: {axe: full}`: run axe even on Markdown that cannot need it. */
  full: boolean;
  result?: Promise<Map<string, AxeHit[]>>;
}
const sessions = new WeakMap<SourceDocument, Session>();

/** Called from a rule's create(): this axe rule takes part in the document's run. */
export function enroll(document: SourceDocument, axeId: string, full = false): void {
  let session = sessions.get(document);
  if (!session) sessions.set(document, (session = { ids: new Set(), full }));
  session.ids.add(axeId);
  if (full) session.full = true;
}

/** Has this process loaded jsdom and axe-core (for tests and benchmarks)? */
export function axeLoaded(): boolean {
  return host !== undefined;
}

/** The document's axe results (one run shared by every enrolled rule). */
export function resultsFor(document: SourceDocument): Promise<Map<string, AxeHit[]>> {
  const session = sessions.get(document);
  if (!session) return Promise.resolve(new Map());
  // Markdown whose tree shows nothing axe could object to: no jsdom (see markdown-needs-axe.ts).
  if (document.format === 'markdown' && !session.full && !markdownNeedsAxe(document.markup as MdastRoot))
    return Promise.resolve(new Map());
  session.result ??= enqueue(() => runAxe(document, [...session.ids]));
  return session.result;
}

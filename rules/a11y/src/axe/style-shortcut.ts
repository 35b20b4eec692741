/**
 * A shortcut for jsdom's computed style, the largest single cost of an axe
 * run: axe asks whether every element is hidden, and jsdom then tests every
 * rule of its default (user-agent) style sheet against the element
 * (jsdom/lib/jsdom/living/css/helpers/computed-style.js). It skips a rule
 * whose selector names a tag, id or class the element lacks; the others
 * (`[dir=rtl i]`, `[hidden]…`, `[popover]…`, `:link`, `:focus-visible`,
 * `:is(ul, ol) :is(ul, ol)`, the long list of block tags that ends in
 * `[dir=ltr i]`…) go to dom-selector's `check()` for every element, most of
 * them through its slow general matcher: about a quarter of the run on an
 * 8 KB page.
 *
 * The window's document gets a `check()` that answers those selectors, and
 * only those, without matching when the answer follows from the element
 * alone, and asks the original otherwise:
 *   - "no" when no branch of the selector list can match: its subject
 *     compound names a tag the element is not, an attribute it lacks (`[x]`,
 *     `[x=…]`, `#id`, `.class`), or a pseudo-class whose condition it fails
 *     (`:link`/`:visited` need `<a>` or `<area>` with `href`, `:popover-open`
 *     a `popover` attribute, `:autofill` a form field, `:focus-visible` the
 *     focus). Each is a necessary condition both in the specification and
 *     in dom-selector 7's code; anything not understood means "maybe";
 *   - for a branch made only of a tag name, attribute tests `[x]` or
 *     `[x=v i]` (ASCII case-insensitive by its `i`) and `:dir(ltr|rtl)` when
 *     the element's own dir attribute is ltr or rtl, on an HTML element: the
 *     exact answer. "yes" needs a list with no pseudo-element, and carries the selector's AST exactly as the original
 *     returned it the first time it matched (jsdom only reads the AST for the
 *     rule's specificity, the same for every element).
 * "Those selectors" are the ones jsdom sends to `check()` for an element no
 * user-agent rule names, recorded once on a probe when the window is made,
 * before any page (so no page style sheet) exists: the page's own style
 * sheets always take the original path.
 *
 * It relies on jsdom's internals (the `impl` symbol, `_getDOMSelector()`),
 * pinned at 29.1.1; if they are not there it installs nothing and the run
 * is as before. test/style-shortcut.test.ts compares every answer and every
 * computed style with jsdom's own on pages that exercise each rule.
 */

/** One branch of a selector list, reduced to what an element must have for it to match. */
export interface Branch {
  /** Lower-case local names the element must have one of, or null for any. */
  tags: readonly string[] | null;
  /** Attribute names (lower case) the element must carry. */
  attrs: readonly string[];
  /** The element must be the document's focused element. */
  focus: boolean;
  /**
   * The branch is one compound of a tag name, attribute tests and at most one `:dir(ltr)` or
   * `:dir(rtl)` (`p`, `[dir=ltr i]`, `bdo[dir]`, `[dir]:dir(rtl)`): on an HTML element its answer
   * is exact, except for `:dir()` when the element's own dir attribute is not ltr or rtl. Null
   * otherwise.
   */
  exact: { tag: string | null; tests: readonly AttributeTest[]; dir: 'ltr' | 'rtl' | null } | null;
}

/** `[name]` (value null) or `[name=value i]` (value in ASCII lower case). */
export interface AttributeTest {
  name: string;
  value: string | null;
}

export interface SelectorAnalysis {
  branches: readonly Branch[];
  /** No pseudo-element anywhere: a branch that matches exactly decides "yes". */
  canAffirm: boolean;
}

const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]*/;
/** The inside of `[x]` or `[x=v i]` with v an identifier or a quoted string without escapes. */
const SIMPLE_ATTRIBUTE =
  /^\s*(-?[A-Za-z_][A-Za-z0-9_-]*)\s*(?:=\s*(?:(-?[A-Za-z_][A-Za-z0-9_-]*)|"([^"\\]*)"|'([^'\\]*)')\s+i\s*)?$/;

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
const LINK_TAGS = ['a', 'area'];
const FIELD_TAGS = ['input', 'select', 'textarea'];
/** Pseudo-classes whose condition is understood; any other makes the selector "not understood". */
const PSEUDO_CLASSES = new Set([
  'link',
  'any-link',
  'visited',
  'active',
  'hover',
  'focus-visible',
  'popover-open',
  'autofill',
  'modal',
  'first-of-type',
]);
const FUNCTIONAL_PSEUDO_CLASSES = new Set(['is', 'where', 'not', 'dir']);
const PSEUDO_ELEMENTS = new Set(['backdrop', 'before', 'after']);

/** Splits `text` at the characters `at` accepts outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, at: (c: string) => boolean): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (--depth < 0) return null;
    } else if (depth === 0 && at(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || quote) return null;
  parts.push(text.slice(start));
  return parts;
}

/** Index just after the bracket or parenthesis group opening at `start`, or -1. */
function groupEnd(text: string, start: number): number {
  const open = text[start]!;
  const close = open === '[' ? ']' : ')';
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

function intersect(tags: readonly string[] | null, allowed: readonly string[]): string[] {
  return tags === null ? [...allowed] : tags.filter((t) => allowed.includes(t));
}

/** The requirements of one compound selector (`input[dir=auto i]:is([type=tel i])`), or null if not understood. */
function analyseCompound(compound: string, complex: boolean): Branch | null {
  let tags: string[] | null = null;
  const attrs: string[] = [];
  let focus = false;
  let simple = !complex;
  const tests: AttributeTest[] = [];
  let dir: 'ltr' | 'rtl' | null = null;
  let i = 0;
  const head = IDENT.exec(compound);
  if (head) {
    tags = [head[0].toLowerCase()];
    i = head[0].length;
  } else if (compound.startsWith('*')) {
    i = 1;
    simple = false;
  }
  const tag = tags?.[0] ?? null;
  while (i < compound.length) {
    const c = compound[i]!;
    if (c === '#' || c === '.') {
      const name = IDENT.exec(compound.slice(i + 1));
      if (!name) return null;
      attrs.push(c === '#' ? 'id' : 'class');
      simple = false;
      i += 1 + name[0].length;
    } else if (c === '[') {
      const end = groupEnd(compound, i);
      if (end < 0) return null;
      const inside = compound.slice(i + 1, end - 1);
      const name = IDENT.exec(inside.trimStart());
      if (!name) return null;
      attrs.push(name[0].toLowerCase());
      const test = SIMPLE_ATTRIBUTE.exec(inside);
      if (test) {
        const value = test[2] ?? test[3] ?? test[4];
        tests.push({ name: test[1]!.toLowerCase(), value: value === undefined ? null : asciiLower(value) });
      } else simple = false;
      i = end;
    } else if (c === ':') {
      const element = compound[i + 1] === ':';
      const start = i + (element ? 2 : 1);
      const name = IDENT.exec(compound.slice(start));
      if (!name) return null;
      const pseudo = name[0].toLowerCase();
      i = start + name[0].length;
      if (compound[i] === '(') {
        const end = groupEnd(compound, i);
        if (end < 0 || element || !FUNCTIONAL_PSEUDO_CLASSES.has(pseudo)) return null;
        const args = compound
          .slice(i + 1, end - 1)
          .split(',')
          .map((a) => a.trim());
        // :dir(ltr) and :dir(rtl) are decided by the element's own dir attribute when it says ltr or rtl.
        const direction = pseudo === 'dir' && args.length === 1 ? asciiLower(args[0]!) : '';
        if ((direction === 'ltr' || direction === 'rtl') && dir === null) dir = direction;
        else simple = false;
        // :is(dir, menu, ul) and :where(…) of bare tag names: the element is one of them.
        if ((pseudo === 'is' || pseudo === 'where') && args.every((a) => IDENT.exec(a)?.[0] === a))
          tags = intersect(
            tags,
            args.map((a) => a.toLowerCase()),
          );
        i = end;
      } else if (element) {
        if (!PSEUDO_ELEMENTS.has(pseudo)) return null;
        simple = false;
      } else {
        if (!PSEUDO_CLASSES.has(pseudo)) return null;
        simple = false;
        if (pseudo === 'link' || pseudo === 'any-link' || pseudo === 'visited') {
          tags = intersect(tags, LINK_TAGS);
          attrs.push('href');
        } else if (pseudo === 'popover-open') attrs.push('popover');
        else if (pseudo === 'autofill') tags = intersect(tags, FIELD_TAGS);
        else if (pseudo === 'focus-visible') focus = true;
      }
    } else return null;
  }
  return { tags, attrs, focus, exact: simple ? { tag, tests, dir } : null };
}

/** What each branch of a selector list needs, or null when some part is not understood. */
export function analyseSelector(selector: string): SelectorAnalysis | null {
  if (/[\\|/]/.test(selector)) return null;
  const list = splitTopLevel(selector, (c) => c === ',');
  if (!list) return null;
  const branches: Branch[] = [];
  for (const item of list) {
    const compounds = splitTopLevel(
      item.trim(),
      (c) => c === ' ' || c === '\n' || c === '\t' || c === '>' || c === '+' || c === '~',
    );
    if (!compounds) return null;
    const parts = compounds.filter((p) => p !== '');
    const subject = parts.at(-1);
    if (subject === undefined) return null;
    const branch = analyseCompound(subject, parts.length > 1);
    if (!branch) return null;
    branches.push(branch);
  }
  return { branches, canAffirm: !/::|:(?:before|after|first-line|first-letter)\b/i.test(selector) };
}

/** The slice of jsdom's element implementation the shortcut reads. */
export interface ElementImpl {
  nodeType: number;
  localName: string;
  namespaceURI: string | null;
  _ownerDocument: unknown;
  getAttributeNames(): string[];
  getAttributeNS(namespace: string | null, localName: string): string | null;
}
export interface CheckResult {
  match: boolean;
  ast: unknown;
  pseudoElement: string | null;
}
export type Check = (selector: string, node: ElementImpl, opt?: unknown) => CheckResult;
interface DomSelector {
  check: Check;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const NO: CheckResult = Object.freeze({ match: false, ast: null, pseudoElement: null });

function hasAttribute(names: readonly string[], name: string): boolean {
  for (const n of names) {
    const colon = n.indexOf(':');
    if ((colon < 0 ? n : n.slice(colon + 1)).toLowerCase() === name) return true;
  }
  return false;
}

/** A tag-and-attributes branch on an HTML element of an HTML document; null when its :dir() cannot be told. */
function matchesExactly(exact: NonNullable<Branch['exact']>, node: ElementImpl, local: string): boolean | null {
  if (exact.tag !== null && exact.tag !== local) return false;
  for (const test of exact.tests) {
    const value = node.getAttributeNS(null, test.name);
    if (value === null || (test.value !== null && asciiLower(value) !== test.value)) return false;
  }
  if (exact.dir === null) return true;
  // The directionality of an element whose dir attribute is in the ltr or rtl state is that state
  // (HTML, "the directionality"); auto, invalid or absent depends on its text or its ancestors.
  const own = asciiLower(node.getAttributeNS(null, 'dir') ?? '');
  return own === 'ltr' || own === 'rtl' ? own === exact.dir : null;
}

/** "no", "yes" or "ask" for one element. */
export function decide(analysis: SelectorAnalysis, node: ElementImpl, focused: () => unknown): 'no' | 'yes' | 'ask' {
  const local = node.localName;
  const lower = local.toLowerCase();
  let names: string[] | undefined;
  let maybe = false;
  for (const branch of analysis.branches) {
    if (branch.tags !== null && !branch.tags.includes(lower)) continue;
    if (branch.attrs.length > 0) {
      names ??= node.getAttributeNames();
      if (!branch.attrs.every((a) => hasAttribute(names!, a))) continue;
    }
    if (branch.focus && focused() !== node) continue;
    if (branch.exact && node.namespaceURI === HTML_NS) {
      const matches = matchesExactly(branch.exact, node, local);
      if (matches === false) continue;
      if (matches && analysis.canAffirm) return 'yes';
    }
    maybe = true;
  }
  return maybe ? 'ask' : 'no';
}

/** jsdom's implementation object behind a DOM wrapper (jsdom keeps it under a symbol named `impl`). */
export function implOf<T>(wrapper: object | null): T | undefined {
  if (!wrapper) return undefined;
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  return symbol ? ((wrapper as Record<symbol, T>)[symbol] as T) : undefined;
}

export interface StyleShortcut {
  /** The user-agent selectors the shortcut answers. */
  selectors: ReadonlySet<string>;
  /** How many `check()` calls it answered and how many it passed on (for tests). */
  stats: { answered: number; asked: number };
  /** dom-selector's own `check()`, which the shortcut wraps (for tests). */
  unassisted: Check;
}

/**
 * Installs the shortcut on the window's document; returns null (and changes
 * nothing) when jsdom's internals are not as expected. Call it before the
 * document holds any page content.
 */
export function installStyleShortcut(window: Window): StyleShortcut | null {
  const document = window.document;
  const docImpl = implOf<{ _getDOMSelector?: () => DomSelector }>(document);
  const domSelector = docImpl?._getDOMSelector?.();
  const original = domSelector?.check;
  if (!domSelector || typeof original !== 'function') return null;

  // Record what jsdom sends to check() for an element no user-agent rule names by tag.
  const seen = new Set<string>();
  domSelector.check = (selector, node, opt) => {
    seen.add(selector);
    return original(selector, node, opt);
  };
  const probe = document.createElement('bayan-style-probe');
  document.body.append(probe);
  try {
    window.getComputedStyle(probe);
  } finally {
    probe.remove();
    domSelector.check = original;
  }
  const analyses = new Map<string, SelectorAnalysis>();
  for (const selector of seen) {
    const analysis = analyseSelector(selector);
    if (analysis) analyses.set(selector, analysis);
  }
  if (analyses.size === 0) return null;

  const asts = new Map<string, unknown>();
  const stats = { answered: 0, asked: 0 };
  const focused = () => implOf(document.activeElement);
  domSelector.check = (selector, node, opt) => {
    const analysis = analyses.get(selector);
    if (analysis && opt === undefined && node?.nodeType === 1 && node._ownerDocument === docImpl) {
      const answer = decide(analysis, node, focused);
      if (answer === 'no') {
        stats.answered++;
        return NO;
      }
      if (answer === 'yes' && asts.has(selector)) {
        stats.answered++;
        return { match: true, ast: asts.get(selector), pseudoElement: null };
      }
    }
    stats.asked++;
    const result = original(selector, node, opt);
    if (analysis && result?.match && result.pseudoElement === null && !asts.has(selector))
      asts.set(selector, result.ast);
    return result;
  };
  return { selectors: new Set(analyses.keys()), stats, unassisted: original };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { swapPage } from '../src/axe/runner.js';
import {
  analyseSelector,
  implOf,
  installStyleShortcut,
  type ElementImpl,
  type StyleShortcut,
} from '../src/axe/style-shortcut.js';

// ua-style.html is kept out of fixtures/ (which tests/golden lints with every rule): it is a test page for jsdom's styles.
const fixture = (name: string) =>
  readFileSync(new URL(name === 'ua-style.html' ? `./pages/${name}` : `./fixtures/${name}`, import.meta.url), 'utf8');

/** A window made as the runner makes its own. */
function makeWindow() {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    virtualConsole: new VirtualConsole(),
    url: 'about:blank',
  });
  return dom.window as unknown as Window & typeof globalThis;
}

/** Every property jsdom computed for every element, plus the ones axe reads (some inherited). */
function computedStyles(window: Window): string[] {
  const read = ['display', 'visibility', 'content-visibility', 'direction', 'unicode-bidi', 'color', 'opacity'];
  return Array.from(window.document.getElementsByTagName('*'), (element) => {
    let style: CSSStyleDeclaration;
    try {
      style = window.getComputedStyle(element);
    } catch (error) {
      // jsdom 29 cannot compute the style of a MathML element (it has no `style`): the same with or without the shortcut.
      return `${element.localName} throws ${(error as Error).name}`;
    }
    const own = Array.from({ length: style.length }, (_, i) => `${style[i]}:${style.getPropertyValue(style[i]!)}`);
    const asked = read.map((p) => `${p}=${style.getPropertyValue(p)}`);
    return `${element.localName} ${own.join(';')} | ${asked.join(';')}`;
  });
}

function installed(window: Window): StyleShortcut {
  const shortcut = installStyleShortcut(window);
  if (!shortcut) throw new Error('the style shortcut did not install');
  return shortcut;
}

describe('the computed-style shortcut', () => {
  it('learns the user-agent selectors jsdom tests against every element', () => {
    const shortcut = installed(makeWindow());
    expect([...shortcut.selectors].sort()).toEqual(
      [
        '[popover]:not(:popover-open):not(dialog[open])',
        ':popover-open::backdrop',
        '[popover]',
        ':link',
        ':visited',
        ':link:active, :visited:active',
        ':link, :visited',
        ':focus-visible',
        '[dir]:dir(ltr), bdi:dir(ltr), input[type=tel i]:dir(ltr)',
        '[dir]:dir(rtl), bdi:dir(rtl)',
        'address, blockquote, center, div, figure, figcaption, footer, form, header, hr,\nlegend, listing, main, p, plaintext, pre, summary, xmp, article, aside, h1, h2,\nh3, h4, h5, h6, hgroup, nav, section, search, table, caption, colgroup, col,\nthead, tbody, tfoot, tr, td, th, dir, dd, dl, dt, menu, ol, ul, li, bdi, output,\n[dir=ltr i], [dir=rtl i], [dir=auto i]',
        ':is(dir, dl, menu, ol, ul) :is(dir, dl, menu, ol, ul)',
        ':is(dir, menu, ol, ul) :is(dir, menu, ul)',
        ':is(dir, menu, ol, ul) :is(dir, menu, ol, ul) :is(dir, menu, ul)',
        ':autofill',
        '[hidden]:not([hidden=until-found i]):not(embed)',
        '[hidden=until-found i]:not(embed)',
      ].sort(),
    );
  });

  it.each([
    [
      '[dir]:dir(rtl), bdi:dir(rtl)',
      [
        { tags: null, attrs: ['dir'] },
        { tags: ['bdi'], attrs: [] },
      ],
      true,
    ],
    [
      ':link:active, :visited:active',
      [
        { tags: ['a', 'area'], attrs: ['href'] },
        { tags: ['a', 'area'], attrs: ['href'] },
      ],
      true,
    ],
    [':popover-open::backdrop', [{ tags: null, attrs: ['popover'] }], false],
    [':autofill', [{ tags: ['input', 'select', 'textarea'], attrs: [] }], true],
    [':is(dir, menu, ol, ul) :is(dir, menu, ul)', [{ tags: ['dir', 'menu', 'ul'], attrs: [] }], true],
    ['[hidden=until-found i]:not(embed)', [{ tags: null, attrs: ['hidden'] }], true],
    [
      'p, [dir=ltr i], #a.b',
      [
        { tags: ['p'], attrs: [] },
        { tags: null, attrs: ['dir'] },
        { tags: null, attrs: ['id', 'class'] },
      ],
      true,
    ],
    [
      'input[dir=auto i]:is([type=search i], [type=tel i]), pre',
      [
        { tags: ['input'], attrs: ['dir'] },
        { tags: ['pre'], attrs: [] },
      ],
      true,
    ],
  ])('reads what %s needs', (selector, branches, canAffirm) => {
    const analysis = analyseSelector(selector);
    expect(analysis?.canAffirm).toBe(canAffirm);
    expect(analysis?.branches.map(({ tags, attrs }) => ({ tags, attrs }))).toEqual(branches);
  });

  it('answers exactly tag names with [x], [x=v i] and one :dir(), and needs the focus only for :focus-visible', () => {
    const selector =
      'p, table > tr, p.x, [dir=LTR i], bdo[dir], a[href=x], *[x], [x="A b" i], p:not(q), [dir]:dir(RTL)';
    expect(analyseSelector(selector)?.branches.map((b) => b.exact)).toEqual([
      { tag: 'p', tests: [], dir: null },
      null,
      null,
      { tag: null, tests: [{ name: 'dir', value: 'ltr' }], dir: null },
      { tag: 'bdo', tests: [{ name: 'dir', value: null }], dir: null },
      null,
      null,
      { tag: null, tests: [{ name: 'x', value: 'a b' }], dir: null },
      null,
      { tag: null, tests: [{ name: 'dir', value: null }], dir: 'rtl' },
    ]);
    expect(analyseSelector(':dir(ltr):dir(rtl)')?.branches[0]?.exact).toBeNull();
    expect(analyseSelector('q::before, p')?.canAffirm).toBe(false);
    expect(analyseSelector(':focus-visible, a:link')?.branches.map((b) => b.focus)).toEqual([true, false]);
  });

  it.each(['a\\:b', 'svg|a', 'p /* x */', ':has(p)', 'p:nth-child(2)', '::marker', ':lang(ar)', 'p[', 'p)'])(
    'leaves %s to dom-selector',
    (selector) => {
      expect(analyseSelector(selector)).toBeNull();
    },
  );

  it('gives dom-selector’s answer for every user-agent selector and element, focused or not', () => {
    const window = makeWindow();
    const shortcut = installed(window);
    swapPage(window, fixture('ua-style.html'));
    const check = implOf<{ _getDOMSelector(): { check: StyleShortcut['unassisted'] } }>(
      window.document,
    )!._getDOMSelector().check;
    const elements = Array.from(window.document.getElementsByTagName('*'), (e) => implOf<ElementImpl>(e)!);
    expect(elements.length).toBeGreaterThan(150);
    const compare = () => {
      const wrong: string[] = [];
      for (const selector of shortcut.selectors)
        for (const element of elements) {
          const fast = check(selector, element);
          const slow = shortcut.unassisted(selector, element);
          if (fast.match !== slow.match || (fast.match && fast.ast !== slow.ast))
            wrong.push(`${selector} on <${element.localName}>: ${String(fast.match)}`);
        }
      return wrong;
    };
    expect(compare()).toEqual([]);
    // Each kind of selector matched somewhere, so "yes" answers were compared too.
    const matched = [...shortcut.selectors].filter((s) => elements.some((e) => shortcut.unassisted(s, e).match));
    expect(matched).toEqual(
      expect.arrayContaining([':link', '[popover]', '[dir]:dir(rtl), bdi:dir(rtl)', expect.stringMatching(/^address/)]),
    );
    (window.document.querySelector('input[type=search]') as HTMLInputElement).focus();
    expect(shortcut.unassisted(':focus-visible', implOf<ElementImpl>(window.document.activeElement)!).match).toBe(true);
    expect(compare()).toEqual([]);
    expect(shortcut.stats.answered).toBeGreaterThan(shortcut.stats.asked);
  });

  it('leaves every computed style as jsdom computes it, page after page', () => {
    const plain = makeWindow();
    const fast = makeWindow();
    const shortcut = installed(fast);
    for (const page of ['ua-style.html', 'full-page.dirty.html', 'ua-style.html', 'statement.clean.html']) {
      swapPage(plain, fixture(page));
      swapPage(fast, fixture(page));
      expect(computedStyles(fast)).toEqual(computedStyles(plain));
    }
    expect(shortcut.stats.answered).toBeGreaterThan(0);
  });

  it('installs nothing where jsdom’s internals are not found', () => {
    const fake = { document: {} } as unknown as Window;
    expect(installStyleShortcut(fake)).toBeNull();
  });
});

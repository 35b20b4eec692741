import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { JSDOM } from 'jsdom';
import { memoizeSelectorParsing } from '../src/axe/runner.js';

interface AxeUtils {
  convertSelector(selector: string): unknown;
}

function axeIn(source: string): AxeUtils {
  const window = new JSDOM('', { runScripts: 'outside-only' }).window as unknown as {
    eval(source: string): unknown;
    axe: { utils: AxeUtils };
  };
  window.eval(source);
  return window.axe.utils;
}

describe('axe’s selector parsing, kept per selector', () => {
  it('applies to the installed axe-core (its _convertSelector is found once)', () => {
    expect(memoizeSelectorParsing(axe.source)).not.toBe(axe.source);
    expect(memoizeSelectorParsing(axe.source).length).toBeGreaterThan(axe.source.length);
  });

  it('returns the same expressions as axe’s own parsing, parsed once', () => {
    const plain = axeIn(axe.source);
    const kept = axeIn(memoizeSelectorParsing(axe.source));
    const selectors = [
      'a[href]',
      "main:not([role]), [role='main']",
      'article:not([role]), aside:not([role]) , [role=article], [role=region]',
      'ul > li, dl dt, [aria-hidden="true"], .a.b#c, *',
      'map area[href]',
    ];
    // Functions (attribute tests) compare by their source; everything else structurally.
    const shape = (value: unknown) =>
      JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? String(v) : v))) as unknown;
    for (const selector of selectors) {
      const first = kept.convertSelector(selector);
      expect(shape(first)).toEqual(shape(plain.convertSelector(selector)));
      expect(kept.convertSelector(selector)).toBe(first);
      expect(plain.convertSelector(selector)).not.toBe(plain.convertSelector(selector));
    }
    // A selector axe cannot parse fails every time, as before.
    expect(() => kept.convertSelector('[x="y" i]')).toThrow();
    expect(() => kept.convertSelector('[x="y" i]')).toThrow();
  });

  it('starts again past 500 selectors instead of keeping every selector a page made', () => {
    const kept = axeIn(memoizeSelectorParsing(axe.source));
    const first = kept.convertSelector('#id-0');
    for (let i = 1; i < 500; i++) kept.convertSelector(`#id-${i}`);
    expect(kept.convertSelector('#id-0')).toBe(first);
    kept.convertSelector('#id-500');
    kept.convertSelector('#id-501');
    expect(kept.convertSelector('#id-0')).not.toBe(first);
  });

  it('leaves a source without that function as it is', () => {
    const other = 'function somethingElse(selector) { return selector; }';
    expect(memoizeSelectorParsing(other)).toBe(other);
  });
});

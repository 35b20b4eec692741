import { describe, expect, it } from 'vitest';
import { diffEdit, htmlTextView, rangeToView, toSource, toView, viewEditToSource } from '../src/html-text-view.js';
import { PageEngine } from '../src/engine.js';
import { textPacks } from '../src/packs.js';
import { applyEdit } from '../src/view.js';

// What mammoth makes of a Word file: no whitespace between blocks, & < > escaped.
const HTML =
  '<div lang="ar" dir="rtl"><h1>عنوان البيان</h1><p>خطة جديدة قي المناطق &amp; <strong>الريفية</strong></p><p>500 مليون جنية</p></div>';

describe('the text view of an HTML source', () => {
  const view = htmlTextView(HTML);

  it('is the text nodes with a blank line between blocks', () => {
    expect(view.text).toBe('عنوان البيان\n\nخطة جديدة قي المناطق & الريفية\n\n500 مليون جنية');
  });

  it('maps offsets both ways, character references included', () => {
    const qi = view.text.indexOf('قي');
    expect(HTML.slice(toSource(view, qi), toSource(view, qi + 2, true))).toBe('قي');
    const amp = view.text.indexOf('&');
    expect(HTML.slice(toSource(view, amp), toSource(view, amp + 1, true))).toBe('&amp;');
    expect(toView(view, HTML.indexOf('&amp;'))).toBe(amp);
    expect(toView(view, HTML.indexOf('&amp;') + 5, true)).toBe(amp + 1);
    // A range inside markup (the <strong> tag) maps to the text after it.
    const strong = HTML.indexOf('<strong>');
    expect(rangeToView(view, strong, strong + 8)).toEqual([view.text.indexOf('الريفية'), view.text.indexOf('الريفية')]);
  });

  it('puts an edit of the view into the source, escaped, and the view follows', () => {
    const qi = view.text.indexOf('قي');
    const edited = applyEdit(HTML, viewEditToSource(view, { range: [qi, qi + 2], text: 'في <b>' }));
    expect(edited).toContain('<p>خطة جديدة في &lt;b&gt; المناطق');
    expect(htmlTextView(edited).text).toBe(view.text.replace('قي', 'في <b>'));
    // Typing at the very end of a paragraph extends its last text.
    const end = view.text.indexOf('\n\n500');
    const typed = applyEdit(HTML, viewEditToSource(view, { range: [end, end], text: '.' }));
    expect(typed).toContain('<strong>الريفية.</strong></p>');
  });

  it('finds the one edit between two texts', () => {
    expect(diffEdit('abcdef', 'abXYef')).toEqual({ range: [2, 4], text: 'XY' });
    expect(diffEdit('aaa', 'aaaa')).toEqual({ range: [3, 3], text: 'a' });
    expect(diffEdit('same', 'same')).toBeNull();
  });

  it('shows the real findings of the HTML at the right words of the view', async () => {
    const engine = new PageEngine(textPacks);
    const findings = await engine.lint({
      text: HTML,
      format: 'html',
      locale: 'en',
      options: { preset: 'recommended', style: {}, dictionaries: {} },
    });
    const words = findings.map((f) => {
      const [a, b] = rangeToView(view, f.place.start.offset, f.place.end.offset);
      return [f.ruleId, view.text.slice(a, b)];
    });
    expect(words.filter(([id]) => id !== 'rtl/language-of-parts')).toEqual([
      ['orthography/common-misspellings', 'قي'],
      ['numbers/currency', 'جنية'],
    ]);
    // A range inside a character reference (the letters of «&amp;») shows as the character it stands for.
    const amp = HTML.indexOf('&amp;');
    expect(rangeToView(view, amp + 1, amp + 4)).toEqual([view.text.indexOf('&'), view.text.indexOf('&') + 1]);
  });
});

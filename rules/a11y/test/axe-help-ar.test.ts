// The Arabic help of the axe rules (data/axe-help-ar.yaml): one entry per
// registered axe rule, nothing else, and Arabic that is Arabic. After an
// axe-core upgrade the first two tests name what to add or remove.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { axeHelpArData, axeRule, axeRules, LAYOUT_RULES } from '../src/axe.js';
import { AXE_RULES } from '../src/axe-rule-list.js';

const entries = axeHelpArData.data.rules;
const registered = axeRules.map((r) => r.meta.id.slice('a11y/'.length));
const ARABIC_LETTER = /[\u0621-\u064a]/;

/** Three Latin words in a row, once markup (`<input type="image">`) and quoted values are set aside: an English phrase. */
function englishRun(text: string): string | undefined {
  const prose = text.replace(/<[^>]*>/g, ' ').replace(/"[^"]*"/g, ' ');
  return /[A-Za-z][\w*:!-]*(?:[ ,]+[A-Za-z][\w*:!-]*){2,}/.exec(prose)?.[0];
}

describe('Arabic help of the axe rules (data/axe-help-ar.yaml)', () => {
  it('has an entry for every registered axe rule', () => {
    const missing = registered.filter((id) => !entries.some((e) => e.id === id));
    expect(missing, 'add these to data/axe-help-ar.yaml').toEqual([]);
    expect(registered.length).toBeGreaterThan(80);
  });

  it('names no unknown, unregistered or repeated axe rule', () => {
    const ids = entries.map((e) => e.id);
    expect(
      ids.filter((id) => !registered.includes(id)),
      'remove these from data/axe-help-ar.yaml',
    ).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Layout-bound and deprecated axe rules are known to axe but not registered: no entry either.
    const unregistered = AXE_RULES.filter((r) => LAYOUT_RULES.has(r.id) || r.tags.includes('deprecated')).map(
      (r) => r.id,
    );
    expect(unregistered).toContain('color-contrast');
    for (const id of unregistered) expect(ids).not.toContain(id);
  });

  it.each(entries.map((e) => ({ ...e, line: axeHelpArData.lineOf(`/rules/${entries.indexOf(e)}`) })))(
    '$id (line $line) is Arabic',
    (entry) => {
      const english = AXE_RULES.find((r) => r.id === entry.id)?.help ?? '';
      for (const text of [entry.help, entry.description].filter((t): t is string => t !== undefined)) {
        expect(text).toMatch(ARABIC_LETTER);
        expect(englishRun(text), text).toBeUndefined();
        expect(text).not.toContain(english);
        expect(text.trim()).toBe(text);
        expect(text).not.toMatch(/\s{2}/);
      }
      expect(entry.help).not.toMatch(/[.،:]$/);
      if (entry.description) expect(entry.description).toMatch(/\.$/);
    },
  );

  it('the English-phrase check catches an English sentence', () => {
    expect(englishRun('يجب أن Images must have alternative text')).toBe('Images must have alternative text');
    expect(englishRun('أضف <input type="image"> وسمة aria-label أو aria-labelledby')).toBeUndefined();
  });

  it('gives each rule its Arabic description and keeps axe’s English one', () => {
    expect(axeRule('html-has-lang').meta.docs.description).toEqual({
      ar: 'يجب أن يحدد عنصر <html> لغة الصفحة بسمة lang (قاعدة axe \u200f«html-has-lang»)',
      en: 'axe-core rule “html-has-lang”: <html> element must have a lang attribute',
    });
    for (const rule of axeRules) expect(rule.meta.docs.description.ar).toMatch(ARABIC_LETTER);
  });

  it('reports an image without alt in Arabic with locale ar and in English with locale en', async () => {
    const page =
      '<!doctype html>\n<html lang="ar" dir="rtl"><head><title>بيان صحفي</title></head><body><main><h1>افتتاح المعرض</h1>\n<p><img src="hall.jpg"></p></main></body></html>';
    const ar = await checkRule(axeRule('image-alt'), page, { format: 'html', locale: 'ar' });
    expect(ar.findings.map((f) => f.message)).toEqual([
      'مشكلة إتاحة (قاعدة axe \u200f«image-alt»): يجب أن يكون للصور نص بديل (alt) يصف محتواها. أضف alt يصف الصورة، أو alt="" إذا كانت زخرفية لا تحمل معلومة. التفاصيل من axe بالإنجليزية: Element does not have an alt attribute',
    ]);
    expect(ar.findings[0]).toMatchObject({
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 24,
      actual: '<img src="hall.jpg">',
    });
    const en = await checkRule(axeRule('image-alt'), page, { format: 'html', locale: 'en' });
    expect(en.findings.map((f) => f.message)).toEqual([
      'Accessibility (axe “image-alt”): Images must have alternative text. Element does not have an alt attribute',
    ]);
    expect(en.findings[0]?.data).toMatchObject({
      helpAr: expect.stringMatching(/^يجب أن يكون للصور/),
      helpEn: 'Images must have alternative text',
    });
  });
});

describe('README table of the axe rules', () => {
  it('shows each registered rule with its Arabic help', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const entry of entries) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`a11y/${entry.id}\`](`));
      expect(row, entry.id).toContain(` ${entry.help.replace(/</g, '&lt;')} |`);
    }
  });
});

// When the axe run (jsdom + axe-core) happens: always for HTML, for Markdown
// only when its tree could give axe something to report (or with
// `a11y: {axe: full}`). Skipping it must never lose a finding: on generated
// drafts the findings are the same with and without the shortcut.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, parseDocument, type Finding } from '@bayan/core';
import { axeRules } from '../src/axe.js';
import { axeLoaded } from '../src/axe/runner.js';
import type { Root } from 'mdast';
import { markdownNeedsAxe } from '../src/axe/markdown-needs-axe.js';

// Every axe rule, as `strict` has them (AAA and experimental ones included).
const every = axeRules.map((rule) => ({ rule, severity: 'error' as const, options: {} }));

async function lintMarkdown(text: string, settings: Record<string, unknown> = {}): Promise<Finding[]> {
  const parsed = parseDocument(text, { path: 'draft.md' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const findings = await lint(parsed.document, { rules: every, locale: 'en', settings });
  const crash = findings.find((f) => f.ruleId === 'bayan/rule-error');
  if (crash) throw new Error(crash.message);
  return findings;
}

const tree = (text: string): Root => {
  const parsed = parseDocument(text, { path: 'draft.md' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document.markup as Root;
};

describe('the axe run on Markdown', () => {
  // First in the file: nothing has loaded jsdom in this worker yet.
  it('does not load jsdom for a draft of plain prose, lists, quotes and links', async () => {
    const draft =
      '# بيان صحفي\n\nأعلنت الوزارة اليوم [تفاصيل البرنامج](https://example.org/a).\n\n## الخلفية\n\n- نقطة أولى\n- نقطة **ثانية**\n\n> قال الوزير: «نرحب».\n\n```\ncode\n```\n';
    expect(await lintMarkdown(draft)).toEqual([]);
    expect(axeLoaded()).toBe(false);
  });

  it('runs axe for HTML, Markdown that needs it, and `a11y: {axe: full}`', async () => {
    const findings = await lintMarkdown('# عنوان\n\n[](https://example.org)\n');
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([['a11y/link-name', 3, 1, 24]]);
    expect(axeLoaded()).toBe(true);
    // With axe forced, the plain draft is checked by axe too, and axe finds nothing there either.
    expect(await lintMarkdown('# بيان\n\nنص.\n', { a11y: { axe: 'full' } })).toEqual([]);
  });

  it('tells which trees need axe', () => {
    const needs = (text: string) => markdownNeedsAxe(tree(text));
    expect(needs('# أ\n\n## ب\n\nنص [رابط](https://x.org) و[آخر](https://y.org).\n')).toBe(false);
    expect(needs('نص <b>خام</b>.\n')).toBe(true); // raw HTML
    expect(needs('![صورة](a.png)\n')).toBe(true);
    // A table: only when axe could object to its rendering (an empty header or data cell, no data row, ragged rows).
    expect(needs('| أ | ب |\n| - | - |\n| 1 | 2 |\n| ج | د |\n')).toBe(false);
    expect(needs('| أ |\n| - |\n| ب |\n')).toBe(false);
    expect(needs('| أ | ب |\n| - | - |\n')).toBe(true); // no data row: th-has-data-cells
    expect(needs('| أ | — |\n| - | - |\n| 1 | 2 |\n')).toBe(true); // a header with no letter: empty-table-header
    expect(needs('| أ | ب |\n| - | - |\n| 1 |\n')).toBe(true); // a row of fewer cells: rendered with an empty one
    expect(needs('| أ | ب |\n| - | - |\n| 1 | 2 | 3 |\n')).toBe(true);
    expect(needs('| أ | ب |\n| - | - |\n| 1 | - |\n')).toBe(true); // a data cell with no letter or digit
    expect(needs('| أ | ب |\n| - | - |\n| [](https://x.org) | 2 |\n')).toBe(true); // link-name inside a cell
    expect(needs('- [ ] مهمة\n')).toBe(true);
    expect(needs('نص[^1].\n\n[^1]: حاشية.\n')).toBe(true);
    expect(needs('[](https://x.org)\n')).toBe(true); // link-name
    expect(needs('[القسم](#section)\n')).toBe(true); // skip-link
    expect(needs('[هنا](https://x.org) و[هنا](https://y.org)\n')).toBe(true); // identical-links-same-purpose
    expect(needs('[هنا](https://x.org) و[هنا](https://x.org) وhttps://x.org/a وhttps://x.org/a\n')).toBe(false);
    expect(needs('# أ\n\n### ج\n')).toBe(true); // heading-order
    expect(needs('### ج\n')).toBe(true);
    expect(needs('## ب\n')).toBe(false);
    expect(needs('#\n')).toBe(true); // empty-heading
  });

  it('loses no finding: the same findings with and without the shortcut on generated drafts', async () => {
    const word = fc.constantFrom('الوزارة', 'بيان', 'هنا', 'التفاصيل', 'report', '');
    const url = fc.constantFrom('https://example.org/a', 'https://example.org/b', '#top', '/#x', 'mailto:a@b.org');
    const block = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 6 }), word).map(([d, w]) => `${'#'.repeat(d)} ${w}`),
      fc.tuple(word, word, url).map(([a, b, u]) => `${a} [${b}](${u}) ${a}.`),
      fc.tuple(word, url).map(([a, u]) => `[![${a}](img.png)](${u})`),
      word.map((w) => `![${w}](img.png)`),
      word.map((w) => `- ${w}\n- [x] ${w}`),
      word.map((w) => `| ${w} |\n| --- |\n| ${w} |`),
      fc
        .tuple(word, word, word, word)
        .map(([a, b, c, d]) => `| ${a} | ${b} |\n| :-- | --: |\n| ${c} | ${d} |\n| ${d} | ${a} |`),
      fc.tuple(word, word).map(([a, b]) => `| ${a} | ${b} |\n| - | - |`),
      fc.tuple(word, word, word).map(([a, b, c]) => `| ${a} | ${b} |\n| - | - |\n| ${c} |\n| ${c} | ${a} | ${b} |`),
      fc.tuple(word, url).map(([a, u]) => `| ${a} | ${a} |\n| - | - |\n| [${a}](${u}) | ![${a}](i.png) |`),
      word.map((w) => `> ${w} **${w}**`),
      word.map((w) => `<span lang="zz">${w}</span>`),
      word.map((w) => `${w}[^1]\n\n[^1]: ${w}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const text = `${blocks.join('\n\n')}\n`;
        const auto = await lintMarkdown(text);
        const full = await lintMarkdown(text, { a11y: { axe: 'full' } });
        expect(auto).toEqual(full);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});

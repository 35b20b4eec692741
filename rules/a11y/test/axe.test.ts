import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRule, lint, parseDocument, RuleTester, type Finding } from '@bayan/core';
import { JSDOM, VirtualConsole } from 'jsdom';
import { axeRule, axeRules, LAYOUT_RULES, PAGE_RULES } from '../src/axe.js';
import { AXE_RULES, AXE_VERSION } from '../src/axe-rule-list.js';

const recommended = axeRules.filter((r) => r.meta.docs.recommended);

async function lintAll(text: string, path: string): Promise<Finding[]> {
  const parsed = parseDocument(text, { path });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const findings = await lint(parsed.document, {
    rules: recommended.map((rule) => ({ rule, severity: 'error' as const, options: {} })),
    locale: 'en',
  });
  const crash = findings.find((f) => f.ruleId === 'bayan/rule-error');
  if (crash) throw new Error(crash.message);
  return findings;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const brief = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn]);

describe('a11y axe rules', () => {
  it('declares one rule per axe rule, except layout-bound and deprecated ones', () => {
    const ids = axeRules.map((r) => r.meta.id);
    expect(ids).toContain('a11y/image-alt');
    expect(ids).toContain('a11y/html-has-lang');
    for (const id of LAYOUT_RULES) expect(ids).not.toContain(`a11y/${id}`);
    expect(ids).not.toContain('a11y/duplicate-id');
    expect(new Set(ids).size).toBe(ids.length);
    expect(axeRule('page-has-heading-one').meta.formats).toEqual(['html']);
    expect(axeRule('image-alt').meta.formats).toEqual(['html', 'markdown']);
    expect(axeRule('image-alt').meta).toMatchObject({
      type: 'problem',
      docs: { recommended: true, url: 'https://dequeuniversity.com/rules/axe/4.14/image-alt' },
    });
    expect(axeRule('heading-order').meta).toMatchObject({ type: 'suggestion', docs: { recommended: true } });
    expect(axeRule('identical-links-same-purpose').meta.docs.recommended).toBe(false); // AAA
    expect(axeRule('hidden-content').meta.docs.recommended).toBe(false); // experimental
    for (const id of PAGE_RULES) expect(AXE_RULES.some((r) => r.id === id)).toBe(true);
  });

  it('the generated rule list matches the installed axe-core', () => {
    const require = createRequire(import.meta.url);
    const axe = require('axe-core') as { source: string; version: string };
    const dom = new JSDOM('<!doctype html><html><body></body></html>', {
      runScripts: 'outside-only',
      virtualConsole: new VirtualConsole(),
    });
    dom.window.eval(axe.source);
    const installed = (
      dom.window as unknown as { axe: { getRules(): Array<{ ruleId: string; help: string }> } }
    ).axe.getRules();
    expect(AXE_VERSION).toBe(axe.version);
    expect(AXE_RULES.map((r) => [r.id, r.help])).toEqual(
      installed.map((r) => [r.ruleId, r.help]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );
  });

  it.each(['full-page.clean.html', 'release.clean.html', 'statement.clean.html'])(
    'finds nothing in %s',
    async (name) => {
      expect(brief(await lintAll(fixture(name), name))).toEqual([]);
    },
  );

  it.each([
    {
      name: 'full-page.dirty.html',
      expected: [
        ['a11y/html-has-lang', 2, 1, 17],
        ['a11y/landmark-one-main', 2, 1, 17],
        ['a11y/page-has-heading-one', 2, 1, 17],
        ['a11y/region', 8, 1, 21],
        ['a11y/link-name', 9, 3, 15],
        ['a11y/image-alt', 9, 15, 36],
        ['a11y/region', 14, 1, 22],
        ['a11y/heading-order', 17, 3, 7],
        ['a11y/link-name', 18, 52, 77],
        ['a11y/image-alt', 19, 3, 26],
        ['a11y/region', 21, 1, 21],
      ],
    },
    {
      name: 'release.dirty.html',
      expected: [
        ['a11y/html-lang-valid', 2, 1, 31],
        ['a11y/label', 8, 29, 59],
        ['a11y/button-name', 8, 60, 68],
        ['a11y/list', 9, 3, 7],
      ],
    },
    {
      name: 'statement.dirty.html',
      expected: [
        ['a11y/document-title', 2, 1, 27],
        ['a11y/landmark-one-main', 2, 1, 27],
        ['a11y/page-has-heading-one', 2, 1, 27],
        ['a11y/region', 5, 1, 4],
        ['a11y/image-alt', 6, 1, 27],
        ['a11y/region', 6, 1, 27],
        ['a11y/region', 7, 1, 4],
      ],
    },
  ])('maps $name findings to their start tags', async ({ name, expected }) => {
    expect(brief(await lintAll(fixture(name), name))).toEqual(expected);
  });

  it('reports with axe’s help text and URL in English, our Arabic help in Arabic', async () => {
    const text =
      '<!doctype html>\n<html lang="ar" dir="rtl"><head><title>بيان</title></head><body><main><h1>بيان</h1>\n<p><img src="a.png"></p></main></body></html>';
    const result = await checkRule(axeRule('image-alt'), text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'a11y/image-alt',
      source: 'a11y',
      message:
        'Accessibility (axe “image-alt”): Images must have alternative text. Element does not have an alt attribute',
      url: 'https://dequeuniversity.com/rules/axe/4.14/image-alt',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 21,
      actual: '<img src="a.png">',
    });
    expect(result.output).toBe(text);
    const ar = await checkRule(axeRule('image-alt'), text, { format: 'html', locale: 'ar' });
    expect(ar.findings[0]?.message).toBe(
      'مشكلة إتاحة (قاعدة axe \u200f«image-alt»): يجب أن يكون للصور نص بديل (alt) يصف محتواها. أضف alt يصف الصورة، أو alt="" إذا كانت زخرفية لا تحمل معلومة. التفاصيل من axe بالإنجليزية: Element does not have an alt attribute',
    );
  });

  it('page-level rules fail for real thanks to the elementFromPoint stubs', async () => {
    const text =
      '<!doctype html><html lang="ar" dir="rtl"><head><title>بيان</title></head><body><p>نص البيان.</p></body></html>';
    expect((await checkRule(axeRule('landmark-one-main'), text, { format: 'html' })).findings).toHaveLength(1);
    expect((await checkRule(axeRule('page-has-heading-one'), text, { format: 'html' })).findings).toHaveLength(1);
  });

  it('checks Markdown rendered to HTML, with positions in the Markdown', async () => {
    const md =
      '# بيان صحفي\n\nنص البيان.\n\n<img src="logo.png">\n\n### تفاصيل\n\n![صورة الاجتماع](a.jpg) و[](/empty)\n';
    const tester = new RuleTester({ format: 'markdown' });
    await tester.assertInvalid(axeRule('image-alt'), { text: md, errors: [{ line: 5, column: 1, endColumn: 21 }] });
    await tester.assertInvalid(axeRule('heading-order'), { text: md, errors: [{ line: 7, column: 1, endColumn: 11 }] });
    await tester.assertInvalid(axeRule('link-name'), { text: md, errors: [{ line: 9, column: 26, endColumn: 36 }] });
    // page-level rules are not run on Markdown drafts
    await tester.assertValid(axeRule('landmark-one-main'), md);
  });

  it('never runs on plain text', async () => {
    await new RuleTester({ format: 'text' }).assertValid(axeRule('image-alt'), '<img src="x.png">');
  });

  it('gives the same results with the window reused across pages', async () => {
    const dirty = fixture('statement.dirty.html');
    const first = brief(await lintAll(dirty, 'a.html'));
    await lintAll(fixture('full-page.clean.html'), 'b.html');
    expect(brief(await lintAll(dirty, 'c.html'))).toEqual(first);
  });

  it('keeps nothing of one page’s styles, focus or results for the next in the reused window', async () => {
    const head = '<!doctype html>\n<html lang="ar" dir="rtl"><head><title>بيان</title>';
    const body = '</head><body><main><h1>بيان</h1>\n<p><img src="a.png"></p></main></body></html>';
    // The image is hidden by the first page's style sheet, and by its own attribute on the third:
    // axe skips hidden elements, so only the second page has an image without alt.
    const hiddenBySheet = `${head}<style>img { display: none }</style>${body}`;
    const visible = `${head}${body}`;
    const hiddenByAttribute = `${head}${body.replace('<img ', '<img hidden ')}`;
    expect(brief(await lintAll(hiddenBySheet, 'a.html'))).toEqual([]);
    expect(brief(await lintAll(visible, 'b.html'))).toEqual([['a11y/image-alt', 3, 4, 21]]);
    expect(brief(await lintAll(hiddenByAttribute, 'c.html'))).toEqual([]);
    expect(brief(await lintAll(visible, 'd.html'))).toEqual([['a11y/image-alt', 3, 4, 21]]);
  });
});

describe('a11y axe security', () => {
  let server: Server;
  let requests = 0;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests++;
      res.end('body{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs no script of the page and fetches nothing it references', async () => {
    const page = `<!doctype html><html lang="ar" dir="rtl"><head><title>بيان</title>
<link rel="stylesheet" href="${base}/style.css"><style>@import "${base}/import.css"; body { background: url(${base}/bg.png) }</style>
<script src="${base}/script.js"></script>
<script>document.querySelector('img').setAttribute('alt', 'script ran'); fetch('${base}/fetch');</script>
</head><body onload="document.body.innerHTML=''"><main><h1>بيان</h1>
<img src="${base}/image.png" onerror="this.alt='handler ran'">
<iframe src="${base}/frame.html" title="إطار"></iframe>
<object data="${base}/object.svg" aria-label="x"></object>
</main></body></html>`;
    const findings = await lintAll(page, 'evil.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toBe(0);
    // Had the script or the handler run, the image would have an alt.
    expect(findings.filter((f) => f.ruleId === 'a11y/image-alt')).toHaveLength(1);
  });
});

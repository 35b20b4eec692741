/**
 * eslint-plugin-bayan through ESLint itself: the ESLint class with the
 * plugin's recommended config, `eslint-disable` comments in Markdown and HTML,
 * and the plugin's exports against the registry the CLI uses.
 */
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '@bayan/cli';
import plugin, { asynchronousRules, FILES, rules } from '../src/index.js';

const config = [plugin.configs.recommended as Linter.Config];

function eslintWith(overrides: Linter.Config[] = []): ESLint {
  return new ESLint({ overrideConfigFile: true, overrideConfig: [...config, ...overrides], cwd: import.meta.dirname });
}

async function lintText(text: string, filePath: string, overrides: Linter.Config[] = []) {
  const [result] = await eslintWith(overrides).lintText(text, { filePath });
  return result!.messages.map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
    severity: m.severity,
  }));
}

describe('eslint-plugin-bayan', () => {
  it("exports every rule of the CLI registry under its id, with Bayan's recommended preset", () => {
    const registry = defaultRegistry();
    expect(Object.keys(rules).sort()).toEqual(registry.ids());
    // The asynchronous rules are the axe-core checks (they wait for jsdom); the a11y pack's own text rules are synchronous.
    expect(asynchronousRules.length).toBeGreaterThan(50);
    for (const id of asynchronousRules)
      expect(registry.get(id)!.meta.docs.url ?? '').toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\//);
    expect(asynchronousRules).not.toContain('a11y/descriptive-link-text');
    const recommended = (plugin.configs.recommended as { rules: Record<string, string> }).rules;
    expect(recommended['bayan/orthography/common-misspellings']).toBe('error');
    expect(recommended['bayan/orthography/no-tatweel']).toBe('warn');
    expect(recommended['bayan/a11y/image-alt']).toBe('error');
    for (const id of Object.keys(recommended)) expect(rules[id.slice('bayan/'.length)]).toBeDefined();
    expect(FILES).toEqual(['**/*.md', '**/*.markdown', '**/*.txt', '**/*.html', '**/*.htm']);
  });

  it('runs the asynchronous axe-core rules through the synckit worker, in HTML and Markdown', async () => {
    const html =
      '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><title>بيان</title></head>\n<body><main><h1>بيان</h1>\n<img src="a.png">\n</main></body></html>\n';
    const fromHtml = (await lintText(html, 'page.html')).filter((m) => m.ruleId === 'bayan/a11y/image-alt');
    expect(fromHtml).toEqual([
      {
        ruleId: 'bayan/a11y/image-alt',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 18,
        severity: 2,
        message:
          'مشكلة إتاحة (قاعدة axe ‏«image-alt»): يجب أن يكون للصور نص بديل (alt) يصف محتواها. أضف alt يصف الصورة، أو alt="" إذا كانت زخرفية لا تحمل معلومة. التفاصيل من axe بالإنجليزية: Element does not have an alt attribute',
      },
    ]);
    const fromMarkdown = (await lintText('# بيان\n\n<img src="a.png">\n', 'release.md')).filter((m) =>
      m.ruleId?.startsWith('bayan/a11y/'),
    );
    expect(fromMarkdown.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([
      ['bayan/a11y/image-alt', 3, 1, 18],
    ]);
  });

  it('reports 1-based UTF-16 columns on CRLF text with astral characters, in Arabic by default', async () => {
    const text = 'السـلام عليكم\u200b ورحمة 𝐀 قي البيت\r\nسطر قي ثان\r\n';
    expect(await lintText(text, 'release.txt')).toEqual([
      {
        ruleId: 'bayan/orthography/no-tatweel',
        line: 1,
        column: 4,
        endLine: 1,
        endColumn: 5,
        message: 'التطويل في «السـلام» يعطل البحث؛ احذفه.',
        severity: 1,
      },
      {
        ruleId: 'bayan/orthography/no-invisible-characters',
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 15,
        message: 'محرف غير مرئي (U+200B ZERO WIDTH SPACE) يعطل البحث والنسخ؛ احذفه.',
        severity: 2,
      },
      {
        ruleId: 'bayan/orthography/common-misspellings',
        line: 1,
        column: 25,
        endLine: 1,
        endColumn: 27,
        message: '«قي» خطأ إملائي، والصواب «في».',
        severity: 2,
      },
      {
        ruleId: 'bayan/orthography/common-misspellings',
        line: 2,
        column: 5,
        endLine: 2,
        endColumn: 7,
        message: '«قي» خطأ إملائي، والصواب «في».',
        severity: 2,
      },
    ]);
    const english = await lintText('قي البيت\n', 'release.txt', [
      { files: ['**/*.txt'], languageOptions: { locale: 'en' } },
    ]);
    expect(english.map((m) => m.message)).toEqual(['“قي” is a misspelling of “في”.']);
  });

  it('honours eslint-disable comments in Markdown', async () => {
    const text = [
      '# بيان',
      '',
      '<!-- eslint-disable-next-line bayan/orthography/common-misspellings -->',
      'خطة قي المحافظات.',
      '',
      'خطة قي المدن. <!-- eslint-disable-line bayan/orthography/common-misspellings -->',
      '',
      '<!-- eslint-disable -->',
      'خطة قي القرى.',
      '<!-- eslint-enable -->',
      '',
      'خطة قي الأرياف.',
      '',
    ].join('\n');
    expect((await lintText(text, 'release.md')).map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['bayan/orthography/common-misspellings', 12, 5],
    ]);
  });

  it('honours eslint-disable comments in HTML, and inline rule config', async () => {
    const text = [
      '<p>خطة قي المحافظات.</p>',
      '<!-- eslint-disable-next-line bayan/orthography/common-misspellings -- quoted from the minister -->',
      '<p>خطة قي المدن.</p>',
      '<p>خطة قي القرى.</p> <!-- eslint-disable-line -->',
      '<!-- eslint bayan/orthography/no-tatweel: off -->',
      '<p>الســلام.</p>',
      '',
    ].join('\n');
    // (A fragment, not a page: axe-core's page-level findings are left out here.)
    const found = (await lintText(text, 'page.html')).filter((m) => !m.ruleId?.startsWith('bayan/a11y/'));
    expect(found.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['bayan/rtl/html-lang-dir', 1, 1],
      ['bayan/orthography/common-misspellings', 1, 8],
    ]);
  });

  it('a file the engine cannot parse is one fatal parsing error', async () => {
    const [result] = await eslintWith().lintText('قي\0', { filePath: 'binary.txt' });
    expect(result!.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        ruleId: null,
        line: 1,
        column: 3,
        message: 'Parsing error: NUL character: this looks like a binary file',
      }),
    ]);
  });

  it('rejects unknown language options and style keys', async () => {
    await expect(
      lintText('قي\n', 'a.txt', [{ files: ['**/*.txt'], languageOptions: { locale: 'fr' } }]),
    ).rejects.toThrow('languageOptions.locale must be "ar" or "en".');
    await expect(
      lintText('قي\n', 'a.txt', [{ files: ['**/*.txt'], languageOptions: { style: { nosuch: 1 } } }]),
    ).rejects.toThrow('Key "languageOptions": bayan/release languageOptions: style unknown key "nosuch"');
  });
});

describe('rules that load data on first use', () => {
  it('identify the language of an English page declared Danish (franc, preloaded by the plugin for ESLint’s synchronous run)', async () => {
    const html =
      '<!doctype html>\n<html lang="da">\n<head><title>Annual report</title></head>\n<body><main><h1>Annual report</h1>\n' +
      '<p>The ministry announced today that the new water programme will reach every school in the country by the end of next year.</p>\n' +
      '</main></body></html>\n';
    const messages = await lintText(html, 'page.html', [{ rules: { 'bayan/rtl/html-lang-dir': 'warn' } }]);
    expect(
      messages.filter((m) => /rule-error|تعطلت القاعدة|asynchronous rule/i.test(`${m.ruleId} ${m.message}`)),
    ).toEqual([]);
    expect(
      messages.filter((m) => m.ruleId === 'bayan/rtl/html-lang-dir').map((m) => [m.line, m.column, m.endColumn]),
    ).toEqual([[2, 7, 16]]);
  });
});

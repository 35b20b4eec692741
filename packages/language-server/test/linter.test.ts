/**
 * The server's linting core in-process, with a rule pack made for the test:
 * a rule that throws becomes one diagnostic and the other rules' problems
 * stay; an ignored file has none; the locale follows setting, config, client.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { definePack, defineRule, RuleRegistry } from '@bayan/core';
import { afterAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clientLocaleOf, Linter, RuleDocs, toDiagnostic } from '../src/index.js';

const qi = defineRule({
  meta: {
    id: 'demo/no-qi',
    type: 'problem',
    docs: { description: { ar: 'قي', en: 'qi' }, recommended: true },
    fixable: true,
    messages: { qi: { ar: '«قي» بدل «في».', en: '“قي” for “في”.' } },
  },
  create(context) {
    return {
      Document() {
        for (const match of context.text.matchAll(/قي/g))
          context.report({
            range: [match.index, match.index + 2],
            messageId: 'qi',
            fix: { range: [match.index, match.index + 2], text: 'في' },
          });
      },
    };
  },
});
const broken = defineRule({
  meta: {
    id: 'demo/broken',
    type: 'problem',
    docs: { description: { ar: 'معطلة', en: 'broken' }, recommended: true },
    messages: {},
  },
  create() {
    return {
      Document() {
        throw new Error('boom');
      },
    };
  },
});
const registry = new RuleRegistry([
  definePack({ name: 'demo', description: { ar: 'تجربة', en: 'demo' }, rules: [qi, broken] }),
]);
const dir = mkdtempSync(join(tmpdir(), 'bayan-linter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Linter (the server core)', () => {
  it('a rule that throws is one diagnostic; the other rules still report', async () => {
    const linter = new Linter({ clientLocale: 'en-US' }, registry);
    const uri = pathToFileURL(join(dir, 'a.txt')).href;
    const result = await linter.lint({ uri, languageId: 'plaintext', text: 'ذهب قي الصباح\n' });
    expect(result.locale).toBe('en');
    const document = TextDocument.create(uri, 'plaintext', 1, 'ذهب قي الصباح\n');
    const diagnostics = result.findings.map((f) => toDiagnostic(document, f, new RuleDocs()));
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start.character, d.range.end.character])).toEqual([
      ['bayan/rule-error', 'Rule “demo/broken” crashed while checking this file: boom', 0, 0],
      ['demo/no-qi', '“قي” for “في”.', 4, 6],
    ]);
  });

  it('takes the locale from the setting, then the config, then the client', async () => {
    const folder = mkdtempSync(join(dir, 'locale-'));
    const uri = pathToFileURL(join(folder, 'a.txt')).href;
    const doc = { uri, languageId: 'plaintext', text: 'قي\n' };
    expect((await new Linter({ clientLocale: 'en' }, registry).lint(doc)).findings.at(-1)!.message).toBe(
      '“قي” for “في”.',
    );
    writeFileSync(join(folder, 'bayan.config.yaml'), 'locale: ar\nignores: [skip.txt]\n');
    expect((await new Linter({ clientLocale: 'en' }, registry).lint(doc)).findings.at(-1)!.message).toBe(
      '«قي» بدل «في».',
    );
    expect((await new Linter({ clientLocale: 'ar', locale: 'en' }, registry).lint(doc)).findings.at(-1)!.message).toBe(
      '“قي” for “في”.',
    );
    const skipped = await new Linter({}, registry).lint({ ...doc, uri: pathToFileURL(join(folder, 'skip.txt')).href });
    expect(skipped).toMatchObject({ ignored: true, findings: [] });
    expect([clientLocaleOf(undefined), clientLocaleOf('ar-EG'), clientLocaleOf('fr')]).toEqual(['ar', 'ar', 'en']);
  });
});

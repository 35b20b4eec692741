/**
 * The server as an editor sees it: a child process speaking JSON-RPC over
 * stdio. Real files in a temporary folder, so config discovery is the CLI's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver';
import { applyWorkspaceEdit, brief, LspClient } from './support/lsp-client.js';

// Tatweel, a zero-width space, an astral character (two UTF-16 units), CRLF line ends, and «قي» twice.
const TEXT = 'السـلام عليكم\u200b ورحمة 𝐀 قي البيت\r\nسطر قي ثان\r\n';
const FIXED = 'السلام عليكم ورحمة 𝐀 في البيت\r\nسطر في ثان\r\n';

let dir: string;
let client: LspClient;
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bayan-lsp-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => client?.kill());

describe('bayan-language-server over stdio', () => {
  it('publishes diagnostics with UTF-16 ranges, rule ids, doc links and tags', async () => {
    client = new LspClient();
    const init = await client.initialize();
    expect(init.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.bayan'] },
      hoverProvider: true,
    });
    const uri = uriOf('release.txt');
    await client.open(uri, 'plaintext', TEXT);
    const published = await client.nextDiagnostics(uri, 1);
    expect(published.diagnostics.map(brief)).toEqual([
      { code: 'orthography/no-tatweel', range: '0:3-0:4', tags: [1] },
      { code: 'orthography/no-invisible-characters', range: '0:13-0:14', tags: [1] },
      { code: 'orthography/common-misspellings', range: '0:24-0:26' },
      { code: 'orthography/common-misspellings', range: '1:4-1:6' },
    ]);
    const qi = published.diagnostics[2]!;
    expect(qi.severity).toBe(1);
    expect(qi.source).toBe('bayan');
    // No locale from the client or a config: Arabic.
    expect(qi.message).toBe('«قي» خطأ إملائي، والصواب «في».');
    expect(qi.codeDescription?.href).toMatch(/^file:\/\/.*\/rules\/orthography\/docs\/common-misspellings\.md$/);
    expect(await client.stop()).toBe(0);
  });

  it('offers quick fixes and fix-all whose edits give the fixed text, and re-lints on change', async () => {
    client = new LspClient();
    await client.initialize({ locale: 'en-GB' });
    const uri = uriOf('edit.txt');
    await client.open(uri, 'plaintext', TEXT);
    const first = await client.nextDiagnostics(uri, 1);
    const qi = first.diagnostics[3]!;
    expect(qi.message).toBe('“قي” is a misspelling of “في”.');

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: qi.range,
      context: { diagnostics: [qi] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind])).toEqual([
      ['Fix: “قي” is a misspelling of “في”.', 'quickfix'],
      ['Bayan: fix all safe problems', 'source.fixAll.bayan'],
    ]);
    expect(actions[0]!.diagnostics).toEqual([qi]);
    expect(applyWorkspaceEdit(uri, TEXT, actions[0]!.edit)).toBe(
      'السـلام عليكم\u200b ورحمة 𝐀 قي البيت\r\nسطر في ثان\r\n',
    );
    expect(applyWorkspaceEdit(uri, TEXT, actions[1]!.edit)).toBe(FIXED);

    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(fixAll.map((a) => a.kind)).toEqual(['source.fixAll.bayan']);

    // Incremental change: «قي» → «في» on the second line.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: qi.range, text: 'في' }],
    });
    const second = await client.nextDiagnostics(uri, 2);
    expect(second.diagnostics.map(brief).map((d) => d.range)).toEqual(['0:3-0:4', '0:13-0:14', '0:24-0:26']);
    expect(await client.stop()).toBe(0);
  });

  it('publishes a burst of keystrokes for its last version only', async () => {
    client = new LspClient();
    await client.initialize();
    const uri = uriOf('burst.txt');
    await client.open(uri, 'plaintext', 'قي\n');
    expect((await client.nextDiagnostics(uri, 1)).diagnostics).toHaveLength(1);
    // Three changes at once: the first after a quiet spell is linted at once, the rest wait for quiet.
    for (const [version, text] of [
      [2, 'قي قي\n'],
      [3, 'قي قي قي\n'],
      [4, 'في البيت\n'],
    ] as const) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    }
    expect((await client.nextDiagnostics(uri, 4)).diagnostics).toEqual([]);
    // Version 3 was never published: it was superseded before its diagnostics were ready.
    await expect(client.nextDiagnostics(uri, 3, 500)).rejects.toThrow('no diagnostics');
    expect(await client.stop()).toBe(0);
  });

  it('hover shows the rule doc', async () => {
    client = new LspClient();
    await client.initialize();
    const uri = uriOf('hover.txt');
    await client.open(uri, 'plaintext', TEXT);
    await client.nextDiagnostics(uri, 1);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 5 },
    })) as Hover;
    const value = (hover.contents as { kind: string; value: string }).value;
    expect((hover.contents as { kind: string }).kind).toBe('markdown');
    expect(
      value.startsWith(
        '**«قي» خطأ إملائي، والصواب «في».** `orthography/common-misspellings`\n\n# orthography/common-misspellings\n',
      ),
    ).toBe(true);
    expect(hover.range).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
    const none = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    expect(none).toBeNull();
  });

  it('re-reads the config when it changes, and survives a broken one', async () => {
    const folder = mkdtempSync(join(dir, 'config-'));
    const file = join(folder, 'release.txt');
    const uri = pathToFileURL(file).href;
    client = new LspClient();
    await client.initialize();
    await client.open(uri, 'plaintext', TEXT);
    expect((await client.nextDiagnostics(uri, 1)).diagnostics).toHaveLength(4);

    const config = join(folder, 'bayan.config.yaml');
    writeFileSync(config, 'locale: en\nrules:\n  orthography/common-misspellings: off\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 1 }],
    });
    const relinted = await client.nextDiagnostics(uri, 1);
    expect(relinted.diagnostics.map((d) => d.code)).toEqual([
      'orthography/no-tatweel',
      'orthography/no-invisible-characters',
    ]);
    expect(relinted.diagnostics[0]!.message).toBe('The tatweel in “السـلام” breaks search; remove it.');

    writeFileSync(config, 'rules:\n  orthography/no-such-rule: error\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    const broken = await client.nextDiagnostics(uri, 1);
    expect(broken.diagnostics.map(brief)).toEqual([{ code: 'bayan/config-error', range: '0:0-0:0' }]);
    expect(broken.diagnostics[0]!.message).toContain('bayan.config.yaml: rules.orthography/no-such-rule');
    expect(client.messages).toEqual([{ type: 1, message: broken.diagnostics[0]!.message }]);

    writeFileSync(config, 'locale: en\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    expect((await client.nextDiagnostics(uri, 1)).diagnostics).toHaveLength(4);
    expect(await client.stop()).toBe(0);
  });

  it('a file that cannot be parsed is one diagnostic, and the server goes on', async () => {
    client = new LspClient();
    await client.initialize({ locale: 'en' });
    const bad = uriOf('binary.txt');
    await client.open(bad, 'plaintext', 'قي\0\0');
    const published = await client.nextDiagnostics(bad, 1);
    expect(published.diagnostics.map(brief)).toEqual([{ code: 'bayan/parse-error', range: '0:2-0:2' }]);
    expect(published.diagnostics[0]!.message).toBe(
      'The file could not be read: NUL character: this looks like a binary file',
    );
    const good = uriOf('after.txt');
    await client.open(good, 'plaintext', 'قي البيت\n');
    expect((await client.nextDiagnostics(good, 1)).diagnostics.map(brief)).toEqual([
      { code: 'orthography/common-misspellings', range: '0:0-0:2' },
    ]);
    expect(await client.stop()).toBe(0);
  });

  it('does not lint other files', async () => {
    client = new LspClient();
    await client.initialize();
    const uri = uriOf('notes.rst');
    await client.open(uri, 'restructuredtext', 'قي البيت\n');
    expect((await client.nextDiagnostics(uri, 1)).diagnostics).toEqual([]);
  });

  it('disables a rule on a line or in a Markdown file with an inline comment', async () => {
    client = new LspClient();
    await client.initialize({ locale: 'en' });
    const uri = uriOf('release.md');
    const text = '---\ntitle: بيان\n---\n# بيان\n\nخطة قي المحافظات.\n';
    await client.open(uri, 'markdown', text);
    const [qi] = (await client.nextDiagnostics(uri, 1)).diagnostics;
    expect(brief(qi!)).toEqual({ code: 'orthography/common-misspellings', range: '5:4-5:6' });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: qi!.range,
      context: { diagnostics: [qi], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.title)).toEqual([
      'Fix: “قي” is a misspelling of “في”.',
      'Disable orthography/common-misspellings on this line',
      'Disable orthography/common-misspellings in this file',
    ]);
    const onLine = applyWorkspaceEdit(uri, text, actions[1]!.edit);
    expect(onLine).toBe(
      '---\ntitle: بيان\n---\n# بيان\n\nخطة قي المحافظات. <!-- bayan-disable-line orthography/common-misspellings -->\n',
    );
    const inFile = applyWorkspaceEdit(uri, text, actions[2]!.edit);
    expect(inFile).toBe(
      '---\ntitle: بيان\n---\n<!-- bayan-disable orthography/common-misspellings -->\n# بيان\n\nخطة قي المحافظات.\n',
    );
    for (const [version, next] of [
      [2, onLine],
      [3, inFile],
    ] as const) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: next }],
      });
      expect((await client.nextDiagnostics(uri, version)).diagnostics).toEqual([]);
    }
  });

  it('loads jsdom (the a11y pack) only when an HTML or Markdown document that axe can check opens', async () => {
    const tracer = new URL('./support/report-jsdom.mjs', import.meta.url).pathname;
    // Markdown with nothing axe could object to (no raw HTML, images, tables…) is checked from its own tree.
    const plain = '# قي\n\n[هنا](https://example.org)\n';
    const withHtml = '# قي\n\n<img src="a.png">\n';
    for (const [name, languageId, text, loaded] of [
      ['only.txt', 'plaintext', withHtml, false],
      ['plain.md', 'markdown', plain, false],
      ['page.md', 'markdown', withHtml, true],
    ] as const) {
      client = new LspClient(['--import', tracer]);
      await client.initialize();
      const uri = uriOf(name);
      await client.open(uri, languageId, text);
      await client.nextDiagnostics(uri, 1);
      expect(await client.stop()).toBe(0);
      expect(client.stderr).toContain(`jsdom-loaded=${loaded}`);
    }
  });
});

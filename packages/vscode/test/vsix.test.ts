/**
 * `pnpm package:vscode` makes a .vsix that holds a valid manifest and a
 * self-contained server: the server is run from the unpacked .vsix, outside
 * the repository, on a Markdown release (the a11y pack's jsdom is bundled too).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, LspClient } from '../../language-server/test/support/lsp-client.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const VSIX = join(ROOT, 'packages/vscode/bayan-vscode-0.1.0.vsix');
const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;
let dir: string;
let extension: string;

beforeAll(() => {
  const packed = spawnSync('pnpm', ['--silent', 'package:vscode'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  expect(packed.status, packed.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'bayan-vsix-'));
  const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', VSIX, dir], { encoding: 'utf8' });
  expect(unzip.status, unzip.stderr).toBe(0);
  extension = join(dir, 'extension');
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the VS Code extension (.vsix)', () => {
  it('has a manifest VS Code accepts: entry point, activation events, settings', () => {
    const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'bayan-vscode',
      publisher: 'bayan',
      main: './out/extension.cjs',
      engines: { vscode: '^1.91.0' },
    });
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:html']);
    const properties = manifest.contributes.configuration.properties;
    expect(Object.keys(properties)).toEqual(['bayan.locale', 'bayan.configPath', 'bayan.trace.server']);
    expect(properties['bayan.locale']).toMatchObject({ type: 'string', enum: ['', 'ar', 'en'], default: '' });
    expect(properties['bayan.configPath']).toMatchObject({ type: 'string', default: '' });
    // The bundles carry everything: the manifest names no workspace package.
    expect(manifest.dependencies).toBeUndefined();
    const vsixManifest = readFileSync(join(dir, 'extension.vsixmanifest'), 'utf8');
    expect(vsixManifest).toContain('<Identity Language="en-US" Id="bayan-vscode" Version="0.1.0" Publisher="bayan" />');
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.91.0" />');
    // The client bundle is a CommonJS module that starts the bundled server.
    const client = readFileSync(join(extension, 'out/extension.cjs'), 'utf8');
    expect(client).toContain('server/server.mjs');
    expect(spawnSync(process.execPath, ['--check', join(extension, 'out/extension.cjs')]).status).toBe(0);
  });

  it('runs the bundled server from the unpacked .vsix: diagnostics, a11y, hover with the bundled doc', async () => {
    const server = join(extension, 'server/server.mjs');
    const client = new LspClient([], server, dir);
    try {
      await client.initialize({ locale: 'en' });
      const uri = pathToFileURL(join(dir, 'release.md')).href;
      await client.open(uri, 'markdown', '# بيان\n\nخطة قي المحافظات.\n\n<img src="صورة.png">\n');
      const published = await client.nextDiagnostics(uri, 1, 60_000);
      expect(published.diagnostics.map(brief)).toEqual([
        { code: 'orthography/common-misspellings', range: '2:4-2:6' },
        { code: 'a11y/image-alt', range: '4:0-4:20' },
      ]);
      const doc = join(extension, 'rules/orthography/docs/common-misspellings.md');
      expect(published.diagnostics[0]!.codeDescription?.href).toBe(pathToFileURL(doc).href);
      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 2, character: 5 },
      })) as { contents: { value: string } };
      expect(hover.contents.value).toContain(readFileSync(doc, 'utf8').trim());
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  // A fresh network namespace has no interface up: any download would fail.
  it.skipIf(!canUnshare)(
    'packs without the network',
    () => {
      const packed = spawnSync('unshare', ['-n', 'pnpm', '--silent', 'package:vscode'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 300_000,
      });
      expect(packed.status, packed.stderr).toBe(0);
      expect(packed.stdout).toContain('bayan-vscode-0.1.0.vsix');
    },
    300_000,
  );
});

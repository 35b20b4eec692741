/**
 * The Bayan extension for VS Code: starts the bundled language server
 * (`server/server.mjs`, the same `bayan-language-server`) over stdio for
 * Markdown, HTML and plain-text documents, passes the `bayan.locale` and
 * `bayan.configPath` settings, and tells the server when a config changes.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server's settings from the `bayan.*` configuration. */
function settings(): { locale: string; configPath: string } {
  const config = vscode.workspace.getConfiguration('bayan');
  return { locale: config.get<string>('locale', ''), configPath: config.get<string>('configPath', '') };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6011'] } },
  };
  const languages = ['markdown', 'html', 'plaintext'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: settings(),
    synchronize: {
      configurationSection: 'bayan',
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{bayan.config.yaml,.bayanrc.yaml,.bayanrc.yml,.bayanrc.json,package.json}',
      ),
    },
  };
  client = new LanguageClient('bayan', 'Bayan', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

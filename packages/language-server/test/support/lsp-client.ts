/**
 * A minimal LSP client for the tests: spawns `bayan-language-server --stdio`
 * (the compiled bin, as an editor would) and speaks JSON-RPC to it with
 * vscode-jsonrpc. Notifications are queued so a test can wait for the next
 * `publishDiagnostics` of a document.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

export const SERVER_BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  stderr = '';
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly #diagnostics: PublishDiagnosticsParams[] = [];
  readonly #waiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  readonly exited: Promise<number | null>;

  /** `server`: the script to run (default: the compiled bin); `nodeArgs` go to node before it. */
  constructor(nodeArgs: string[] = [], server = SERVER_BIN, cwd?: string) {
    if (!existsSync(server)) throw new Error(`${server} is missing: run pnpm build first.`);
    this.child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: 'pipe', ...(cwd ? { cwd } : {}) });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout),
      new StreamMessageWriter(this.child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const i = this.#waiters.findIndex((w) => w.match(params));
      if (i === -1) this.#diagnostics.push(params);
      else this.#waiters.splice(i, 1)[0]!.resolve(params);
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      ...params,
    });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  /** The next diagnostics published for `uri` (optionally for a given document version). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
    const queued = this.#diagnostics.findIndex(match);
    if (queued !== -1) return Promise.resolve(this.#diagnostics.splice(queued, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.#waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}

/** Applies a workspace edit's changes for one document. */
export function applyWorkspaceEdit(uri: string, text: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), edits);
}

/** A diagnostic reduced to what the tests compare. */
export function brief(d: Diagnostic): { code: unknown; range: string; tags?: number[] } {
  const r = d.range;
  return {
    code: d.code,
    range: `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`,
    ...(d.tags ? { tags: d.tags } : {}),
  };
}

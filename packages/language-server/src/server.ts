/**
 * The language server: lints open releases on open and on change (leading
 * edge, then debounced while typing), publishes diagnostics, answers code
 * actions and hovers from the findings of the document's current version,
 * and re-lints everything when a config file changes. Nothing a document or
 * a config does can stop it: a bad config is one diagnostic and one
 * `window/showMessage`, a crash of the engine is a message, and the server
 * goes on with the next document.
 */
import { SEARCH_PLACES, VERSION } from '@bayan/cli';
import { localize, type Finding, type Locale } from '@bayan/core';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { FIX_ALL_KIND, fixAllAction, quickFixes } from './actions.js';
import { findingRange, toDiagnostic } from './diagnostics.js';
import { RuleDocs } from './docs.js';
import { Linter, type LinterSettings, type LintResult } from './linter.js';
import { words } from './words.js';

export interface ServerOptions {
  /** Quiet time after a keystroke before re-linting a burst of changes (the first change lints at once). */
  debounceMs?: number;
  docs?: RuleDocs;
}

/** Settings a client may send (initializationOptions, or `bayan` in workspace/didChangeConfiguration). */
export interface ClientSettings {
  locale?: Locale | '';
  configPath?: string;
}

interface Linted {
  version: number;
  result: LintResult;
  diagnostics: Diagnostic[];
}

interface DocState {
  timer?: NodeJS.Timeout;
  lastChange: number;
  running: number;
  latest?: Linted;
  inFlight?: { version: number; promise: Promise<Linted> };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 150;
  const docs = options.docs ?? new RuleDocs();
  const documents = new TextDocuments(TextDocument);
  const linter = new Linter();
  const states = new Map<string, DocState>();
  const shown = new Set<string>();
  let canWatch = false;
  let canConfigure = false;

  const notify = (type: MessageType, message: string) => {
    if (shown.has(message)) return;
    shown.add(message);
    void connection.sendNotification('window/showMessage', { type, message });
  };

  const applySettings = (settings: ClientSettings | undefined) => {
    if (!settings || typeof settings !== 'object') return;
    const next: LinterSettings = { ...linter.settings };
    if ('locale' in settings) next.locale = settings.locale === 'ar' || settings.locale === 'en' ? settings.locale : '';
    if ('configPath' in settings) next.configPath = typeof settings.configPath === 'string' ? settings.configPath : '';
    linter.settings = next;
  };

  const lintNow = async (document: TextDocument): Promise<Linted> => {
    const version = document.version;
    let result: LintResult;
    try {
      result = await linter.lint({ uri: document.uri, languageId: document.languageId, text: document.getText() });
    } catch (error) {
      const locale = linter.settings.locale || 'ar';
      notify(MessageType.Error, localize(words.internalError, locale, { file: document.uri, error: errorText(error) }));
      connection.console.error(error instanceof Error && error.stack ? error.stack : errorText(error));
      return { version, result: { format: null, locale, findings: [], ignored: false }, diagnostics: [] };
    }
    const diagnostics = result.findings.map((f) => toDiagnostic(document, f, docs));
    if (result.configError) {
      const message = localize(words.configError, result.locale, { error: result.configError });
      notify(MessageType.Error, message);
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        code: 'bayan/config-error',
        source: 'bayan',
        message,
      });
    }
    return { version, result, diagnostics };
  };

  const stateOf = (uri: string): DocState => {
    let state = states.get(uri);
    if (!state) states.set(uri, (state = { lastChange: 0, running: 0 }));
    return state;
  };

  /** The findings of the document's current version (linting it when they are not there yet). */
  const current = (document: TextDocument): Promise<Linted> => {
    const state = stateOf(document.uri);
    if (state.latest?.version === document.version) return Promise.resolve(state.latest);
    if (state.inFlight?.version === document.version) return state.inFlight.promise;
    const promise = lintNow(document).then((linted) => {
      if (!state.latest || state.latest.version <= linted.version) state.latest = linted;
      return linted;
    });
    state.inFlight = { version: document.version, promise };
    return promise;
  };

  const publish = async (uri: string) => {
    const document = documents.get(uri);
    if (!document) return;
    const state = stateOf(uri);
    state.running++;
    try {
      const linted = await current(document);
      // A newer version is on its way: its run publishes.
      if (documents.get(uri)?.version !== linted.version) return;
      await connection.sendDiagnostics({ uri, version: linted.version, diagnostics: linted.diagnostics });
    } finally {
      state.running--;
    }
  };

  const schedule = (document: TextDocument) => {
    const state = stateOf(document.uri);
    const now = Date.now();
    const quiet = now - state.lastChange >= debounceMs && state.running === 0;
    state.lastChange = now;
    clearTimeout(state.timer);
    if (quiet) void publish(document.uri);
    else state.timer = setTimeout(() => void publish(document.uri), debounceMs);
  };

  const relintAll = () => {
    linter.reloadConfig();
    shown.clear();
    for (const document of documents.all()) {
      const state = stateOf(document.uri);
      delete state.latest;
      delete state.inFlight;
      void publish(document.uri);
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    let rootPath: string | undefined;
    try {
      rootPath = root?.startsWith('file:') ? fileURLToPath(root) : (params.rootPath ?? undefined);
    } catch {
      rootPath = undefined;
    }
    linter.settings = { clientLocale: params.locale, rootPath };
    applySettings(params.initializationOptions as ClientSettings | undefined);
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canConfigure = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'bayan-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canWatch) {
      const watchers = SEARCH_PLACES.map((name) => ({ globPattern: `**/${name}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [...watchers, { globPattern: '**/*.{yaml,yml}' }],
      });
    }
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bayan' });
  });

  connection.onDidChangeWatchedFiles(() => relintAll());
  connection.onDidChangeConfiguration((params) => {
    const settings = (params.settings as { bayan?: ClientSettings } | null)?.bayan;
    if (settings) applySettings(settings);
    relintAll();
  });

  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(states.get(document.uri)?.timer);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const linted = await current(document);
    const { result } = linted;
    if (!result.format) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const from = document.offsetAt(params.range.start);
      const to = document.offsetAt(params.range.end);
      const findings: Finding[] = [];
      const diagnostics: Diagnostic[] = [];
      result.findings.forEach((f, i) => {
        if (f.place.start.offset <= to && f.place.end.offset >= from) {
          findings.push(f);
          diagnostics.push(linted.diagnostics[i]!);
        }
      });
      actions.push(...quickFixes({ document, format: result.format, locale: result.locale, findings, diagnostics }));
    }
    if (wants(FIX_ALL_KIND) && result.findings.some((f) => f.fix)) {
      const fixed = await linter.lint(
        { uri: document.uri, languageId: document.languageId, text: document.getText() },
        true,
      );
      const action = fixed.output === undefined ? null : fixAllAction(document, fixed.output, result.locale);
      if (action) actions.push(action);
    }
    return actions;
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { result } = await current(document);
    const offset = document.offsetAt(params.position);
    const hits = result.findings.filter((f) => f.place.start.offset <= offset && offset <= f.place.end.offset);
    if (hits.length === 0) return null;
    const seen = new Set<string>();
    const blocks = hits.map((finding) => {
      const header = `**${finding.message}** \`${finding.ruleId}\``;
      if (seen.has(finding.ruleId)) return header;
      seen.add(finding.ruleId);
      const rule = linter.registry.get(finding.ruleId);
      const text = docs.text(finding.url) ?? (rule ? localize(rule.meta.docs.description, result.locale) : null);
      return text ? `${header}\n\n${text.trim()}` : header;
    });
    return {
      contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') },
      range: findingRange(document, hits[0]!),
    };
  });

  documents.listen(connection);
  connection.listen();
}

#!/usr/bin/env node
/**
 * `bayan-language-server --stdio` (or `--node-ipc`, `--socket=PORT`, as
 * vscode-languageserver reads them). An error nobody caught is logged, and
 * the server keeps serving the other documents.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  process.stderr.write('Usage: bayan-language-server --stdio\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const log = (error: unknown) =>
  connection.console.error(error instanceof Error && error.stack ? error.stack : String(error));
process.on('uncaughtException', log);
process.on('unhandledRejection', log);
startServer(connection);

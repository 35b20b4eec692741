// The language server as an editor feels it: a 7 KB release open in
// `bayan-language-server --stdio`, one keystroke (an incremental change),
// and the time until its diagnostics arrive. Warm: after 30 keystrokes.
// Keystrokes are 250 ms apart, so each one is the first of a burst and is
// linted at once (a burst of faster typing is debounced to its last change).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { arabicCorpus } from './corpus.mjs';

const serverDir = new URL('../../packages/language-server/', import.meta.url);
const require = createRequire(new URL('package.json', serverDir));

export async function benchLsp(fmt, median) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [new URL('dist/bin.js', serverDir).pathname, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  let findings = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    findings = params.diagnostics.length;
    waiting.get(params.version)?.(performance.now());
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});

  const uri = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'bayan-bench-lsp-')), 'release.txt')).href;
  const release = arabicCorpus(7 * 1024, 3);
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  let done = published(version);
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'plaintext', version, text: release },
  });
  await done;

  // Type and delete one letter in the middle of the text, alternately.
  const at = { line: 20, character: 0 };
  const keystroke = async () => {
    version++;
    const insert = version % 2 === 0;
    done = published(version);
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        insert
          ? { range: { start: at, end: at }, text: 'ق' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' },
      ],
    });
    const t1 = await done;
    await sleep(250);
    return t1 - t0;
  };
  for (let i = 0; i < 30; i++) await keystroke();
  const samples = [];
  for (let i = 0; i < 40; i++) samples.push(await keystroke());
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  console.log('9. Language server: a 7 KB release (.txt), one keystroke → its diagnostics, warm');
  console.log(
    `   median ${fmt(median(samples))} (budget ≤ 30 ms), worst ${fmt(Math.max(...samples))}, ${findings} diagnostics`,
  );
}

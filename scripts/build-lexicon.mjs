#!/usr/bin/env node
// `pnpm build:lexicon`: compiles packages/lexicon/src/data/words.ts
// from Ayaspell's word list (the npm package @cspell/dict-ar, a devDependency).
// Stage 1 (build-lexicon-extract.mjs) reduces ~89 M expanded forms to the
// clitic-free ones with their clitic classes; stage 2 (build-lexicon-dafsa.mjs)
// compiles them into a minimal DAFSA, written as base64 in a TypeScript module
// so that Node, workers and browsers load it the same way, with no file access.
// The output is deterministic (same input → same bytes) and committed.
// Options: --forms FILE writes (or, if it exists, reads) the stage-1 list as
// TSV, to rebuild the automaton without the slow stage.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { alphabetOf, buildDafsa, writeLexicon } from './build-lexicon-dafsa.mjs';
import { ENCLITICS, PROCLITIC_STACKS } from '../packages/arabic/dist/index.js';
import { extractLetter, firstLetters, loadSource, sourceInfo } from './build-lexicon-extract.mjs';

if (!isMainThread) {
  // A worker: takes first letters from the main thread until there are none left.
  const root = loadSource();
  parentPort.on('message', (letter) => {
    if (letter === null) process.exit(0);
    parentPort.postMessage({ letter, forms: extractLetter(root, letter) });
  });
  parentPort.postMessage({ ready: true, id: workerData.id });
} else {
  await main();
}

/** Stage 1 in parallel workers, one first letter at a time, busiest letters first. */
async function extractAll(log, threads) {
  const letters = firstLetters(loadSource());
  const forms = [];
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: threads }, (_, id) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { id } });
    const give = () => worker.postMessage(next < letters.length ? letters[next++] : null);
    worker.on('message', (message) => {
      if (!message.ready) {
        for (const form of message.forms) forms.push(form);
        log(`«${message.letter}»: ${message.forms.length} forms kept (${++done}/${letters.length} letters)`);
      }
      give();
    });
    worker.on('error', reject);
    worker.on('exit', resolve);
  })));
  return forms;
}

/**
 * Forms made of the interrogative hamza and another form («أفتبدرينهم»,
 * written «أَفتبدرينهم» in the source, so stage 1 cannot see them): «أ» + a
 * form the list already covers (with its clitics), where the whole takes
 * neither و nor the article. Real words that start with أ take one of them
 * («وأعلن», «الأولياء»).
 */
function dropInterrogatives(forms) {
  const CONJ_OR_ARTICLE = 1 | 32; // FLAG.conj | FLAG.article
  const flagsOf = new Map(forms);
  const covered = (word) => {
    if (flagsOf.has(word)) return true;
    for (const stack of PROCLITIC_STACKS) {
      if (word.length - stack.length >= 2 && word.startsWith(stack) && flagsOf.has(word.slice(stack.length))) return true;
    }
    for (const enclitic of ENCLITICS) {
      if (word.length - enclitic.length >= 2 && word.endsWith(enclitic)) {
        const stem = word.slice(0, -enclitic.length);
        if (flagsOf.has(stem) || flagsOf.has(stem.replace(/ت$/, 'ة'))) return true;
      }
    }
    return false;
  };
  return forms.filter(([word, flags]) => {
    if (word[0] !== 'أ' || word.length < 4 || (flags & CONJ_OR_ARTICLE) !== 0) return true;
    return !covered(word.slice(1));
  });
}

async function main() {
const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const formsFile = args.includes('--forms') ? args[args.indexOf('--forms') + 1] : undefined;
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

const source = sourceInfo();
let forms;
if (formsFile && existsSync(formsFile)) {
  forms = readFileSync(formsFile, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [w, f] = line.split('\t');
    return [w, Number(f)];
  });
  log(`${forms.length} forms read from ${formsFile}`);
} else {
  const threads = args.includes('--threads') ? Number(args[args.indexOf('--threads') + 1]) : Math.max(1, availableParallelism());
  forms = await extractAll(log, threads);
  if (formsFile) writeFileSync(formsFile, forms.map(([w, f]) => `${w}\t${f}`).join('\n') + '\n');
}

forms = dropInterrogatives(forms);
log(`${forms.length} forms after dropping interrogative-hamza forms`);
const alphabet = alphabetOf(forms);
const { edges, root: rootEdge, nodes } = buildDafsa(forms, alphabet);
log(`DAFSA: ${forms.length} forms, ${nodes} nodes, ${edges.length} edges`);

const sourceRecord = {
  name: `${source.name} (Ayaspell)`,
  version: source.version,
  licence: 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1 (Ayaspell); LGPL-3.0 (npm packaging)',
  forms: forms.length,
};
for (const file of writeLexicon(root, { edges, root: rootEdge, alphabet, source: sourceRecord })) log(`wrote ${file}`);
}

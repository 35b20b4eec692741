#!/usr/bin/env node
// `pnpm build:lexicon`: compiles packages/lexicon/src/data/words.ts
// from Ayaspell's word list (the npm package @cspell/dict-ar, a devDependency).
// Stage 1 (build-lexicon-extract.mjs) reduces ~89 M expanded forms to the
// clitic-free ones with their clitic classes; stage 2 (build-lexicon-dafsa.mjs)
// compiles them into a minimal DAFSA, written as base64 in a TypeScript module
// so that Node, workers and browsers load it the same way, with no file access.
// The output is deterministic (same input → same bytes) and committed.
// Stage 3 (opt-in, --restore) checks every source form against the compiled
// automaton and adds back the ones it does not know («تنتهي», so «ستنتهي»).
// Options: --forms FILE writes (or, if it exists, reads) the stage-1 list as
// TSV, to rebuild the automaton without the slow stage; --threads N;
// --restore runs stage 3 (off by default, see below).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { alphabetOf, buildDafsa, writeLexicon } from './build-lexicon-dafsa.mjs';
import { ENCLITICS, PROCLITIC_STACKS } from '../packages/arabic/dist/index.js';
import { extractLetter, firstLetters, loadSource, missingLetter, sourceInfo } from './build-lexicon-extract.mjs';

if (!isMainThread) {
  // A worker: takes first letters from the main thread until there are none left. Stage 1
  // extracts the clitic-free forms; stage 3 lists the source forms the compiled automaton misses.
  const root = loadSource();
  const { stage } = workerData;
  let lexicon;
  if (stage === 3) {
    const { Dafsa } = await import('../packages/lexicon/dist/dafsa.js');
    const { Lexicon } = await import('../packages/lexicon/dist/index.js');
    lexicon = new Lexicon(new Dafsa(workerData.edges, workerData.root, workerData.alphabet));
  }
  parentPort.on('message', (letter) => {
    if (letter === null) process.exit(0);
    const forms = stage === 3 ? missingLetter(root, letter, (word) => lexicon.has(word)) : extractLetter(root, letter);
    parentPort.postMessage({ letter, forms });
  });
  parentPort.postMessage({ ready: true, id: workerData.id });
} else {
  await main();
}

/** A stage in parallel workers, one first letter at a time, busiest letters first. */
async function byLetter(log, threads, stage, data = {}) {
  const letters = firstLetters(loadSource());
  const forms = [];
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from(
      { length: threads },
      (_, id) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { id, stage, ...data } });
          const give = () => worker.postMessage(next < letters.length ? letters[next++] : null);
          worker.on('message', (message) => {
            if (!message.ready) {
              for (const form of message.forms) forms.push(form);
              log(
                `stage ${stage}, «${message.letter}»: ${message.forms.length} forms (${++done}/${letters.length} letters)`,
              );
            }
            give();
          });
          worker.on('error', reject);
          worker.on('exit', resolve);
        }),
    ),
  );
  return forms;
}

/**
 * Stage 3: the reductions of stage 1 can chain («تنتهي» was dropped as تنته + ي, and «تنته»
 * as تنت + ه), so some source forms are not known to the compiled automaton, with their
 * clitics («ستنتهي»). Each such form is added back, shortest first, unless the forms added
 * before it already make it known (then «ستنتهي» needs no entry once «تنتهي» has one).
 */
function restoreMissing(missing, edgesInfo, Lexicon, Dafsa) {
  const base = new Dafsa(edgesInfo.edges, edgesInfo.root, edgesInfo.alphabet);
  const added = new Map();
  const combined = {
    flags: (w) => {
      const f = base.flags(w);
      return f >= 0 ? f : (added.get(w) ?? -1);
    },
  };
  const lexicon = new Lexicon(combined);
  const sorted = [...missing].sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [word, flags] of sorted) {
    if (added.has(word)) added.set(word, added.get(word) | flags);
    else if (!lexicon.has(word)) added.set(word, flags);
  }
  return [...added];
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
      if (word.length - stack.length >= 2 && word.startsWith(stack) && flagsOf.has(word.slice(stack.length)))
        return true;
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

function threads(args) {
  return args.includes('--threads') ? Number(args[args.indexOf('--threads') + 1]) : Math.max(1, availableParallelism());
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
    forms = readFileSync(formsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [w, f] = line.split('\t');
        return [w, Number(f)];
      });
    log(`${forms.length} forms read from ${formsFile}`);
  } else {
    forms = await byLetter(log, threads(args), 1);
    if (formsFile) writeFileSync(formsFile, forms.map(([w, f]) => `${w}\t${f}`).join('\n') + '\n');
  }

  forms = dropInterrogatives(forms);
  log(`${forms.length} forms after dropping interrogative-hamza forms`);
  let alphabet = alphabetOf(forms);
  let { edges, root: rootEdge, nodes } = buildDafsa(forms, alphabet);
  log(`DAFSA: ${forms.length} forms, ${nodes} nodes, ${edges.length} edges`);

  // Stage 3 is opt-in: run on Ayaspell 1.1.7 it restores 2.9 M forms, most of them the source's
  // over-generated proclitic chains («لكبظريها», «لبالإحيائية», «لللفسطاطية») that the run-time
  // grammar rejects on purpose, which doubles the automaton (162 k → 352 k edges) and puts the web
  // page over its 1.5 MB budget. Restoring only the victims of chained reductions needs a filter
  // that is not written yet (packages/lexicon/README.md, Limits).
  if (args.includes('--restore')) {
    const edgesInfo = { edges, root: rootEdge, alphabet: alphabet.join('') };
    const missing = await byLetter(log, threads(args), 3, edgesInfo);
    log(`stage 3: ${missing.length} source forms unknown to the automaton`);
    const { Dafsa } = await import('../packages/lexicon/dist/dafsa.js');
    const { Lexicon } = await import('../packages/lexicon/dist/index.js');
    const restored = restoreMissing(missing, edgesInfo, Lexicon, Dafsa);
    forms = dropInterrogatives([...forms, ...restored]);
    log(`stage 3: ${restored.length} forms added back; ${forms.length} forms`);
    alphabet = alphabetOf(forms);
    ({ edges, root: rootEdge, nodes } = buildDafsa(forms, alphabet));
    log(`DAFSA: ${forms.length} forms, ${nodes} nodes, ${edges.length} edges`);
  }

  const sourceRecord = {
    name: `${source.name} (Ayaspell)`,
    version: source.version,
    licence: 'GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1 (Ayaspell); LGPL-3.0 (npm packaging)',
    forms: forms.length,
  };
  for (const file of writeLexicon(root, { edges, root: rootEdge, alphabet, source: sourceRecord }))
    log(`wrote ${file}`);
}

// One process's load of a user dictionary, as the command does it (bench section 7):
// read the file, load it through the command's per-user cache (data-cache.ts), compile the
// terms of the chain the rules use (the base dictionary, then this one: `activeTerms`) and their
// trie (the word list as the dictionary pass compiles it). Prints the CPU time of each step, their sum (`total`) and the wall time
// of the whole load (`wall`) as JSON.
// Usage: node terms-load.mjs DICTIONARY.yaml (TMPDIR names the cache's folder).
import { readFileSync } from 'node:fs';
import { compileTermLists } from '@bayan/arabic';
import { setContentCache } from '@bayan/core';

const dist = '../../rules/terminology/dist';
const { loadDictionary, dictionaryExampleRuns, baseDictionary } = await import(`${dist}/settings.js`);
const { compileDictionaries } = await import(`${dist}/chain.js`);
const { diskContentCache } = await import('../../packages/cli/dist/data-cache.js');

const file = process.argv[2];
const steps = {};
let total = 0;
const step = (label, fn) => {
  const c0 = process.cpuUsage();
  const out = fn();
  const c = process.cpuUsage(c0);
  steps[label] = (c.user + c.system) / 1000;
  total += steps[label];
  return out;
};
const t0 = performance.now();
const cache = step('cache folder', () => diskContentCache(process.env));
setContentCache(cache);
const text = step('read', () => readFileSync(file, 'utf8'));
const dictionary = step('dictionary', () => loadDictionary(text, file));
const compiled = step('terms', () => compileDictionaries([baseDictionary, dictionary]));
const { list } = compiled;
step('trie', () => compileTermLists([{ terms: list.terms, fold: list.fold, packed: list.packed }]));
const wall = performance.now() - t0;
console.log(
  JSON.stringify({
    steps,
    total,
    wall,
    examplesRun: dictionaryExampleRuns(),
    entries: dictionary.size ?? dictionary.entries.length,
  }),
);

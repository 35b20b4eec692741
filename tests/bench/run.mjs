// `pnpm bench`: prints throughput figures and ratios measured in one run on
// this machine. These are measurements, not tests: nothing here fails on a
// slow or busy machine. Runs the compiled packages (pnpm build first).
import { performance } from 'node:perf_hooks';
import { ParseLatin } from 'parse-latin';
import { compileTerms, tokenize } from '@bayan/arabic';
import { arabicCorpus, syntheticTerms } from './corpus.mjs';
import { benchLint, median } from './lint.mjs';
import { benchTerms } from './terms.mjs';
import { benchA11y } from './a11y.mjs';
import { benchLexicon } from './lexicon.mjs';

const MB = 1024 * 1024;

/** Median wall time of `runs` calls after one warm-up call. */
function time(fn, runs = 5) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const rate = (bytes, ms) => `${((bytes / MB) / (ms / 1000)).toFixed(2)} MB/s`;

const text = arabicCorpus(MB);
const bytes = Buffer.byteLength(text);
console.log(`Bayan benchmarks — Node ${process.version}, input ${(bytes / MB).toFixed(2)} MB of Arabic release text\n`);

console.log('1. Tokenizer: @bayan/arabic vs parse-latin on the same text');
const ours = time(() => tokenize(text), 5);
const latin = time(() => new ParseLatin().parse(text), 2);
console.log(`   bayan tokenize   ${fmt(ours).padStart(10)}  ${rate(bytes, ours)}`);
console.log(`   parse-latin      ${fmt(latin).padStart(10)}  ${rate(bytes, latin)}`);
console.log(`   ratio: bayan is ${(latin / ours).toFixed(1)}× parse-latin (target ≥ 20×)\n`);

console.log('2. Term matcher on the tokenized text, by dictionary size');
const tree = tokenize(text);
let base = 0;
for (const n of [10, 1000, 10000]) {
  const matcher = compileTerms(syntheticTerms(n));
  let found = 0;
  const ms = time(() => {
    found = matcher.find(tree).length;
  }, 7);
  if (n === 10) base = ms;
  console.log(`   ${String(n).padStart(6)} terms  ${fmt(ms).padStart(10)}  ${String(found).padStart(7)} matches  ratio ${(ms / base).toFixed(2)}× the 10-term run (target ≤ 1.3×)`);
}
console.log();

await benchLint(fmt);
console.log();
await benchTerms(fmt, median);
console.log();
await benchA11y(fmt, median);
console.log();
await benchLexicon(fmt, median);

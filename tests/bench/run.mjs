// `pnpm bench`: every speed target of the project, each printed with its
// figure and its ratio to a baseline measured in the same run on this
// machine. These are measurements, not tests: nothing here fails on a slow or
// busy machine. Runs the compiled packages (pnpm build first). The comparison
// with textlint + prh over a 1,200-file corpus is `pnpm bench:peers`.
import { performance } from 'node:perf_hooks';
import { ParseLatin } from 'parse-latin';
import { compileTerms, tokenize } from '@bayan/arabic';
import { arabicCorpus, syntheticTerms } from './corpus.mjs';
import { benchBigFiles, benchLint, benchScale, median } from './lint.mjs';
import { benchTerms } from './terms.mjs';
import { benchA11y } from './a11y.mjs';
import { benchLsp } from './lsp.mjs';
import { benchEslintA11y } from './eslint-a11y.mjs';
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
  return median(samples);
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const rate = (bytes, ms) => `${((bytes / MB) / (ms / 1000)).toFixed(2)} MB/s`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

console.log(`Bayan benchmarks — Node ${process.version}\n`);

console.log('1. Tokenizer: @bayan/arabic vs parse-latin on the same text (target ≥ 10× parse-latin on 10 KB)');
for (const size of [10 * 1024, 100 * 1024, MB]) {
  const text = arabicCorpus(size);
  const bytes = Buffer.byteLength(text);
  const runs = size >= MB ? 3 : 21;
  const ours = time(() => tokenize(text), runs);
  const latin = time(() => new ParseLatin().parse(text), size >= MB ? 1 : runs);
  const ratio = latin / ours;
  const target = size === 10 * 1024 ? `  target ≥ 10×: ${verdict(ratio >= 10)}` : '';
  console.log(`   ${(bytes / 1024).toFixed(0).padStart(5)} KB  bayan ${fmt(ours).padStart(10)} (${rate(bytes, ours)})  parse-latin ${fmt(latin).padStart(10)}  ratio ${ratio.toFixed(2)}×${target}`);
}
console.log();

console.log('2. Term matcher on 1 MB of tokenized text, by dictionary size (target ≤ 1.3× the 10-term run)');
const tree = tokenize(arabicCorpus(MB));
let base = 0;
for (const n of [10, 1000, 10000]) {
  const matcher = compileTerms(syntheticTerms(n));
  let found = 0;
  const ms = time(() => {
    found = matcher.find(tree).length;
  }, 7);
  if (n === 10) base = ms;
  console.log(`   ${String(n).padStart(6)} terms  ${fmt(ms).padStart(10)}  ${String(found).padStart(7)} matches  ratio ${(ms / base).toFixed(2)}×${n === 10 ? '' : `  ${verdict(ms / base <= 1.3)}`}`);
}
console.log();

await benchLint(fmt, verdict);
console.log();
await benchScale(fmt, verdict);
console.log();
await benchTerms(fmt, median, verdict);
console.log();
await benchA11y(fmt, median, verdict);
console.log();
await benchLsp(fmt, median);
console.log();
await benchEslintA11y(fmt, median);
console.log();
await benchLexicon(fmt, median);
console.log();
await benchBigFiles(fmt);
console.log('\nThe whole-corpus comparison with textlint + textlint-rule-prh (target ≥ 5× faster) and --concurrency 2 vs 1: pnpm bench:peers');

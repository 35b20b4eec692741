// `pnpm bench`: every speed target of the project, each printed with its
// figure and its ratio to a baseline measured in the same run on this
// machine. These are measurements, not tests: nothing here fails on a slow or
// busy machine. Runs the compiled packages (pnpm build first). The comparison
// with textlint + prh over a 1,200-file corpus is `pnpm bench:peers`.
import { setTimeout as sleep } from 'node:timers/promises';
import { ParseLatin } from 'parse-latin';
import { compileTermLists, tokenize, tokenizeStream } from '@bayan/arabic';
import { arabicCorpus, syntheticTerms } from './corpus.mjs';
import { benchBigFiles, benchLint, benchScale, median } from './lint.mjs';
import { benchTerms } from './terms.mjs';
import { benchA11y } from './a11y.mjs';
import { benchLsp } from './lsp.mjs';
import { benchEslintA11y } from './eslint-a11y.mjs';
import { benchLexicon } from './lexicon.mjs';
import { benchCorpusRules } from './corpus-inproc.mjs';
import { benchMarkdown } from './markdown.mjs';

const MB = 1024 * 1024;

/**
 * CPU time (user + system) per call of each function, median over `rounds`
 * interleaved rounds of `reps[k]` calls each (after a warm-up): on a shared
 * machine the CPU time of a call varies far less than its wall time, and
 * interleaving gives every function the same load. Each round starts from a
 * collected heap (so each function pays for its own garbage) and after a
 * pause that lets the collector's background threads finish (their CPU time
 * would otherwise be counted against whatever runs next).
 */
async function cpuTimes(fns, rounds, reps) {
  fns.forEach((fn) => {
    for (let i = 0; i < 3; i++) fn();
  });
  const samples = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < fns.length; k++) {
      globalThis.gc?.();
      await sleep(20);
      const t0 = process.cpuUsage();
      for (let i = 0; i < reps[k]; i++) fns[k]();
      const d = process.cpuUsage(t0);
      samples[k].push((d.user + d.system) / 1000 / reps[k]);
    }
  }
  return samples.map(median);
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const rate = (bytes, ms) => `${(bytes / MB / (ms / 1000)).toFixed(2)} MB/s`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');

console.log(`Bayan benchmarks — Node ${process.version}\n`);

console.log(
  '1. Tokenizer: the stream tokenizer (what every lint pays) vs parse-latin on the same text (target ≥ 10× parse-latin on 10 KB)',
);
console.log(
  '   CPU time per call, median of rounds; the nlcst tree tokenizer (`tokenize`: `document.prose` is now built only on demand) for comparison',
);
for (const size of [10 * 1024, 100 * 1024, MB]) {
  const text = arabicCorpus(size);
  const bytes = Buffer.byteLength(text);
  const rounds = size >= MB ? 5 : 21;
  // The stream tokenizer first, on its own: the object trees of the other two (hundreds of megabytes at
  // 1 MB) would be freed just before its rounds, and the fresh memory it then gets costs it page faults.
  const [ours] = await cpuTimes([() => tokenizeStream(text)], rounds, [Math.max(2, Math.round((2 * MB) / size))]);
  const [tree, latin] = await cpuTimes([() => tokenize(text), () => new ParseLatin().parse(text)], rounds, [
    Math.max(1, Math.round(MB / 4 / size)),
    Math.max(1, Math.round(MB / 8 / size)),
  ]);
  const ratio = latin / ours;
  const target = size === 10 * 1024 ? `  target ≥ 10×: ${verdict(ratio >= 10)}` : '';
  console.log(
    `   ${(bytes / 1024).toFixed(0).padStart(5)} KB  stream ${fmt(ours).padStart(9)} (${rate(bytes, ours).padStart(12)})  tree ${fmt(tree).padStart(9)} (${rate(bytes, tree).padStart(11)})  parse-latin ${fmt(latin).padStart(9)}  ratio ${ratio.toFixed(1)}×${target}`,
  );
}
console.log();

console.log(
  '2. Term matcher on the token stream of 1 MB, by dictionary size (target ≤ 1.3× the 10-term run): the dictionary pass rules use',
);
{
  // What the rules run: one compiled matcher (compileTermLists, as core's dictionary pass builds it), one pass
  // over a document's token stream. A compiled matcher keeps each word's candidates for the process (keyed by
  // the tokenizer's shared word entries), so a document of words seen before pays one look-up per distinct
  // word (a word new to the process is worked out once; the first run of each size, untimed, also warms up).
  const text = arabicCorpus(MB);
  const matchers = [10, 1000, 10000].map((n) => [n, compileTermLists([{ terms: syntheticTerms(n) }])]);
  const found = matchers.map(([, matcher]) => (matcher.run(tokenizeStream(text)).at(0) ?? []).length);
  // CPU time (user + system) of this process, median of interleaved rounds, each from a collected heap after
  // a pause (as cpuTimes): on a machine shared with other work, wall time measures the other work too. Every
  // timed run reads a stream of its own, built before the clock starts: a new document, as in a lint.
  const samples = matchers.map(() => []);
  for (let round = 0; round < 15; round++) {
    for (let i = 0; i < matchers.length; i++) {
      const streams = [tokenizeStream(text), tokenizeStream(text), tokenizeStream(text)];
      globalThis.gc?.();
      await sleep(20);
      const c0 = process.cpuUsage();
      for (const stream of streams) matchers[i][1].run(stream);
      const c = process.cpuUsage(c0);
      samples[i].push((c.user + c.system) / 1000 / streams.length);
    }
  }
  const cpu = samples.map(median);
  const base = cpu[0];
  matchers.forEach(([n], i) => {
    console.log(
      `   ${String(n).padStart(6)} terms  CPU ${fmt(cpu[i]).padStart(10)}  ${String(found[i]).padStart(7)} matches  ratio ${(cpu[i] / base).toFixed(2)}×${n === 10 ? '' : `  ${verdict(cpu[i] / base <= 1.3)}`}`,
    );
  });
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
console.log();
benchMarkdown(fmt);
console.log();
// Where a run over many files goes: the first pass (JIT warm-up, first sight of every word) against a second one.
await benchCorpusRules({ files: Number(process.env.BENCH_CORPUS_FILES ?? 1200) });
console.log(
  '\nThe whole-corpus comparison with textlint + textlint-rule-prh (target ≥ 5× faster) and --concurrency 2 vs 1: pnpm bench:peers',
);

// `pnpm bench:threads`: does --concurrency pay off? The same corpus of release
// files (release-corpus.mjs) linted with --concurrency 1, 2 and auto, runs
// alternating (so a busy machine slows all three alike), medians of wall time;
// the ratios are printed from this one run. BENCH_RUNS (default 3) and
// BENCH_FILES (a comma list of corpus sizes, default 100,1200) change the run;
// BENCH_BASE=<another checkout, built> adds that checkout's --concurrency 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './release-corpus.mjs';

const root = new URL('../..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizes = (process.env.BENCH_FILES ?? '100,1200').split(',').map(Number);
const bin = join(root, 'packages/cli/bundle/bin.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(binPath, args, cwd) {
  const t0 = performance.now();
  // TMPDIR in the corpus's folder: Bayan's code cache is this benchmark's own (see peers.mjs).
  const r = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, TMPDIR: cwd },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bayan exited ${r.status}: ${r.stderr}`);
  return { ms, out: r.stdout };
}

console.log(
  `--concurrency on ${availableParallelism()} cores — Node ${process.version}, ${runs} alternating runs (medians)\n`,
);
console.log('| files | size | --concurrency 1 | 2 | auto | 2 vs 1 | auto vs 1 | same output |');
console.log('|---|---|---|---|---|---|---|---|');
for (const files of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'bayan-threads-'));
  const bytes = writeCorpus(join(work, 'corpus'), files);
  writeFileSync(join(work, 'bayan.config.yaml'), 'extends: [recommended]\n');
  const variants = {
    1: [bin, ['--concurrency', '1']],
    2: [bin, ['--concurrency', '2']],
    auto: [bin, ['--concurrency', 'auto']],
    ...(process.env.BENCH_BASE
      ? { 'base 2': [join(process.env.BENCH_BASE, 'packages/cli/bundle/bin.js'), ['--concurrency', '2']] }
      : {}),
  };
  wall(bin, ['--format', 'json', 'corpus'], work); // writes the code cache
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const outputs = new Set();
  for (let i = 0; i < runs; i++) {
    for (const [name, [b, args]] of Object.entries(variants)) {
      const { ms, out } = wall(b, ['--format', 'json', ...args, 'corpus'], work);
      samples[name].push(ms);
      if (!name.startsWith('base')) outputs.add(out);
    }
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const ratio = (k) => `${(m[k] / m[1]).toFixed(2)}×`;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `| ${files} | ${(bytes / 1024 / 1024).toFixed(2)} MB | ${s(m[1])} | ${s(m[2])} | ${s(m.auto)} | ${ratio(2)} ${m[2] <= m[1] * 1.02 ? '(met)' : '(NOT met)'} | ${ratio('auto')} | ${outputs.size === 1 ? 'yes' : 'NO'} |${m['base 2'] ? ` before (BENCH_BASE) 2: ${s(m['base 2'])}, ${ratio('base 2')}` : ''}`,
  );
  rmSync(work, { recursive: true, force: true });
}
console.log(
  '\nTarget: on 2 cores, --concurrency 2 not slower than 1 (within 2 % noise); auto no slower than the better of the two.',
);

// Whole-engine figures: one 7 KB release through every text pack, warm, and
// the cold start of the command on one file against `node -e ""`.
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicCorpus } from './corpus.mjs';

export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchLint(fmt) {
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const release = arabicCorpus(7 * 1024, 3);
  const task = { path: 'release.txt', text: release, config: null, configFile: '<none>', relPath: 'release.txt', cliRules: null, locale: 'ar', fix: false };
  let findings = 0;
  for (let i = 0; i < 50; i++) findings = (await lintTask(task, registry)).findings.length;
  const samples = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await lintTask(task, registry);
    samples.push(performance.now() - t0);
  }
  console.log('3. Engine: one 7 KB release (.txt), recommended preset, every pack, warm');
  console.log(`   median ${fmt(median(samples))} (budget < 5 ms), best ${fmt(Math.min(...samples))}, ${findings} findings\n`);

  const dir = mkdtempSync(join(tmpdir(), 'bayan-bench-'));
  const file = join(dir, 'release.txt');
  writeFileSync(file, release);
  const bin = new URL('../../packages/cli/bundle/bin.js', import.meta.url).pathname;
  const run = (args) => {
    const t0 = performance.now();
    try {
      execFileSync(process.execPath, args, { stdio: 'ignore' });
    } catch {
      // exit code 1 = problems found; the time is what counts here
    }
    return performance.now() - t0;
  };
  const node = median(Array.from({ length: 7 }, () => run(['-e', ''])));
  const cli = median(Array.from({ length: 7 }, () => run([bin, '--no-config', file])));
  console.log('4. Cold start: the bayan command on that file vs `node -e ""`');
  console.log(`   node -e ""  ${fmt(node)}`);
  console.log(`   bayan       ${fmt(cli)}  ratio ${(cli / node).toFixed(1)}× (budget < 4×)`);
}

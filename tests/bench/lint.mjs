// Whole-engine figures: one 7 KB release through every text pack, warm.
import { arabicCorpus } from './corpus.mjs';

export async function benchLint(time, fmt) {
  let cli;
  try {
    cli = await import('@bayan/cli');
  } catch {
    console.log('3. Engine: skipped (@bayan/cli is not built)');
    return;
  }
  if (typeof cli.lintText !== 'function') {
    console.log('3. Engine: skipped (@bayan/cli does not export lintText yet)');
    return;
  }
  const release = arabicCorpus(7 * 1024, 3);
  await cli.lintText(release, { path: 'release.txt' });
  const samples = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    await cli.lintText(release, { path: 'release.txt' });
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  console.log('3. Engine: one 7 KB release, all text packs, warm');
  console.log(`   median ${fmt(samples[15])} (budget < 5 ms), best ${fmt(samples[0])}`);
}

// Whole-engine figures: one 7 KB release through every text pack, warm; the
// cold start of the command on one .txt and one .md without raw HTML against
// `node -e ""`; time and memory as documents and runs grow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arabicCorpus } from './corpus.mjs';

export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function textPacksConfig() {
  const { defaultRegistry } = await import('@bayan/cli');
  const ids = defaultRegistry().ids();
  return {
    extends: ['recommended'],
    rules: Object.fromEntries(ids.filter((id) => /^(rtl|a11y)\//.test(id)).map((id) => [id, 'off'])),
  };
}

export async function benchLint(fmt, verdict) {
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const release = arabicCorpus(7 * 1024, 3);
  const config = await textPacksConfig();
  const task = {
    path: 'release.txt',
    text: release,
    config,
    configFile: 'bench.yaml',
    relPath: 'release.txt',
    cliRules: null,
    locale: 'ar',
    fix: false,
  };
  let findings = 0;
  // Warm: 300 untimed runs first. V8 keeps optimising the rules' code for hundreds of lints (on the
  // 1,200-file corpus the first 200 files cost twice what the last 400 do), and its compiler threads'
  // CPU time is counted in the process's: after 50 runs they still took about two thirds of it.
  for (let i = 0; i < 300; i++) findings = (await lintTask(task, registry)).findings.length;
  // Wall time per lint, and CPU time per lint over rounds of 20 (on a shared machine the wall time
  // mostly measures the other processes; the CPU time is what the lint costs).
  const samples = [];
  const cpu = [];
  for (let round = 0; round < 10; round++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await lintTask(task, registry);
      samples.push(performance.now() - t0);
    }
    const d = process.cpuUsage(c0);
    cpu.push((d.user + d.system) / 1000 / 20);
  }
  const ms = median(cpu);
  console.log('3. Engine: one 7 KB release (.txt), every text pack (rtl and a11y off), warm (target ≤ 2 ms)');
  console.log(
    `   CPU ${fmt(ms)} per lint (median of 10 rounds of 20); wall median ${fmt(median(samples))}, best ${fmt(Math.min(...samples))}; ${findings} findings  ratio ${(ms / 2).toFixed(2)}× the target: ${verdict(ms <= 2)}\n`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'bayan-bench-'));
  const txt = join(dir, 'release.txt');
  const md = join(dir, 'release.md');
  writeFileSync(txt, release);
  writeFileSync(
    md,
    `# بيان صحفي\n\n${release.split('\n\n').join('\n\n## فقرة\n\n')}\n\n- [التفاصيل](https://example.org/ar/news)\n`,
  );
  const bin = new URL('../../packages/cli/bundle/bin.js', import.meta.url).pathname;
  // Wall time, and CPU time (user + system) from GNU time: on a shared machine the CPU time is the steadier figure.
  // The command's code cache in this benchmark's own folder (TMPDIR): what ran before on this machine (the test
  // suite, a big file) cannot leave it a cache of other code, and this benchmark leaves none for later ones.
  const run = (args, env = {}) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: dir, ...env },
    });
    const [wall, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { wall: wall * 1000, cpu: (user + sys) * 1000 };
  };
  // One run of each first: the command keeps V8's compiled code of its bundle in a cache that its first run
  // fills (packages/cli/src/code-cache.ts), as any install does once.
  run([bin, '--no-config', txt]);
  run([bin, '--no-config', md]);
  // bayan_d, the same command through its warm server (a server of this benchmark's own, in a runtime folder
  // of its own): started and warmed by a few runs first, as the commits before this one would have; its wall
  // time is what a pre-commit hook on one release waits for.
  const daemon = new URL('../../packages/cli/bundle/bayan-d.cjs', import.meta.url).pathname;
  const runtime = { XDG_RUNTIME_DIR: dir };
  for (let i = 0; i < 5; i++) run([daemon, '--no-config', md], runtime);
  // Alternating runs, so a change in the machine's load falls on all of them alike.
  const cold = { node: [], txt: [], md: [], mdNoCache: [], mdWarm: [] };
  for (let i = 0; i < 7; i++) {
    cold.node.push(run(['-e', '']));
    cold.txt.push(run([bin, '--no-config', txt]));
    cold.md.push(run([bin, '--no-config', md]));
    cold.mdNoCache.push(run([bin, '--no-config', md], { NODE_DISABLE_COMPILE_CACHE: '1' }));
    cold.mdWarm.push(run([daemon, '--no-config', md], runtime));
  }
  spawnSync(process.execPath, [daemon, 'stop'], { env: { ...process.env, TMPDIR: dir, ...runtime } });
  rmSync(dir, { recursive: true, force: true });
  const m = Object.fromEntries(
    Object.entries(cold).map(([k, v]) => [k, { wall: median(v.map((x) => x.wall)), cpu: median(v.map((x) => x.cpu)) }]),
  );
  const line = (name, k, note = '') =>
    `   ${name.padEnd(20)} wall ${fmt(m[k].wall).padStart(9)}  ratio ${(m[k].wall / m.node.wall).toFixed(1)}×  ${verdict(m[k].wall / m.node.wall <= 4)}   CPU ${fmt(m[k].cpu).padStart(9)}  ratio ${(m[k].cpu / m.node.cpu).toFixed(1)}×${note}`;
  console.log(
    '4. Cold start: the bayan command on that release vs `node -e ""` (target ≤ 4×, on wall time; medians of 7 alternating runs after one run that fills the code cache)',
  );
  console.log(
    `   node -e ""           wall ${fmt(m.node.wall).padStart(9)}                  CPU ${fmt(m.node.cpu).padStart(9)}`,
  );
  console.log(line('bayan release.txt', 'txt'));
  console.log(line('bayan release.md', 'md', '  (Markdown without raw HTML: no jsdom)'));
  console.log(
    `   (for comparison, without the code cache, NODE_DISABLE_COMPILE_CACHE=1: release.md wall ${fmt(m.mdNoCache.wall)}, ratio ${(m.mdNoCache.wall / m.node.wall).toFixed(1)}×; CPU ratio ${(m.mdNoCache.cpu / m.node.cpu).toFixed(1)}×)`,
  );
  console.log(
    `   bayan_d release.md   wall ${fmt(m.mdWarm.wall).padStart(9)}  ratio ${(m.mdWarm.wall / m.node.wall).toFixed(1)}×  (the warm server; CPU of the client alone ${fmt(m.mdWarm.cpu)}) — ${(m.md.wall / m.mdWarm.wall).toFixed(1)}× faster than bayan's cold start`,
  );
}

export async function benchScale(fmt, verdict) {
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const config = await textPacksConfig();
  const lintOnce = async (text, path = 'big.txt') => {
    const t0 = performance.now();
    await lintTask(
      { path, text, config, configFile: 'bench.yaml', relPath: path, cliRules: null, locale: 'ar', fix: false },
      registry,
    );
    return performance.now() - t0;
  };
  console.log('5. Linear in the document: one file of 1 MB and one of 4 MB, every text pack (target ≤ 4.5×)');
  const one = arabicCorpus(1024 * 1024, 21);
  const four = arabicCorpus(4 * 1024 * 1024, 21);
  await lintOnce(arabicCorpus(100 * 1024, 2)); // warm-up
  const t1 = await lintOnce(one);
  const t4 = await lintOnce(four);
  console.log(`   1 MB ${fmt(t1)}  4 MB ${fmt(t4)}  ratio ${(t4 / t1).toFixed(2)}×  ${verdict(t4 / t1 <= 4.5)}\n`);

  console.log(
    '6. Memory flat in the number of files: heap after 200 and after 1,000 files (target: no growth per file)',
  );
  const heap = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed / 1024 / 1024;
  };
  let afterFirst = 0;
  for (let i = 0; i < 1000; i++) {
    await lintOnce(arabicCorpus(3 * 1024, 500 + i), `f${i}.txt`);
    if (i === 199) afterFirst = heap();
  }
  const afterAll = heap();
  console.log(
    `   after 200 files ${afterFirst.toFixed(1)} MB, after 1,000 ${afterAll.toFixed(1)} MB  ratio ${(afterAll / afterFirst).toFixed(2)}×  ${verdict(afterAll / afterFirst <= 1.1)}`,
  );
}

/**
 * Section 9: plain text over 5 MB is linted as a stream (packages/cli/src/big-file.ts): read, linted and
 * reported chunk by chunk, findings spilled to disk, every report written as it goes. The command on one
 * generated release text of 1 MB (the whole-document path, the baseline) and on the sizes of BENCH_BIG_MB
 * (default 10 and 50), in each format of BENCH_BIG_FORMATS (default json, sarif, html), the report to a
 * file: wall time and peak memory (GNU time's maximum resident set size). Target: peak memory near-flat in
 * the file size, i.e. each format's largest run within 1.5× its 1 MB run.
 */
export async function benchBigFiles(fmt) {
  const sizes = [1, ...(process.env.BENCH_BIG_MB ?? '10,50').split(',').map(Number)];
  const formats = (process.env.BENCH_BIG_FORMATS ?? 'json,sarif,html').split(',');
  console.log(
    `12. Big plain-text files, streamed: ${sizes.map((mb) => `${mb} MB`).join(', ')}, every pack, ${formats.join(', ')}, one run each (target: peak memory near-flat in the file size, each format's largest within 1.5× its 1 MB run)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'bayan-big-'));
  const bin = new URL('../../packages/cli/bundle/bin.js', import.meta.url).pathname;
  // How a report's findings are counted without parsing it (a 50 MB text makes reports of 100–200 MB).
  const MARK = { json: '"ruleId":', sarif: '"ruleId":', html: 'class="problem sev-' };
  const rows = new Map(formats.map((format) => [format, []]));
  for (const mb of sizes) {
    const file = join(dir, `big-${mb}.txt`);
    // Just under the size: the generator ends on a whole sentence, and 50 MB is the limit itself.
    writeFileSync(file, arabicCorpus(mb * 1024 * 1024 - 4096, 7));
    for (const format of formats) {
      const report = join(dir, `report-${mb}.${format}`);
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%e %M', process.execPath, bin, '--no-config', '--format', format, '--output-file', report, file],
        // Its own code cache (TMPDIR): these long runs of one code path would otherwise leave the user's cache
        // holding little else, with a bar (code-cache.ts, shouldRefresh) no ordinary run reaches.
        { encoding: 'utf8', env: { ...process.env, TMPDIR: dir } },
      );
      const [seconds, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
      const mark = MARK[format];
      const findings = mark ? `${readFileSync(report, 'latin1').split(mark).length - 1} findings` : '';
      const rss = kb / 1024;
      const list = rows.get(format);
      list.push({ mb, rss });
      console.log(
        `   ${String(mb).padStart(3)} MB  ${format.padEnd(7)} ${fmt(seconds * 1000).padStart(10)}  peak ${rss.toFixed(0).padStart(4)} MB  ratio to 1 MB ${(rss / list[0].rss).toFixed(2)}×  ${findings}  exit ${r.status}`,
      );
      rmSync(report);
    }
    rmSync(file);
  }
  for (const [format, list] of rows) {
    const [one, last] = [list[0], list[list.length - 1]];
    console.log(
      `   ${format}: peak memory ${last.mb} MB / 1 MB = ${(last.rss / one.rss).toFixed(2)}× for ${last.mb}× the text: ${last.rss / one.rss <= 1.5 ? 'met' : 'NOT met'}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

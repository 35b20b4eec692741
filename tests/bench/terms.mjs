// The terminology rules with a user dictionary of 10 and of 10,000 entries,
// on the same text: the matcher's cost must not grow with the dictionary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileTermLists } from '@bayan/arabic';
import { arabicCorpus, syntheticTerms } from './corpus.mjs';

export function dictionary(n, seed = 11) {
  const terms = syntheticTerms(n * 2 + 8, seed).filter((t) => !t.id.startsWith('real-'));
  const lines = ['name: bench', 'entries:'];
  for (let i = 0; i < n; i++) {
    const preferred = terms[2 * i].text;
    const variant = terms[2 * i + 1].text;
    lines.push(
      `  - id: t${i}`,
      '    kind: substitution',
      `    preferred: ${preferred}`,
      `    variants: [${variant}]`,
      '    note: {ar: للقياس, en: benchmark}',
      '    source: bench',
      `    examples: [{from: ${variant}, to: ${preferred}}]`,
    );
  }
  return lines.join('\n') + '\n';
}

function cpuSince(c0) {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function benchTerms(fmt, median, verdict) {
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const text = arabicCorpus(100 * 1024, 5);
  console.log(
    '7. Terminology rules (preferred-terms + consistent-terms) on 100 KB, by user dictionary size (targets: ≤ 1.3× the 10-entry run; a 10,000-entry dictionary loads in ≤ 200 ms)',
  );
  let base = 0;
  let baseCpu = 0;
  for (const n of [10, 10000]) {
    const config = {
      extends: [],
      rules: { 'terminology/preferred-terms': 'warn', 'terminology/consistent-terms': 'warn' },
      terminology: { dictionaries: [{ file: `bench-${n}.yaml`, text: dictionary(n) }] },
    };
    const task = {
      path: 'release.txt',
      text,
      config,
      configFile: 'bench.yaml',
      relPath: 'release.txt',
      cliRules: null,
      locale: 'en',
      fix: false,
    };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await lintTask(task, registry); // loads and checks the dictionary once
    const load = performance.now() - t0;
    const loadCpu = cpuSince(c0);
    // The same dictionary through another config object (another folder's config, a worker): cached by content.
    const again = {
      ...task,
      config: { ...config, terminology: { dictionaries: [{ file: `bench-${n}.yaml`, text: dictionary(n) }] } },
    };
    const t1 = performance.now();
    await lintTask(again, registry);
    const reload = performance.now() - t1;
    const samples = [];
    const cpu = [];
    for (let i = 0; i < 9; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      await lintTask(task, registry);
      samples.push(performance.now() - t);
      cpu.push(cpuSince(c));
    }
    const ms = median(samples);
    const cpuMs = median(cpu);
    if (n === 10) {
      base = ms;
      baseCpu = cpuMs;
    }
    console.log(
      `   ${String(n).padStart(6)} entries  ${fmt(ms).padStart(10)}  ratio ${(ms / base).toFixed(2)}× the 10-entry run${n === 10 ? '' : ` ${verdict(ms / base <= 1.3)}`}  first lint with the dictionary: ${fmt(load)}${n === 10 ? '' : ` ${verdict(load <= 200)}`}, again from another config: ${fmt(reload)}${n === 10 ? '' : ` ${verdict(reload <= 200)}`}`,
    );
    // CPU time of this process: steadier than wall time on a shared machine.
    console.log(
      `   ${''.padStart(6)}          CPU ${fmt(cpuMs).padStart(10)}  ratio ${(cpuMs / baseCpu).toFixed(2)}×${n === 10 ? '' : ` ${verdict(cpuMs / baseCpu <= 1.3)}`}  first lint CPU: ${fmt(loadCpu)}${n === 10 ? '' : ` ${verdict(loadCpu <= 200)}`}`,
    );
  }
  // Where a first load goes: another 10,000-entry dictionary (other words, so nothing is cached), step by step.
  const dist = '../../rules/terminology/dist';
  const { loadDictionaryFile } = await import(`${dist}/load.js`);
  const { parseDictionary } = await import(`${dist}/dictionary.js`);
  const { checkExamples, dictionarySchema } = await import(`${dist}/settings.js`);
  const { compileEntries } = await import(`${dist}/occurrences.js`);
  const other = dictionary(10000, 12);
  const steps = [];
  const step = (label, fn) => {
    const c0 = process.cpuUsage();
    const out = fn();
    const c = process.cpuUsage(c0);
    steps.push(`${label} ${fmt((c.user + c.system) / 1000)}`);
    return out;
  };
  const file = step('YAML and schema', () => loadDictionaryFile(other, 'other.yaml', dictionarySchema));
  const parsed = step('entries', () => parseDictionary(file));
  step('examples (20,000 texts)', () => checkExamples(parsed));
  const compiled = step('terms', () => compileEntries(parsed.entries));
  step('trie', () => compileTermLists([{ terms: compiled.terms }]));
  console.log(`   another 10,000-entry dictionary, CPU by step: ${steps.join(', ')}`);

  // Across processes, as the command runs: a new process loads a 10,000-entry dictionary file with the
  // per-user cache empty (every check, as a first run), then another process loads the same file (its
  // entries from the cache, examples not run again). Each is a fresh `node` (tests/bench/terms-load.mjs).
  const folder = mkdtempSync(join(tmpdir(), 'bayan-bench-dcache-'));
  try {
    const path = join(folder, 'dictionary.yaml');
    writeFileSync(path, dictionary(10000, 13));
    const env = { ...process.env, TMPDIR: folder };
    delete env.BAYAN_NO_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const loadIn = () =>
      JSON.parse(
        execFileSync(process.execPath, [new URL('./terms-load.mjs', import.meta.url).pathname, path], {
          env,
          encoding: 'utf8',
        }),
      );
    const describe = (r) =>
      `CPU ${fmt(r.total)} (${Object.entries(r.steps)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')}; examples run: ${r.examplesRun}), wall ${fmt(r.wall)}`;
    const met = (r) => `CPU ${verdict(r.total <= 200)}, wall ${verdict(r.wall <= 200)}`;
    const first = loadIn();
    console.log(
      `   10,000-entry dictionary file, load in a new process, cache empty (first-ever load; target ≤ 200 ms): ${describe(first)} — ${met(first)}`,
    );
    const runs = [loadIn(), loadIn(), loadIn()];
    const cached = runs.toSorted((a, b) => a.total - b.total)[1];
    const cachedWall = runs.map((r) => r.wall).toSorted((a, b) => a - b)[1];
    console.log(
      `   same file, load in a later process, from the cache (median of 3; target ≤ 200 ms): ${describe({ ...cached, wall: cachedWall })} — ${cached.examplesRun === 0 ? met({ total: cached.total, wall: cachedWall }) : 'NOT met (the examples ran again)'}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

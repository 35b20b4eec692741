// `pnpm bench:peers`: Bayan against textlint + textlint-rule-prh on the same
// corpus (≥ 1,000 release files built from the repository's fixtures, see
// release-corpus.mjs), with prh given the same wrong→right pairs converted
// from Bayan's data (scripts/prh-from-bayan.mjs). Paired runs, alternating,
// medians of wall time, CPU time (user + system), peak memory (max RSS) and
// minor page faults (pages touched for the first time) from GNU time.
// BENCH_RUNS sets the number of runs (default 3), BENCH_FILES the corpus size
// (default 1,200); BENCH_BASE=<another checkout, built> adds
// that checkout's bayan as a row (before/after figures).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { prhRules } from '../../scripts/prh-from-bayan.mjs';
import { writeCorpus } from './release-corpus.mjs';

const root = new URL('../..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const files = Number(process.env.BENCH_FILES ?? 1200);
const work = mkdtempSync(join(tmpdir(), 'bayan-peers-'));
const corpus = join(work, 'corpus');
const bytes = writeCorpus(corpus, files);
const prh = prhRules();
writeFileSync(join(work, 'prh.yml'), stringify(prh));
writeFileSync(
  join(work, '.textlintrc.json'),
  JSON.stringify({ rules: { prh: { rulePaths: [join(work, 'prh.yml')] } } }),
);

const { defaultRegistry } = await import('@bayan/cli');
const ids = defaultRegistry().ids();
const textOnly = {
  extends: ['recommended'],
  rules: Object.fromEntries(ids.filter((id) => /^(rtl|a11y)\//.test(id)).map((id) => [id, 'off'])),
};
writeFileSync(join(work, 'text-packs.yaml'), stringify(textOnly));
writeFileSync(join(work, 'all-packs.yaml'), stringify({ extends: ['recommended'] }));
// Every rule off: what the command costs before any rule runs (start, list, read, parse, report).
writeFileSync(join(work, 'no-rules.yaml'), stringify({ extends: [] }));

// Every command runs with TMPDIR in the work folder, so Bayan's code cache (packages/cli/src/code-cache.ts) is
// this benchmark's own: one untimed run of the first row writes it below, and what ran before on this machine
// (the test suite, the big files of `pnpm bench`) cannot leave the cold rows a cache of other code.
const benchEnv = { ...process.env, TMPDIR: work };
const bayanBin = join(root, 'packages/cli/bundle/bin.js');
const textlintBin = join(root, 'node_modules/textlint/bin/textlint.js');
const commands = {
  'bayan, text packs': [bayanBin, '--config', join(work, 'text-packs.yaml'), '--format', 'json', corpus],
  'bayan, text packs, --concurrency 2': [
    bayanBin,
    '--config',
    join(work, 'text-packs.yaml'),
    '--concurrency',
    '2',
    '--format',
    'json',
    corpus,
  ],
  'bayan, every pack': [bayanBin, '--config', join(work, 'all-packs.yaml'), '--format', 'json', corpus],
  ...(process.env.BENCH_BASE
    ? {
        'bayan before (BENCH_BASE), text packs': [
          join(process.env.BENCH_BASE, 'packages/cli/bundle/bin.js'),
          '--config',
          join(work, 'text-packs.yaml'),
          '--format',
          'json',
          corpus,
        ],
      }
    : {}),
  'bayan, every rule off (the command alone: start, list, read, parse, report)': [
    bayanBin,
    '--config',
    join(work, 'no-rules.yaml'),
    '--format',
    'json',
    corpus,
  ],
  'node -e "" (Node itself)': ['-e', ''],
  'textlint + prh': [
    textlintBin,
    '--config',
    join(work, '.textlintrc.json'),
    '--format',
    'json',
    `${corpus}/**/*.{txt,md}`,
  ],
};
// A second run over unchanged files with each tool's own result cache (`--cache`, as a pre-commit hook or a
// CI job that keeps its cache runs): primed once, untimed, then timed like the rows above.
const cached = {
  'bayan, text packs, --cache (files unchanged)': [
    bayanBin,
    '--cache',
    '--cache-location',
    join(work, 'bayan.cache'),
    '--config',
    join(work, 'text-packs.yaml'),
    '--format',
    'json',
    corpus,
  ],
  'textlint + prh, --cache (files unchanged)': [
    textlintBin,
    '--cache',
    '--cache-location',
    join(work, 'textlint.cache'),
    '--config',
    join(work, '.textlintrc.json'),
    '--format',
    'json',
    `${corpus}/**/*.{txt,md}`,
  ],
};

// bayan_d: the same run through the warm server (packages/cli/src/daemon), as a pre-commit hook or an editor
// that runs Bayan again and again would use it. The server is this benchmark's own (a runtime folder in the
// work folder), started and warmed before the timed runs on a corpus of other files (so no timed file has been
// seen before), and stopped at the end. Its CPU time during a run (all its threads, from /proc) is added to
// the client's, and its peak memory to the client's.
const daemonBin = join(root, 'packages/cli/bundle/bayan-d.cjs');
const daemonEnv = { ...benchEnv, XDG_RUNTIME_DIR: work };
const warmCorpus = join(work, 'warm-up');
writeCorpus(warmCorpus, Math.round(files / 2));
const daemon = {
  'bayan_d (warm server), text packs': [
    daemonBin,
    '--config',
    join(work, 'text-packs.yaml'),
    '--format',
    'json',
    corpus,
  ],
};
const daemonCtl = (word) =>
  spawnSync(process.execPath, [daemonBin, word], { cwd: work, env: daemonEnv, encoding: 'utf8' }).stdout;
const serverPid = () => Number(/pid (\d+)/.exec(daemonCtl('status'))?.[1]);
const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
/** CPU time (ms) and minor page faults of a process and all its threads so far, from /proc/<pid>/stat. */
const processCounters = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { cpu: ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000, faults: Number(fields[7]) };
};
const peakRss = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

function measureDaemon(args) {
  const pid = serverPid();
  const before = processCounters(pid);
  const m = measure(args, daemonEnv);
  const after = processCounters(pid);
  return {
    ...m,
    cpu: m.cpu + after.cpu - before.cpu,
    rss: m.rss + peakRss(pid),
    faults: m.faults + after.faults - before.faults,
  };
}

function measure(args, env = benchEnv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M %R', process.execPath, ...args], {
    cwd: work,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const findings = (() => {
    try {
      return r.stdout === '' ? 0 : JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0);
    } catch {
      return NaN;
    }
  })();
  return {
    wall: last[0] * 1000,
    cpu: (last[1] + last[2]) * 1000,
    rss: last[3] / 1024,
    faults: last[4],
    findings,
    status: r.status,
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The same server's runs one right after another, after the paired rounds: what a burst of hook runs sees. The
// paired row above comes after the other commands of its round (about 20 s), and V8 shrinks the young
// generation of a heap that has allocated little for a while (docs/benchmarks.md, "After idle").
const BACK_TO_BACK = 'bayan_d (warm server), text packs, back to back';
const samples = Object.fromEntries(
  [...Object.keys(commands), ...Object.keys(daemon), BACK_TO_BACK, ...Object.keys(cached)].map((k) => [k, []]),
);
measure(commands['bayan, text packs']); // writes the code cache
for (const args of Object.values(cached)) measure(args); // fills the caches
// Starts the server and warms it on other files (a corpus half the size), as a server that has served a
// day's hooks would be: V8 keeps optimising the code for several runs, so the warm-up goes on until two runs
// in a row are within 10% of each other (at least 4, at most 16 runs); their wall times are printed (the first
// one starts the server).
const warmUps = [];
const warmArgs = [daemonBin, '--config', join(work, 'text-packs.yaml'), '--format', 'json', warmCorpus];
while (warmUps.length < 16) {
  warmUps.push(measure(warmArgs, daemonEnv).wall);
  const [a, b] = warmUps.slice(-2);
  if (warmUps.length >= 4 && Math.abs(a - b) <= 0.1 * Math.min(a, b)) break;
}
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries({ ...commands, ...cached })) samples[name].push(measure(args));
  for (const [name, args] of Object.entries(daemon)) samples[name].push(measureDaemon(args));
}
for (let i = 0; i < runs; i++) samples[BACK_TO_BACK].push(measureDaemon(Object.values(daemon)[0]));
daemonCtl('stop');

const node = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
// What one page touched for the first time costs on this machine (a fresh process touches 64 MB): every
// tool above pays it for each page of its peak memory, and on some virtual machines it is tens of µs.
const firstTouch = Number(
  execFileSync(
    process.execPath,
    [
      '-e',
      `const n = 64 << 20, f = process.resourceUsage().minorPageFault, t = performance.now();
       const b = Buffer.allocUnsafeSlow(n);
       for (let i = 0; i < n; i += 4096) b[i] = 1;
       console.log(((performance.now() - t) * 1000) / (process.resourceUsage().minorPageFault - f));`,
    ],
    { encoding: 'utf8' },
  ),
);
console.log(
  `Bayan vs textlint + textlint-rule-prh — Node ${node}, ${files} files, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${prh.rules.length} wrong→right pairs, ${runs} paired runs (medians)\n`,
);
/** The medians of a row's samples, by measure. */
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    Object.fromEntries(['wall', 'cpu', 'rss', 'faults', 'findings'].map((k) => [k, median(list.map((s) => s[k]))])),
  ]),
);
const base = medians['textlint + prh'];
console.log(
  '| run | wall | CPU | peak memory | page faults | findings | wall vs textlint | CPU vs textlint | memory vs textlint |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [name, m] of Object.entries(medians)) {
  const ratio = (k) =>
    m[k] <= base[k] ? `${(base[k] / m[k]).toFixed(2)}× faster` : `${(m[k] / base[k]).toFixed(2)}× slower`;
  const mem = m.rss <= base.rss ? `${(base.rss / m.rss).toFixed(2)}× less` : `${(m.rss / base.rss).toFixed(2)}× more`;
  console.log(
    `| ${name} | ${(m.wall / 1000).toFixed(2)} s | ${(m.cpu / 1000).toFixed(2)} s | ${m.rss.toFixed(0)} MB | ${m.faults.toLocaleString('en')} | ${m.findings} | ${name.startsWith('textlint') ? '—' : ratio('wall')} | ${name.startsWith('textlint') ? '—' : ratio('cpu')} | ${name.startsWith('textlint') ? '—' : mem} |`,
  );
}
console.log(
  `\nA page touched for the first time costs ${firstTouch.toFixed(1)} µs on this machine: the page faults of a run times that cost estimate the part of its CPU time spent getting fresh memory (about ${((base.faults * firstTouch) / 1e6).toFixed(2)} s of textlint's, ${((medians['bayan, text packs'].faults * firstTouch) / 1e6).toFixed(2)} s of bayan's with the text packs).`,
);
console.log(
  `\nbayan_d's warm-up before the timed runs, ${Math.round(files / 2)} other files: ${warmUps.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}.`,
);
console.log(
  "\nTargets: bayan with the text packs ≥ 5× faster than textlint + prh; --concurrency 2 not slower than 1. The 'every rule off' and 'node -e' rows are the floor a single cold process starts from. The --cache rows compare a run over unchanged files with each tool's own cache (ratios against textlint without a cache; compare the two --cache rows with each other). The bayan_d rows are the same run through the warm server, warmed on other files first: its wall time is the client's, its CPU time and peak memory the client's and the server's together; the first row's runs each come after the other commands of a round (about 20 s), the back-to-back row's one right after another.",
);
rmSync(work, { recursive: true, force: true });

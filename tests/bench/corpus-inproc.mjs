// In-process profile of the release corpus (the one `pnpm bench:peers` lints): every file linted once,
// in one process, with the text packs on, and each rule's time (core's `timing`). Not part of `pnpm bench`;
// for finding where corpus time goes: `node tests/bench/corpus-inproc.mjs [files]`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './release-corpus.mjs';

const files = Number(process.argv[2] ?? 1200);
const dir = mkdtempSync(join(tmpdir(), 'bayan-corpus-'));
writeCorpus(dir, files);
const texts = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
rmSync(dir, { recursive: true, force: true });

const t0 = performance.now();
const { defaultRegistry, lintTask } = await import('@bayan/cli');
const registry = defaultRegistry();
const ids = registry.ids();
// A second argument keeps only the rules whose id matches it (a regular expression).
const only = process.argv[3] ? new RegExp(process.argv[3]) : null;
const config = {
  extends: ['recommended'],
  rules: Object.fromEntries(
    ids.filter((id) => /^(rtl|a11y)\//.test(id) || (only && !only.test(id))).map((id) => [id, 'off']),
  ),
};
const loaded = performance.now();
const cpu0 = process.cpuUsage();
const timing = new Map();
let findings = 0;
for (const { name, text } of texts) {
  const task = {
    path: name,
    text,
    config,
    configFile: 'bench.yaml',
    relPath: name,
    cliRules: null,
    locale: 'ar',
    fix: false,
    timing,
  };
  findings += (await lintTask(task, registry)).findings.length;
}
const done = performance.now();
const cpu = process.cpuUsage(cpu0);
// The same files again: every word and code path seen before (what a process-wide cache could reach).
const again = performance.now();
for (const { name, text } of texts) {
  const task = {
    path: name,
    text,
    config,
    configFile: 'bench.yaml',
    relPath: name,
    cliRules: null,
    locale: 'ar',
    fix: false,
  };
  await lintTask(task, registry);
}
console.log(`second pass over the same files: ${(performance.now() - again).toFixed(0)} ms`);
const rules = [...timing.values()].reduce((a, b) => a + b, 0);
console.log(
  `load ${(loaded - t0).toFixed(0)} ms; lint ${texts.length} files ${(done - loaded).toFixed(0)} ms (rules ${rules.toFixed(0)} ms, rest ${(done - loaded - rules).toFixed(0)} ms; CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms); ${findings} findings`,
);
for (const [id, ms] of [...timing].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${id}`);

// The release corpus that `pnpm bench:peers` lints, linted in one process with the text packs on: the
// first pass (every word, rule and code path new, as in one run of the command) against a second pass
// over the same files (what is left once everything is warm), and each rule's time in the first pass
// (core's `timing`, as ESLint's TIMING). Part of `pnpm bench`; alone: `node tests/bench/corpus-inproc.mjs
// [files] [rule-id regexp]` (the regexp keeps only the rules it matches).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './release-corpus.mjs';

export async function benchCorpusRules({ files = 1200, only = null, top = 12 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-corpus-'));
  writeCorpus(dir, files);
  const texts = readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  rmSync(dir, { recursive: true, force: true });

  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const ids = registry.ids();
  const config = {
    extends: ['recommended'],
    rules: Object.fromEntries(
      ids.filter((id) => /^(rtl|a11y)\//.test(id) || (only && !only.test(id))).map((id) => [id, 'off']),
    ),
  };
  const pass = async (timing) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
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
        ...(timing ? { timing } : {}),
      };
      findings += (await lintTask(task, registry)).findings.length;
    }
    const cpu = process.cpuUsage(cpu0);
    return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000, findings };
  };
  const timing = new Map();
  const first = await pass(timing);
  const second = await pass(null);
  const rules = [...timing.values()].reduce((a, b) => a + b, 0);
  const ms = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `14. The release corpus in one process (${texts.length} files, text packs, ${first.findings} findings): first pass ${ms(first.wall)} wall / ${ms(first.cpu)} CPU (rules ${ms(rules)}, the rest — reading formats, building documents — ${ms(first.wall - rules)}); second pass over the same files ${ms(second.wall)} wall / ${ms(second.cpu)} CPU: ${(first.wall / second.wall).toFixed(2)}× (the first pass's extra is JIT warm-up and first sight of each word)`,
  );
  console.log(
    `  slowest in the first pass (ms): ${[...timing]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([id, t]) => `${id} ${t.toFixed(0)}`)
      .join(', ')}`,
  );
  return { first, second, timing };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchCorpusRules({
    files: Number(process.argv[2] ?? 1200),
    only: process.argv[3] ? new RegExp(process.argv[3]) : null,
    top: 40,
  });
}

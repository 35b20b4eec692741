/**
 * A tinypool worker: lints one file, or a chunk of files, per task (a chunk's
 * files share their config object across the thread boundary, so it is
 * copied and hashed once per chunk). The registry is built once per worker
 * from the packs module the main thread names; configs are keyed by their
 * file and content so each pack prepares its settings once per worker.
 */
import { createHash } from 'node:crypto';
import { RuleRegistry, setContentCache, type BayanConfig, type RulePack } from '@bayan/core';
import { diskContentCache } from './data-cache.js';
import { lintTask, type LintOutcome, type LintTask } from './lint-file.js';

export interface WorkerTask extends LintTask {
  packsModule: string;
}

/** Several files in one message, linted in order; the outcomes come back in the same order. */
export interface WorkerChunk {
  packsModule: string;
  tasks: LintTask[];
}

// The same cache folder as the main thread (data-cache.ts): a dictionary checked once is not checked again here.
setContentCache(diskContentCache(process.env));

const registries = new Map<string, Promise<RuleRegistry>>();
const configs = new Map<string, BayanConfig>();

function registryFor(url: string): Promise<RuleRegistry> {
  let registry = registries.get(url);
  if (!registry) {
    registry = import(url).then((m: { packs: RulePack[] }) => new RuleRegistry(m.packs));
    registries.set(url, registry);
  }
  return registry;
}

/** The same object for the same config, so `prepareSettings` runs once per worker. */
function sameConfig(config: BayanConfig | null, file: string): BayanConfig | null {
  if (!config) return null;
  const key = `${file}\0${createHash('sha256').update(JSON.stringify(config)).digest('hex')}`;
  const known = configs.get(key);
  if (known) return known;
  configs.set(key, config);
  return config;
}

const cliRuleSets = new Map<string, LintTask['cliRules']>();

/** The same object for the same `--rule` settings, so the resolved config is cached across tasks. */
function sameCliRules(rules: LintTask['cliRules']): LintTask['cliRules'] {
  if (!rules) return null;
  const key = JSON.stringify(rules);
  const known = cliRuleSets.get(key);
  if (known) return known;
  cliRuleSets.set(key, rules);
  return rules;
}

export default async function run(work: WorkerTask | WorkerChunk): Promise<LintOutcome | LintOutcome[]> {
  const registry = await registryFor(work.packsModule);
  if (!('tasks' in work))
    return lintTask(
      { ...work, config: sameConfig(work.config, work.configFile), cliRules: sameCliRules(work.cliRules) },
      registry,
    );
  // Within one message a shared config arrives as one object: hash it once per config file.
  const seen = new Map<BayanConfig, Map<string, BayanConfig | null>>();
  const configOf = (config: BayanConfig | null, file: string): BayanConfig | null => {
    if (!config) return null;
    let byFile = seen.get(config);
    if (!byFile) {
      byFile = new Map();
      seen.set(config, byFile);
    }
    if (!byFile.has(file)) byFile.set(file, sameConfig(config, file));
    return byFile.get(file) ?? null;
  };
  const outcomes: LintOutcome[] = [];
  for (const task of work.tasks) {
    outcomes.push(
      await lintTask(
        { ...task, config: configOf(task.config, task.configFile), cliRules: sameCliRules(task.cliRules) },
        registry,
      ),
    );
  }
  return outcomes;
}

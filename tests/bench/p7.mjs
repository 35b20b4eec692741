import { arabicCorpus } from './corpus.mjs';
const { defaultRegistry, lintTask } = await import('@bayan/cli');
const registry = defaultRegistry();
const ids = registry.ids();
const config = {
  extends: ['recommended'],
  rules: Object.fromEntries(ids.filter((id) => /^(rtl|a11y)\//.test(id)).map((id) => [id, 'off'])),
};
const release = arabicCorpus(7 * 1024, 3);
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
for (let i = 0; i < 50; i++) await lintTask(task, registry);
const t0 = performance.now();
for (let i = 0; i < 1000; i++) await lintTask(task, registry);
console.log('per lint', (performance.now() - t0) / 1000);

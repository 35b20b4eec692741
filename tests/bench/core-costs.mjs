// `node tests/bench/core-costs.mjs` (after pnpm build). Core's own per-document costs on a warm 7 KB release with every text pack on: parse, the stream,
// and the runner with every rule's visitors replaced by empty functions (same keys), so what is
// measured is the engine, not the rules.
import { arabicCorpus } from './corpus.mjs';
const core = await import('@bayan/core');
const { defaultRegistry, resolveFor } = await import('@bayan/cli');
const registry = defaultRegistry();
const ids = registry.ids();
const config = {
  extends: ['recommended'],
  rules: Object.fromEntries(ids.filter((id) => /^(rtl|a11y)\//.test(id)).map((id) => [id, 'off'])),
};
const text = arabicCorpus(7 * 1024, 3);
const resolved = resolveFor({ config, cliRules: null, relPath: 'release.txt', configFile: 'bench.yaml' }, registry);
const active = core.activeRules(resolved, registry);
const sample = core.parseDocument(text, { path: 'release.txt' }).document;
const hollow = active.map((a) => {
  // The keys each rule listens to, from one real create() on a sample document.
  const context = {
    id: a.rule.meta.id,
    document: sample,
    text,
    options: a.options,
    settings: {},
    style: {},
    locale: 'ar',
    report() {},
    getText: () => '',
    pointAt: (o) => sample.lines.pointAt(o),
  };
  const keys = Object.keys(a.rule.create(context) ?? {});
  const visitors = Object.fromEntries(keys.map((k) => [k, () => {}]));
  return { ...a, rule: { ...a.rule, create: () => visitors } };
});
const nlcstFree = hollow.map((a) => {
  const keys = Object.keys(a.rule.create()).filter((k) => !/Node/.test(k));
  const visitors = Object.fromEntries(keys.map((k) => [k, () => {}]));
  return { ...a, rule: { ...a.rule, create: () => visitors } };
});
console.log(
  active.length,
  'rules;',
  hollow.filter((a) => Object.keys(a.rule.create()).some((k) => /Node/.test(k))).length,
  'listen to nlcst nodes',
);
function cpu(name, fn, n = 2000) {
  for (let i = 0; i < 200; i++) fn();
  const t0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const d = process.cpuUsage(t0);
  console.log(name.padEnd(52), ((d.user + d.system) / 1000 / n).toFixed(4), 'ms');
}
cpu('parseDocument (LineIndex, directives)', () => core.parseDocument(text, { path: 'release.txt' }));
cpu('parseDocument + stream', () => core.parseDocument(text, { path: 'release.txt' }).document.stream);
cpu('parseDocument + stream + prose (nlcst)', () => core.parseDocument(text, { path: 'release.txt' }).document.prose);
cpu('lintSync, empty visitors (nlcst walked)', () =>
  core.lintSync(core.parseDocument(text, { path: 'release.txt' }).document, { rules: hollow, locale: 'ar' }),
);
cpu('lintSync, empty visitors, no nlcst key', () =>
  core.lintSync(core.parseDocument(text, { path: 'release.txt' }).document, { rules: nlcstFree, locale: 'ar' }),
);

// Why the a11y pack runs in ESLint through synckit: an 8 KB HTML release
// page linted warm by ESLint with eslint-plugin-bayan (axe-core in the
// plugin's worker, waited for synchronously) and by the engine as the
// `bayan` command runs it, each with the axe rules on and off. The bridge's
// own cost is the difference of the two differences.
import { arabicCorpus } from './corpus.mjs';

function page(bytes) {
  const paragraphs = arabicCorpus(bytes - 1000, 9)
    .split('\n\n')
    .filter(Boolean)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>بيان صحفي</title></head>\n<body>\n<main>\n<h1>الوزارة تعلن برنامجا جديدا</h1>\n<img src="minister.jpg">\n${paragraphs}\n</main>\n</body>\n</html>\n`;
}

async function sample(fn, median, runs = 15) {
  for (let i = 0; i < 3; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export async function benchEslintA11y(fmt, median) {
  const { ESLint } = await import('eslint');
  const { default: plugin, asynchronousRules } = await import('eslint-plugin-bayan');
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const html = page(8 * 1024);
  const off = Object.fromEntries(asynchronousRules.map((id) => [`bayan/${id}`, 'off']));
  const eslint = (rules) =>
    new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended, { rules }] });
  const withAxe = eslint({});
  const withoutAxe = eslint(off);
  const registry = defaultRegistry();
  const task = (config) => ({
    path: 'page.html',
    text: html,
    config,
    configFile: 'bench.yaml',
    relPath: 'page.html',
    cliRules: null,
    locale: 'ar',
    fix: false,
  });
  const engineOff = task({
    extends: ['recommended'],
    rules: Object.fromEntries(asynchronousRules.map((id) => [id, 'off'])),
  });
  const engineOn = task(null);

  const a = await sample(() => withAxe.lintText(html, { filePath: 'page.html' }), median);
  const b = await sample(() => withoutAxe.lintText(html, { filePath: 'page.html' }), median);
  const c = await sample(() => lintTask(engineOn, registry), median);
  const d = await sample(() => lintTask(engineOff, registry), median);
  console.log(
    `10. An ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML page, warm: axe-core in ESLint (synckit worker) vs in the engine`,
  );
  console.log(
    `   ESLint, every rule        ${fmt(a).padStart(10)}   without the axe rules ${fmt(b)}   axe costs ${fmt(a - b)}`,
  );
  console.log(
    `   engine (bayan), every rule ${fmt(c).padStart(9)}   without the axe rules ${fmt(d)}   axe costs ${fmt(c - d)}`,
  );
  console.log(`   the bridge adds ${fmt(a - b - (c - d))} per page`);
}

// The a11y pack (axe-core in jsdom) on an 8 KB release page, warm, and the
// cost of every other pack on the same page with a11y off.
import { arabicCorpus } from './corpus.mjs';

function page(bytes) {
  const paragraphs = arabicCorpus(bytes - 1500, 9)
    .split('\n\n')
    .filter(Boolean)
    .map((p, i) => (i % 4 === 3 ? `<h2>عنوان فرعي ${i}</h2>\n<p>${p}</p>` : `<p>${p}</p>`))
    .join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>بيان صحفي</title></head>
<body>
<header><a href="/">الصفحة الرئيسية</a>
<nav aria-label="التنقل"><ul><li><a href="/news">الأخبار</a></li><li><a href="/about">عن الوزارة</a></li><li><a href="/contact">اتصل بنا</a></li></ul></nav></header>
<main>
<h1>الوزارة تعلن برنامجا جديدا</h1>
<img src="minister.jpg" alt="الوزير يلقي كلمة في المؤتمر الصحفي">
${paragraphs}
<ul><li>النقطة الأولى</li><li>النقطة الثانية</li></ul>
<p>للتفاصيل <a href="/release.pdf">اقرأ البيان الكامل للوزارة</a>.</p>
</main>
<footer><p>حقوق النشر محفوظة للوزارة</p></footer>
</body>
</html>
`;
}

export async function benchA11y(fmt, median, verdict) {
  const { defaultRegistry, lintTask } = await import('@bayan/cli');
  const registry = defaultRegistry();
  const html = page(8.5 * 1024);
  const a11yIds = registry.ids().filter((id) => id.startsWith('a11y/'));
  const off = Object.fromEntries(a11yIds.map((id) => [id, 'off']));
  const only = Object.fromEntries(a11yIds.map((id) => [id, registry.get(id).meta.docs.recommended ? 'warn' : 'off']));
  const configs = [
    ['a11y pack only', { extends: [], rules: only }],
    ['every pack', { extends: ['recommended'] }],
    ['every pack but a11y', { extends: ['recommended'], rules: off }],
  ];
  console.log(`8. An ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML release page, warm`);
  for (const [name, config] of configs) {
    const task = {
      path: 'page.html',
      text: html,
      config,
      configFile: 'bench.yaml',
      relPath: 'page.html',
      cliRules: null,
      locale: 'en',
      fix: false,
    };
    let findings = 0;
    // "Warm" (the target's word): axe-core is a large script that V8 optimizes over its first runs; with
    // five runs first, the first configuration measured (a11y only) paid that warm-up and came out slower
    // than every pack measured after it.
    for (let i = 0; i < 20; i++) findings = (await lintTask(task, registry)).findings.length;
    const samples = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await lintTask(task, registry);
      samples.push(performance.now() - t);
    }
    console.log(
      `   ${name.padEnd(20)} ${fmt(median(samples)).padStart(9)}  (${findings} findings)${name === 'a11y pack only' ? `  target ≤ 50 ms: ratio ${(median(samples) / 50).toFixed(2)}× ${verdict(median(samples) <= 50)}` : ''}`,
    );
  }
}

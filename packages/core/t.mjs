import { parseDocument } from './dist/index.js';
const cases = {
  dash: (n) => '- '.repeat(n) + 'x\n\n',
  indent: (n) => Array.from({length:n},(_, i)=>' '.repeat(2*i)+'- x').join('\n')+'\n\n',
  quote: (n) => '>'.repeat(n) + ' x\n\n',
  prose: (n) => 'ذهب الوزير الى الاجتماع في الموعد المحدد.\n\n',
};
const size = Number(process.argv[2]);
for (const [name, f] of Object.entries(cases)) for (const n of [1, 8, 32]) {
  const unit = f(n); const text = unit.repeat(Math.ceil(size/unit.length));
  const t = performance.now();
  const r = parseDocument(text, { format: 'markdown' });
  const ms = performance.now()-t;
  console.log(name, n, text.length, Math.round(ms), (ms*1000/text.length).toFixed(2), 'us/byte', r.ok ? 'ok' : r.error.message);
}

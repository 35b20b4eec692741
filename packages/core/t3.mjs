import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const p = unified().use(remarkParse).use(remarkGfm);
p.parse('warm up - x\n> y\n'.repeat(100));
const [unit, ...ns] = process.argv.slice(2);
for (const n of ns.map(Number)) {
  const text = JSON.parse(unit).repeat(n) + 'x';
  const t = performance.now(); p.parse(text); console.log(unit, n, Math.round(performance.now()-t));
}

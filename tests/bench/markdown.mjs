// Markdown parsing, the plain path (packages/core/src/formats/markdown-plain.ts) against micromark, on the
// .md files of the release corpus that `pnpm bench:peers` lints: each in a fresh process (the cold first
// pass is what one run of the command pays), then the median of five warm passes. Part of `pnpm bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './release-corpus.mjs';

const core = new URL('../../packages/core/dist/formats/', import.meta.url).pathname;

/** Run in a child process: parses every file with `parser`, cold then warm; prints JSON. */
const CHILD = `
const [dir, parser] = process.argv.slice(1);
const { readdirSync, readFileSync } = await import('node:fs');
const texts = readdirSync(dir).sort().map((name) => readFileSync(dir + '/' + name, 'utf8'));
const markdown = await import(${JSON.stringify(`${core}markdown.js`)});
const { parsePlainMarkdown } = await import(${JSON.stringify(`${core}markdown-plain.js`)});
const parse = parser === 'plain' ? markdown.parseMarkdown : markdown.parseWithMicromark;
const pass = () => { const c0 = process.cpuUsage(); for (const text of texts) parse(text); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
const cold = pass();
const warm = [pass(), pass(), pass(), pass(), pass()].sort((a, b) => a - b)[2];
console.log(JSON.stringify({ cold, warm, taken: texts.filter((t) => parsePlainMarkdown(t) !== null).length, files: texts.length }));
`;

export function benchMarkdown(fmt) {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-md-'));
  writeCorpus(dir, 1200);
  for (const name of readdirSync(dir)) if (!name.endsWith('.md')) rmSync(join(dir, name));
  const bytes = readdirSync(dir).reduce((n, name) => n + readFileSync(join(dir, name)).length, 0);
  const run = (parser) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, dir, parser], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  const micromark = run('micromark');
  const plain = run('plain');
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `13. Markdown parsing: the corpus's ${plain.files} .md files (${(bytes / 1024).toFixed(0)} KB), ${plain.taken} of them taken by the plain path; CPU, a fresh process each`,
  );
  for (const [name, m] of [
    ['micromark (the baseline)', micromark],
    ['parseMarkdown (plain path first)', plain],
  ])
    console.log(
      `   ${name.padEnd(34)} first pass ${fmt(m.cold).padStart(10)}  warm pass ${fmt(m.warm).padStart(10)}  ratio to micromark: first ${(micromark.cold / m.cold).toFixed(2)}×, warm ${(micromark.warm / m.warm).toFixed(2)}×`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchMarkdown((ms) => `${ms.toFixed(1)} ms`);
}

#!/usr/bin/env node
// `pnpm eval:grammar`: prints the grammar pack's recall per rule on the injected-error set and its
// false warnings per 10,000 words of clean release prose, against the targets of issue 13
// (≥ 80% recall per rule, ≤ 2 false warnings per 10,000 words). Runs the compiled packages
// (`pnpm build` first after a change). `--verbose` lists every miss and false warning.
// `--write-readme` also puts the figures in rules/grammar/README.md (between <!-- eval:start --> and
// <!-- eval:end -->). Exit code 1 when a target is missed.
import { readFileSync, writeFileSync } from 'node:fs';
import * as core from '@bayan/core';
import { packs } from '@bayan/cli';
import { evaluate } from './evaluate.mjs';

const RECALL_TARGET = 0.8;
const FALSE_TARGET = 2;
const verbose = process.argv.includes('--verbose');
const pack = packs.find((p) => p.name === 'grammar');
if (!pack) throw new Error('the grammar pack is not registered');

const result = await evaluate({ pack, core });
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const table = ['| Rule | Cases | Caught | Recall |', '| --- | ---: | ---: | ---: |'];
let ok = true;
for (const r of result.rules) {
  if (r.recall < RECALL_TARGET) ok = false;
  table.push(`| \`${r.id}\` | ${r.cases} | ${r.hits} | ${pct(r.recall)}${r.recall < RECALL_TARGET ? ' ✗' : ''} |`);
}
const { clean } = result;
if (clean.per10k > FALSE_TARGET) ok = false;
const summary = [
  `Clean release prose: ${clean.files} files, ${clean.words.toLocaleString('en')} words, ${clean.findings.length} false warnings = ${clean.per10k.toFixed(2)} per 10,000 words (target ≤ 2).`,
  `Right sentences of the injected set: ${result.rightFindings.length} findings.`,
];
console.log('Injected errors: recall with the right suggestion (target ≥ 80% per rule)\n');
console.log(`${table.join('\n')}\n\n${summary.join('\n')}`);
if (process.argv.includes('--write-readme')) {
  const readme = new URL('../../rules/grammar/README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- eval:start -->');
  const end = text.indexOf('<!-- eval:end -->');
  if (start === -1 || end === -1)
    throw new Error('rules/grammar/README.md lacks the <!-- eval:start --> … <!-- eval:end --> markers');
  writeFileSync(
    readme,
    `${text.slice(0, start)}<!-- eval:start -->\n${table.join('\n')}\n\n${summary.join('\n')}\n${text.slice(end)}`,
  );
}
if (verbose) {
  for (const r of result.rules)
    for (const m of r.misses)
      console.log(
        `miss ${r.id} injected.txt:${m.line}: ${m.wrong}${m.got.length ? `\n     got: ${m.got.join(' | ')}` : ''}`,
      );
  for (const f of clean.findings)
    console.log(`false ${f.file}:${f.line}:${f.column} ${f.ruleId} «${f.actual}» ${f.message}`);
  for (const f of result.rightFindings)
    console.log(`false injected.txt:${f.line} ${f.ruleId} «${f.actual}» ${f.message}`);
}
process.exitCode = ok ? 0 : 1;

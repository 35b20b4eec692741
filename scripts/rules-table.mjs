#!/usr/bin/env node
// The README's table of rules, generated from each rule's meta so it cannot
// drift: `node scripts/rules-table.mjs --write` rewrites the part of README.md
// between <!-- rules:start --> and <!-- rules:end -->; tests/readme.test.ts
// fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { packs } from '@bayan/cli';
import { RuleRegistry, resolveConfig } from '@bayan/core';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function rulesTable() {
  const registry = new RuleRegistry(packs);
  const recommended = resolveConfig(null, 'release.md', registry).rules;
  const lines = [START, '', '| Rule | Fix | In `recommended` | What it checks |', '| --- | --- | --- | --- |'];
  let axe = 0;
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const { id, docs, fixable, hasSuggestions } = rule.meta;
      // axe-core's rules are listed in the a11y pack's README, not one by one here.
      if (docs.url?.startsWith('http')) {
        axe++;
        continue;
      }
      const link = docs.url ? `[\`${id}\`](${docs.url})` : `\`${id}\``;
      const fix = fixable ? 'fix' : hasSuggestions ? 'suggestion' : '';
      const severity = recommended[id]?.severity ?? 'off';
      lines.push(`| ${link} | ${fix} | ${severity} | ${docs.description.en} · ${docs.description.ar} |`);
    }
  }
  lines.push('', `Plus ${axe} rules \`a11y/<axe-rule-id>\` that run axe-core in jsdom on HTML and Markdown: see [rules/a11y/README.md](rules/a11y/README.md).`);
  lines.push('Each pack\'s README lists its options and `style` keys.', '', END);
  return lines.join('\n');
}

export function withTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return readme.slice(0, start) + rulesTable() + readme.slice(end + END.length);
}

if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const next = withTable(readme);
  if (next !== readme) writeFileSync(path, next);
}

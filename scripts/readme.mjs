#!/usr/bin/env node
// The READMEs' generated parts, so they cannot drift: the table of rules
// (from each rule's meta, between <!-- rules:start --> and <!-- rules:end -->)
// in the root README and in each pack's (rules/<pack>/README.md), and the
// command's options (its --help text, between <!-- cli:start --> and
// <!-- cli:end -->). `node scripts/readme.mjs --write` rewrites them;
// tests/readme.test.ts fails when a README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { HELP, packs } from '@bayan/cli';
import { RuleRegistry, resolveConfig } from '@bayan/core';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const CLI_START = '<!-- cli:start -->';
const CLI_END = '<!-- cli:end -->';

export function cliSection() {
  return [
    CLI_START,
    '```text',
    HELP.trimEnd(),
    '```',
    '',
    'The details of every option, the formatters, the pre-commit hook, a lint-staged/husky recipe and an',
    'example GitHub Actions workflow are in [packages/cli/README.md](packages/cli/README.md).',
    CLI_END,
  ].join('\n');
}

function replaceBetween(text, start, end, block) {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i === -1 || j === -1) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return text.slice(0, i) + block + text.slice(j + end.length);
}

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
  lines.push(
    '',
    `Plus ${axe} rules \`a11y/<axe-rule-id>\` that run axe-core in jsdom on HTML and Markdown: see [rules/a11y/README.md](rules/a11y/README.md).`,
  );
  lines.push("Each pack's README lists its options and `style` keys.", '', END);
  return lines.join('\n');
}

const FORMAT_NAMES = { html: 'html', markdown: 'md', text: 'txt' };

/** A pack's rules table (links relative to the pack's folder); axe-core's rules are counted, not listed. */
export function packRulesTable(packName) {
  const registry = new RuleRegistry(packs);
  const recommended = resolveConfig(null, 'release.md', registry).rules;
  const pack = registry.packs.get(packName);
  if (!pack) throw new Error(`No pack ${packName}`);
  const own = pack.rules.filter((rule) => !rule.meta.docs.url?.startsWith('http'));
  const withFormats = own.some((rule) => rule.meta.formats);
  const lines = [
    START,
    '',
    `| Rule |${withFormats ? ' Formats |' : ''} Fix | In \`recommended\` | What it checks |`,
    `| --- |${withFormats ? ' --- |' : ''} --- | --- | --- |`,
  ];
  for (const rule of own) {
    const { id, docs, fixable, hasSuggestions, formats } = rule.meta;
    const url = docs.url?.replace(`rules/${packName}/`, '');
    const link = url ? `[\`${id}\`](${url})` : `\`${id}\``;
    const fix = fixable && hasSuggestions ? 'fix, suggestion' : fixable ? 'fix' : hasSuggestions ? 'suggestion' : '';
    const severity = recommended[id]?.severity ?? 'off';
    const shown = withFormats ? ` ${formats ? formats.map((f) => FORMAT_NAMES[f] ?? f).join(', ') : 'all'} |` : '';
    lines.push(`| ${link} |${shown} ${fix} | ${severity} | ${docs.description.en} · ${docs.description.ar} |`);
  }
  const axe = pack.rules.length - own.length;
  lines.push('');
  if (axe > 0)
    lines.push(`Plus ${axe} rules \`a11y/<axe-rule-id>\` that run axe-core: see [axe-core rules](#axe-core-rules).`);
  lines.push(
    "Generated from each rule's `meta` by `node scripts/readme.mjs --write`. When a rule reports some",
    'findings at a lower severity (a guess, a style choice), its page says which.',
    '',
    END,
  );
  return lines.join('\n');
}

/** The README with its generated parts brought up to date. */
export function generated(readme) {
  return replaceBetween(replaceBetween(readme, START, END, rulesTable()), CLI_START, CLI_END, cliSection());
}

/** A pack's README with its rules table brought up to date. */
export function generatedPack(readme, packName) {
  return replaceBetween(readme, START, END, packRulesTable(packName));
}

if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const next = generated(readme);
  if (next !== readme) writeFileSync(path, next);
  for (const pack of packs) {
    const packPath = new URL(`../rules/${pack.name}/README.md`, import.meta.url);
    const text = readFileSync(packPath, 'utf8');
    const updated = generatedPack(text, pack.name);
    if (updated !== text) writeFileSync(packPath, updated);
  }
}

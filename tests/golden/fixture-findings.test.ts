// Behaviour lock for performance work: every fixture of the repository (and
// seeded synthetic releases in all three formats) is linted with every rule
// on (`strict`) and with a user dictionary, and the findings must equal the
// golden file recorded from `main` before the engine was reworked. After a
// deliberate change of behaviour, regenerate it with
// `npx vitest run tests/golden -u` and review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRegistry, lintTask } from '../../packages/cli/src/index.js';
import { arabicCorpus } from '../bench/corpus.mjs';

const root = new URL('../..', import.meta.url).pathname;
const registry = defaultRegistry();

const FIXTURE_DIRS = ['fixtures', ...readdirSync(join(root, 'rules')).map((pack) => `rules/${pack}/test/fixtures`)];
const files = FIXTURE_DIRS.flatMap((dir) => {
  try {
    return (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => join(root, dir, f));
  } catch {
    return [];
  }
})
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort();

function synthetic(): Array<{ path: string; text: string }> {
  const body = arabicCorpus(24 * 1024, 13);
  const paragraphs = body.split('\n\n').filter(Boolean);
  const md = paragraphs.map((p, i) => (i % 3 === 0 ? `## عنوان ${i}\n\n${p}` : i % 5 === 0 ? `- ${p}\n- **${p.slice(0, 40)}**` : p)).join('\n\n');
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>بيان</title></head><body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
  return [
    { path: 'synthetic/release.txt', text: body },
    { path: 'synthetic/release.md', text: md },
    { path: 'synthetic/release.html', text: html },
  ];
}

const DICTIONARY = `name: golden
entries:
  - id: isis
    kind: substitution
    preferred: داعش
    variants: [الدولة الإسلامية]
    note: {ar: اسم التنظيم, en: the group's name}
    source: golden
    examples: [{from: الدولة الإسلامية, to: داعش}]
  - id: coalition
    kind: substitution
    preferred: التحالف العالمي
    variants: [التحالف الدولي]
    note: {ar: الاسم الرسمي, en: official name}
    source: golden
    examples: [{from: التحالف الدولي, to: التحالف العالمي}]
`;

const CONFIGS = {
  strict: { extends: ['strict'] },
  dictionary: { extends: ['recommended'], terminology: { dictionaries: [{ file: 'golden.yaml', text: DICTIONARY }] } },
} as const;

type Slim = Record<string, unknown>;
function slim(finding: Record<string, unknown>): Slim {
  const { ruleId, severity, message, line, column, endLine, endColumn, actual, expected, fix, suggestions } = finding;
  return { ruleId, severity, message, at: `${line}:${column}-${endLine}:${endColumn}`, actual, expected, fix, suggestions };
}

async function findingsOf(path: string, text: string, config: object): Promise<Slim[]> {
  const task = { path, text, config, configFile: 'golden.yaml', relPath: path, cliRules: null, locale: 'en' as const, fix: false };
  return (await lintTask(task as never, registry)).findings.map((f) => slim(f as unknown as Record<string, unknown>));
}

describe('findings on every fixture are unchanged', () => {
  const inputs = [...files.map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') })), ...synthetic()];

  it('covers the fixtures', () => {
    expect(inputs.length).toBeGreaterThan(50);
  });

  for (const [name, config] of Object.entries(CONFIGS)) {
    it(`with the ${name} config`, async () => {
      const all: Record<string, Slim[]> = {};
      for (const input of inputs) all[input.path] = await findingsOf(input.path, input.text, config);
      await expect(`${JSON.stringify(all, null, 1)}\n`).toMatchFileSnapshot(`./fixture-findings.${name}.json`);
    }, 300_000);
  }
});

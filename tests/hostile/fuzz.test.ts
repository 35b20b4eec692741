/**
 * The whole pipeline under random and mutated documents in all three formats
 * (Arabic with the usual slips, Latin, three digit systems, harakat, bidi
 * controls, emoji, broken markup, CRLF, BOM, U+2028), every rule of the six
 * packs (the strict preset):
 *
 * - no exception and no rule crash (`bayan/rule-error`);
 * - every finding's range lies inside the text and its line/column agree with its offset;
 * - each fix's edits are non-overlapping and inside the text;
 * - `fix(fix(x)) == fix(x)`, and no fixable finding is left after the fix loop;
 * - the bytes outside the edits of a fix pass never change (BOM and line ends included).
 *
 * `pnpm test` runs a fixed seed and a bounded number of cases; `pnpm fuzz`
 * runs 10,000 with a random seed (BAYAN_FUZZ_SEED, BAYAN_FUZZ_RUNS override
 * both) and prints the seed, so a failure can be replayed.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, LineIndex, RuleRegistry, type Finding, type Format, type RulePack } from '@bayan/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTask } from '../../packages/cli/src/lint-file.js';
import { REAL_PACKS, ROOT, warmPacks } from './helpers.js';

const RUNS = Number(process.env.BAYAN_FUZZ_RUNS ?? 40);
/** A fixed seed unless one is given; `random` (what `pnpm fuzz` passes) draws one. */
const SEED_SETTING = process.env.BAYAN_FUZZ_SEED ?? '20261201';
const SEED = SEED_SETTING === 'random' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(SEED_SETTING);

let registry: RuleRegistry;
beforeAll(async () => {
  await warmPacks();
  const { packs } = (await import(REAL_PACKS)) as { packs: RulePack[] };
  registry = new RuleRegistry(packs);
}, 120_000);

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const ARABIC_WORDS = [
  'الوزير',
  'الى',
  'قي',
  'في',
  'جنية',
  'جنيه',
  'الإجتماع',
  'مسئول',
  'مسؤول',
  'سوريا',
  'سورية',
  'الذي',
  'يشكلون',
  'عضو',
  'مليون',
  'بـ',
  'لـ',
  'الســلام',
  'و',
  'الحكومة',
  'الأممالمتحدة',
  'ی',
  'ﻻ',
  'إضغط',
  'هنا',
  'يناير',
  'دولار',
];
const LATIN_WORDS = ['Bayan', 'COP28', 'Paris', 'London', 'BBC', 'click', 'here', 'https://example.org/قي'];
const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];
const MARKS = ['\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640'];
const CONTROLS = [
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
];
const PUNCT = [
  ',',
  ';',
  '?',
  '،',
  '؛',
  '؟',
  '.',
  '..',
  '!!',
  '«',
  '»',
  '"',
  '“',
  '”',
  '(',
  ')',
  '%',
  '٪',
  '‰',
  ':',
  '-',
  '/',
  '•',
];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\t', '\u2028', '\u00A0'];
const EMOJI = ['😀', '🇸🇦', '👍🏽', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'];
const MARKDOWN = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '> ',
  '**',
  '_',
  '`',
  '```\n',
  '[رابط](https://example.org)',
  '![صورة](a.png)',
  '<b>',
  '</b>',
  '<!-- bayan-disable -->',
  '<!-- bayan-enable -->',
  '---\n',
  '| a | b |\n|---|---|\n',
  '\\',
];
const HTML = [
  '<p>',
  '</p>',
  '<div dir="rtl">',
  '<div dir="left">',
  '</div>',
  '<html lang="ar">',
  '<span lang="en">',
  '</span>',
  '<a href="x">المزيد</a>',
  '<img src="a.png" alt="a.png">',
  '<br>',
  '<',
  '>',
  '&amp;',
  '&#x202E;',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '<style>p{margin-left:1px}</style>',
  '<p style="direction: rtl">',
];

const number = fc
  .tuple(
    pick(DIGITS),
    fc.array(fc.nat(9), { minLength: 1, maxLength: 6 }),
    fc.option(pick([',', '.', '٬', '٫', '%', '٪']), { nil: '' }),
  )
  .map(([digits, ds, sep]) => {
    const body = ds.map((d) => digits[d]).join('');
    return sep === '' ? body : `${body.slice(0, 1)}${sep}${body.slice(1)}`;
  });

const fragment = (format: Format) =>
  fc.oneof(
    { weight: 8, arbitrary: pick(ARABIC_WORDS) },
    { weight: 3, arbitrary: pick(SPACES) },
    { weight: 2, arbitrary: pick(LATIN_WORDS) },
    { weight: 2, arbitrary: number },
    { weight: 2, arbitrary: pick(PUNCT) },
    { weight: 1, arbitrary: pick(MARKS) },
    { weight: 1, arbitrary: pick(CONTROLS) },
    { weight: 1, arbitrary: pick(EMOJI) },
    { weight: format === 'text' ? 0 : 3, arbitrary: pick(format === 'html' ? HTML : MARKDOWN) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'grapheme' }) },
  );

const generated = fc
  .constantFrom<Format>('text', 'markdown', 'html')
  .chain((format) =>
    fc
      .record({ format: fc.constant(format), bom: fc.boolean(), parts: fc.array(fragment(format), { maxLength: 80 }) })
      .map(({ format, bom, parts }) => ({ format, text: (bom ? '\uFEFF' : '') + parts.join('') })),
  );

/** The repository's own fixtures, mutated: fragments inserted, ranges deleted or replaced. */
const FIXTURE_TEXTS = [
  'fixtures/sample-release.md',
  'tests/hostile/fixtures/bom/release.md',
  'tests/hostile/fixtures/bom/release.html',
  'tests/hostile/fixtures/bom/release.txt',
].map((path) => ({
  format: (path.endsWith('.md') ? 'markdown' : path.endsWith('.html') ? 'html' : 'text') as Format,
  text: readFileSync(join(ROOT, path), 'utf8'),
}));
const mutated = fc.constantFrom(...FIXTURE_TEXTS).chain(({ format, text }) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(12), fragment(format)), { minLength: 1, maxLength: 8 })
    .map((edits) => ({
      format,
      text: edits.reduce(
        (t, [at, cut, insert]) => t.slice(0, Math.min(at, t.length)) + insert + t.slice(Math.min(at + cut, t.length)),
        text,
      ),
    })),
);

const EXTENSION: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html' };

/** Checks one finding's place and edits against the text it was found in. */
function checkFinding(f: Finding, text: string, lines: LineIndex): void {
  const { start, end } = f.place;
  expect(
    0 <= start.offset && start.offset <= end.offset && end.offset <= text.length,
    `${f.ruleId} range ${start.offset}-${end.offset} in ${text.length}`,
  ).toBe(true);
  expect([f.line, f.column], f.ruleId).toEqual([lines.pointAt(start.offset).line, lines.pointAt(start.offset).column]);
  for (const fix of [f.fix, ...(f.suggestions ?? []).map((s) => s.fix)]) {
    if (fix)
      expect(
        0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length,
        `${f.ruleId} edit ${fix.range}`,
      ).toBe(true);
  }
}

/** Bytes outside the applied edits are the same, in order, before and after a fix pass. */
function checkOutsideEdits(text: string, fixes: Finding['fix'][]): void {
  const { output, applied } = applyFixes(
    text,
    fixes.filter((f) => f !== undefined),
  );
  let rebuilt = '';
  let at = 0;
  for (const fix of [...applied].sort((a, b) => a.range[0] - b.range[0])) {
    rebuilt += text.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
  }
  rebuilt += text.slice(at);
  expect(output).toBe(rebuilt);
  if (text.startsWith('\uFEFF')) expect(output.startsWith('\uFEFF')).toBe(true);
}

async function property({ format, text }: { format: Format; text: string }): Promise<void> {
  const path = `/fuzz/release.${EXTENSION[format]}`;
  const task = {
    path,
    text,
    format,
    config: { extends: ['strict'] },
    configFile: '/fuzz/bayan.config.yaml',
    relPath: `release.${EXTENSION[format]}`,
    cliRules: null,
    locale: 'en' as const,
    fix: false,
  };
  const { findings } = await lintTask(task, registry);
  expect(findings.filter((f) => f.ruleId === 'bayan/rule-error').map((f) => f.message)).toEqual([]);
  const lines = new LineIndex(text);
  for (const f of findings) checkFinding(f, text, lines);
  checkOutsideEdits(
    text,
    findings.map((f) => f.fix),
  );
  const fixed = await lintTask({ ...task, fix: true }, registry);
  const output = fixed.output ?? text;
  const again = await lintTask({ ...task, text: output, fix: true }, registry);
  expect(again.output ?? output, 'fix(fix(x)) == fix(x)').toBe(output);
  expect(
    again.findings.filter((f) => f.fix).map((f) => `${f.ruleId} ${f.line}:${f.column}`),
    'fixable findings left after --fix',
  ).toEqual([]);
}

describe(`the whole pipeline under fuzzing (seed ${SEED}, ${RUNS} runs)`, () => {
  it(
    'random and mutated documents: no crash, ranges inside, fixes stable and local',
    { timeout: Math.max(120_000, RUNS * 2_000) },
    async () => {
      if (process.env.BAYAN_FUZZ_RUNS)
        process.stdout.write(`bayan fuzz: seed ${SEED}, ${RUNS} runs (replay: BAYAN_FUZZ_SEED=${SEED} pnpm fuzz)\n`);
      try {
        await fc.assert(fc.asyncProperty(fc.oneof(generated, mutated), property), {
          seed: SEED,
          numRuns: RUNS,
          endOnFailure: true,
        });
      } catch (error) {
        process.stdout.write(`bayan fuzz: FAILED with seed ${SEED}\n`);
        throw error;
      }
    },
  );
});

// The command as shipped, with the six Bayan rule packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '@bayan/core';
import { bayan, ROOT } from './helpers/run.js';
import { HAS_SEED, SEED_PATH } from '../support/seed.js';

const SAMPLE = join(ROOT, 'fixtures/sample-release.md');

interface Message {
  ruleId: string;
  severity: number;
  line: number;
  fix?: { range: [number, number]; text: string };
}

describe('bayan with the Bayan rule packs', () => {
  it('loads all seven packs', () => {
    const rules = JSON.parse(bayan(['--list-rules', '--format', 'json'], { real: true }).stdout) as Array<{
      pack: string;
      description: string;
    }>;
    expect(new Set(rules.map((r) => r.pack))).toEqual(
      new Set(['orthography', 'grammar', 'punctuation', 'terminology', 'numbers', 'rtl', 'a11y']),
    );
    for (const r of rules) expect(r.description).not.toBe('');
  });

  it('exits 1 on the sample release and lists its slips', () => {
    const run = bayan(['--format', 'json', SAMPLE], { real: true });
    expect(run.status).toBe(1);
    const text = readFileSync(SAMPLE, 'utf8');
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Message[] }>;
    // Each fix applied alone to the text.
    const outputs = result!.messages.flatMap((m) =>
      m.fix ? [text.slice(0, m.fix.range[0]) + m.fix.text + text.slice(m.fix.range[1])] : [],
    );
    const fixes = (before: string, after: string) =>
      text.includes(before) && outputs.some((o) => o.includes(after) && !text.includes(after));
    expect(fixes('المياه قي المدارس', 'المياه في المدارس')).toBe(true);
    expect(fixes('40 مليون جنية', '40 مليون جنيه')).toBe(true);
    expect(fixes('الاستراتيجية, مؤكدًا', 'الاستراتيجية، مؤكدًا')).toBe(true);
    expect(result!.messages.some((m) => m.line === 7 && m.ruleId.startsWith('rtl/'))).toBe(true);
  });

  it('--fix-dry-run on the sample release writes nothing and shows the fixes', () => {
    const before = readFileSync(SAMPLE);
    const run = bayan(['--fix-dry-run', '--output-file', '/dev/null', SAMPLE], { real: true });
    expect(readFileSync(SAMPLE)).toEqual(before);
    expect(run.stdout).toContain(
      '+**عمّان، 12 آذار/مارس 2025** — أعلنت وزارة الموارد المائية اليوم إطلاق برنامج وطني لترشيد استهلاك المياه في المدارس',
    );
  });

  it.runIf(HAS_SEED)('exits 1 on the seed release and lists its problems', () => {
    const run = bayan(['--format', 'json', SEED_PATH], { real: true });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ errorCount: number; messages: Message[] }>;
    expect(result!.errorCount).toBeGreaterThan(0);
    const stylish = bayan([SEED_PATH], { real: true });
    expect(stylish.stdout).toMatch(/✖ \d+ problems/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares the bayan hook for the pre-commit framework (installing the package itself)', () => {
    const hooks = loadDataFile<Array<Record<string, unknown>>>(
      readFileSync(join(ROOT, 'publish/bayan-lint/.pre-commit-hooks.yaml'), 'utf8'),
      '.pre-commit-hooks.yaml',
      { type: 'array' },
    ).data;
    const hook = hooks.find((h) => h.id === 'bayan')!;
    expect(hook).toMatchObject({ id: 'bayan', language: 'node', entry: 'bayan-lint' });
    const files = new RegExp(hook.files as string);
    for (const name of ['a.md', 'b.markdown', 'c.txt', 'd.html', 'e.htm']) expect(files.test(name)).toBe(true);
    expect(files.test('f.js')).toBe(false);
  });
});

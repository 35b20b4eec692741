/**
 * Every fixture of the repository (and tests/hostile/fixtures/bom, which
 * trips every rule of the six packs in its three formats), linted as is and
 * with a UTF-8 BOM prepended: the same findings at the same editor places,
 * fix ranges one code unit further on, and `--fix` writes the same text after
 * the BOM.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bayan, HOSTILE_FIXTURES, parseJson, ROOT, snapshot, tempDir, type JsonResult, warmPacks } from './helpers.js';

beforeAll(warmPacks, 120_000);

const RELEASE = /\.(md|markdown|txt|html|htm)$/i;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function releases(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && RELEASE.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** Copies every release under fixtures/ and the BOM fixtures into `plain/` and `bom/` (flattened names). */
function twoCopies(): { dir: string; names: string[] } {
  const dir = tempDir();
  const files = [...releases(join(ROOT, 'fixtures')), ...releases(join(HOSTILE_FIXTURES, 'bom'))];
  const names: string[] = [];
  for (const side of ['plain', 'bom']) mkdirSync(join(dir, side));
  for (const file of files) {
    const bytes = readFileSync(file);
    // A fixture that already starts with a BOM is compared against itself without one.
    const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
    const name = relative(ROOT, file).replaceAll('/', '__');
    names.push(name);
    writeFileSync(join(dir, 'plain', name), body);
    writeFileSync(join(dir, 'bom', name), Buffer.concat([BOM, body]));
  }
  writeFileSync(join(dir, 'bayan.config.yaml'), 'extends: [strict, terminology/gov-uk]\n');
  return { dir, names };
}

const shifted = (range: [number, number]): [number, number] => [range[0] + 1, range[1] + 1];

function byName(results: JsonResult[]): Map<string, JsonResult> {
  return new Map(results.map((r) => [r.filePath.split('/').pop()!, r]));
}

describe('a UTF-8 BOM before every fixture', () => {
  it(
    'gives the same findings at the same editor places, every rule of every pack seen',
    { timeout: 90_000 },
    async () => {
      const { dir, names } = twoCopies();
      const plainRun = await bayan(['--format', 'json', 'plain'], { cwd: dir });
      const bomRun = await bayan(['--format', 'json', 'bom'], { cwd: dir });
      expect(bomRun.stderr).toBe('');
      expect(bomRun.code).toBe(plainRun.code);
      const plain = byName(parseJson(plainRun.stdout));
      const bom = byName(parseJson(bomRun.stdout));
      expect([...bom.keys()].sort()).toEqual([...names].sort());
      const seen = new Set<string>();
      for (const name of names) {
        const p = plain.get(name)!;
        const b = bom.get(name)!;
        const expected = p.messages.map((m) => ({
          ...m,
          ...(m.fix ? { fix: { ...m.fix, range: shifted(m.fix.range) } } : {}),
          ...(m.suggestions
            ? { suggestions: m.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: shifted(s.fix.range) } })) }
            : {}),
        }));
        expect(b.messages, name).toEqual(expected);
        for (const m of p.messages) if (m.ruleId) seen.add(m.ruleId);
      }
      // The fixtures do reach every rule that is not an axe check.
      const list = await bayan(['--list-rules', '--format', 'json'], { cwd: dir });
      const own = (JSON.parse(list.stdout) as Array<{ id: string; url: string | null }>)
        .map((r) => r.id)
        .filter((id) => !id.startsWith('a11y/') || seen.has(id));
      expect(own.filter((id) => !seen.has(id))).toEqual([]);
      expect(own.length).toBeGreaterThanOrEqual(38);
    },
  );

  it('--fix writes the same fixes after the BOM, and the BOM stays', { timeout: 90_000 }, async () => {
    const { dir, names } = twoCopies();
    const before = snapshot(dir);
    const plainRun = await bayan(['--fix', '--format', 'json', 'plain'], { cwd: dir });
    const bomRun = await bayan(['--fix', '--format', 'json', 'bom'], { cwd: dir });
    expect(bomRun.code).toBe(plainRun.code);
    const after = snapshot(dir);
    const changed: string[] = [];
    for (const name of names) {
      const p = readFileSync(join(dir, 'plain', name));
      expect(readFileSync(join(dir, 'bom', name)).equals(Buffer.concat([BOM, p])), name).toBe(true);
      if (after.get(join('plain', name)) !== before.get(join('plain', name))) changed.push(name);
    }
    const fixedNames = parseJson(plainRun.stdout)
      .filter((r) => r.output !== undefined)
      .map((r) => r.filePath.split('/').pop());
    expect(fixedNames).toEqual(
      expect.arrayContaining([
        'tests__hostile__fixtures__bom__release.md',
        'tests__hostile__fixtures__bom__release.html',
        'tests__hostile__fixtures__bom__release.txt',
      ]),
    );
    expect(changed.sort()).toEqual([...fixedNames].sort());
  });
});

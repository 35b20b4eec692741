import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAgainst } from '@bayan/core';
import { bayanIn } from './helpers/in-process.js';
import { FIXTURES } from './helpers/run.js';

/**
 * The official schema, made loadable by the engine's ajv (draft-07, Unicode regular expressions, no
 * format plugin): it is draft-04 only by its `$schema`/`id` header (no draft-04-only keywords are used);
 * one `pattern` has a stray `]` that only non-Unicode regular expressions accept, so it is escaped
 * (same meaning); `format` is dropped (ajv has no formats here) and the one URI we write is checked below.
 */
function loadable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(loadable);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'format' && typeof value === 'string') continue;
    out[key] = key === 'pattern' && typeof value === 'string' ? value.replace('{2}]?$', '{2}\\]?$') : loadable(value);
  }
  return out;
}
const {
  $schema: _draft,
  id: _id,
  ...raw
} = JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
const schema = loadable(raw) as Record<string, unknown>;

interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{
          id: string;
          shortDescription: { text: string };
          helpUri?: string;
          help?: { text: string; markdown?: string };
        }>;
      };
    };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      fixes?: Array<{
        description: { text: string };
        artifactChanges: Array<{
          artifactLocation: { uri: string };
          replacements: Array<{
            deletedRegion: { charOffset: number; charLength: number };
            insertedContent: { text: string };
          }>;
        }>;
      }>;
    }>;
  }>;
}

const sarifRun = await bayanIn(['--format', 'sarif', 'basic', 'config/a.txt']);

describe('--format sarif', () => {
  const run = sarifRun;
  const log = JSON.parse(run.stdout) as SarifLog;

  it('is valid against the SARIF 2.1.0 schema', async () => {
    expect(run.status).toBe(1);
    // A copy: the engine's ajv fills in schema defaults.
    expect(validateAgainst(schema, structuredClone(log))).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  it('the schema check can fail (sanity)', async () => {
    expect(validateAgainst(schema, { ...structuredClone(log), version: '2.0.0' })).not.toEqual([]);
  });

  it('describes each reporting rule with help text and its documentation URL', async () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['demo/currency', 'demo/latin-comma', 'demo/no-qi', 'demo/terms']);
    const noQi = rules.find((r) => r.id === 'demo/no-qi')!;
    expect(noQi.shortDescription.text).toBe('“قي” is a slip for “في”.');
    expect(noQi.helpUri).toBe('https://example.org/rules/no-qi');
    // Every rule with documentation has an absolute helpUri (the test pack's currency and terms rules have none).
    expect(rules.filter((r) => r.helpUri !== undefined).map((r) => [r.id, new URL(r.helpUri!).protocol])).toEqual([
      ['demo/latin-comma', 'https:'],
      ['demo/no-qi', 'https:'],
    ]);
    expect(noQi.help?.text).toBe('“قي” is a slip for “في”.\nDocumentation: https://example.org/rules/no-qi');
    // A doc written as a repository path is resolved against the docs base (--docs-url).
    const comma = rules.find((r) => r.id === 'demo/latin-comma')!;
    expect(comma.helpUri).toBe('https://github.com/bayan-lint/bayan/blob/main/rules/demo/docs/latin-comma.md');
    expect(comma.help?.text).toBe(
      'Arabic comma between Arabic words.\nDocumentation: https://github.com/bayan-lint/bayan/blob/main/rules/demo/docs/latin-comma.md',
    );
    expect(log.runs[0]!.tool.driver.name).toBe('bayan');
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
  });

  it('gives results with level, location and fixes as SARIF fixes', async () => {
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['demo/no-qi', 'error', 'basic/page.html'],
      ['demo/no-qi', 'error', 'basic/release.md'],
      ['demo/latin-comma', 'warning', 'basic/release.md'],
      ['demo/currency', 'warning', 'basic/release.md'],
      ['demo/no-qi', 'error', 'config/a.txt'],
      ['demo/latin-comma', 'error', 'config/a.txt'],
      ['demo/terms', 'note', 'config/a.txt'],
    ]);
    const qi = results[1]!;
    expect(qi.locations[0]!.physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 34,
      endLine: 3,
      endColumn: 36,
    });
    expect(qi.fixes).toEqual([
      {
        description: { text: 'Safe fix' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'basic/release.md' },
            replacements: [{ deletedRegion: { charOffset: 46, charLength: 2 }, insertedContent: { text: 'في' } }],
          },
        ],
      },
    ]);
    // A suggestion is a fix too, described by its message.
    expect(results[3]!.fixes?.[0]?.description.text).toBe('Write “جنيه”.');
    expect(results[3]!.fixes?.[0]?.artifactChanges[0]?.replacements[0]).toEqual({
      deletedRegion: { charOffset: 83, charLength: 4 },
      insertedContent: { text: 'جنيه' },
    });
    expect(results[6]!.fixes).toBeUndefined();
  });

  it('has no bidi controls in its text', async () => {
    expect(run.stdout).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});

// Core compiles schemas without checking them against the JSON Schema
// meta-schema (a run would otherwise compile the meta-schema on every start),
// because every schema it compiles is Bayan's own. This test is that check:
// the config schema of the default packs, every rule's options schema and
// every shipped data file's schema are valid draft-07 JSON Schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { configSchema } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../packages/cli/src/registry.js';
import { packs } from '../packages/cli/src/registry.js';

const root = new URL('..', import.meta.url).pathname;
const dataSchemas = readdirSync(join(root, 'rules'), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.schema.json') && !name.includes('node_modules'))
  .sort()
  .map((name) => ({ name, schema: JSON.parse(readFileSync(join(root, 'rules', name), 'utf8')) as object }));

function metaProblems(schema: object): string {
  const ajv = new Ajv({ strict: false, allowUnionTypes: true });
  for (const { schema: other } of dataSchemas) if ((other as { $id?: string }).$id) ajv.addSchema(other);
  return ajv.validateSchema(schema) ? '' : ajv.errorsText(ajv.errors);
}

describe('every schema Bayan compiles is valid JSON Schema', () => {
  it('finds the data files’ schemas', () => expect(dataSchemas.length).toBeGreaterThanOrEqual(15));

  it('the config schema of the default packs', () => {
    const schema = configSchema(defaultRegistry());
    expect(Object.keys(schema.properties as object)).toContain('rules');
    expect(metaProblems(schema)).toBe('');
  });

  it.each(packs.flatMap((pack) => pack.rules.filter((rule) => rule.meta.schema).map((rule) => rule.meta)))(
    'options of $id',
    (meta) => expect(metaProblems(meta.schema!)).toBe(''),
  );

  it.each(dataSchemas)('$name', ({ schema }) => expect(metaProblems(schema)).toBe(''));

  it('a broken schema is caught by this check', () => {
    expect(metaProblems({ type: 'strnig' })).toMatch(/type/);
    expect(metaProblems({ properties: { a: { minLength: -1 } } })).toMatch(/minLength/);
  });
});

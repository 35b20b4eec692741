// The one runner for the examples of every pack's data files (rules/*/data/*.yaml). Each file is
// validated against its schema (a problem names file:line), and every example in the shape of
// rules/data-example.schema.json runs through the rule its schema names in `x-bayan-rule`: a valid
// text gives no finding; an invalid one is reported with exactly its `output` and `suggestions`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataExample, dataExamples, loadDataFile, type DataFile, type JsonSchema } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { packs } from '../packages/cli/src/registry.js';

const root = new URL('..', import.meta.url).pathname;
const rules = new Map(packs.flatMap((pack) => pack.rules.map((rule) => [rule.meta.id, rule] as const)));

/**
 * Data files whose lists hold phrase samples rather than rule examples (an alt text, a link text,
 * a month name: a fragment, not a document with an output), and terminology's dictionaries, whose
 * `{from, to}` examples are part of the user-facing dictionary format and are checked when a
 * dictionary loads. The test named here runs them.
 */
const OWN_RUNNERS: Record<string, string> = {
  'rules/a11y/data/alt-text.yaml': 'rules/a11y/test/alt-text-quality.test.ts',
  'rules/a11y/data/link-text.yaml': 'rules/a11y/test/descriptive-link-text.test.ts',
  'rules/a11y/data/axe-help-ar.yaml': 'rules/a11y/test/axe-help-ar.test.ts',
  'rules/numbers/data/months.yaml': 'rules/numbers/test/date-format.test.ts',
  'rules/terminology/data/base.yaml': 'rules/terminology/test/dictionary.test.ts',
  'rules/terminology/data/gov-uk.yaml': 'rules/terminology/test/dictionary.test.ts',
  'rules/terminology/data/common-words.yaml': 'rules/terminology/test/consistent-transliteration.test.ts',
};

interface Loaded {
  where: string;
  file: DataFile<unknown>;
  rule: string | undefined;
}

/** The schema as the build embeds it: references to rules/data-example.schema.json made local. */
async function schemaOf(pack: string, name: string): Promise<JsonSchema> {
  return (
    (await import(join(root, 'rules', pack, 'src', 'data', name.replace(/\.ya?ml$/, '.generated.ts')))) as {
      schema: JsonSchema;
    }
  ).schema;
}

async function load(pack: string, name: string): Promise<Loaded> {
  const where = `rules/${pack}/data/${name}`;
  const module = { schema: await schemaOf(pack, name) };
  const file = loadDataFile<unknown>(readFileSync(join(root, where), 'utf8'), where, module.schema);
  const rule = module.schema['x-bayan-rule'];
  return { where, file, rule: typeof rule === 'string' ? rule : undefined };
}

const files = await Promise.all(
  readdirSync(join(root, 'rules'))
    .filter((pack) => existsSync(join(root, 'rules', pack, 'data')))
    .flatMap((pack) =>
      readdirSync(join(root, 'rules', pack, 'data'))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => load(pack, name)),
    ),
);

describe('data examples', () => {
  // 333 examples when the runner came (172 invalid, 161 valid); main meanwhile moved «ان» from the
  // misspellings list to orthography/spelling (one invalid, two valid examples): at least 330.
  it('finds every data file and every example', () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
    const examples = files.flatMap(({ file }) => dataExamples(file));
    expect(examples.filter((e) => e.kind === 'invalid').length).toBeGreaterThanOrEqual(171);
    expect(examples.filter((e) => e.kind === 'valid').length).toBeGreaterThanOrEqual(159);
  });

  it.each(files.map((f) => [f.where, f] as const))(
    '%s: names the rule that runs its examples, or the test that runs its samples',
    (where, { file, rule }) => {
      if (rule === undefined) {
        expect(
          OWN_RUNNERS[where],
          `${where}: add "x-bayan-rule" to its schema, or list it in OWN_RUNNERS`,
        ).toBeDefined();
        expect(existsSync(join(root, OWN_RUNNERS[where]!))).toBe(true);
        expect(dataExamples(file)).toEqual([]);
      } else {
        expect(rules.has(rule), `${where}: x-bayan-rule names ${rule}, which no pack has`).toBe(true);
        expect(dataExamples(file).length).toBeGreaterThan(0);
      }
    },
  );

  for (const { where, file, rule } of files) {
    if (rule === undefined) continue;
    describe(`${where} (${rule})`, () => {
      it.each(dataExamples(file).map((e) => [e.line, e.kind, e.text, e] as const))(
        'line %i: %s «%s»',
        async (_line, _kind, _text, example) => {
          await checkDataExample(rules.get(rule)!, file, example);
        },
      );
    });
  }

  it('reports a wrong example with its file and line', async () => {
    const text = [
      'entries:',
      '  - wrong: الدوله',
      '    examples:',
      '      invalid:',
      '        - text: ميزانية الدوله.',
      '          output: ميزانية الدوله.',
      '      valid: [الدولة]',
      '',
    ].join('\n');
    const file = loadDataFile<unknown>(text, 'house.yaml', { type: 'object' });
    const [invalid, valid] = dataExamples(file);
    expect([invalid!.line, valid!.line]).toEqual([5, 7]);
    await expect(checkDataExample(rules.get('orthography/common-misspellings')!, file, invalid!)).rejects.toThrow(
      'house.yaml:5: orthography/common-misspellings: «ميزانية الدوله.» becomes «ميزانية الدولة.» after --fix, not «ميزانية الدوله.»',
    );
    await expect(
      checkDataExample(rules.get('orthography/common-misspellings')!, file, { ...valid!, text: 'دعما للدوله.' }),
    ).rejects.toThrow(
      'house.yaml:7: orthography/common-misspellings: the valid example «دعما للدوله.» is reported: 1:7 misspelled “لدوله” is a misspelling of “لدولة”.',
    );
  });

  it('a data file that breaks its schema is an error with file:line', async () => {
    const schema = await schemaOf('numbers', 'currencies.yaml');
    const text = [
      'nouns: [جنيه]',
      'currencies:',
      '  - code: GBP',
      "    symbols: ['£']",
      '    word: جنيه إسترليني',
      '    examples:',
      '      invalid:',
      '        - { text: دفع £5., suggestion: دفع 5 جنيه إسترليني. }',
      '',
    ].join('\n');
    // The old shape (`suggestion`) is refused, on the example's line.
    expect(() => loadDataFile(text, 'my-currencies.yaml', schema)).toThrow(
      'my-currencies.yaml:8: currencies[0].examples.invalid[0] needs one of the keys "output", "suggestions"',
    );
  });
});

/** The README documents exactly the fields the dictionary schema requires (so the two cannot drift apart). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync(new URL('../data/dictionary.schema.json', import.meta.url), 'utf8')) as {
  required: string[];
  definitions: Record<string, { required?: string[]; anyOf?: Array<{ required?: string[] }> }>;
};
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('dictionary format in the README', () => {
  it('lists the required fields of the dictionary, an entry, an example, a message and a form object', () => {
    const section = readme.slice(
      readme.indexOf('### Required fields'),
      readme.indexOf('\n## ', readme.indexOf('### Required fields')),
    );
    const rows = Object.fromEntries(
      [...section.matchAll(/^\| (.+?) \| (.+?) \|/gm)]
        .slice(1)
        .map((m) => [m[1]!.trim(), [...m[2]!.matchAll(/`([^`]+)`/g)].map((f) => f[1]!)]),
    );
    const formObject = schema.definitions.form!.anyOf!.find((b) => b.required)!;
    expect(rows).toEqual({
      'the dictionary': schema.required,
      'each entry': schema.definitions.entry!.required,
      'each example': schema.definitions.example!.required,
      '`note`, `description`': schema.definitions.localized!.required,
      'a form written as an object': formObject.required,
    });
  });
});

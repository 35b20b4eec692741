import { describe, expect, it } from 'vitest';
import { DataFileError, loadDataFile } from '../src/index.js';

const schema = {
  type: 'object',
  required: ['entries'],
  additionalProperties: false,
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['from', 'to'],
        additionalProperties: false,
        properties: { from: { type: 'string' }, to: { type: 'string' } },
      },
    },
  },
};

describe('loadDataFile', () => {
  it('loads valid YAML and locates values by pointer', () => {
    const text = 'entries:\n  - from: قي\n    to: في\n  - from: الى\n    to: إلى\n';
    const data = loadDataFile<{ entries: Array<{ from: string; to: string }> }>(text, 'm.yaml', schema);
    expect(data.data.entries[1]).toEqual({ from: 'الى', to: 'إلى' });
    expect(data.lineOf('/entries/1/to')).toBe(5);
  });

  it.each([
    ['entries:\n  - from: قي\n    to: في\n  - from: الى\n', 'm.yaml:4: entries[1] is missing the required key "to"'],
    ['entries:\n  - from: قي\n    to: في\n    tx: 1\n', 'm.yaml:2: entries[0] unknown key "tx"'],
    ['entries: [\n', 'm.yaml:2: YAML:'],
    ['entries:\n  - from: a\n    from: b\n    to: c\n', 'm.yaml:3: YAML: Map keys must be unique'],
  ])('reports %j with file and line', (text, message) => {
    expect(() => loadDataFile(text, 'm.yaml', schema)).toThrow(DataFileError);
    expect(() => loadDataFile(text, 'm.yaml', schema)).toThrow(message);
  });

  it('refuses alias bombs', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nentries: [*d]\n';
    expect(() => loadDataFile(bomb, 'bomb.yaml', schema)).toThrow(DataFileError);
  });
});

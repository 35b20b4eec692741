import { describe, expect, it } from 'vitest';
import { RuleTester } from '../src/index.js';
import { wordRule } from './helpers.js';

const qi = wordRule('test/qi', 'قي', 'في');
const tester = new RuleTester({ locale: 'ar' });

describe('RuleTester', () => {
  it('passes a case that matches exactly', async () => {
    await tester.assertValid(qi, 'نعمل في المدينة');
    await tester.assertInvalid(qi, {
      text: 'سطر\nنعمل قي المدينة',
      errors: [{ line: 2, column: 6, endColumn: 8, messageId: 'found', message: '«قي» ← «في»', severity: 'error' }],
      output: 'سطر\nنعمل في المدينة',
    });
  });

  it('fails a valid text that gets a finding, naming the finding', async () => {
    await expect(tester.assertValid(qi, 'نعمل قي المدينة')).rejects.toThrow(
      /Findings on a valid text[\s\S]*1:6 found «قي» ← «في»/,
    );
  });

  it.each([
    ['a column', { errors: [{ column: 7, endColumn: 8 }], output: 'في' }, /Findings on/],
    ['an end column', { errors: [{ column: 6, endColumn: 9 }], output: 'في' }, /"endColumn": 9/],
    ['a message id', { errors: [{ column: 6, endColumn: 8, messageId: 'other' }] }, /"messageId": "other"/],
    ['a message', { errors: [{ column: 6, endColumn: 8, message: 'x' }] }, /"message": "x"/],
    ['a severity', { errors: [{ column: 6, endColumn: 8, severity: 'warning' as const }] }, /"severity": "warning"/],
    [
      'a missing finding',
      {
        errors: [
          { column: 6, endColumn: 8 },
          { column: 10, endColumn: 12 },
        ],
      },
      /Findings on/,
    ],
    [
      'a suggestion that is not offered',
      { errors: [{ column: 6, endColumn: 8, suggestions: ['نعمل في المدينة'] }] },
      /suggestions/,
    ],
  ])('fails on %s that differs', async (_what, c, pattern) => {
    await expect(
      tester.assertInvalid(qi, { text: 'نعمل قي المدينة', output: 'نعمل في المدينة', ...c }),
    ).rejects.toThrow(pattern);
  });

  it('fails when the output after --fix differs, and when no finding is expected', async () => {
    await expect(
      tester.assertInvalid(qi, { text: 'نعمل قي المدينة', errors: [{ column: 6, endColumn: 8 }] }),
    ).rejects.toThrow(/Output after --fix/);
    await expect(tester.assertInvalid(qi, { text: 'نعمل قي', errors: [] })).rejects.toThrow(
      /at least one expected finding/,
    );
  });

  it('registers one test per case through the runner’s describe and it', async () => {
    const titles: string[] = [];
    const bodies: Array<() => Promise<void>> = [];
    RuleTester.describe = (name, body) => {
      titles.push(name);
      body();
    };
    RuleTester.it = (name, body) => {
      titles.push(name);
      bodies.push(body);
    };
    try {
      tester.run(qi, { valid: ['في'], invalid: [{ text: 'قي', errors: [{ column: 1, endColumn: 3 }], output: 'في' }] });
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    expect(titles).toEqual(['test/qi', 'valid: "في"', 'invalid: "قي"']);
    for (const body of bodies) await body();
    expect(() => tester.run(qi, { valid: [], invalid: [] })).toThrow(/Set RuleTester.describe/);
  });
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/consistent-quotes.js';
import { ruleTable } from '../../../tests/support/rule-table.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

ruleTable(
  rule,
  [
    'قال: «نعم» ثم «لا».',
    'said “yes” and “no”',
    { text: 'قال “نعم”', options: { options: { preferGuillemets: false } } },
    { text: 'قال “نعم”', options: { style: { quotes: 'curly' } } },
    'قال: «نعم»\n\nوقال: «لا»',
  ],
  [
    {
      text: 'قال: «نعم» ثم «لا» ثم "ربما".',
      errors: [
        {
          column: 23,
          endColumn: 29,
          messageId: 'inconsistent',
          message: 'The quotation marks "…" differ from the kind used most in this document, «…».',
        },
      ],
      output: 'قال: «نعم» ثم «لا» ثم «ربما».',
    },
    {
      text: 'قال: «نعم»',
      options: { style: { quotes: 'curly' } },
      errors: [{ column: 6, endColumn: 11, messageId: 'houseStyle' }],
      output: 'قال: “نعم”',
    },
    {
      text: 'قال “نعم”',
      errors: [{ column: 5, endColumn: 10, messageId: 'preferGuillemets', severity: 'info' }],
      output: 'قال “نعم”',
      suggestions: [['قال «نعم»']],
    },
    {
      text: 'said "yes"',
      options: { style: { quotes: 'guillemets' } },
      errors: [{ column: 6, endColumn: 11, messageId: 'houseStyle' }],
      output: 'said «yes»',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'قال “نعم”', { locale: 'ar' });
  expect(findings[0]!.message).toBe('علامتا التنصيص “…” حول نص عربي؛ المعتاد في العربية «…».');
});

it.runIf(HAS_SEED)('on the seed release: the English curly quotes around Arabic text, as a suggestion', async () => {
  const seed = readSeed();
  const { findings, suggestionOutputs } = await checkRule(rule, seed);
  expect(findings.map((f) => f.actual)).toEqual(['“العملية شيدر”']);
  expect(suggestionOutputs[0]![0]).toContain('«العملية شيدر»');
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/balanced-brackets.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'قال (في بيان) إن',
    'قال: «نحن [هنا]»',
    'عملية “شيدر” و“أخرى”',
    'عملية ”شيدر“',
    'قال "نعم"',
    'أ) النقطة الأولى',
    '1) النقطة الأولى',
    'نص بلا أقواس',
  ],
  [
    {
      text: 'قال (في بيان إن',
      errors: [
        { column: 5, endColumn: 6, messageId: 'unclosed', message: '“(” is opened but not closed in this paragraph.' },
      ],
      output: 'قال (في بيان إن',
    },
    {
      text: 'قال في بيان) إن',
      errors: [{ column: 12, endColumn: 13, messageId: 'unopened' }],
      output: 'قال في بيان) إن',
    },
    { text: 'قال: «نحن هنا', errors: [{ column: 6, endColumn: 7, messageId: 'unclosed' }], output: 'قال: «نحن هنا' },
    {
      text: 'قال )في بيان( إن',
      errors: [{ column: 5, endColumn: 14, messageId: 'reversed' }],
      output: 'قال )في بيان( إن',
      suggestions: [['قال (في بيان) إن']],
    },
    { text: 'عملية “شيدر', errors: [{ column: 7, endColumn: 8, messageId: 'unpairedQuote' }], output: 'عملية “شيدر' },
    { text: 'قال "نعم', errors: [{ column: 5, endColumn: 6, messageId: 'unpairedQuote' }], output: 'قال "نعم' },
    {
      text: 'فقرة (أولى\n\nفقرة) ثانية',
      errors: [
        { line: 1, column: 6, endColumn: 7 },
        { line: 3, column: 5, endColumn: 6 },
      ],
      output: 'فقرة (أولى\n\nفقرة) ثانية',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'قال )في بيان( إن', { locale: 'ar' });
  expect(findings[0]!.message).toBe('القوسان «)…(» مقلوبان، وهو أثر نص منسوخ بالترتيب المرئي.');
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/spacing.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'قال الوزير، ثم غادر. وفي اليوم التالي: عاد!',
    'بلغ 4.3 مليار و120,000 شخص',
    'الحرب على «داعش» ولـ«داعش»',
    'قال (في بيان) إن',
    'انتظر... ثم',
    'الساعة 10:30 صباحا',
    'قائلا:\nنحن هنا',
    'Hello , world',
  ],
  [
    {
      text: 'قال الوزير ، ثم غادر',
      errors: [{ column: 11, endColumn: 12, messageId: 'spaceBefore', message: 'No space before “،”.' }],
      output: 'قال الوزير، ثم غادر',
    },
    { text: 'غادر الوفد .', errors: [{ column: 11, endColumn: 12 }], output: 'غادر الوفد.' },
    {
      text: 'الوزير،ثم غادر',
      errors: [{ column: 7, endColumn: 8, messageId: 'missingAfter' }],
      output: 'الوزير، ثم غادر',
    },
    { text: 'غادر.وعاد', errors: [{ column: 5, endColumn: 6, messageId: 'missingAfter' }], output: 'غادر. وعاد' },
    { text: 'الوزير،   ثم', errors: [{ column: 8, endColumn: 11, messageId: 'extraAfter' }], output: 'الوزير، ثم' },
    {
      text: 'قال ( في بيان ) إن',
      errors: [
        { column: 6, endColumn: 7, messageId: 'insideOpening' },
        { column: 14, endColumn: 15, messageId: 'insideClosing' },
      ],
      output: 'قال (في بيان) إن',
    },
    {
      text: 'قال: « نحن هنا »',
      errors: [
        { column: 7, endColumn: 8 },
        { column: 15, endColumn: 16 },
      ],
      output: 'قال: «نحن هنا»',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'الوزير ،', { locale: 'ar' });
  expect(findings[0]!.message).toBe('لا توضع مسافة قبل «،».');
});

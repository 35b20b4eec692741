import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { variantStyleSchema } from '../src/consistent-variants.js';
import { ruleTable } from '../../../tests/support/rule-table.js';
import { readSeed } from '../../../tests/support/seed.js';

ruleTable(
  rule,
  [
    'قال المسؤول إن المسؤولين في الشؤون الخارجية',
    'قال المسئول إن المسئولين',
    'مئة وثلاثمئة',
    'كثيرًا وجدًا',
    'كثيراً وجداً',
    'في الذي التي',
    'فى الذى',
    'جزءًا ومساءً',
    { text: 'المسؤول', options: { style: { hamzaSeat: 'waw' } } },
    { text: 'المسئول', options: { style: { hamzaSeat: 'consistent' } } },
  ],
  [
    {
      text: 'المسؤول والمسؤولون ومسئول',
      errors: [{ column: 20, endColumn: 26, messageId: 'inconsistent', message: '“ومسئول” differs from the spelling used most in this document (2 of 3): write “ومسؤول”.' }],
      output: 'المسؤول والمسؤولون ومسؤول',
    },
    { text: 'شئون وشؤون وشؤون', errors: [{ column: 1, endColumn: 5 }], output: 'شؤون وشؤون وشؤون' },
    { text: 'مائة مئة', errors: [{ column: 6, endColumn: 9 }], output: 'مائة مائة' },
    { text: 'ثلاثمائة وبالمئة وخمسمئة', errors: [{ column: 1, endColumn: 9 }], output: 'ثلاثمئة وبالمئة وخمسمئة' },
    { text: 'كثيرًا جداً جدًا', errors: [{ column: 8, endColumn: 12 }], output: 'كثيرًا جدًا جدًا' },
    { text: 'فى الذي التي في والذى', errors: [{ column: 1, endColumn: 3 }, { column: 17, endColumn: 22 }], output: 'في الذي التي في والذي' },
    { text: 'فى الذي', errors: [{ column: 4, endColumn: 8 }], output: 'فى الذى' },
    { text: 'الإستراتيجية والاستراتيجيات والاستراتيجية', errors: [{ column: 1, endColumn: 13 }], output: 'الاستراتيجية والاستراتيجيات والاستراتيجية' },
    {
      text: 'المسؤول',
      options: { style: { hamzaSeat: 'ya' } },
      errors: [{ column: 1, endColumn: 8, messageId: 'houseStyle', message: '“المسؤول” does not follow the house style: write “المسئول”.' }],
      output: 'المسئول',
    },
    { text: 'كثيرًا', options: { style: { tanweenPosition: 'on-alif' } }, errors: [{ column: 1, endColumn: 7 }], output: 'كثيراً' },
    { text: 'مئة', options: { style: { hundredSpelling: 'مائة' } }, errors: [{ column: 1, endColumn: 4 }], output: 'مائة' },
    { text: 'في', options: { style: { finalYa: 'dotless' } }, errors: [{ column: 1, endColumn: 3 }], output: 'فى' },
  ],
);

it('declares its style keys', () => {
  expect(Object.keys(variantStyleSchema)).toEqual(['hamzaSeat', 'hundredSpelling', 'tanweenPosition', 'finalYa', 'strategySpelling']);
});

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'مائة مئة مئة', { locale: 'ar' });
  expect(findings[0]!.message).toBe('كُتبت «مائة» بغير الرسم الغالب في هذا البيان (2 من 3)؛ اكتب «مئة».');
});

it('reports nothing in the seed release', async () => {
  const seed = readSeed();
  expect((await checkRule(rule, seed)).findings).toEqual([]);
});

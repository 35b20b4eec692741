import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-repeated-words.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'اجتمع الوزير في القاهرة.',
    'بين الحكومة وبين الشركاء.',
    'قال الوزير: «شكرا شكرا لكم».',
    'قال: "جدا جدا"',
    'في. في',
    'العدد 10 10',
  ],
  [
    {
      text: 'اجتمع في في القاهرة',
      errors: [{ column: 10, endColumn: 12, message: 'The word “في” is repeated.' }],
      output: 'اجتمع في القاهرة',
    },
    { text: 'من من\nهنا', errors: [{ column: 4, endColumn: 6 }], output: 'من\nهنا' },
    { text: 'و و الحكومة', errors: [{ column: 3, endColumn: 4 }], output: 'و الحكومة' },
    { text: 'قال: «وصلنا إلى إلى الهدف»', errors: [{ column: 17, endColumn: 20 }], output: 'قال: «وصلنا إلى الهدف»' },
    {
      text: 'المشروع المشروع الجديد',
      errors: [{ column: 9, endColumn: 16, severity: 'warning' }],
      output: 'المشروع المشروع الجديد',
      suggestions: [['المشروع الجديد']],
    },
    { text: 'the the report', errors: [{ column: 5, endColumn: 8 }], output: 'the report' },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'في في', { locale: 'ar' });
  expect(findings[0]!.message).toBe('الكلمة «في» مكررة.');
});

import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/prefer-arabic-punctuation.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'قال الوزير، ثم غادر؛ فهل يعود؟',
    'Paris, London; Rome?',
    'بلغ العدد 120,000 شخص',
    'راجع https://example.com/a,b?c=1 للمزيد',
    'العاصمة Paris, London',
    '1, 2, 3',
    'في الأعوام 2023, 2024',
    'العدد 15, Paris',
    'القيم هي, 1, 2',
    'بلغت 12%, 15%',
    { text: 'نص `a, b` هنا', options: { format: 'markdown' } },
  ],
  [
    {
      text: 'قال الوزير, ثم غادر',
      errors: [{ column: 11, endColumn: 12, message: 'Arabic text uses “،” instead of “,”.' }],
      output: 'قال الوزير، ثم غادر',
    },
    { text: 'أولا; ثانيا', errors: [{ column: 5, endColumn: 6 }], output: 'أولا؛ ثانيا' },
    { text: 'هل يعود الوفد?', errors: [{ column: 14, endColumn: 15 }], output: 'هل يعود الوفد؟' },
    { text: 'الوزير , ثم', errors: [{ column: 8, endColumn: 9 }], output: 'الوزير ، ثم' },
    {
      text: 'انتهى الاجتماع۔',
      errors: [
        { column: 15, endColumn: 16, messageId: 'urduStop', message: '“۔” is the Urdu full stop; Arabic uses “.”.' },
      ],
      output: 'انتهى الاجتماع۔',
      suggestions: [['انتهى الاجتماع.']],
    },
    {
      text: 'بحلول عام 2027, ويشمل البرنامج',
      errors: [{ column: 15, endColumn: 16 }],
      output: 'بحلول عام 2027، ويشمل البرنامج',
    },
    // Between an Arabic word and a figure that Arabic text follows (a date), and after a percentage.
    { text: 'بيانات صحفية, 20 يونيو', errors: [{ column: 13, endColumn: 14 }], output: 'بيانات صحفية، 20 يونيو' },
    { text: 'ارتفعت 12%, لتصل إلى', errors: [{ column: 11, endColumn: 12 }], output: 'ارتفعت 12%، لتصل إلى' },
    { text: 'ارتفعت ١٢٪; لتصل إلى', errors: [{ column: 11, endColumn: 12 }], output: 'ارتفعت ١٢٪؛ لتصل إلى' },
    {
      text: 'بلغ العدد ١٢٠; وهو رقم قياسي',
      errors: [{ column: 14, endColumn: 15 }],
      output: 'بلغ العدد ١٢٠؛ وهو رقم قياسي',
    },
    {
      text: '<p>مصر, الأردن</p>',
      options: { format: 'html' },
      errors: [{ column: 7, endColumn: 8 }],
      output: '<p>مصر، الأردن</p>',
    },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'مصر, الأردن', { locale: 'ar' });
  expect(findings[0]!.message).toBe('في النص العربي تُكتب «،» بدلا من «,».');
});

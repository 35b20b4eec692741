import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { waslList, waslShapeIndex } from '../src/hamza-wasl.js';
import { ruleTable } from '../../../tests/support/rule-table.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

// The entries' examples run in tests/data-examples.test.ts.
it('has each wrong form once', () => {
  const wrongs = waslList.data.entries.map((e) => e.wrong);
  expect(new Set(wrongs).size).toBe(wrongs.length);
});

ruleTable(
  rule,
  [
    '500 مليون جنيه إسترليني',
    'زار إستونيا',
    'إنتاج النفط وإنشاء المدارس وإعلان النتائج',
    'الاجتماع والانتخابات',
    'إتقان العمل',
  ],
  [
    // verb forms VII–X and their verbal nouns, confirmed by the lexicon: fixed
    {
      text: 'الإستقبال الرسمي',
      errors: [{ column: 1, endColumn: 10, messageId: 'waslForm', severity: 'error' }],
      output: 'الاستقبال الرسمي',
    },
    { text: 'وبالإنسحاب', errors: [{ column: 1, endColumn: 11, messageId: 'waslForm' }], output: 'وبالانسحاب' },
    { text: 'الإستعدادات', errors: [{ column: 1, endColumn: 12, messageId: 'waslForm' }], output: 'الاستعدادات' },
    {
      text: 'إفتتح الوزير المعرض وإستمرت الجولة.',
      errors: [
        { column: 1, endColumn: 6, messageId: 'waslForm' },
        { column: 21, endColumn: 28, messageId: 'waslForm' },
      ],
      output: 'افتتح الوزير المعرض واستمرت الجولة.',
    },
    {
      text: 'بعد إنسحابهم إرتفعت الأسعار.',
      errors: [
        {
          column: 5,
          endColumn: 13,
          messageId: 'waslForm',
          message:
            '“إنسحابهم” is a form VII verb or verbal noun (انفعل، انفعال): its alif is a wasl alif, written without hamza: “انسحابهم”.',
        },
        { column: 14, endColumn: 20, messageId: 'waslForm' },
      ],
      output: 'بعد انسحابهم ارتفعت الأسعار.',
    },
    // a shape the lexicon cannot confirm: still a suggestion
    {
      text: 'الإستقراطات',
      errors: [{ column: 1, endColumn: 12, messageId: 'waslShape', severity: 'warning' }],
      output: 'الإستقراطات',
      suggestions: [['الاستقراطات']],
    },
    {
      text: 'عقد الإجتماع',
      errors: [
        {
          column: 7,
          endColumn: 13,
          messageId: 'wasl',
          message: 'The alif in “إجتماع” is a wasl alif, written without hamza: “اجتماع”.',
        },
      ],
      output: 'عقد الاجتماع',
    },
  ],
);

it('recognises the shapes, not form IV nouns', () => {
  expect(waslShapeIndex('الإستقبال')).toBe(2);
  expect(waslShapeIndex('إرتفاع')).toBe(0);
  expect(waslShapeIndex('إنتاج')).toBe(-1);
  expect(waslShapeIndex('إسترليني')).toBe(-1);
});

it('names the verb form in Arabic', async () => {
  const { findings } = await checkRule(rule, 'إستمرت', { locale: 'ar' });
  expect(findings[0]!.message).toBe(
    '«إستمرت» من الوزن العاشر (استفعل، استفعال) وألفه ألف وصل لا تُكتب عليها همزة: «استمرت».',
  );
});

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'إجتماع', { locale: 'ar' });
  expect(findings[0]!.message).toBe('الألف في «إجتماع» ألف وصل لا تُكتب عليها همزة: «اجتماع».');
});

it.runIf(HAS_SEED)('reports nothing in the seed release', async () => {
  const seed = readSeed();
  expect((await checkRule(rule, seed)).findings).toEqual([]);
});

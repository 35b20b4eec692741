import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { waslList, waslShapeIndex } from '../src/hamza-wasl.js';
import { runFixExamples } from './data-examples.js';
import { ruleTable } from '../../../tests/support/rule-table.js';
import { readSeed } from '../../../tests/support/seed.js';

runFixExamples(rule, waslList.data.entries);

ruleTable(
  rule,
  ['500 مليون جنيه إسترليني', 'زار إستونيا', 'إنتاج النفط وإنشاء المدارس وإعلان النتائج', 'الاجتماع والانتخابات', 'إتقان العمل'],
  [
    { text: 'الإستقبال الرسمي', errors: [{ column: 1, endColumn: 10, messageId: 'waslShape', severity: 'warning' }], output: 'الإستقبال الرسمي', suggestions: [['الاستقبال الرسمي']] },
    { text: 'وبالإنسحاب', errors: [{ column: 1, endColumn: 11, messageId: 'waslShape' }], output: 'وبالإنسحاب', suggestions: [['وبالانسحاب']] },
    { text: 'الإستعدادات', errors: [{ column: 1, endColumn: 12 }], output: 'الإستعدادات', suggestions: [['الاستعدادات']] },
    { text: 'عقد الإجتماع', errors: [{ column: 7, endColumn: 13, messageId: 'wasl', message: 'The alif in “إجتماع” is a wasl alif, written without hamza: “اجتماع”.' }], output: 'عقد الاجتماع' },
  ],
);

it('recognises the shapes, not form IV nouns', () => {
  expect(waslShapeIndex('الإستقبال')).toBe(2);
  expect(waslShapeIndex('إرتفاع')).toBe(0);
  expect(waslShapeIndex('إنتاج')).toBe(-1);
  expect(waslShapeIndex('إسترليني')).toBe(-1);
});

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'إجتماع', { locale: 'ar' });
  expect(findings[0]!.message).toBe('الألف في «إجتماع» ألف وصل لا تُكتب عليها همزة: «اجتماع».');
});

it('reports nothing in the seed release', async () => {
  const seed = readSeed();
  expect((await checkRule(rule, seed)).findings).toEqual([]);
});

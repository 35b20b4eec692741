import { checkRule } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import rule, { isPluralVerb } from '../src/relative-pronoun-agreement.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

describe('orthography/relative-pronoun-agreement', () => {
  const valid = [
    'المتطوعون الذين يشاركون في الحملة.',
    'الوفد الذي يزور المدينة.',
    'الخطة التي تنفذها الوزارة.',
    'المشروع الذي يكون جاهزا قريبا.',
    'البلد الذي يتعاون معنا.',
    'الموظفون الذين شاركوا.',
    'الذي\nيشاركون',
  ];
  for (const text of valid) {
    it(`accepts «${text}»`, async () => {
      expect((await checkRule(rule, text)).findings).toEqual([]);
    });
  }

  const invalid = [
    {
      text: 'المتطوعون الذي يشاركون في الحملة.',
      column: 11,
      endColumn: 15,
      output: 'المتطوعون الذين يشاركون في الحملة.',
    },
    { text: 'الأعضاء التي شاركوا في الاجتماع.', column: 9, endColumn: 13, output: 'الأعضاء الذين شاركوا في الاجتماع.' },
    { text: 'الخبراء والذي يعملون معنا.', column: 10, endColumn: 14, output: 'الخبراء والذين يعملون معنا.' },
  ];
  for (const { text, column, endColumn, output } of invalid) {
    it(`suggests «الذين» in «${text}»`, async () => {
      const result = await checkRule(rule, text);
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({
        ruleId: 'orthography/relative-pronoun-agreement',
        line: 1,
        column,
        endLine: 1,
        endColumn,
        expected: ['الذين'],
      });
      expect(result.findings[0]!.fix).toBeUndefined();
      expect(result.output).toBe(text);
      expect(result.suggestionOutputs).toEqual([[output]]);
    });
  }

  it('explains in English and Arabic', async () => {
    const text = 'الأطباء الذي يعملون هنا';
    expect((await checkRule(rule, text)).findings[0]!.message).toBe(
      '“الذي” is singular but the verb “يعملون” is plural; probably “الذين”.',
    );
    expect((await checkRule(rule, text, { locale: 'ar' })).findings[0]!.message).toBe(
      '«الذي» مفرد والفعل «يعملون» للجمع؛ الأرجح «الذين».',
    );
  });

  it('recognises plural verb shapes', () => {
    expect(['يشكلون', 'تعملون', 'يشاركوا', 'شاركوا', 'قالوا'].every(isPluralVerb)).toBe(true);
    expect(['يكون', 'يتعاون', 'يعمل', 'المتعاونون', 'شارك'].some(isPluralVerb)).toBe(false);
  });

  it.runIf(HAS_SEED)('on the seed release: one suggestion turning «الذي يشكلون» into «الذين يشكلون»', async () => {
    const seed = readSeed();
    const { findings, suggestionOutputs } = await checkRule(rule, seed);
    expect(findings).toHaveLength(1);
    expect(suggestionOutputs[0]![0]).toContain('الذين يشكلون');
    expect(suggestionOutputs[0]![0]).not.toContain('الذي يشكلون');
  });
});

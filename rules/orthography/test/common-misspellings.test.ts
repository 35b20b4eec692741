import { checkRule } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import rule, { misspellings } from '../src/common-misspellings.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const entries = misspellings.data.entries;

describe('orthography/common-misspellings: data file', () => {
  it('has at least 45 pairs, each wrong form once (non-words the lexicon fixes went to orthography/spelling)', () => {
    expect(entries.length).toBeGreaterThanOrEqual(45);
    const wrongs = entries.map((e) => e.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
  });

  it('keeps جنية out (the numbers pack owns currency)', () => {
    expect(entries.some((e) => e.wrong === 'جنية')).toBe(false);
  });

  it('gives a reason for every suggestion-only entry', () => {
    for (const entry of entries) if (entry.severity !== 'safe') expect(entry.note, entry.wrong).toBeDefined();
  });

  // Each example's exact output and suggestions are checked in tests/data-examples.test.ts; here,
  // that the severity decides between a fix and suggestions.
  it('fixes the examples of safe entries, and only suggests for warn and ctx ones', async () => {
    for (const entry of entries) {
      for (const example of entry.examples.invalid) {
        const { findings } = await checkRule(rule, example.text);
        expect(findings.length, example.text).toBeGreaterThanOrEqual(1);
        if (entry.severity === 'safe') {
          expect(
            findings.every((f) => f.fix !== undefined),
            example.text,
          ).toBe(true);
          expect(example.output, example.text).toBeDefined();
        } else {
          expect(findings[0]!.fix, example.text).toBeUndefined();
          expect(example.suggestions?.length, example.text).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('orthography/common-misspellings', () => {
  it('reports «قي» as an error with a fix, exact range and message', async () => {
    const text = 'نعمل معا قي المناطق المحررة.';
    const { findings, output } = await checkRule(rule, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'orthography/common-misspellings',
      severity: 'error',
      line: 1,
      column: 10,
      endLine: 1,
      endColumn: 12,
      message: '“قي” is a misspelling of “في”.',
      actual: 'قي',
      expected: ['في'],
    });
    expect(output).toBe('نعمل معا في المناطق المحررة.');
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, 'هاذا المشروع', { locale: 'ar' });
    expect(findings[0]!.message).toBe('«هاذا» خطأ إملائي، والصواب «هذا».');
  });

  it('keeps proclitics and the tatweel joiner', async () => {
    expect((await checkRule(rule, 'وبالدوله')).output).toBe('وبالدولة');
    expect((await checkRule(rule, 'وللدوله')).output).toBe('وللدولة');
    expect((await checkRule(rule, 'بـ«الدوله»')).output).toBe('بـ«الدولة»');
  });

  it('keeps an enclitic where the entry allows one', async () => {
    const { findings, output } = await checkRule(rule, 'ولاكنهم وصلوا');
    expect(findings[0]).toMatchObject({ column: 2, endColumn: 6, actual: 'لاكن' });
    expect(output).toBe('ولكنهم وصلوا');
  });

  it('fixes a multi-word phrase', async () => {
    const { findings, output } = await checkRule(rule, 'نلتقي إنشاء الله');
    expect(findings[0]).toMatchObject({ column: 7, endColumn: 17 });
    expect(output).toBe('نلتقي إن شاء الله');
  });

  it('offers context-dependent pairs as suggestions with a reason, at info level', async () => {
    const { findings, output, suggestionOutputs } = await checkRule(rule, 'قال انه جاهز');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      column: 5,
      endColumn: 8,
      message:
        '“انه” is probably a misspelling of “أنه / إنه”. The hamza is missing; whether it is أنه or إنه depends on the grammar.',
    });
    expect(findings[0]!.fix).toBeUndefined();
    expect(output).toBe('قال انه جاهز');
    expect(suggestionOutputs[0]).toEqual(['قال أنه جاهز', 'قال إنه جاهز']);
  });

  it('raises a context pair to a warning where its `when` condition holds, and leaves it a note elsewhere', async () => {
    const severities = async (text: string): Promise<Array<[number, string]>> =>
      (await checkRule(rule, text)).findings.map((f) => [f.column, f.severity]);
    // «علي» between two words, not after a title: the preposition
    expect(await severities('حصلوا علي بذور محسنة.')).toEqual([[7, 'warning']]);
    expect(await severities('وافق المجلس علي الموازنة.')).toEqual([[13, 'warning']]);
    // after a title, «بن» or a verb of saying, at the start of a clause, or with nothing after it: the name
    expect(await severities('وعقد الوزير علي هامش المؤتمر لقاء.')).toEqual([[13, 'info']]);
    expect(await severities('استقبل محمد بن علي الوفد.')).toEqual([[16, 'info']]);
    expect(await severities('وقال علي إن العمل مستمر.')).toEqual([[6, 'info']]);
    expect(await severities('علي الأحمد مدير الإدارة.')).toEqual([[1, 'info']]);
    expect(await severities('وصل اليوم علي.')).toEqual([[11, 'info']]);
    expect(await severities('وحصل الطالب علي محمود على المركز الأول.')).toEqual([[13, 'info']]);
    // «إلي» before a word; «إليّ» alone at the end of a clause stays a note
    expect(await severities('وأشار إلي أن الأعمال اكتملت.')).toEqual([[7, 'warning']]);
    expect(await severities('ثم نظر إلي.')).toEqual([[8, 'info']]);
    // «إلف» after a number (digits or words), and not elsewhere
    expect(await severities('حضر خمسون إلف زائر و20 إلف طالب.')).toEqual([
      [11, 'warning'],
      [24, 'warning'],
    ]);
    expect(await severities('صار الأمر إلف العادة.')).toEqual([[11, 'info']]);
    // «ذوى»/«دوي» before a definite noun: «ذوي»; after a verb of hearing «دويّ» stays
    expect(await severities('خدمات لكبار السن وذوى الإعاقة.')).toEqual([[19, 'warning']]);
    expect(await severities('سمع دوي الانفجار.')).toEqual([[5, 'info']]);
    const { findings, suggestionOutputs } = await checkRule(rule, 'حصلوا علي بذور محسنة.');
    expect(findings[0]).toMatchObject({
      endColumn: 10,
      message: expect.stringContaining('“علي” is probably a misspelling of “على”'),
    });
    expect(suggestionOutputs[0]).toEqual(['حصلوا على بذور محسنة.']);
  });

  it('does not touch «قي» inside a word, nor correct words that contain a listed form', async () => {
    for (const text of ['وقي', 'سقي الأشجار', 'كان الاجتماع ناجحا', 'عليه وعليها', 'بان الأمر', 'لديه']) {
      expect((await checkRule(rule, text)).findings, text).toEqual([]);
    }
  });

  it('skips Markdown code', async () => {
    expect((await checkRule(rule, 'نص `الدوله` هنا', { format: 'markdown' })).findings).toEqual([]);
    expect((await checkRule(rule, '<p>الدوله</p>', { format: 'html' })).output).toBe('<p>الدولة</p>');
  });

  it.runIf(HAS_SEED)('on the seed release: reports «قي» with the fix «في» and nothing correct', async () => {
    const seed = readSeed();
    const { findings, output } = await checkRule(rule, seed);
    expect(findings.map((f) => f.actual)).toEqual(['قي']);
    expect(output).toContain('والاستقرار في المناطق التي');
    expect(output).not.toContain('قي المناطق');
  });
});

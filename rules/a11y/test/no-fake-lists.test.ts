import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/no-fake-lists.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const tester = new RuleTester();

describe('a11y/no-fake-lists', () => {
  it.each([
    ['markdown', '- البند الأول\n- البند الثاني\n'],
    ['markdown', '• بند واحد فقط.\n\nفقرة عادية.\n'],
    ['html', '<ul><li>البند الأول</li><li>البند الثاني</li></ul>'],
    ['text', 'بلغ الدعم 5 ملايين.\n2024 كان عامًا صعبًا.\n'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('reports bullet paragraphs in Markdown and suggests a real list', async () => {
    const md = 'أهم النقاط:\n\n• دعم المدارس\n\n• تدريب المعلمين\n\n• توفير الحواسيب\n';
    await tester.assertInvalid(rule, {
      text: md,
      format: 'markdown',
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 2,
          message:
            '3 lines in a row start with “•”: a list typed as text, which screen readers do not announce as a list. Use list markup (- ).',
          suggestions: ['أهم النقاط:\n\n- دعم المدارس\n\n- تدريب المعلمين\n\n- توفير الحواسيب\n'],
        },
      ],
    });
  });

  it('reports numbered lines inside one HTML paragraph and across paragraphs', async () => {
    const html = '<p>١. دعم المدارس</p><p>٢. تدريب المعلمين</p>';
    await tester.assertInvalid(rule, {
      text: html,
      format: 'html',
      errors: [
        {
          column: 4,
          endColumn: 6,
          messageId: 'fakeList',
          message:
            '2 lines in a row start with “١.”: a list typed as text, which screen readers do not announce as a list. Use list markup (<ol>).',
          suggestions: [],
        },
      ],
    });
    expect((await checkRule(rule, html, { format: 'html' })).findings.map((f) => [f.actual, f.data?.markup])).toEqual([
      ['١.', '<ol>'],
    ]);
    const md = 'البنود:\n1) الأول\n2) الثاني\n';
    await tester.assertValid(rule, { text: md, format: 'markdown' }); // «1)» after a paragraph line is a real list in Markdown
  });

  it.runIf(HAS_SEED)('is info in plain text, with its own wording (the seed release)', async () => {
    const seed = readSeed();
    const { findings } = await checkRule(rule, seed);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      messageId: 'fakeListText',
      line: 7,
      column: 3,
      endColumn: 4,
      message:
        '3 lines in a row start with “•”: fine in plain text, but make it a real list when the release is published as a web page.',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p>• أ</p><p>• ب</p>', { format: 'html', locale: 'ar' });
    // «2 أسطر» was wrong Arabic (two takes the dual): the count now stands apart, right for every number.
    expect(findings[0]?.message).toBe(
      'أسطر متتالية تبدأ بـ«•» (عددها 2) قائمةٌ مكتوبة نصًّا لا يعلن قارئ الشاشة أنها قائمة: استعمل وسم القائمة (<ul>).',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/prefer-dir-attribute.js';

const tester = new RuleTester();

describe('rtl/prefer-dir-attribute', () => {
  it.each([
    ['html', '<div dir="rtl" style="color: red">نص</div>'],
    ['html', '<style>.a { unicode-bidi: isolate }</style><p>نص</p>'],
    ['markdown', 'نص عن `direction: rtl` في الشيفرة.'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it.each([
    {
      name: 'only declaration',
      format: 'html' as const,
      text: '<div class="x" style="direction: rtl">نص</div>',
      at: [1, 23, 1, 37],
      value: 'rtl',
      suggestion: '<div dir="rtl" class="x">نص</div>',
    },
    {
      name: 'one of several declarations, existing dir',
      format: 'html' as const,
      text: '<p dir="ltr" style="color: red; direction:RTL; margin: 0">نص</p>',
      at: [1, 33, 1, 46],
      value: 'RTL',
      suggestion: '<p dir="rtl" style="color: red; margin: 0">نص</p>',
    },
    {
      name: 'inline HTML in Markdown',
      format: 'markdown' as const,
      text: 'نص <span style="direction: ltr">Global Coalition</span> هنا.',
      at: [1, 17, 1, 31],
      value: 'ltr',
      suggestion: 'نص <span dir="ltr">Global Coalition</span> هنا.',
    },
  ])('reports $name', async ({ format, text, at, value, suggestion }) => {
    await tester.assertInvalid(rule, {
      text,
      format,
      errors: [
        {
          line: at[0]!,
          column: at[1]!,
          endLine: at[2]!,
          endColumn: at[3]!,
          message: `“direction: ${value}” in CSS is lost when styles are dropped: set the direction with the dir attribute.`,
          suggestions: [suggestion],
        },
      ],
      output: text,
    });
  });

  it('points at sheets without a suggestion', async () => {
    await tester.assertInvalid(rule, {
      text: '<style>\nbody { direction: rtl; }\n</style><p>نص</p>',
      format: 'html',
      errors: [{ line: 2, column: 8, endColumn: 22, messageId: 'direction', suggestions: [] }],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<div style="direction: rtl">نص</div>', {
      format: 'html',
      locale: 'ar',
    });
    expect(findings[0]?.message).toBe(
      '«direction: rtl» في CSS يضيع إذا أُسقطت الأنماط: حدِّد الاتجاه بالسمة dir في الوسم.',
    );
    expect(findings[0]?.suggestions?.[0]?.message).toBe('انقل الاتجاه إلى dir="rtl".');
  });
});

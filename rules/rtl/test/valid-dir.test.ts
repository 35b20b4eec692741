import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/valid-dir.js';

const tester = new RuleTester();

describe('rtl/valid-dir', () => {
  it.each([
    ['html', '<p dir="rtl">نص</p><p dir="LTR">text</p><bdi dir=auto>x</bdi>'],
    ['html', '<p>بلا اتجاه</p>'],
    ['markdown', 'نص <span dir="ltr">Global Coalition</span> هنا.'],
    ['text', 'dir="right" في نص عادي ليس وسمًا.'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it.each([
    {
      format: 'html' as const,
      text: '<p dir="right">نص</p>',
      at: [1, 4, 1, 15],
      value: 'right',
      suggestion: '<p dir="rtl">نص</p>',
    },
    {
      format: 'markdown' as const,
      text: "نص\n\n<div dir='left-to-right'>\n\ntext\n\n</div>\n",
      at: [3, 6, 3, 25],
      value: 'left-to-right',
      suggestion: "نص\n\n<div dir='ltr'>\n\ntext\n\n</div>\n",
    },
    {
      format: 'html' as const,
      text: '<span dir="">نص</span>',
      at: [1, 7, 1, 13],
      value: '',
      suggestion: undefined,
    },
  ])('reports dir="$value"', async ({ format, text, at, value, suggestion }) => {
    await tester.assertInvalid(rule, {
      text,
      format,
      errors: [
        {
          line: at[0]!,
          column: at[1]!,
          endLine: at[2]!,
          endColumn: at[3]!,
          message: `dir="${value}" is not a valid direction and browsers ignore it: use ltr, rtl or auto.`,
          suggestions: suggestion ? [suggestion] : [],
        },
      ],
      output: text,
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p dir="right">نص</p>', { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('dir="right" قيمة غير صحيحة فيتجاهلها المتصفح: القيم المقبولة ltr وrtl وauto.');
    expect(findings[0]?.suggestions?.[0]?.message).toBe('استعمل dir="rtl".');
  });
});

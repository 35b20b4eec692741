import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/bdi-for-embedded-ltr.js';

const tester = new RuleTester({ format: 'html' });

const rtl = (body: string) => `<html lang="ar" dir="rtl"><body><p>${body}</p></body></html>`;

describe('rtl/bdi-for-embedded-ltr', () => {
  it.each([
    ['html', rtl('زار الوزير موقع <bdi>Yahoo!</bdi> أمس.')],
    ['html', rtl('صدر البيان في 2024-09-30 وبلغ الدعم 500 مليون.')],
    ['html', rtl('قال المتحدث باسم BBC!')],
    ['html', rtl('يتراوح العدد بين 10 و20 شخصًا.')],
    // a left-to-right paragraph is not concerned
    ['html', '<p dir="ltr">Call +44 20 7008 1500 today, Yahoo! said.</p>'],
    ['markdown', 'قال الوزير إن BBC نشرت الخبر.'],
    ['text', 'اتصلوا على +44 20 7008 1500 اليوم.'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('isolates a name whose punctuation would jump sides', async () => {
    const text = rtl('زار الوزير موقع Yahoo! أمس.');
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          line: 1,
          column: 52,
          endLine: 1,
          endColumn: 58,
          messageId: 'tail',
          message:
            '“Yahoo!” will display out of order in Arabic text: “!” moves to the other side of the word. Isolate it with <bdi>.',
          suggestions: [rtl('زار الوزير موقع <bdi>Yahoo!</bdi> أمس.')],
        },
      ],
    });
  });

  it('reports a name tail even at the end of a paragraph', async () => {
    const result = await checkRule(rule, rtl('تدرّب الفريق على لغة C++'), { format: 'html' });
    expect(result.findings.map((f) => [f.actual, f.data?.tail])).toEqual([['C++', '++']]);
  });

  it('suggests <bdi dir="ltr"> for phone numbers and ranges', async () => {
    const text = rtl('للاستفسار اتصلوا على +44 20 7008 1500 أو راجعوا الصفحات 10 – 20.');
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          column: 57,
          endColumn: 73,
          messageId: 'digits',
          message:
            'The digit groups of “+44 20 7008 1500” will display in reverse order in Arabic text (a phone number or a range): isolate it with <bdi dir="ltr"> if it must read left to right.',
          suggestions: [rtl('للاستفسار اتصلوا على <bdi dir="ltr">+44 20 7008 1500</bdi> أو راجعوا الصفحات 10 – 20.')],
        },
        {
          column: 92,
          endColumn: 99,
          messageId: 'digits',
          suggestions: [rtl('للاستفسار اتصلوا على +44 20 7008 1500 أو راجعوا الصفحات <bdi dir="ltr">10 – 20</bdi>.')],
        },
      ],
    });
    // What each finding names (not part of a RuleTester case).
    expect((await checkRule(rule, text, { format: 'html' })).findings.map((f) => f.actual)).toEqual([
      '+44 20 7008 1500',
      '10 – 20',
    ]);
  });

  it('flags a leading Latin run in a Markdown paragraph (shown with dir="auto")', async () => {
    const md = 'Global Coalition: اجتمع الأعضاء في واشنطن.\n';
    await tester.assertInvalid(rule, {
      text: md,
      format: 'markdown',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 17,
          messageId: 'leading',
          suggestions: ['<bdi>Global Coalition</bdi>: اجتمع الأعضاء في واشنطن.\n'],
        },
      ],
    });
    // with dir="rtl" the paragraph direction is set, so a leading run is fine
    await tester.assertValid(rule, rtl('Global Coalition: اجتمع الأعضاء.'));
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, rtl('زار الوزير موقع Yahoo! أمس.'), { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe(
      '«Yahoo!» سيظهر مقلوبًا في النص العربي: تنتقل «!» إلى الجهة الأخرى من الكلمة. اعزله بالعنصر <bdi>.',
    );
    expect(findings[0]?.suggestions?.[0]?.message).toBe('ضعه في <bdi>…</bdi>.');
  });
});

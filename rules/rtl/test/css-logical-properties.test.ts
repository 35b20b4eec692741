import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/css-logical-properties.js';

const tester = new RuleTester({ format: 'html' });

const AR = 'أعلنت الوزارة اليوم عن برنامج جديد لدعم المدارس.';

describe('rtl/css-logical-properties', () => {
  it.each([
    ['html', `<div dir="rtl"><p style="margin-inline-start: 1em; text-align: start">${AR}</p></div>`],
    ['html', `<div dir="rtl"><p style="margin: 0 1em; float: none; color: red">${AR}</p></div>`],
    // a left-to-right page is out of scope
    ['html', '<div dir="ltr"><p style="margin-left: 1em">The ministry announced a new programme.</p></div>'],
    ['html', '<p style="margin-left: 1em">The ministry announced a new programme.</p>'],
    // unparsable CSS is skipped, not guessed at
    ['html', `<div dir="rtl"><p style="margin-left 1em {">${AR}</p></div>`],
    ['markdown', `${AR}\n\n\`<p style="margin-left: 1em">\` في الشيفرة لا يُفحص.\n`],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('maps sides to what readers see in a right-to-left element', async () => {
    const text = `<div dir="rtl"><p style="margin-right: 2em; padding-left:4px; border-left-color: red">${AR}</p></div>`;
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          column: 26,
          endColumn: 38,
          message:
            '“margin-right” is a fixed physical side: use the logical “margin-inline-start”, which follows the page direction.',
        },
        {
          column: 45,
          endColumn: 57,
          message:
            '“padding-left” is a fixed physical side: use the logical “padding-inline-end”, which follows the page direction.',
        },
        {
          column: 63,
          endColumn: 80,
          message:
            '“border-left-color” is a fixed physical side: use the logical “border-inline-end-color”, which follows the page direction.',
        },
      ],
      output: `<div dir="rtl"><p style="margin-inline-start: 2em; padding-inline-end:4px; border-inline-end-color: red">${AR}</p></div>`,
    });
  });

  it('fixes values and keeps !important', async () => {
    const text = `<html lang="ar" dir="rtl"><body><p style="text-align: left !important; float:right; clear: LEFT">${AR}</p></body></html>`;
    await tester.assertInvalid(rule, {
      text,
      errors: [
        {
          line: 1,
          column: 55,
          endLine: 1,
          endColumn: 59,
          message:
            '“text-align: left” is a fixed physical side: use “text-align: end”, which follows the page direction.',
        },
        {
          column: 78,
          endColumn: 83,
          message:
            '“float: right” is a fixed physical side: use “float: inline-start”, which follows the page direction.',
        },
        {
          column: 92,
          endColumn: 96,
          message: '“clear: LEFT” is a fixed physical side: use “clear: inline-end”, which follows the page direction.',
        },
      ],
      output: `<html lang="ar" dir="rtl"><body><p style="text-align: end !important; float:inline-start; clear: inline-end">${AR}</p></body></html>`,
    });
  });

  it('uses the start side inside an LTR part of an Arabic page', async () => {
    const text = `<div dir="rtl"><p>${AR}</p><blockquote dir="ltr" style="border-left: 2px solid; left: 0">Quote</blockquote></div>`;
    await tester.assertInvalid(rule, {
      text,
      errors: [
        { column: 100, endColumn: 111, messageId: 'property' },
        { column: 124, endColumn: 128, messageId: 'property' },
      ],
      output: `<div dir="rtl"><p>${AR}</p><blockquote dir="ltr" style="border-inline-start: 2px solid; inset-inline-start: 0">Quote</blockquote></div>`,
    });
  });

  it('checks <style> sheets with the page direction, in HTML and Markdown', async () => {
    const html = `<html dir="rtl"><head><style>\n.note { margin-left: 1em; border-top-right-radius: 3px }\n</style></head><body><p>${AR}</p></body></html>`;
    await tester.assertInvalid(rule, {
      text: html,
      errors: [
        { line: 2, column: 9, endColumn: 20, messageId: 'property' },
        { line: 2, column: 27, endColumn: 50, messageId: 'property' },
      ],
      output: `<html dir="rtl"><head><style>\n.note { margin-inline-end: 1em; border-start-start-radius: 3px }\n</style></head><body><p>${AR}</p></body></html>`,
    });
    await tester.assertInvalid(rule, {
      text: `${AR}\n\n<p style="padding-right: 1em">نص</p>\n`,
      format: 'markdown',
      errors: [{ line: 3, column: 11, endColumn: 24, messageId: 'property' }],
      output: `${AR}\n\n<p style="padding-inline-start: 1em">نص</p>\n`,
    });
  });

  it('reports without a fix under dir="auto"', async () => {
    const text = `<div dir="rtl"><p>${AR}</p><p dir="auto" style="margin-left: 1em">x</p></div>`;
    await tester.assertInvalid(rule, { text, errors: [{ column: 92, endColumn: 108, messageId: 'propertyAuto' }] });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, `<div dir="rtl" style="margin-right: 0">${AR}</div>`, {
      format: 'html',
      locale: 'ar',
    });
    expect(findings[0]?.message).toBe(
      '«margin-right» اتجاه مادي ثابت: استعمل الخاصية المنطقية «margin-inline-start» التي تتبع اتجاه الصفحة.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule, { altTextData } from '../src/alt-text-quality.js';

const page = (body: string) => `<html lang="ar" dir="rtl"><body><p>أعلنت الوزارة اليوم عن برنامج جديد لدعم المدارس.</p>${body}</body></html>`;

describe('a11y/alt-text-quality data', () => {
  it.each(altTextData.data.generic.flatMap((g) => g.examples))('«%s» is generic', async (alt) => {
    const { findings } = await checkRule(rule, page(`<img src="a.jpg" alt="${alt}">`), { format: 'html' });
    expect(findings.map((f) => f.messageId)).toEqual(['generic']);
  });
});

describe('a11y/alt-text-quality', () => {
  it.each([
    ['html', page('<img src="a.jpg" alt="الوزير يلقي كلمته في الاجتماع">')],
    ['html', page('<img src="a.jpg" alt="">')],
    ['html', page('<img src="a.jpg" alt="BBC">')],
    ['html', page('<img src="a.jpg" lang="en" alt="The minister speaking at the meeting">')],
    ['html', '<html lang="en"><body><p>The ministry announced a programme.</p><img src="a.jpg" alt="The minister at the meeting"></body></html>'],
    ['markdown', 'نص البيان.\n\n![الوزير يلقي كلمته](a.jpg)\n'],
  ] as const)('accepts %s %#', async (format, text) => {
    expect((await checkRule(rule, text, { format })).findings).toEqual([]);
  });

  it('reports a file name', async () => {
    const text = page('<img src="a.jpg" alt="IMG_2041.JPG">');
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'a11y/alt-text-quality',
      message: 'The alt text “IMG_2041.JPG” is a file name, not a description: say what the image shows.',
      line: 1, column: 88, endLine: 1, endColumn: 124,
    });
    expect(result.output).toBe(text);
    expect(result.suggestionOutputs).toEqual([[]]);
  });

  it('reports English alt on an Arabic page and suggests lang="en"', async () => {
    const text = page('<img src="a.jpg" alt="The minister at the meeting">');
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings.map((f) => f.messageId)).toEqual(['english']);
    expect(result.suggestionOutputs[0]).toEqual([page('<img lang="en" src="a.jpg" alt="The minister at the meeting">')]);
  });

  it('checks Markdown images and raw HTML images at their source positions', async () => {
    const md = 'نص البيان الصحفي.\n\n![صورة](a.jpg) و<img src="b.png" alt="DSC_0042">\n';
    const result = await checkRule(rule, md, { format: 'markdown' });
    expect(result.findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([
      ['generic', 3, 1, 15],
      ['fileName', 3, 17, 49],
    ]);
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, page('<img src="a.jpg" alt="صورة">'), { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('النص البديل «صورة» لا يقول شيئًا عن الصورة: صف ما تُظهره، مثل «الوزير يلقي كلمته في الاجتماع».');
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule from '../src/lang-matches-content.js';

describe('rtl/lang-matches-content', () => {
  it.each([
    ['html', '<p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p><p lang="en">The ministry announced a programme.</p>'],
    ['html', '<p lang="fa">وزارت امور خارجه امروز اعلام کرد.</p>'],
    // the nested element's text is its own
    ['html', '<div lang="en"><p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p><p>Short note here.</p></div>'],
    // one word is too little to judge
    ['html', '<span lang="ar">BBC</span>'],
    ['markdown', 'شارك الوزير في <span lang="en">Global Coalition</span> أمس.'],
    // the root is rtl/html-lang-dir's
    ['html', '<!doctype html><html lang="en"><body><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></body></html>'],
  ] as const)('accepts %s %#', async (format, text) => {
    expect((await checkRule(rule, text, { format })).findings).toEqual([]);
  });

  it('reports lang="en" on Arabic text', async () => {
    const text = '<p lang="en-GB">أعلنت الوزارة اليوم عن برنامج جديد.</p>';
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'rtl/lang-matches-content',
      message: '<p> declares lang="en-GB" but its text is Arabic, so it will be read with another language’s rules.',
      line: 1, column: 4, endLine: 1, endColumn: 16,
    });
    expect(result.output).toBe(text);
    expect(result.suggestionOutputs[0]).toEqual(['<p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p>']);
  });

  it('reports an Arabic lang on Latin text, in Markdown too', async () => {
    const md = 'نص عربي <span lang="ar">Updates to this page</span> هنا.\n';
    const result = await checkRule(rule, md, { format: 'markdown' });
    expect(result.findings.map((f) => [f.messageId, f.line, f.column, f.endColumn])).toEqual([['latinText', 1, 15, 24]]);
    expect(result.suggestionOutputs[0]).toEqual(['نص عربي <span lang="en">Updates to this page</span> هنا.\n']);
    const fr = await checkRule(rule, md, { format: 'markdown', options: { latinLang: 'fr' } });
    expect(fr.suggestionOutputs[0]).toEqual(['نص عربي <span lang="fr">Updates to this page</span> هنا.\n']);
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p lang="ar">The ministry announced a programme.</p>', { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('العنصر <p> يعلن lang="ar" (عربية) لكن نصه بالحروف اللاتينية، فسيُقرأ بقواعد العربية.');
  });
});

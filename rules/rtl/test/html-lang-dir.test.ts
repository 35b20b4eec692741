import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule from '../src/html-lang-dir.js';

const BODY = '<body><p>أعلنت الوزارة اليوم عن برنامج جديد لدعم المدارس.</p></body>';
const page = (open: string) => `<!doctype html>\n${open}<head><title>بيان</title></head>${BODY}</html>`;

describe('rtl/html-lang-dir', () => {
  it.each([
    page('<html lang="ar" dir="rtl">'),
    page('<html lang="ar-EG" dir="RTL">'),
    page('<html lang="arz" dir="rtl">'),
    page('<html lang="ar-Arab-001" dir="rtl">'),
    // an English page is not this rule's business
    '<!doctype html><html lang="en"><body><p>The ministry announced a new programme today.</p></body></html>',
    // a fragment whose single container carries the attributes
    '<article lang="ar" dir="rtl"><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></article>',
    // invalid dir values are rtl/valid-dir's
    page('<html lang="ar" dir="right">'),
  ])('accepts %#', async (text) => {
    expect((await checkRule(rule, text, { format: 'html' })).findings).toEqual([]);
  });

  const invalid = [
    {
      name: 'neither attribute',
      text: page('<html>'),
      messageId: 'missingLangDir',
      message: 'The page text is Arabic but <html> has neither lang nor dir: add lang="ar" dir="rtl" so it is read with an Arabic voice and laid out right to left.',
      at: [2, 1, 2, 7],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'no lang',
      text: page('<html dir="rtl">'),
      messageId: 'missingLang',
      message: 'The page text is Arabic but <html> has no lang attribute: add lang="ar" so screen readers use an Arabic voice.',
      at: [2, 1, 2, 17],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'no dir',
      text: page("<html lang='ar'>"),
      messageId: 'missingDir',
      message: 'The page text is Arabic but <html> has no dir attribute: add dir="rtl" so the page is laid out right to left.',
      at: [2, 1, 2, 17],
      output: page("<html dir=\"rtl\" lang='ar'>"),
    },
    {
      name: 'English lang',
      text: page('<html lang="en-GB" dir="rtl">'),
      messageId: 'wrongLang',
      message: '<html> declares lang="en-GB" but the page text is Arabic: use lang="ar".',
      at: [2, 7, 2, 19],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'malformed lang',
      text: page('<html lang="ar_EG" dir="rtl">'),
      messageId: 'invalidLang',
      message: 'lang="ar_EG" is not a valid language tag (BCP 47): use “ar-EG”.',
      at: [2, 7, 2, 19],
      output: page('<html lang="ar-EG" dir="rtl">'),
    },
    {
      name: 'well-formed but unregistered language (IANA registry)',
      text: page('<html lang="zz" dir="rtl">'),
      messageId: 'invalidLang',
      message: 'lang="zz" is not a valid language tag (BCP 47): use “ar”.',
      at: [2, 7, 2, 16],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'unregistered region',
      text: page('<html lang="ar-XY" dir="rtl">'),
      messageId: 'invalidLang',
      message: 'lang="ar-XY" is not a valid language tag (BCP 47): use “ar”.',
      at: [2, 7, 2, 19],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'bare lang',
      text: page('<html lang dir="rtl">'),
      messageId: 'invalidLang',
      message: 'lang="" is not a valid language tag (BCP 47): use “ar”.',
      at: [2, 7, 2, 11],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'ltr direction',
      text: page('<html lang="ar" dir="ltr">'),
      messageId: 'wrongDir',
      message: '<html> has dir="ltr" but the page text is Arabic: use dir="rtl".',
      at: [2, 17, 2, 26],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'fragment container',
      text: '<div class="release"><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></div>',
      messageId: 'missingLangDir',
      message: 'The page text is Arabic but <div> has neither lang nor dir: add lang="ar" dir="rtl" so it is read with an Arabic voice and laid out right to left.',
      at: [1, 1, 1, 22],
      output: '<div lang="ar" dir="rtl" class="release"><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></div>',
    },
    {
      name: 'fragment without a single root',
      text: '<h1>بيان</h1>\n<p>أعلنت الوزارة اليوم عن برنامج جديد.</p>',
      messageId: 'noRoot',
      message: 'The page text is Arabic but it has no <html> element or single root container to carry lang="ar" dir="rtl".',
      at: [1, 1, 1, 5],
      output: '<h1>بيان</h1>\n<p>أعلنت الوزارة اليوم عن برنامج جديد.</p>',
    },
  ];

  it.each(invalid)('reports $name', async ({ text, messageId, message, at, output }) => {
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({ ruleId: 'rtl/html-lang-dir', messageId, message, line: at[0], column: at[1], endLine: at[2], endColumn: at[3] });
    expect(result.output).toBe(output);
  });

  it('reports lang and dir problems together', async () => {
    const result = await checkRule(rule, page('<html lang="fr" dir="auto">'), { format: 'html' });
    expect(result.findings.map((f) => f.messageId)).toEqual(['wrongLang', 'wrongDir']);
    expect(result.output).toBe(page('<html lang="ar" dir="rtl">'));
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, page('<html dir="rtl">'), { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('نص الصفحة عربي لكن العنصر <html> بلا سمة lang: أضف lang="ar" لتقرأها برامج قراءة الشاشة بصوت عربي.');
  });

  it('does not run on Markdown or plain text', async () => {
    expect((await checkRule(rule, 'أعلنت الوزارة اليوم عن برنامج جديد.', { format: 'markdown' })).findings).toEqual([]);
  });
});

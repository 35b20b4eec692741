import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/html-lang-dir.js';

const tester = new RuleTester({ format: 'html' });

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
    await tester.assertValid(rule, text);
  });

  const invalid = [
    {
      name: 'neither attribute',
      text: page('<html>'),
      messageId: 'missingLangDir',
      message:
        'The page text is Arabic but <html> has neither lang nor dir: add lang="ar" dir="rtl" so it is read with an Arabic voice and laid out right to left.',
      at: [2, 1, 2, 7],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'no lang',
      text: page('<html dir="rtl">'),
      messageId: 'missingLang',
      message:
        'The page text is Arabic but <html> has no lang attribute: add lang="ar" so screen readers use an Arabic voice.',
      at: [2, 1, 2, 17],
      output: page('<html lang="ar" dir="rtl">'),
    },
    {
      name: 'no dir',
      text: page("<html lang='ar'>"),
      messageId: 'missingDir',
      message:
        'The page text is Arabic but <html> has no dir attribute: add dir="rtl" so the page is laid out right to left.',
      at: [2, 1, 2, 17],
      output: page('<html dir="rtl" lang=\'ar\'>'),
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
      message:
        'The page text is Arabic but <div> has neither lang nor dir: add lang="ar" dir="rtl" so it is read with an Arabic voice and laid out right to left.',
      at: [1, 1, 1, 22],
      output: '<div lang="ar" dir="rtl" class="release"><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></div>',
    },
    {
      name: 'fragment without a single root',
      text: '<h1>بيان</h1>\n<p>أعلنت الوزارة اليوم عن برنامج جديد.</p>',
      messageId: 'noRoot',
      message:
        'The page text is Arabic but it has no <html> element or single root container to carry lang="ar" dir="rtl".',
      at: [1, 1, 1, 5],
      output: '<h1>بيان</h1>\n<p>أعلنت الوزارة اليوم عن برنامج جديد.</p>',
    },
  ];

  it.each(invalid)('reports $name', async ({ text, messageId, message, at, output }) => {
    await tester.assertInvalid(rule, {
      text,
      errors: [
        { line: at[0]!, column: at[1]!, endLine: at[2]!, endColumn: at[3]!, messageId, message, suggestions: [] },
      ],
      output,
    });
  });

  it('reports lang and dir problems together', async () => {
    await tester.assertInvalid(rule, {
      text: page('<html lang="fr" dir="auto">'),
      errors: [
        { line: 2, column: 7, endColumn: 16, messageId: 'wrongLang' },
        { line: 2, column: 17, endColumn: 27, messageId: 'wrongDir' },
      ],
      output: page('<html lang="ar" dir="rtl">'),
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, page('<html dir="rtl">'), { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'نص الصفحة عربي لكن العنصر <html> بلا سمة lang: أضف lang="ar" لتقرأها برامج قراءة الشاشة بصوت عربي.',
    );
  });

  it('does not run on Markdown or plain text', async () => {
    await tester.assertValid(rule, { text: 'أعلنت الوزارة اليوم عن برنامج جديد.', format: 'markdown' });
  });

  describe('the language of a page that is not Arabic (franc above the measured thresholds)', () => {
    const EN =
      'The ministry announced on Monday a new programme to train two thousand young engineers in renewable energy, with the first courses starting in the autumn.';
    const NL =
      'Het ministerie heeft maandag een nieuw programma aangekondigd om tweeduizend jonge ingenieurs op te leiden in duurzame energie.';
    const doc = (lang: string, body: string, title = 'Press release') =>
      `<!doctype html>\n<html lang="${lang}">\n<head><title>${title}</title></head>\n<body><p>${body}</p></body>\n</html>`;

    it.each([
      ['English declared en', doc('en', EN)],
      ['English declared en-GB', doc('en-GB', EN)],
      ['Dutch declared nl', doc('nl', NL, 'Persbericht')],
      // too short to judge (under 50 letters): not reported
      ['a short Dutch page declared en', doc('en', 'Gelukkig nieuwjaar!', 'Nieuwjaar')],
      // the Dutch passage has its own lang, so the page's own text is English
      ['English with a Dutch part', doc('en', `${EN} <span lang="nl">${NL}</span>`)],
      // a language franc does not know as such (Norwegian macrolanguage) is not judged
      ['Dutch declared no', doc('no', NL)],
      // hidden text and scripts are not the page's text
      ['hidden Dutch', doc('en', `${EN}<span hidden>${NL} ${NL}</span><script>var x = "${NL}";</script>`)],
    ])('accepts %s', async (_, text) => {
      await tester.assertValid(rule, text);
    });

    it.each([
      ['da', EN, 'Danish', 'English', 'en', 'Press release'],
      ['fr', NL, 'French', 'Dutch', 'nl', 'Persbericht'],
      ['en', NL, 'English', 'Dutch', 'nl', 'Persbericht'],
    ])('reports lang="%s" on %#', async (lang, body, declared, found, expected, title) => {
      await tester.assertInvalid(rule, {
        text: doc(lang, body, title),
        errors: [
          {
            line: 2,
            column: 7,
            endLine: 2,
            endColumn: 7 + `lang="${lang}"`.length,
            messageId: 'pageLanguage',
            severity: 'warning',
            message: `The page declares lang="${lang}" (${declared}) but its text reads as ${found}: if so, use lang="${expected}" so it is read with the right pronunciation.`,
            suggestions: [doc(expected, body, title)],
          },
        ],
      });
    });

    it('reports lang="ar" on a Latin-script page, in Arabic too', async () => {
      await tester.assertInvalid(rule, {
        text: doc('ar', EN),
        locale: 'ar',
        errors: [
          {
            line: 2,
            column: 7,
            endColumn: 16,
            messageId: 'pageLanguage',
            message:
              'الصفحة تعلن lang="ar" (العربية) لكن نصها يبدو باللغة الإنجليزية: إن كان كذلك فاستعمل lang="en" ليُقرأ بالنطق الصحيح.',
            suggestions: [doc('en', EN)],
          },
        ],
      });
    });

    it('counts alt text and the title as the page’s text', async () => {
      const text = `<!doctype html><html lang="fr"><head><title>Het ministerie kondigt een programma aan</title></head><body><img src="a.jpg" alt="${NL}"></body></html>`;
      const { findings } = await checkRule(rule, text, { format: 'html' });
      expect(findings.map((f) => [f.messageId, f.data?.expected])).toEqual([['pageLanguage', 'nl']]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/lang-matches-content.js';

const tester = new RuleTester();

describe('rtl/lang-matches-content', () => {
  it.each([
    [
      'html',
      '<p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p><p lang="en">The ministry announced a programme.</p>',
    ],
    ['html', '<p lang="fa">وزارت امور خارجه امروز اعلام کرد.</p>'],
    // the nested element's text is its own
    ['html', '<div lang="en"><p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p><p>Short note here.</p></div>'],
    // one word is too little to judge
    ['html', '<span lang="ar">BBC</span>'],
    ['markdown', 'شارك الوزير في <span lang="en">Global Coalition</span> أمس.'],
    // the root is rtl/html-lang-dir's
    ['html', '<!doctype html><html lang="en"><body><p>أعلنت الوزارة اليوم عن برنامج جديد.</p></body></html>'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('reports lang="en" on Arabic text', async () => {
    const text = '<p lang="en-GB">أعلنت الوزارة اليوم عن برنامج جديد.</p>';
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        {
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 16,
          message:
            '<p> declares lang="en-GB" but its text is Arabic, so it will be read with another language’s rules.',
          suggestions: ['<p lang="ar">أعلنت الوزارة اليوم عن برنامج جديد.</p>'],
        },
      ],
    });
  });

  it('reports an Arabic lang on Latin text, in Markdown too', async () => {
    const md = 'نص عربي <span lang="ar">Updates to this page</span> هنا.\n';
    await tester.assertInvalid(rule, {
      text: md,
      format: 'markdown',
      errors: [
        {
          line: 1,
          column: 15,
          endColumn: 24,
          messageId: 'latinText',
          suggestions: ['نص عربي <span lang="en">Updates to this page</span> هنا.\n'],
        },
      ],
    });
    await tester.assertInvalid(rule, {
      text: md,
      format: 'markdown',
      options: { latinLang: 'fr' },
      errors: [
        {
          line: 1,
          column: 15,
          endColumn: 24,
          messageId: 'latinText',
          suggestions: ['نص عربي <span lang="fr">Updates to this page</span> هنا.\n'],
        },
      ],
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p lang="ar">The ministry announced a programme.</p>', {
      format: 'html',
      locale: 'ar',
    });
    expect(findings[0]?.message).toBe(
      'العنصر <p> يعلن lang="ar" (عربية) لكن نصه بالحروف اللاتينية، فسيُقرأ بقواعد العربية.',
    );
  });

  describe('beyond scripts: the language of Latin-script text (franc above the measured thresholds)', () => {
    const EN =
      'The ministry announced on Monday a new programme to train two thousand young engineers in renewable energy.';
    const NL =
      'Het ministerie heeft maandag een nieuw programma aangekondigd om tweeduizend jonge ingenieurs op te leiden.';
    const FR = 'Le ministère a annoncé lundi un nouveau programme destiné à former deux mille jeunes ingénieurs.';

    it.each([
      ['html', `<p>أعلنت الوزارة برنامجًا جديدًا.</p><blockquote lang="en">${EN}</blockquote>`],
      ['html', `<p lang="nl">${NL}</p><p lang="fr-BE">${FR}</p>`],
      // under 50 letters: not judged
      ['html', '<p lang="fr">"Hij ging met de kippen op stok"</p>'],
      // nested parts are their own
      ['html', `<div lang="en"><p lang="nl">${NL}</p><p>Short note.</p></div>`],
      ['markdown', `أعلنت الوزارة: <span lang="fr">${FR}</span>\n`],
    ] as const)('accepts %s %#', async (format, text) => {
      await tester.assertValid(rule, { text, format });
    });

    const table = [
      {
        format: 'html',
        text: `<p>أعلنت الوزارة برنامجًا جديدًا.</p>\n<blockquote lang="da">${EN}</blockquote>`,
        tag: 'blockquote',
        value: 'da',
        declared: 'Danish',
        found: 'English',
        expected: 'en',
        at: [2, 13, 2, 22],
      },
      {
        format: 'html',
        text: `<p lang="fr">${NL}</p>`,
        tag: 'p',
        value: 'fr',
        declared: 'French',
        found: 'Dutch',
        expected: 'nl',
        at: [1, 4, 1, 13],
      },
      {
        format: 'html',
        text: `<div><span lang="en">${NL}</span></div>`,
        tag: 'span',
        value: 'en',
        declared: 'English',
        found: 'Dutch',
        expected: 'nl',
        at: [1, 12, 1, 21],
      },
      {
        format: 'markdown',
        text: `قال الوزير:\n\n- <q lang="fr">${NL}</q>\n`,
        tag: 'q',
        value: 'fr',
        declared: 'French',
        found: 'Dutch',
        expected: 'nl',
        at: [3, 6, 3, 15],
      },
      {
        format: 'markdown',
        text: `نص عربي <span lang="nl">${FR}</span> هنا.\n`,
        tag: 'span',
        value: 'nl',
        declared: 'Dutch',
        found: 'French',
        expected: 'fr',
        at: [1, 15, 1, 24],
      },
    ] as const;

    it.each(table)(
      'reports lang="$value" on $found text ($format)',
      async ({ format, text, tag, value, declared, found, expected, at }) => {
        await tester.assertInvalid(rule, {
          text,
          format,
          errors: [
            {
              line: at[0],
              column: at[1],
              endLine: at[2],
              endColumn: at[3],
              messageId: 'otherLanguage',
              message: `<${tag}> declares lang="${value}" (${declared}) but its text reads as ${found}: if so, use lang="${expected}".`,
              suggestions: [text.replace(`lang="${value}"`, `lang="${expected}"`)],
            },
          ],
        });
      },
    );

    it('speaks Arabic about other languages', async () => {
      const { findings } = await checkRule(rule, `<p lang="fr">${NL}</p>`, { format: 'html', locale: 'ar' });
      expect(findings[0]?.message).toBe(
        'العنصر <p> يعلن lang="fr" (الفرنسية) لكن نصه يبدو باللغة الهولندية: إن كان كذلك فاستعمل lang="nl".',
      );
    });
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule, RuleTester } from '@bayan/core';
import rule from '../src/language-of-parts.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const wrapMsg = 'Wrap it in <span lang="en" dir="ltr">…</span>.';
const tester = new RuleTester();

describe('rtl/language-of-parts', () => {
  it.each([
    ['html', '<p>شارك الوزير في اجتماع <span lang="en" dir="ltr">Global Coalition against Daesh</span> أمس.</p>'],
    ['html', '<div lang="fr"><p>Bonjour tout le monde</p></div><p>نص عربي طويل عن الاجتماع الدولي.</p>'],
    ['markdown', 'شارك الوزير في اجتماع <span lang="en">Global Coalition</span> أمس.'],
    ['markdown', 'شارك الوزير في اجتماع `Global Coalition` أمس.'],
    // an English document is not this rule's business
    ['html', '<p>The minister attended the Global Coalition meeting.</p>'],
    // single words in plain text are not reported
    ['text', 'قالت هيئة BBC إن الاجتماع انتهى.'],
  ] as const)('accepts %s %#', async (format, text) => {
    await tester.assertValid(rule, { text, format });
  });

  it('suggests wrapping a passage in HTML', async () => {
    const text = '<p>شارك الوزير في اجتماع Global Coalition against Daesh أمس.</p>';
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        {
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 56,
          severity: 'error',
          message:
            'The Latin-script passage “Global Coalition against Daesh” has no language markup, so screen readers read it with Arabic rules: wrap it in <span lang="en" dir="ltr">.',
          suggestions: [
            '<p>شارك الوزير في اجتماع <span lang="en" dir="ltr">Global Coalition against Daesh</span> أمس.</p>',
          ],
        },
      ],
    });
    // The suggestion's own message (not part of a RuleTester case).
    expect((await checkRule(rule, text, { format: 'html' })).findings[0]?.suggestions?.[0]?.message).toBe(wrapMsg);
  });

  it('treats an Arabic lang as no marking, and keeps numbers and hyphens inside a run', async () => {
    const text = '<p lang="ar">أطلقت الشركة نظام Windows 11 Pro-Edition اليوم.</p>';
    await tester.assertInvalid(rule, {
      text,
      format: 'html',
      errors: [
        {
          column: 32,
          endColumn: 54,
          messageId: 'passage',
          suggestions: [
            '<p lang="ar">أطلقت الشركة نظام <span lang="en" dir="ltr">Windows 11 Pro-Edition</span> اليوم.</p>',
          ],
        },
      ],
    });
    expect((await checkRule(rule, text, { format: 'html' })).findings.map((f) => f.actual)).toEqual([
      'Windows 11 Pro-Edition',
    ]);
  });

  it('reports a single name as info with the option to silence it', async () => {
    const text = 'قالت هيئة BBC إن الاجتماع انتهى.';
    await tester.assertInvalid(rule, {
      text,
      format: 'markdown',
      errors: [
        {
          column: 11,
          endColumn: 14,
          severity: 'info',
          messageId: 'word',
          message:
            '“BBC” is in Latin script without language markup; names and acronyms are exempt in WCAG, so mark it only if it is neither.',
          suggestions: ['قالت هيئة <span lang="en" dir="ltr">BBC</span> إن الاجتماع انتهى.'],
        },
      ],
    });
    await tester.assertValid(rule, { text, format: 'markdown', options: { singleWords: false } });
  });

  it('stops a run at markup so the suggestion never cuts through it', async () => {
    const text = 'شارك الوزير في **Global Coalition** against Daesh أمس.';
    await tester.assertInvalid(rule, {
      text,
      format: 'markdown',
      errors: [
        {
          column: 18,
          endColumn: 34,
          messageId: 'passage',
          suggestions: ['شارك الوزير في **<span lang="en" dir="ltr">Global Coalition</span>** against Daesh أمس.'],
        },
        {
          column: 37,
          endColumn: 50,
          messageId: 'passage',
          suggestions: ['شارك الوزير في **Global Coalition** <span lang="en" dir="ltr">against Daesh</span> أمس.'],
        },
      ],
    });
    expect((await checkRule(rule, text, { format: 'markdown' })).findings.map((f) => f.actual)).toEqual([
      'Global Coalition',
      'against Daesh',
    ]);
  });

  it('takes the language from the options', async () => {
    await tester.assertInvalid(rule, {
      text: '<p>قال السفير Bonjour à tous في كلمته.</p>',
      format: 'html',
      options: { lang: 'fr' },
      errors: [
        {
          column: 15,
          endColumn: 29,
          messageId: 'passage',
          suggestions: ['<p>قال السفير <span lang="fr" dir="ltr">Bonjour à tous</span> في كلمته.</p>'],
        },
      ],
    });
  });

  it('in plain text reports passages as info, without a suggestion', async () => {
    await tester.assertInvalid(rule, {
      text: 'تابعونا على الموقع.\n\nFollow us online\n',
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          severity: 'info',
          messageId: 'passageText',
          message:
            'The Latin-script passage “Follow us online” is in plain text, which has no markup: mark it with lang="en" when the release is published as HTML.',
          suggestions: [],
        },
      ],
    });
  });

  it.runIf(HAS_SEED)('finds the English line at the end of the seed release (plain text: info)', async () => {
    const seed = readSeed();
    const { findings } = await checkRule(rule, seed);
    expect(findings.map((f) => [f.actual, f.severity, f.messageId])).toEqual([
      ['Updates to this page', 'info', 'passageText'],
    ]);
  });

  it('does not take </body> and </html> on their own lines after the content for Latin words', async () => {
    const text =
      '<!doctype html>\n<html lang="ar" dir="rtl">\n<body>\n<p>بيان صحفي عن المدينة.</p>\n</body>\n</html>\n';
    await tester.assertValid(rule, { text, format: 'html' });
    // A Latin passage in that document is still found, at its place.
    const withPassage = text.replace('المدينة.', 'المدينة و Global Coalition.');
    await tester.assertInvalid(rule, {
      text: withPassage,
      format: 'html',
      errors: [
        {
          line: 4,
          column: 27,
          endColumn: 43,
          messageId: 'passage',
          suggestions: [withPassage.replace('Global Coalition', '<span lang="en" dir="ltr">Global Coalition</span>')],
        },
      ],
    });
    expect((await checkRule(rule, withPassage, { format: 'html' })).findings.map((f) => f.actual)).toEqual([
      'Global Coalition',
    ]);
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p>شارك الوزير في اجتماع Global Coalition أمس.</p>', {
      format: 'html',
      locale: 'ar',
    });
    expect(findings[0]?.message).toBe(
      'المقطع اللاتيني «Global Coalition» بلا وسم لغة، فتقرؤه برامج قراءة الشاشة بقواعد العربية: ضعه في <span lang="en" dir="ltr">.',
    );
  });
});

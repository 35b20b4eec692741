import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import rule from '../src/language-of-parts.js';
import { HAS_SEED, readSeed } from '../../../tests/support/seed.js';

const wrapMsg = 'Wrap it in <span lang="en" dir="ltr">…</span>.';

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
    expect((await checkRule(rule, text, { format })).findings).toEqual([]);
  });

  it('suggests wrapping a passage in HTML', async () => {
    const text = '<p>شارك الوزير في اجتماع Global Coalition against Daesh أمس.</p>';
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'rtl/language-of-parts',
      severity: 'error',
      message: 'The Latin-script passage “Global Coalition against Daesh” has no language markup, so screen readers read it with Arabic rules: wrap it in <span lang="en" dir="ltr">.',
      line: 1, column: 26, endLine: 1, endColumn: 56,
    });
    expect(result.findings[0]?.suggestions?.[0]?.message).toBe(wrapMsg);
    expect(result.output).toBe(text);
    expect(result.suggestionOutputs[0]).toEqual(['<p>شارك الوزير في اجتماع <span lang="en" dir="ltr">Global Coalition against Daesh</span> أمس.</p>']);
  });

  it('treats an Arabic lang as no marking, and keeps numbers and hyphens inside a run', async () => {
    const text = '<p lang="ar">أطلقت الشركة نظام Windows 11 Pro-Edition اليوم.</p>';
    const result = await checkRule(rule, text, { format: 'html' });
    expect(result.findings.map((f) => f.actual)).toEqual(['Windows 11 Pro-Edition']);
  });

  it('reports a single name as info with the option to silence it', async () => {
    const text = 'قالت هيئة BBC إن الاجتماع انتهى.';
    const result = await checkRule(rule, text, { format: 'markdown' });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'info', messageId: 'word', column: 11, endColumn: 14,
      message: '“BBC” is in Latin script without language markup; names and acronyms are exempt in WCAG, so mark it only if it is neither.',
    });
    expect(result.suggestionOutputs[0]).toEqual(['قالت هيئة <span lang="en" dir="ltr">BBC</span> إن الاجتماع انتهى.']);
    expect((await checkRule(rule, text, { format: 'markdown', options: { singleWords: false } })).findings).toEqual([]);
  });

  it('stops a run at markup so the suggestion never cuts through it', async () => {
    const text = 'شارك الوزير في **Global Coalition** against Daesh أمس.';
    const result = await checkRule(rule, text, { format: 'markdown' });
    expect(result.findings.map((f) => f.actual)).toEqual(['Global Coalition', 'against Daesh']);
    expect(result.suggestionOutputs[0]).toEqual(['شارك الوزير في **<span lang="en" dir="ltr">Global Coalition</span>** against Daesh أمس.']);
  });

  it('takes the language from the options', async () => {
    const result = await checkRule(rule, '<p>قال السفير Bonjour à tous في كلمته.</p>', { format: 'html', options: { lang: 'fr' } });
    expect(result.suggestionOutputs[0]).toEqual(['<p>قال السفير <span lang="fr" dir="ltr">Bonjour à tous</span> في كلمته.</p>']);
  });

  it('in plain text reports passages as info, without a suggestion', async () => {
    const result = await checkRule(rule, 'تابعونا على الموقع.\n\nFollow us online\n');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: 'info', messageId: 'passageText', line: 3, column: 1, endLine: 3, endColumn: 17,
      message: 'The Latin-script passage “Follow us online” is in plain text, which has no markup: mark it with lang="en" when the release is published as HTML.',
    });
    expect(result.suggestionOutputs[0]).toEqual([]);
  });

  it.runIf(HAS_SEED)('finds the English line at the end of the seed release (plain text: info)', async () => {
    const seed = readSeed();
    const { findings } = await checkRule(rule, seed);
    expect(findings.map((f) => [f.actual, f.severity, f.messageId])).toEqual([['Updates to this page', 'info', 'passageText']]);
  });

  it('does not take </body> and </html> on their own lines after the content for Latin words', async () => {
    const text = '<!doctype html>\n<html lang="ar" dir="rtl">\n<body>\n<p>بيان صحفي عن المدينة.</p>\n</body>\n</html>\n';
    expect((await checkRule(rule, text, { format: 'html' })).findings).toEqual([]);
    // A Latin passage in that document is still found, at its place.
    const withPassage = text.replace('المدينة.', 'المدينة و Global Coalition.');
    const { findings } = await checkRule(rule, withPassage, { format: 'html' });
    expect(findings.map((f) => [f.actual, f.line, f.column, f.endColumn])).toEqual([['Global Coalition', 4, 27, 43]]);
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(rule, '<p>شارك الوزير في اجتماع Global Coalition أمس.</p>', { format: 'html', locale: 'ar' });
    expect(findings[0]?.message).toBe('المقطع اللاتيني «Global Coalition» بلا وسم لغة، فتقرؤه برامج قراءة الشاشة بقواعد العربية: ضعه في <span lang="en" dir="ltr">.');
  });
});

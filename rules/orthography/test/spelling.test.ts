import { checkRule } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import rule, { spellingData } from '../src/spelling.js';
import { parseWordFile, prepareSettings } from '../src/settings.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  [
    'أعلنت الحكومة اليوم عن بدء المرحلة الثانية من مبادرة السياسة الوطنية.',
    'وبالحكومة ولحكومتهم وللمرحلة.',
    // a hamza-wasl slip is the hamza-wasl rule's, a listed real-word slip common-misspellings'
    'إستمرت الأعمال وتواصلت «قي» المناطق.',
    // names: after a title, with a Latin gloss
    'التقى الوزير السيد كوفاكسيني في مدينة ليفربولستان.',
    'انضمت البلاد إلى مبادرة كوفاكسه (COVAX) للقاحات.',
    { text: 'زار كوفاكسه المعرض.', options: { settings: { orthography: prepareSettings({ words: ['كوفاكسه'] }) } } },
  ],
  [
    {
      text: 'بدأت المرحله الثانية.',
      errors: [{ column: 6, endColumn: 13, messageId: 'letter', severity: 'error', message: '“المرحله” is misspelled: “المرحلة”, with ta marbuta (ة), not ha (ه).' }],
      output: 'بدأت المرحلة الثانية.',
    },
    {
      // «مبادره» alone is a word (مبادر + ه); with the article it is not
      text: 'أطلقت المبادره وسياسه جديدة.',
      errors: [{ column: 7, endColumn: 15, messageId: 'letter' }, { column: 16, endColumn: 22, messageId: 'letter' }],
      output: 'أطلقت المبادرة وسياسة جديدة.',
    },
    {
      // a slip repeated in the document: still reported, the fix becomes a suggestion
      text: 'المرحله الأولى ثم المرحله الثانية.',
      errors: [{ column: 1, endColumn: 8, severity: 'warning' }, { column: 19, endColumn: 26, severity: 'warning' }],
      output: 'المرحله الأولى ثم المرحله الثانية.',
      suggestions: [['المرحلة الأولى ثم المرحله الثانية.'], ['المرحله الأولى ثم المرحلة الثانية.']],
    },
    {
      text: 'وقال ذلكك أمس.',
      // a doubled letter; «دلكك» (a real word, د for ذ, better attested) is a rival, so no fix
      errors: [{ column: 6, endColumn: 10, messageId: 'ambiguous', severity: 'warning' }],
      output: 'وقال ذلكك أمس.',
      suggestions: [['وقال دلكك أمس.', 'وقال ذلك أمس.']],
    },
  ],
);

// Entries of data/misspellings.yaml that the lexicon finds by itself were removed from the list:
// their examples must still be fixed, by this rule.
const FORMER_LIST_CASES: Array<[string, string]> = [
  ["وأعلنت الحكومه خطة جديدة.", "وأعلنت الحكومة خطة جديدة."],
  ["قرار للحكومه اليوم.", "قرار للحكومة اليوم."],
  ["قدمت المملكه المتحدة الدعم.", "قدمت المملكة المتحدة الدعم."],
  ["في الولايات المتحده.", "في الولايات المتحدة."],
  ["وأكدت الوزاره التزامها.", "وأكدت الوزارة التزامها."],
  ["وزير الخارجيه.", "وزير الخارجية."],
  ["أعلنت السفاره موعد الحفل.", "أعلنت السفارة موعد الحفل."],
  ["في المنطقه الشرقية.", "في المنطقة الشرقية."],
  ["الفنون الإسلاميه.", "الفنون الإسلامية."],
  ["باللغة العربيه.", "باللغة العربية."],
  ["الخطة الوطنيه للتعليم.", "الخطة الوطنية للتعليم."],
  ["رئيس الجمهوريه.", "رئيس الجمهورية."],
  ["المدارس الحكوميه.", "المدارس الحكومية."],
  ["المنظمات الدوليه.", "المنظمات الدولية."],
  ["الزيارة الرسميه.", "الزيارة الرسمية."],
  ["التنمية الاقتصاديه.", "التنمية الاقتصادية."],
  ["واضاف المتحدث أن العمل مستمر.", "وأضاف المتحدث أن العمل مستمر."],
  ["واشار إلى التقرير.", "وأشار إلى التقرير."],
  ["بعد الاعلان عن المشروع.", "بعد الإعلان عن المشروع."],
  ["باعلان مشترك.", "بإعلان مشترك."],
  ["لانشاء مدرسة جديدة.", "لإنشاء مدرسة جديدة."],
  ["في اول زيارة له.", "في أول زيارة له."],
  ["يزور المدينة لاول مرة.", "يزور المدينة لأول مرة."],
  ["ودول اخرى.", "ودول أخرى."],
  ["المناطق الاخرى.", "المناطق الأخرى."],
  ["وفد امريكي.", "وفد أمريكي."],
  ["الجانب الامريكي.", "الجانب الأمريكي."],
  ["وفد اميركي.", "وفد أميركي."],
  ["دول اوروبا.", "دول أوروبا."],
  ["وفي اوروبا.", "وفي أوروبا."],
  ["وشارك ايضا وزير المالية.", "وشارك أيضا وزير المالية."],
  ["زار الاردن.", "زار الأردن."],
  ["خلال الاسبوع المقبل.", "خلال الأسبوع المقبل."],
  ["ترقية ظابط في الشرطة.", "ترقية ضابط في الشرطة."],
  ["تخفيف الظغط على المستشفيات.", "تخفيف الضغط على المستشفيات."],
  ["قوائم الانتضار.", "قوائم الانتظار."],
  ["خرجت مضاهرة سلمية.", "خرجت مظاهرة سلمية."],
  ["في محافضة البصرة.", "في محافظة البصرة."],
  ["أعلنت المحافضة.", "أعلنت المحافظة."],
  ["في ضروف صعبة.", "في ظروف صعبة."],
  ["بسبب الضروف الجوية.", "بسبب الظروف الجوية."],
  ["إنجاز عضيم.", "إنجاز عظيم."],
  ["اتخاد الإجراءات اللازمة.", "اتخاذ الإجراءات اللازمة."],
  ["بعد الاتخاد.", "بعد الاتخاذ."],
  ["بدء تنفيد المشروع.", "بدء تنفيذ المشروع."],
  ["ومتابعة التنفيد.", "ومتابعة التنفيذ."],
  ["وهولاء المتطوعون.", "وهؤلاء المتطوعون."],
  ["نفت الوزارة هذه الادعائات.", "نفت الوزارة هذه الادعاءات."],
];

describe('orthography/spelling', () => {
  it.each(FORMER_LIST_CASES)('fixes %s (once a list entry)', async (text, output) => {
    expect((await checkRule(rule, text)).output).toBe(output);
  });

  it('says which letter is wrong, in Arabic', async () => {
    const { findings } = await checkRule(rule, 'بدأت المرحله الثانية.', { locale: 'ar' });
    expect(findings[0]!.message).toBe('«المرحله» خطأ إملائي، والصواب «المرحلة»: التاء المربوطة «ة» لا الهاء «ه».');
  });

  it('reports unknown words with no variant only when asked, at info level', async () => {
    const text = 'وصل الوفد إلى قشتالقيرة صباحا.';
    expect((await checkRule(rule, text)).findings).toEqual([]);
    const { findings } = await checkRule(rule, text, { options: { unknownWords: true } });
    expect(findings.map((f) => [f.column, f.endColumn, f.severity, f.messageId])).toEqual([[15, 24, 'info', 'unknown']]);
  });

  it('accepts words from word files (one per line, # comments)', async () => {
    expect(parseWordFile('# house words\nكوفاكسه\n\nالأونروا  # agency\n')).toEqual(['كوفاكسه', 'الأونروا']);
    const settings = { orthography: prepareSettings({ wordFiles: [{ file: 'words.txt', text: 'كوفاكسه\n' }] }) };
    expect((await checkRule(rule, 'وبكوفاكسه.', { settings })).findings).toEqual([]);
  });

  it('keeps proclitics and the tatweel joiner, skips Markdown code, fixes HTML text', async () => {
    expect((await checkRule(rule, 'وبالحكومه')).output).toBe('وبالحكومة');
    expect((await checkRule(rule, 'وللحكومه')).output).toBe('وللحكومة');
    expect((await checkRule(rule, 'بـ«الحكومه»')).output).toBe('بـ«الحكومة»');
    expect((await checkRule(rule, 'نص `الحكومه` هنا', { format: 'markdown' })).findings).toEqual([]);
    expect((await checkRule(rule, '<p>الحكومه</p>', { format: 'html' })).output).toBe('<p>الحكومة</p>');
  });

  it('keeps harakat outside the corrected letter', async () => {
    const { output } = await checkRule(rule, 'بدأتِ المَرحله.');
    expect(output).toBe('بدأتِ المَرحلة.');
  });

  // The data file's examples run in tests/data-examples.test.ts; each is one finding.
  it('finds one slip in each invalid example of the data file', async () => {
    for (const example of spellingData.data.examples.invalid) expect((await checkRule(rule, example.text)).findings.length).toBe(1);
  });
});

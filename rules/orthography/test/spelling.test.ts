import { readdirSync, readFileSync } from 'node:fs';
import { checkRule } from '@bayan/core';
import { normalizeWord } from '@bayan/arabic';
import { lexiconLoaded, loadLexicon } from '@bayan/lexicon';
import { describe, expect, it } from 'vitest';
import commonMisspellings from '../src/common-misspellings.js';
import hamzaWasl from '../src/hamza-wasl.js';
import rule, { spellingData } from '../src/spelling.js';
import { maySlip, type ContextData } from '../src/real-words.js';
import { parseWordFile, prepareSettings } from '../src/settings.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

// First in this file (each test file has its own modules): nothing has read the lexicon yet.
describe('loading the lexicon', () => {
  it('happens on the first document with Arabic words, not on import nor for other documents', async () => {
    expect(lexiconLoaded()).toBe(false);
    for (const text of ['A release in English, 2026.', '<p lang="en">Hello</p>']) {
      expect((await checkRule(rule, text)).findings).toEqual([]);
      expect((await checkRule(hamzaWasl, text)).findings).toEqual([]);
    }
    expect(lexiconLoaded()).toBe(false);
    expect((await checkRule(rule, 'بدأت المرحله.')).output).toBe('بدأت المرحلة.');
    expect(lexiconLoaded()).toBe(true);
  });
});

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
      errors: [
        {
          column: 6,
          endColumn: 13,
          messageId: 'letter',
          severity: 'error',
          message: '“المرحله” is misspelled: “المرحلة”, with ta marbuta (ة), not ha (ه).',
        },
      ],
      output: 'بدأت المرحلة الثانية.',
    },
    {
      // «مبادره» alone is a word (مبادر + ه); with the article it is not
      text: 'أطلقت المبادره وسياسه جديدة.',
      errors: [
        { column: 7, endColumn: 15, messageId: 'letter' },
        { column: 16, endColumn: 22, messageId: 'letter' },
      ],
      output: 'أطلقت المبادرة وسياسة جديدة.',
    },
    {
      // a slip repeated in the document: still reported, the fix becomes a suggestion
      text: 'المرحله الأولى ثم المرحله الثانية.',
      errors: [
        { column: 1, endColumn: 8, severity: 'warning' },
        { column: 19, endColumn: 26, severity: 'warning' },
      ],
      output: 'المرحله الأولى ثم المرحله الثانية.',
      suggestions: [['المرحلة الأولى ثم المرحله الثانية.'], ['المرحله الأولى ثم المرحلة الثانية.']],
    },
    {
      // a shadda where none belongs: تفاعُل has no doubled letter
      text: 'نشكر الجميع على التعاوّن المثمر.',
      errors: [
        {
          line: 1,
          column: 17,
          endColumn: 25,
          messageId: 'shadda',
          severity: 'warning',
          message: '“التعاوّن” has a shadda where none belongs (on و): probably “التعاون”.',
        },
      ],
      output: 'نشكر الجميع على التعاوّن المثمر.',
      suggestions: [['نشكر الجميع على التعاون المثمر.']],
    },
    {
      text: 'وقال ذلكك أمس.',
      // a doubled letter; «دلكك» (a real word, د for ذ) is a rival, so no fix; «ذلك», a closed-class word
      // that the lexicon's frequency stand-in underrates, comes first
      errors: [{ column: 6, endColumn: 10, messageId: 'ambiguous', severity: 'warning' }],
      output: 'وقال ذلكك أمس.',
      suggestions: [['وقال ذلك أمس.', 'وقال دلكك أمس.']],
    },
  ],
);

// Entries of data/misspellings.yaml that the lexicon finds by itself were removed from the list:
// their examples must still be fixed, by this rule.
const FORMER_LIST_CASES: Array<[string, string]> = [
  ['وأعلنت الحكومه خطة جديدة.', 'وأعلنت الحكومة خطة جديدة.'],
  ['قرار للحكومه اليوم.', 'قرار للحكومة اليوم.'],
  ['قدمت المملكه المتحدة الدعم.', 'قدمت المملكة المتحدة الدعم.'],
  ['في الولايات المتحده.', 'في الولايات المتحدة.'],
  ['وأكدت الوزاره التزامها.', 'وأكدت الوزارة التزامها.'],
  ['وزير الخارجيه.', 'وزير الخارجية.'],
  ['أعلنت السفاره موعد الحفل.', 'أعلنت السفارة موعد الحفل.'],
  ['في المنطقه الشرقية.', 'في المنطقة الشرقية.'],
  ['الفنون الإسلاميه.', 'الفنون الإسلامية.'],
  ['باللغة العربيه.', 'باللغة العربية.'],
  ['الخطة الوطنيه للتعليم.', 'الخطة الوطنية للتعليم.'],
  ['رئيس الجمهوريه.', 'رئيس الجمهورية.'],
  ['المدارس الحكوميه.', 'المدارس الحكومية.'],
  ['المنظمات الدوليه.', 'المنظمات الدولية.'],
  ['الزيارة الرسميه.', 'الزيارة الرسمية.'],
  ['التنمية الاقتصاديه.', 'التنمية الاقتصادية.'],
  ['واضاف المتحدث أن العمل مستمر.', 'وأضاف المتحدث أن العمل مستمر.'],
  ['واشار إلى التقرير.', 'وأشار إلى التقرير.'],
  ['بعد الاعلان عن المشروع.', 'بعد الإعلان عن المشروع.'],
  ['باعلان مشترك.', 'بإعلان مشترك.'],
  ['لانشاء مدرسة جديدة.', 'لإنشاء مدرسة جديدة.'],
  ['في اول زيارة له.', 'في أول زيارة له.'],
  ['يزور المدينة لاول مرة.', 'يزور المدينة لأول مرة.'],
  ['ودول اخرى.', 'ودول أخرى.'],
  ['المناطق الاخرى.', 'المناطق الأخرى.'],
  ['وفد امريكي.', 'وفد أمريكي.'],
  ['الجانب الامريكي.', 'الجانب الأمريكي.'],
  ['وفد اميركي.', 'وفد أميركي.'],
  ['دول اوروبا.', 'دول أوروبا.'],
  ['وفي اوروبا.', 'وفي أوروبا.'],
  ['وشارك ايضا وزير المالية.', 'وشارك أيضا وزير المالية.'],
  ['زار الاردن.', 'زار الأردن.'],
  ['خلال الاسبوع المقبل.', 'خلال الأسبوع المقبل.'],
  ['ترقية ظابط في الشرطة.', 'ترقية ضابط في الشرطة.'],
  ['تخفيف الظغط على المستشفيات.', 'تخفيف الضغط على المستشفيات.'],
  ['قوائم الانتضار.', 'قوائم الانتظار.'],
  ['خرجت مضاهرة سلمية.', 'خرجت مظاهرة سلمية.'],
  ['في محافضة البصرة.', 'في محافظة البصرة.'],
  ['أعلنت المحافضة.', 'أعلنت المحافظة.'],
  ['في ضروف صعبة.', 'في ظروف صعبة.'],
  ['بسبب الضروف الجوية.', 'بسبب الظروف الجوية.'],
  ['إنجاز عضيم.', 'إنجاز عظيم.'],
  ['اتخاد الإجراءات اللازمة.', 'اتخاذ الإجراءات اللازمة.'],
  ['بعد الاتخاد.', 'بعد الاتخاذ.'],
  ['بدء تنفيد المشروع.', 'بدء تنفيذ المشروع.'],
  ['ومتابعة التنفيد.', 'ومتابعة التنفيذ.'],
  ['وهولاء المتطوعون.', 'وهؤلاء المتطوعون.'],
  ['نفت الوزارة هذه الادعائات.', 'نفت الوزارة هذه الادعاءات.'],
];

describe('orthography/spelling', () => {
  it.each(FORMER_LIST_CASES)('fixes %s (once a list entry)', async (text, output) => {
    expect((await checkRule(rule, text)).output).toBe(output);
  });

  it('says which letter is wrong, in Arabic', async () => {
    const { findings } = await checkRule(rule, 'بدأت المرحله الثانية.', { locale: 'ar' });
    expect(findings[0]!.message).toBe('«المرحله» خطأ إملائي، والصواب «المرحلة»: التاء المربوطة «ة» لا الهاء «ه».');
  });

  it('says where a shadda does not belong, in Arabic, and leaves shaddas that do', async () => {
    const { findings } = await checkRule(rule, 'وتعاوّنت الوزارات.', { locale: 'ar' });
    expect(findings.map((f) => [f.column, f.endColumn, f.message])).toEqual([
      [1, 9, '«وتعاوّنت»: الشدة في غير موضعها على «و»، والصواب على الأرجح «وتعاونت».'],
    ]);
    expect((await checkRule(rule, 'الشّمس ساطعة والمهامّ العامّة في مدّة قصيرة.')).findings).toEqual([]);
  });

  it('gives «ان» the seat its place asks for: إن at a sentence start and after a verb of saying, أن elsewhere; a suggestion, not a fix', async () => {
    const cases: Array<[string, string]> = [
      ['وأكد ان العمل مستمر.', 'وأكد أن العمل مستمر.'],
      ['وقال ان العمل مستمر.', 'وقال إن العمل مستمر.'],
      ['وقال الوزير: انها خطوة مهمة.', 'وقال الوزير: إنها خطوة مهمة.'],
      ['وأوضح الوزير ان الخطة جاهزة.', 'وأوضح الوزير أن الخطة جاهزة.'],
      ['قالت: انها خطوة مهمة.', 'قالت: إنها خطوة مهمة.'],
      ['انها خطوة مهمة.', 'إنها خطوة مهمة.'],
      ['بدأ العمل. ان الخطة جاهزة.', 'بدأ العمل. إن الخطة جاهزة.'],
      ['حيث ان الخطة جاهزة.', 'حيث إن الخطة جاهزة.'],
      ['يجب ان تكتمل الخطة.', 'يجب أن تكتمل الخطة.'],
    ];
    for (const [text, first] of cases) {
      const { findings, output, suggestionOutputs } = await checkRule(rule, text);
      expect(
        findings.map((f) => [f.messageId, f.severity]),
        text,
      ).toEqual([['ambiguous', 'warning']]);
      expect(output, text).toBe(text);
      expect(suggestionOutputs[0]![0], text).toBe(first);
    }
  });

  it('puts a dropped madda first at a stem start before a consonant and a long vowel («الاف» → «آلاف»), as a suggestion when a hamza word rivals it', async () => {
    const cases: Array<[string, string]> = [
      ['حضر الاف الزوار.', 'حضر آلاف الزوار.'],
      ['وتضمنت الخطة اليات جديدة.', 'وتضمنت الخطة آليات جديدة.'],
      ['ترميم الاثار القديمة.', 'ترميم الآثار القديمة.'],
    ];
    for (const [text, first] of cases) {
      const { findings, suggestionOutputs } = await checkRule(rule, text);
      expect(
        findings.map((f) => f.severity),
        text,
      ).toEqual(['warning']);
      expect(suggestionOutputs[0]![0], text).toBe(first);
    }
  });

  it('reports unknown words with no variant only when asked, at info level', async () => {
    const text = 'وصل الوفد إلى قشتالقيرة صباحا.';
    expect((await checkRule(rule, text)).findings).toEqual([]);
    const { findings } = await checkRule(rule, text, { options: { unknownWords: true } });
    expect(findings.map((f) => [f.column, f.endColumn, f.severity, f.messageId])).toEqual([
      [15, 24, 'info', 'unknown'],
    ]);
  });

  it('accepts words from word files (one per line, # comments)', async () => {
    expect(parseWordFile('# house words\nكوفاكسه\n\nالأونروا  # agency\n')).toEqual(['كوفاكسه', 'الأونروا']);
    const settings = { orthography: prepareSettings({ wordFiles: [{ file: 'words.txt', text: 'كوفاكسه\n' }] }) };
    expect((await checkRule(rule, 'وبكوفاكسه.', { settings })).findings).toEqual([]);
  });

  it('leaves the words of a project’s misspellings list to common-misspellings (one finding, not two)', async () => {
    const text = 'بدأت المرحله الثانية.';
    expect((await checkRule(rule, text, { locale: 'en' })).findings.map((f) => [f.column, f.endColumn])).toEqual([
      [6, 13],
    ]);
    const entry = {
      wrong: 'المرحله',
      right: 'المرحلة',
      severity: 'safe',
      proclitics: 'any',
      examples: { invalid: [] },
    };
    const settings = {
      orthography: prepareSettings({ misspellings: [{ file: 'house.yaml', data: { entries: [entry] } }] }),
    };
    expect((await checkRule(rule, text, { settings })).findings).toEqual([]);
    const listed = await checkRule(commonMisspellings, text, { settings });
    expect(listed.findings.map((f) => [f.column, f.endColumn, f.messageId])).toEqual([[6, 13, 'misspelled']]);
    expect(listed.output).toBe('بدأت المرحلة الثانية.');
  });

  it('accepts the words packs vouch for (settings.knownWords, e.g. the terminology pack’s terms), with clitics', async () => {
    const text = 'نفذ إرهابيو داعشستان هجوما، وتصدت القوات لداعشستان.';
    const options = { unknownWords: true };
    expect(
      (await checkRule(rule, text, { options })).findings.map((f) => [f.column, f.endColumn, f.messageId]),
    ).toEqual([
      [13, 21, 'unknown'],
      [42, 51, 'unknown'],
    ]);
    expect(
      (await checkRule(rule, text, { options, settings: { knownWords: [new Set(['داعشستان'])] } })).findings,
    ).toEqual([]);
    // several packs' sets, words as written (harakat are dropped when compared)
    expect(
      (await checkRule(rule, text, { options, settings: { knownWords: [new Set(['كوفاكس']), new Set(['داعِشستان'])] } }))
        .findings,
    ).toEqual([]);
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
    for (const example of spellingData.data.examples.invalid)
      expect((await checkRule(rule, example.text)).findings.length).toBe(1);
  });
});

describe('orthography/spelling: real-word slips by context', () => {
  /** [text, the word reported, its first suggestion applied, the cue's English reason]. */
  const CASES: Array<[string, string, string, string]> = [
    ['حضر خمسه خبراء.', 'خمسه', 'حضر خمسة خبراء.', 'a number takes no possessive pronoun'],
    ['قدمت ضمانات قانونيه للمستثمرين.', 'قانونيه', 'قدمت ضمانات قانونية للمستثمرين.', 'a nisba adjective'],
    ['تنتشر في مدن ساحلية مختلفه.', 'مختلفه', 'تنتشر في مدن ساحلية مختلفة.', 'an adjective of the feminine'],
    ['تعاون مع جامعات محليه.', 'محليه', 'تعاون مع جامعات محلية.', 'a nisba adjective'],
    ['شارك ألف طالب وطالبه.', 'وطالبه', 'شارك ألف طالب وطالبة.', 'the feminine of the noun'],
    ['ووعد بدراسه هذه المقترحات.', 'بدراسه', 'ووعد بدراسة هذه المقترحات.', 'first term of an idafa'],
    ['نظمت دورات تدريبيه للمعلمين.', 'تدريبيه', 'نظمت دورات تدريبية للمعلمين.', 'a nisba adjective'],
    ['وزار مستشفيات عديده في المدينة.', 'عديده', 'وزار مستشفيات عديدة في المدينة.', 'an adjective of the feminine'],
    ['أعلنت الهيئة العامه للطيران.', 'العامه', 'أعلنت الهيئة العامة للطيران.', 'an adjective of the feminine'],
    [
      'أنشأت نافذه إلكترونية للمستثمرين.',
      'نافذه',
      'أنشأت نافذة إلكترونية للمستثمرين.',
      'an indefinite feminine adjective',
    ],
    ['بدأ توسيع شبكه الكهرباء.', 'شبكه', 'بدأ توسيع شبكة الكهرباء.', 'first term of an idafa'],
    ['زار هذه مدرسه أمس.', 'مدرسه', 'زار هذه مدرسة أمس.', 'after «هذه»'],
    [
      'ارتفع الإنتاج المحلى من القمح.',
      'المحلى',
      'ارتفع الإنتاج المحلي من القمح.',
      'a nisba adjective of the masculine',
    ],
    ['وتبدأ المرحلة الأولي غدا.', 'الأولي', 'وتبدأ المرحلة الأولى غدا.', 'فُعلى form'],
    ['تنفذ الحكومة مشروعات كبري للطاقة.', 'كبري', 'تنفذ الحكومة مشروعات كبرى للطاقة.', 'فُعلى form'],
    ['افتتح مبني الركاب الجديد.', 'مبني', 'افتتح مبنى الركاب الجديد.', 'a noun of place'],
    ['بيعت الحقوق بقيمة أعلي من العقد السابق.', 'أعلي', 'بيعت الحقوق بقيمة أعلى من العقد السابق.', 'an elative'],
    ['وأكد المشاركون إن الملتقى نجح.', 'إن', 'وأكد المشاركون أن الملتقى نجح.', '«أنّ» follows'],
    ['وأشار إلى إن الموعد تأجل.', 'إن', 'وأشار إلى أن الموعد تأجل.', '«أنّ» follows'],
    ['ويظم المتحف قاعات جديدة.', 'ويظم', 'ويضم المتحف قاعات جديدة.', 'the word as written is rare'],
    ['سيعقد في اقرب وقت.', 'اقرب', 'سيعقد في أقرب وقت.', 'not an imperative'],
    ['وتسعي الوزارة إلى رفع النسبة.', 'وتسعي', 'وتسعى الوزارة إلى رفع النسبة.', 'does not fit narration'],
    [
      'كرمت الموظفين الذين امضوا سنوات في خدمتها.',
      'امضوا',
      'كرمت الموظفين الذين أمضوا سنوات في خدمتها.',
      'not an imperative',
    ],
    ['تستهدف المصابين بالإمراض المزمنة.', 'بالإمراض', 'تستهدف المصابين بالأمراض المزمنة.', 'a plural أفعال'],
    ['وأختتم المؤتمر أعماله أمس.', 'وأختتم', 'واختتم المؤتمر أعماله أمس.', 'a past verb of form VII, VIII or X'],
    ['أستقبل رئيس الوزراء الوفد.', 'أستقبل', 'استقبل رئيس الوزراء الوفد.', 'in narration'],
  ];
  for (const [text, word, fixed, reason] of CASES) {
    it(`«${word}» in «${text}»`, async () => {
      const { findings, output, suggestionOutputs } = await checkRule(rule, text);
      expect(findings).toHaveLength(1);
      const at = text.indexOf(word);
      expect(findings[0]).toMatchObject({
        messageId: 'context',
        severity: 'warning',
        column: at + 1,
        endColumn: at + word.length + 1,
      });
      expect(findings[0]!.message).toContain(reason);
      expect(findings[0]!.fix).toBeUndefined();
      expect(output).toBe(text);
      expect(suggestionOutputs[0]).toEqual([fixed]);
    });
  }

  it('ranks a particle with a pronoun first for a missing hamza («اليه» → «إليه», not «آليه»)', async () => {
    const { findings, suggestionOutputs } = await checkRule(rule, 'وأشار اليه الوزير.');
    expect(findings).toHaveLength(1);
    expect(suggestionOutputs[0]![0]).toBe('وأشار إليه الوزير.');
  });

  it('names the letters, in Arabic too', async () => {
    const { findings } = await checkRule(rule, 'اعتمدت آليات جديده للري.', { locale: 'ar' });
    expect(findings[0]!.message).toBe(
      '«جديده» كلمة صحيحة، لكن السياق يطلب «جديدة» (صفة لاسم مؤنث أو جمع قبلها): التاء المربوطة «ة» لا الهاء «ه».',
    );
    const english = await checkRule(rule, 'اعتمدت آليات جديده للري.');
    expect(english.findings[0]!.message).toBe(
      '“جديده” is a word, but the context asks for “جديدة” (an adjective of the feminine or plural noun before it): ta marbuta (ة), not ha (ه).',
    );
  });

  it('leaves the pronoun reading where the context allows it', async () => {
    for (const text of [
      'يلتقي خلالها نظيره الأردني.', // a noun with a pronoun and its adjective
      'وعلق عليه الوزير بكلمة قصيرة.', // a particle's pronoun
      'ألقى الوزير كلمته وفي ختام حديثه شكر الحضور.', // «حديثه» after a definite noun: no agreement
      'ويرأس المجلس الأعلى للتعليم.', // an elative in ى after a masculine noun stays
      'أكثر من ألفي متطوع.', // «ألفي» is the dual of «ألف»
      'وقال الوزير إن الخطة جاهزة.', // a verb of saying: «إن»
      'وأكد أن الحملة مستمرة منذ سنوات.', // «منذ» takes few clitics but is common
      'وعقد الاجتماع على هامش المؤتمر لدعم القوى العاملة.', // «للقوى»-like words with a preposition are no adjectives
      'وقال الوزير: أفتتح اليوم المعرض الجديد.', // the first person, in quoted speech
      'خصصت قاعات للترفيه والثقافة.', // «ترفيه» is a تفعيل noun, not a nisba with a pronoun
      'قرأ كتابه هذا مرتين.', // a demonstrative after a noun with a pronoun
      'وفي نهاية حديثه دعا الوزير الشباب إلى التطوع.', // after an indefinite singular noun: its possessor
      'وأوضح أن زيارة وزيره إلى المنطقة تأتي في إطار جولة.',
      'وأشار إلى أهمية دوره في تعزيز العلاقات.', // «أهمية» is no nisba
      'وأرسل الوزير إلى نظيره رسالة تهنئة.', // an object in ة, not an adjective
      'وقد أعاد المجلس النظر في قراره السابق.', // a masculine adjective after a noun with a pronoun
      'وتلقى اتصالا بحثا خلاله العلاقات الثنائية.', // «خلال» is a closed-class word
      'وتجول في أقسام المدرسة واطلع على التجهيزات.', // «اطّلع» (form VIII, ت merged into ط) after و
      'ويسهم في إثراء الحركة الثقافية.', // an indefinite verbal noun in an idafa
      'وأكد أنه يسعى إلى أن أستقبل الوفود بنفسي.', // after «أن»: the imperfect
    ])
      expect((await checkRule(rule, text)).findings, text).toEqual([]);
  });
});

describe('orthography/spelling: clean sentences that trap context cues', () => {
  it('reports no warning or error on any of them, with common-misspellings and hamza-wasl', async () => {
    const file = new URL('./data/spelling-traps.txt', import.meta.url);
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines.length).toBeGreaterThanOrEqual(80);
    const noisy: string[] = [];
    for (const line of lines) {
      for (const r of [rule, commonMisspellings, hamzaWasl]) {
        const { findings } = await checkRule(r, line);
        for (const f of findings) if (f.severity !== 'info') noisy.push(`${line} → ${f.message}`);
      }
    }
    expect(noisy).toEqual([]);
  });

  it('reports no warning or error on the clean releases of the grammar evaluation (texts the cues were not fitted to)', async () => {
    const folder = new URL('../../../scripts/eval-grammar/clean/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    const noisy: string[] = [];
    for (const name of files) {
      const text = readFileSync(new URL(name, folder), 'utf8');
      for (const r of [rule, commonMisspellings, hamzaWasl]) {
        const { findings } = await checkRule(r, text);
        for (const f of findings) if (f.severity !== 'info') noisy.push(`${name}: ${f.actual} → ${f.message}`);
      }
    }
    expect(noisy).toEqual([]);
  });
});

describe('orthography/spelling: which known words the context is asked about', () => {
  const normals = (words: string[]) => new Set(words.map((w) => normalizeWord(w)));
  const data: ContextData = {
    numberWords: normals(spellingData.data.numberWords),
    annaVerbs: normals(spellingData.data.annaVerbs),
    sayingVerbs: new Set(),
    annaAfter: normals(spellingData.data.annaAfter),
    particles: normals(spellingData.data.particles),
    imperfectParticles: normals(spellingData.data.imperfectParticles),
  };
  const may = (word: string) => maySlip(loadLexicon(), normalizeWord(word), data);

  it('not the words no neighbour can make a slip: particles and their pronouns, «في»', () => {
    expect(['على', 'في', 'عليه', 'منه'].map(may)).toEqual([false, false, false, false]);
  });

  it('every word a cue can hold for (ta marbuta, alif maqsura, first person, elative, hamza, attestation)', () => {
    const words = ['إن', 'جديده', 'العامه', 'خمسه', 'المحلى', 'الأولي', 'وتسعي', 'مبني', 'أعلي', 'يظم'];
    expect(words.filter((w) => !may(w))).toEqual([]);
  });
});

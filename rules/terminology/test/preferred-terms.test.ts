import { checkRule, RuleTester, type Format } from '@bayan/core';
import { describe, expect, it } from 'vitest';
import { preferredTerms } from '../src/preferred-terms.js';
import { prepareSettings } from '../src/settings.js';
import { govUk, place } from './helpers.js';

const NOTE =
  'The UK government has called the group “داعش” (first mention may be “تنظيم داعش”) since December 2015; its self-chosen name appears only in quotation marks or after “ما يسمى” (so-called).';
const ID = 'terminology/preferred-terms';
const tester = new RuleTester();

describe('terminology/preferred-terms: valid', () => {
  const valid: Array<{ text: string; format?: Format; style?: Record<string, unknown> }> = [
    { text: 'يواصل تنظيم داعش تهديد المنطقة، وتعمل الحكومة على هزيمة داعش.' },
    { text: 'تحدث الباحث عما يسمى بالدولة الإسلامية في ندوة أمس.' },
    { text: 'تحدث الباحث عن ما يُعرف بتنظيم الدولة الإسلامية.' },
    { text: 'قال إن تنظيم «الدولة الإسلامية» خسر معاقله.' },
    { text: 'نقلت الصحيفة عبارة "تنظيم الدولة الإسلامية" كما وردت.' },
    { text: 'قال إن “الدولة الإسلامية في العراق والشام” خسرت معاقلها.' },
    { text: 'سقطت الدولة الإسلامية المزعومة عام 2019.' },
    { text: 'رفض الجميع ما يسمى بدولة الخلافة.' },
    { text: 'The report on ISIS was published today.' },
    { text: 'والدولة المصرية شريك في الجهود، والدولة العراقية أيضًا.' },
    { text: 'انتقد الداعشيون السابقون التنظيم، وحوكم عناصر داعش.' },
    // Without the gov-uk house style, the base dictionary has no substitutions.
    { text: 'تعهدت الحكومة بهزيمة تنظيم الدولة الإسلامية.', style: {} },
    // Code is not prose.
    { text: 'اكتب `تنظيم الدولة الإسلامية` هكذا.', format: 'markdown' },
    { text: '<p>اكتب <code>تنظيم الدولة الإسلامية</code> هكذا.</p>', format: 'html' },
  ];
  for (const { text, format, style } of valid) {
    it(text, async () => {
      await tester.assertValid(preferredTerms, { text, style: style ?? govUk, format: format ?? 'text' });
    });
  }
});

interface Invalid {
  name: string;
  text: string;
  format?: Format;
  /** The reported text (its first occurrence, or `nth`). */
  actual: string;
  nth?: number;
  expected: string;
  output: string;
  /** Output of the suggestion, when the change is not a fix. */
  suggestion?: string;
  /** Markup inside the term: reported without any edit. */
  noEdit?: boolean;
  messageId?: string;
}

const invalid: Invalid[] = [
  {
    name: 'long name',
    text: 'تعهدت الحكومة بمواصلة الحرب على تنظيم الدولة الإسلامية.',
    actual: 'تنظيم الدولة الإسلامية',
    expected: 'داعش',
    output: 'تعهدت الحكومة بمواصلة الحرب على داعش.',
  },
  {
    name: 'و',
    text: 'قاتلت القوات وتنظيم الدولة الإسلامية يتراجع.',
    actual: 'وتنظيم الدولة الإسلامية',
    expected: 'وداعش',
    output: 'قاتلت القوات وداعش يتراجع.',
  },
  {
    name: 'ف',
    text: 'تراجع النفوذ فتنظيم الدولة الإسلامية خسر.',
    actual: 'فتنظيم الدولة الإسلامية',
    expected: 'فداعش',
    output: 'تراجع النفوذ فداعش خسر.',
  },
  {
    name: 'ب',
    text: 'لحقت الهزيمة بتنظيم الدولة الإسلامية.',
    actual: 'بتنظيم الدولة الإسلامية',
    expected: 'بداعش',
    output: 'لحقت الهزيمة بداعش.',
  },
  {
    name: 'ل',
    text: 'لا مكان لتنظيم الدولة الإسلامية هنا.',
    actual: 'لتنظيم الدولة الإسلامية',
    expected: 'لداعش',
    output: 'لا مكان لداعش هنا.',
  },
  {
    name: 'ك',
    text: 'جماعات متطرفة كتنظيم الدولة الإسلامية تهدد المنطقة.',
    actual: 'كتنظيم الدولة الإسلامية',
    expected: 'كداعش',
    output: 'جماعات متطرفة كداعش تهدد المنطقة.',
  },
  {
    name: 'وب',
    text: 'ندد بالإرهاب وبتنظيم الدولة الإسلامية.',
    actual: 'وبتنظيم الدولة الإسلامية',
    expected: 'وبداعش',
    output: 'ندد بالإرهاب وبداعش.',
  },
  {
    name: 'ول',
    text: 'لا ملاذ للإرهاب ولتنظيم الدولة الإسلامية.',
    actual: 'ولتنظيم الدولة الإسلامية',
    expected: 'ولداعش',
    output: 'لا ملاذ للإرهاب ولداعش.',
  },
  {
    name: 'وك',
    text: 'جماعات مثل القاعدة وكتنظيم الدولة الإسلامية.',
    actual: 'وكتنظيم الدولة الإسلامية',
    expected: 'وكداعش',
    output: 'جماعات مثل القاعدة وكداعش.',
  },
  {
    name: 'ال in the term',
    text: 'ظهرت الدولة الإسلامية في العراق والشام عام 2013.',
    actual: 'الدولة الإسلامية في العراق والشام',
    expected: 'داعش',
    output: 'ظهرت داعش عام 2013.',
  },
  {
    name: 'و + ال',
    text: 'حاربت القاعدة والدولة الإسلامية في العراق والشام.',
    actual: 'والدولة الإسلامية في العراق والشام',
    expected: 'وداعش',
    output: 'حاربت القاعدة وداعش.',
  },
  {
    name: 'ب + ال',
    text: 'ندد الوزير بالدولة الإسلامية في العراق والشام.',
    actual: 'بالدولة الإسلامية في العراق والشام',
    expected: 'بداعش',
    output: 'ندد الوزير بداعش.',
  },
  {
    name: 'ك + ال',
    text: 'تنظيمات كالدولة الإسلامية في العراق والشام.',
    actual: 'كالدولة الإسلامية في العراق والشام',
    expected: 'كداعش',
    output: 'تنظيمات كداعش.',
  },
  {
    name: 'لل',
    text: 'لا مستقبل للدولة الإسلامية في العراق والشام.',
    actual: 'للدولة الإسلامية في العراق والشام',
    expected: 'لداعش',
    output: 'لا مستقبل لداعش.',
  },
  {
    name: 'ولل',
    text: 'انتهى الأمر وللدولة الإسلامية في العراق والشام خلايا نائمة.',
    actual: 'وللدولة الإسلامية في العراق والشام',
    expected: 'ولداعش',
    output: 'انتهى الأمر ولداعش خلايا نائمة.',
  },
  {
    name: 'فبال',
    text: 'ثم فبالدولة الإسلامية في العراق والشام لحقت الهزيمة.',
    actual: 'فبالدولة الإسلامية في العراق والشام',
    expected: 'فبداعش',
    output: 'ثم فبداعش لحقت الهزيمة.',
  },
  {
    name: 'tatweel idiom',
    text: 'استمرت الضربات الموجهة لـتنظيم الدولة الإسلامية.',
    actual: 'لـتنظيم الدولة الإسلامية',
    expected: 'لـداعش',
    output: 'استمرت الضربات الموجهة لـداعش.',
  },
  {
    name: 'harakat, tatweel, hamza-less alef',
    text: 'قال إن تَنْظِيمَ الدولـة الاسلامية خسر.',
    actual: 'تَنْظِيمَ الدولـة الاسلامية',
    expected: 'داعش',
    output: 'قال إن داعش خسر.',
  },
  {
    name: 'Persian yeh',
    text: 'قال إن تنظیم الدولة الإسلامية خسر.',
    actual: 'تنظیم الدولة الإسلامية',
    expected: 'داعش',
    output: 'قال إن داعش خسر.',
  },
  {
    name: 'across a line break',
    text: 'تعهدت الحكومة بهزيمة تنظيم الدولة\nالإسلامية في كل مكان.',
    actual: 'تنظيم الدولة\nالإسلامية',
    expected: 'داعش',
    output: 'تعهدت الحكومة بهزيمة داعش في كل مكان.',
  },
  {
    name: 'split spelling',
    text: 'تراجع نفوذ دا عش في المنطقة.',
    actual: 'دا عش',
    expected: 'داعش',
    output: 'تراجع نفوذ داعش في المنطقة.',
  },
  {
    name: 'bare name: suggestion',
    text: 'تواصل الدولة الإسلامية تهديد المنطقة.',
    actual: 'الدولة الإسلامية',
    expected: 'داعش',
    output: 'تواصل الدولة الإسلامية تهديد المنطقة.',
    suggestion: 'تواصل داعش تهديد المنطقة.',
  },
  {
    name: 'short name: suggestion',
    text: 'يواصل تنظيم الدولة تهديد المنطقة.',
    actual: 'تنظيم الدولة',
    expected: 'داعش',
    output: 'يواصل تنظيم الدولة تهديد المنطقة.',
    suggestion: 'يواصل داعش تهديد المنطقة.',
  },
  {
    name: 'Latin ISIS in Arabic text',
    text: 'أعلنت الحكومة أن ISIS ما زال يشكل خطرًا.',
    actual: 'ISIS',
    expected: 'داعش',
    output: 'أعلنت الحكومة أن ISIS ما زال يشكل خطرًا.',
    suggestion: 'أعلنت الحكومة أن داعش ما زال يشكل خطرًا.',
  },
  {
    name: 'Latin ISIL',
    text: 'قالت إن ISIL يتراجع.',
    actual: 'ISIL',
    expected: 'داعش',
    output: 'قالت إن ISIL يتراجع.',
    suggestion: 'قالت إن داعش يتراجع.',
  },
  {
    name: 'Latin IS',
    text: 'قالت إن IS يتراجع.',
    actual: 'IS',
    expected: 'داعش',
    output: 'قالت إن IS يتراجع.',
    suggestion: 'قالت إن داعش يتراجع.',
  },
  {
    name: 'Latin Daesh',
    text: 'هزيمة Daesh هدفنا.',
    actual: 'Daesh',
    expected: 'داعش',
    output: 'هزيمة Daesh هدفنا.',
    suggestion: 'هزيمة داعش هدفنا.',
  },
  {
    name: 'discouraged term',
    text: 'زعم التنظيم أنه أقام دولة الخلافة.',
    actual: 'دولة الخلافة',
    expected: 'داعش',
    output: 'زعم التنظيم أنه أقام دولة الخلافة.',
    suggestion: 'زعم التنظيم أنه أقام داعش.',
    messageId: 'discouraged',
  },
  {
    name: 'inside Markdown emphasis',
    format: 'markdown',
    text: 'قاتل التحالف **تنظيم الدولة الإسلامية** طويلًا.',
    actual: 'تنظيم الدولة الإسلامية',
    expected: 'داعش',
    output: 'قاتل التحالف **داعش** طويلًا.',
  },
  {
    name: 'Markdown link text',
    format: 'markdown',
    text: 'اقرأ عن [تنظيم الدولة الإسلامية](https://example.org/isis) هنا.',
    actual: 'تنظيم الدولة الإسلامية',
    expected: 'داعش',
    output: 'اقرأ عن [داعش](https://example.org/isis) هنا.',
  },
  {
    name: 'emphasis splitting a term: no edit',
    format: 'markdown',
    text: 'قاتل التحالف **تنظيم** الدولة الإسلامية طويلًا.',
    actual: 'تنظيم** الدولة الإسلامية',
    expected: 'داعش',
    output: 'قاتل التحالف **تنظيم** الدولة الإسلامية طويلًا.',
    noEdit: true,
  },
  {
    name: 'HTML inline element',
    format: 'html',
    text: '<p>قاتل التحالف <em>تنظيم الدولة الإسلامية</em> طويلًا.</p>',
    actual: 'تنظيم الدولة الإسلامية',
    expected: 'داعش',
    output: '<p>قاتل التحالف <em>داعش</em> طويلًا.</p>',
  },
  {
    name: 'HTML element splitting a term: no edit',
    format: 'html',
    text: '<p>قاتل التحالف <b>تنظيم</b> الدولة الإسلامية طويلًا.</p>',
    actual: 'تنظيم</b> الدولة الإسلامية',
    expected: 'داعش',
    output: '<p>قاتل التحالف <b>تنظيم</b> الدولة الإسلامية طويلًا.</p>',
    noEdit: true,
  },
];

describe('terminology/preferred-terms: invalid', () => {
  for (const c of invalid) {
    it(c.name, async () => {
      const lead =
        c.messageId === 'discouraged' ? `Avoid “${c.actual}”.` : `Write “${c.expected}” instead of “${c.actual}”.`;
      // Place, message id, whole message (but for discouraged terms), output and suggestions: core's RuleTester.
      await tester.assertInvalid(preferredTerms, {
        text: c.text,
        style: govUk,
        format: c.format ?? 'text',
        errors: [
          {
            ...place(c.text, c.actual, c.nth),
            messageId: c.messageId ?? 'substitute',
            ...(c.messageId !== 'discouraged' ? { message: `${lead} ${NOTE}` } : {}),
            suggestions: c.suggestion !== undefined ? [c.suggestion] : [],
          },
        ],
        output: c.output,
      });
      // What a RuleTester case does not say: the finding's actual and expected text, fix or not, the wording.
      const { findings, suggestionOutputs } = await checkRule(preferredTerms, c.text, {
        style: govUk,
        format: c.format ?? 'text',
      });
      const finding = findings[0]!;
      expect(finding).toMatchObject({ ruleId: ID, actual: c.actual, expected: [c.expected] });
      if (c.messageId === 'discouraged') expect(finding.message.startsWith(lead)).toBe(true);
      if (c.suggestion !== undefined) {
        expect(finding.fix).toBeUndefined();
        expect(suggestionOutputs).toEqual([[c.suggestion]]);
        expect(finding.suggestions![0]!.message).toBe(`Replace “${c.actual}” with “${c.expected}”.`);
      } else if (c.noEdit) {
        expect(finding.fix).toBeUndefined();
        expect(suggestionOutputs).toEqual([[]]);
      } else {
        expect(finding.fix).toBeDefined();
        expect(suggestionOutputs).toEqual([[]]);
      }
    });
  }

  it('reports every occurrence, in order', async () => {
    const text = 'ضربت القوات تنظيم الدولة الإسلامية، ثم لاحقت فلول تنظيم الدولة الإسلامية.';
    const { findings, output } = await checkRule(preferredTerms, text, { style: govUk });
    expect(findings.map((f) => [f.column, f.endColumn])).toEqual([
      [place(text, 'تنظيم الدولة الإسلامية').column, place(text, 'تنظيم الدولة الإسلامية').endColumn],
      [place(text, 'تنظيم الدولة الإسلامية', 1).column, place(text, 'تنظيم الدولة الإسلامية', 1).endColumn],
    ]);
    expect(output).toBe('ضربت القوات داعش، ثم لاحقت فلول داعش.');
  });

  it('writes the message in Arabic', async () => {
    const { findings } = await checkRule(preferredTerms, 'لحقت الهزيمة بتنظيم الدولة الإسلامية.', {
      style: govUk,
      locale: 'ar',
    });
    expect(findings[0]!.message).toBe(
      'اكتب «بداعش» بدل «بتنظيم الدولة الإسلامية». تسمي الحكومة البريطانية التنظيم «داعش» (ويجوز «تنظيم داعش» عند ذكره أول مرة) منذ ديسمبر 2015، ولا تستعمل اسمه الذي اختاره لنفسه إلا منقولًا بين علامتي تنصيص أو مسبوقًا بـ«ما يسمى».',
    );
  });
});

describe('terminology/preferred-terms: user dictionaries', () => {
  const terms = [
    'name: newsroom',
    'entries:',
    '  - id: gaza-strip',
    '    kind: substitution',
    '    level: info',
    '    preferred: قطاع غزة',
    '    variants: [غزه ستريب]',
    '    note: {ar: نكتب «قطاع غزة»., en: We write “قطاع غزة”.}',
    '    source: newsroom style book',
    '    examples:',
    '      - {from: وصلت المساعدات إلى غزه ستريب., to: وصلت المساعدات إلى قطاع غزة.}',
  ].join('\n');
  it('reads entries from a user dictionary, with their level', async () => {
    const settings = { terminology: prepareSettings({ dictionaries: [{ file: 'terms.yaml', text: terms }] }) };
    const text = 'وصلت القوافل إلى غزه ستريب أمس.';
    const { findings, output } = await checkRule(preferredTerms, text, { settings, severity: 'warning' });
    expect(findings).toMatchObject([
      {
        severity: 'info',
        message: 'Write “قطاع غزة” instead of “غزه ستريب”. We write “قطاع غزة”.',
        ...place(text, 'غزه ستريب'),
      },
    ]);
    expect(output).toBe('وصلت القوافل إلى قطاع غزة أمس.');
  });
  it('keeps the house style beside a user dictionary', async () => {
    const settings = { terminology: prepareSettings({ dictionaries: [{ file: 'terms.yaml', text: terms }] }) };
    const { output } = await checkRule(preferredTerms, 'هزمت غزه ستريب وتنظيم الدولة الإسلامية؟', {
      settings,
      style: govUk,
    });
    expect(output).toBe('هزمت قطاع غزة وداعش؟');
  });
});

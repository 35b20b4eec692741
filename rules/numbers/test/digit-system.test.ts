import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { digitSystem } from '../src/digit-system.js';
import { expectInvalid, expectValid } from './table.js';

describe('numbers/digit-system', () => {
  it.each([
    'بلغ العدد 1,234.5 في 2024 و15 في المئة.',
    'بلغ العدد ١٬٢٣٤٫٥ في ٢٠٢٤ و١٥ في المئة.',
    // a tie has no majority
    'في 2024 وفي ٢٠٢٥.',
    { text: 'صدر Windows 11 في ٢٠٢١ و٢٠٢٢.', style: { digits: 'arabic-indic' } },
    { text: 'وصل ٣ وفود.', style: { digits: 'arabic-indic' } },
    { text: 'وصل 3 وفود و4.3 مليار.', style: { digits: 'western' } },
  ])('valid: %j', async (c) => {
    await expectValid(digitSystem, c);
  });

  it('reports two systems in one number (error, fixed to the majority)', async () => {
    await expectInvalid(digitSystem, {
      text: 'في 2٠25 و2024 و2023.',
      errors: [
        {
          line: 1,
          column: 4,
          endColumn: 8,
          messageId: 'mixed',
          message: 'The number “2٠25” mixes two digit systems; write “2025”.',
        },
      ],
      output: 'في 2025 و2024 و2023.',
    });
  });

  it('reports Persian digits and maps them to Arabic-Indic when nothing else decides', async () => {
    await expectInvalid(digitSystem, {
      text: 'عام ۲۰۲۴.',
      errors: [{ line: 1, column: 5, endColumn: 9, messageId: 'persian' }],
      output: 'عام ٢٠٢٤.',
    });
  });

  it('the minority system gets the majority, separators included, clitics kept', async () => {
    await expectInvalid(digitSystem, {
      text: 'في ٢٠٢٤ قدمنا ٣٫٥ مليار وبـ1,234.5 جنيه و٧ منح.',
      errors: [
        {
          line: 1,
          column: 28,
          endColumn: 35,
          messageId: 'minority',
          message:
            '3 of the 4 numbers in this document use the other digit system; write “١٬٢٣٤٫٥” instead of “1,234.5”.',
        },
      ],
      output: 'في ٢٠٢٤ قدمنا ٣٫٥ مليار وبـ١٬٢٣٤٫٥ جنيه و٧ منح.',
    });
  });

  it('rebuilds a number split by a proclitic («و4.3»)', async () => {
    await expectInvalid(digitSystem, {
      text: 'بين ٢٠٢٠ و٢٠٢٤ بلغ و4.3 مليار.',
      errors: [{ line: 1, column: 21, endColumn: 24, messageId: 'minority' }],
      output: 'بين ٢٠٢٠ و٢٠٢٤ بلغ و٤٫٣ مليار.',
    });
  });

  it('follows the house style', async () => {
    await expectInvalid(digitSystem, {
      text: 'بلغ ١٬٥٠٠ و2 و3.',
      style: { digits: 'western' },
      errors: [{ line: 1, column: 5, endColumn: 10, messageId: 'houseWestern' }],
      output: 'بلغ 1,500 و2 و3.',
    });
    await expectInvalid(digitSystem, {
      text: 'بلغ 1,500 و۲.',
      style: { digits: 'arabic-indic' },
      errors: [
        { line: 1, column: 5, endColumn: 10, messageId: 'houseArabic' },
        { line: 1, column: 12, endColumn: 13, messageId: 'persian' },
      ],
      output: 'بلغ ١٬٥٠٠ و٢.',
    });
  });

  it('style findings are warnings, broken numbers errors', async () => {
    const { findings } = await checkRule(digitSystem, 'في ٢٠٢٤ و2025 و2026 و۲.');
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['minority', 'warning'],
      ['persian', 'error'],
    ]);
  });

  it('works in Markdown tables and HTML, never in code', async () => {
    await expectInvalid(digitSystem, {
      format: 'markdown',
      text: '| السنة | المبلغ |\n| --- | --- |\n| 2024 | ١٬٥٠٠ |\n| 2023 | 1,200 |\n\n`٢٠٢٤`\n',
      errors: [{ line: 3, column: 10, endColumn: 15, messageId: 'minority' }],
      output: '| السنة | المبلغ |\n| --- | --- |\n| 2024 | 1,500 |\n| 2023 | 1,200 |\n\n`٢٠٢٤`\n',
    });
    await expectInvalid(digitSystem, {
      format: 'html',
      text: '<p data-n="٢">عام <b>2024</b> و<i>2025</i> و٢٠٢٦</p>',
      errors: [{ line: 1, column: 45, endColumn: 49, messageId: 'minority' }],
      output: '<p data-n="٢">عام <b>2024</b> و<i>2025</i> و2026</p>',
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(digitSystem, 'عام ۲۰۲۴.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('العدد «۲۰۲۴» مكتوب بالأرقام الفارسية (۰–۹) لا بالأرقام العربية؛ الصواب «٢٠٢٤».');
  });

  it('counts the numbers in Arabic with the plural the count takes (Intl.PluralRules ar)', async () => {
    const few = await checkRule(digitSystem, 'في ٢٠٢٤ قدمنا ٣٫٥ مليار وبـ1,234.5 جنيه و٧ منح.', { locale: 'ar' });
    expect(few.findings.map((f) => f.message)).toEqual([
      '3 من 4 أعداد في الوثيقة بنظام آخر من الأرقام؛ اكتب «١٬٢٣٤٫٥» بدل «1,234.5».',
    ]);
    const many = await checkRule(digitSystem, `${'١ '.repeat(11)}و2.`, { locale: 'ar' });
    expect(many.findings.map((f) => f.message)).toEqual([
      '11 من 12 عددًا في الوثيقة بنظام آخر من الأرقام؛ اكتب «٢» بدل «2».',
    ]);
  });
});

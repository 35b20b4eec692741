import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { dateFormat, monthSystems } from '../src/date-format.js';
import { expectInvalid, expectValid } from './table.js';
import { HAS_SEED, SEED_PATH } from '../../../tests/support/seed.js';

const SEED = SEED_PATH;

describe('numbers/date-format', () => {
  it.each([
    'صدر في 30 سبتمبر 2024 وأُعلن في 2 أكتوبر 2024.',
    'صدر في 30/9/2024 وأُعلن في 2/10/2024.',
    'صدر في ٣٠ أيلول ٢٠٢٤ و١ تشرين الأول ٢٠٢٤.',
    'صدر في 20 نوفمبر/تشرين الثاني 2015 ثم في 21 نوفمبر/تشرين الثاني 2015.',
    // Hijri dates are left alone
    'صدر في 30 سبتمبر 2024 الموافق 27/3/1446 هـ و1446/03/27.',
    'صدر في 2024-09-30 الموافق 27 ربيع الأول 1446.',
    // a fraction or a score is not a date
    'فاز الفريق 3-1 في 30 سبتمبر 2024.',
  ])('valid: %j', async (c) => {
    await expectValid(dateFormat, c);
  });

  it('numeric dates in a document that names its months: suggestion with its month names', async () => {
    await expectInvalid(dateFormat, {
      text: 'صدر في 21 تشرين الثاني 2015 وفي 3 آب 2016.\n\nوسيُعقد في 09/01/2017.\n',
      errors: [
        {
          line: 3,
          column: 12,
          endColumn: 22,
          messageId: 'preferNamed',
          message: 'Most dates in this document (2 of 3) name the month; write “09/01/2017” the same way.',
          suggestions: ['صدر في 21 تشرين الثاني 2015 وفي 3 آب 2016.\n\nوسيُعقد في 9 كانون الثاني 2017.\n'],
        },
      ],
    });
  });

  it('named dates in a document that writes dates in digits', async () => {
    await expectInvalid(dateFormat, {
      text: 'في ٣٠/٩/٢٠٢٤ و١/١٠/٢٠٢٤ و٥ أكتوبر ٢٠٢٤.',
      errors: [{ line: 1, column: 26, endColumn: 39, messageId: 'preferNumeric' }],
    });
  });

  it('one separator for numeric dates (fix)', async () => {
    await expectInvalid(dateFormat, {
      text: 'في 30/9/2024 و1/10/2024 و2024-10-05 و6.10.2024.',
      errors: [
        {
          line: 1,
          column: 26,
          endColumn: 36,
          messageId: 'separator',
          message: 'Most numeric dates in this document use “/”; write “2024/10/05” instead of “2024-10-05”.',
        },
        { line: 1, column: 38, endColumn: 47, messageId: 'separator' },
      ],
      output: 'في 30/9/2024 و1/10/2024 و2024/10/05 و6/10/2024.',
    });
  });

  it('in Markdown and HTML', async () => {
    await expectInvalid(dateFormat, {
      format: 'html',
      text: '<p>في <time datetime="2024-09-30">30 سبتمبر 2024</time> و2 أكتوبر 2024 و3/10/2024</p>',
      errors: [
        {
          line: 1,
          column: 73,
          endColumn: 82,
          messageId: 'preferNamed',
          suggestions: ['<p>في <time datetime="2024-09-30">30 سبتمبر 2024</time> و2 أكتوبر 2024 و3 أكتوبر 2024</p>'],
        },
      ],
    });
  });

  it.runIf(HAS_SEED)('on the seed release: «30 سبتمبر 2024» is not reported', async () => {
    const { findings } = await checkRule(dateFormat, readFileSync(SEED, 'utf8'));
    expect(findings).toEqual([]);
  });

  describe('data examples: each is recognised as a named date', () => {
    const examples = monthSystems.flatMap((s) => s.examples.map((e) => [s.id, e] as const));
    it.each(examples)('%s: %s', async (_id, text) => {
      // one named date next to two numeric ones: the named one is the minority
      const { findings } = await checkRule(dateFormat, `${text}\n\n1/1/2020 و2/2/2020`);
      expect(findings.map((f) => f.messageId)).toEqual(['preferNumeric']);
    });
  });

  it('speaks Arabic', async () => {
    const { findings } = await checkRule(dateFormat, 'في 30/9/2024 و2024-10-05 و5/10/2024.', { locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'أغلب التواريخ الرقمية في الوثيقة تفصل بـ«/»؛ اكتب «2024/10/05» بدل «2024-10-05».',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { demonstrativeAgreement } from '../src/demonstrative-agreement.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/demonstrative-agreement', () => {
  it.each([
    'ناقش الوزير هذه الخطة مع نظيره.',
    'حضر الوزير هذا الاجتماع.',
    // non-human broken plurals take the feminine
    'تنفذ الحكومة هذه المشاريع وتلك البرامج.',
    // pronoun uses of هذا/ذلك
    'شارك عدد من الدول، بما في ذلك المملكة المتحدة.',
    'يعني ذلك الحاجة إلى دعم إضافي.',
    'وأكدت ذلك الوزارة في بيان.',
    'ولذلك الحكومة مستعدة، وكذلك الوزارة.',
    'ساهمت بذلك الحملة في النجاح.',
    // human plurals in ة
    'هذا القادة لم يحضروا.',
    // indefinite noun, or a line break
    'بما في ذلك هزيمة داعش.',
    'هذا\nالخطة',
    // unknown gender: say nothing
    'هذه الطريق طويلة.',
  ])('valid: %j', async (text) => {
    await expectValid(demonstrativeAgreement, text);
  });

  // A word named like a property of every object (`constructor`, `toString`) is no demonstrative: once
  // the table was read with `in`, «constructor الخطة» was reported with an undefined replacement.
  it.each(['constructor الخطة', 'toString الاجتماع', 'وconstructor الخطة'])(
    'valid: %j (not a demonstrative)',
    async (text) => {
      await expectValid(demonstrativeAgreement, text);
    },
  );

  it('both directions, clitics and harakat; the clitics stay, the demonstrative is replaced', async () => {
    const text = 'ناقش الوزير هذا الخطة، وفي تلكَ الاجتماع، وبهذا المناسبة، ولهذه القرار ٣ أسباب.';
    await expectInvalid(demonstrativeAgreement, {
      text,
      errors: [
        {
          line: 1,
          column: 13,
          endColumn: 16,
          messageId: 'feminine',
          message: 'A demonstrative agrees with its noun, and “الخطة” is feminine: “هذه”, not “هذا”.',
          suggestions: [text.replace('هذا الخطة', 'هذه الخطة')],
        },
        {
          line: 1,
          column: 28,
          endColumn: 32,
          messageId: 'masculine',
          message: 'A demonstrative agrees with its noun, and “الاجتماع” is masculine: “ذلك”, not “تلكَ”.',
          suggestions: [text.replace('تلكَ', 'ذلك')],
        },
        { line: 1, column: 45, endColumn: 48, messageId: 'feminine', suggestions: [text.replace('وبهذا', 'وبهذه')] },
        { line: 1, column: 61, endColumn: 64, messageId: 'masculine', suggestions: [text.replace('ولهذه', 'ولهذا')] },
      ],
    });
  });

  it('after a preposition «هذا» belongs to its noun; «في ذلك» too, except in «بما في ذلك»', async () => {
    const text = 'تحدث عن هذا الخطة، وفي ذلك المرحلة.';
    await expectInvalid(demonstrativeAgreement, {
      text,
      errors: [
        { line: 1, column: 9, endColumn: 12, messageId: 'feminine', suggestions: [text.replace('هذا', 'هذه')] },
        { line: 1, column: 24, endColumn: 27, messageId: 'feminine', suggestions: [text.replace('ذلك', 'تلك')] },
      ],
    });
    await expectValid(demonstrativeAgreement, 'وبعد ذلك الحكومة قررت المضي في الخطة.');
  });

  it('in HTML and in Arabic', async () => {
    await expectInvalid(demonstrativeAgreement, {
      format: 'html',
      text: '<p>«ذلك الحرب»</p>',
      errors: [{ line: 1, column: 5, endColumn: 8, messageId: 'feminine', suggestions: ['<p>«تلك الحرب»</p>'] }],
    });
    const { findings, output } = await checkRule(demonstrativeAgreement, 'حضر هذه الاجتماع.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('اسم الإشارة يطابق المشار إليه، و«الاجتماع» مذكر: «هذا» لا «هذه».');
    expect(output).toBe('حضر هذه الاجتماع.');
  });
});

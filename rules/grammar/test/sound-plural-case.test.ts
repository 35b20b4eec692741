import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { soundPluralCase } from '../src/sound-plural-case.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/sound-plural-case', () => {
  it.each([
    'تحدث الوزير مع المشاركين في الورشة.',
    'أكد المشاركون أهمية التعاون.',
    'اتفق الطرفان على الخطة.',
    'زار الوفد عددا من البلدان العربية.',
    'وصل الوفد إلى لبنان وعمان.',
    'حتى المشاركون أنفسهم فوجئوا.',
    'عقد في البرلمان اجتماع.',
    // «عبّر» and «بيّن» are verbs here, with their subjects
    'وعبر المشاركون عن سعادتهم بالنتائج.',
    'وبين المسؤولان أن الخطة جاهزة.',
    'وبين المسؤولون بأن العمل مستمر.',
    // a word that only ends like a plural: «الفنون» is not a listed singular + ون
    'اهتم المعرض بالفنون والعيون.',
    // an idafa head with an indefinite noun after it is not an idafa of this kind
    'عدد مشاركون قليل.',
    // a line break between
    'مع\nالمشاركون',
    // Arabic-Indic digits and quotes do not confuse it
    'حضر ٤٠ مشاركًا «مع المشاركين».',
  ])('valid: %j', async (text) => {
    await expectValid(soundPluralCase, text);
  });

  it('after a preposition, an attached preposition and an idafa head; harakat kept', async () => {
    const text = 'تحدث الوزير مع المشاركون، وبين الطرفانِ، وللمتضررُونَ، وعدد المستفيدون من ٣ برامج.';
    await expectInvalid(soundPluralCase, {
      text,
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 25,
          messageId: 'plural',
          message: 'A sound masculine plural after “مع” is genitive, written with ي: “المشاركين”, not “المشاركون”.',
          suggestions: [text.replace('المشاركون', 'المشاركين')],
        },
        {
          line: 1,
          column: 32,
          endColumn: 40,
          messageId: 'dual',
          message: 'A dual after “وبين” is genitive, written with ي: “الطرفينِ”, not “الطرفانِ”.',
          suggestions: [text.replace('الطرفانِ', 'الطرفينِ')],
        },
        {
          line: 1,
          column: 42,
          endColumn: 54,
          messageId: 'plural',
          suggestions: [text.replace('وللمتضررُونَ', 'وللمتضررِينَ')],
        },
        {
          line: 1,
          column: 61,
          endColumn: 71,
          messageId: 'plural',
          suggestions: [text.replace('المستفيدون', 'المستفيدين')],
        },
      ],
    });
  });

  it('a dual of a noun in ة, in Markdown, and in Arabic', async () => {
    await expectInvalid(soundPluralCase, {
      format: 'markdown',
      text: '## وقعت اتفاقية بين الدولتان\n',
      errors: [
        { line: 1, column: 21, endColumn: 29, messageId: 'dual', suggestions: ['## وقعت اتفاقية بين الدولتين\n'] },
      ],
    });
    const { findings, output } = await checkRule(soundPluralCase, 'تحدث مع المشاركون.', { locale: 'ar' });
    expect(findings[0]?.message).toBe(
      'جمع المذكر السالم بعد «مع» مجرور، وعلامة جرّه الياء: «المشاركين» لا «المشاركون».',
    );
    expect(output).toBe('تحدث مع المشاركون.');
  });

  it('iḍāfa heads of the pattern أفعال, and heads with an attached preposition', async () => {
    const text = 'ناقش الاجتماع أوضاع اللاجئون وأشاد بجهود المتطوعون.';
    await expectInvalid(soundPluralCase, {
      text,
      errors: [
        {
          line: 1,
          column: 21,
          endColumn: 29,
          messageId: 'plural',
          suggestions: [text.replace('اللاجئون', 'اللاجئين')],
        },
        {
          line: 1,
          column: 42,
          endColumn: 51,
          messageId: 'plural',
          suggestions: [text.replace('المتطوعون', 'المتطوعين')],
        },
      ],
    });
  });

  it('plurals the lists do not have, from the lexicon; singulars in «ـون/ـان» are not plurals', async () => {
    const text = 'تحدث مع الصحفيون، ووفر فرصا للخريجون.';
    await expectInvalid(soundPluralCase, {
      text,
      errors: [
        { line: 1, column: 9, endColumn: 17, messageId: 'plural', suggestions: [text.replace('الصحفيون', 'الصحفيين')] },
        {
          line: 1,
          column: 29,
          endColumn: 37,
          messageId: 'plural',
          suggestions: [text.replace('للخريجون', 'للخريجين')],
        },
      ],
    });
    // «زيتون», «برلمان», «جيران», «إيمان» take every pronoun suffix in the lexicon: not plurals or duals.
    for (const text of [
      'اهتم المزارعون بالزيتون.',
      'جلس الوفد في الصالون.',
      'تحدث في البرلمان.',
      'زار الوزير مع الجيران الحي.',
      'تحدث عن الإيمان بالسلام.',
    ]) {
      await expectValid(soundPluralCase, text);
    }
  });
});

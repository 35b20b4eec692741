import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { stackedPrepositions } from '../src/stacked-prepositions.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/stacked-prepositions', () => {
  it.each([
    'ارتفعت الأسعار في الأسواق.',
    'نزل الجنود من على السفينة.',
    'يستفيد من في المخيم من المساعدات.',
    'وصل الوفد إلى لبنان ثم إلى بغداد.',
    'حتى في الأسواق ارتفعت الأسعار.',
    'اطلع الوزير عليه في الاجتماع.',
    'نظر الوزير إلى بالغ أثر الأزمة.',
    'تحدث عن، في الوقت نفسه، الخطة.',
    // a repeated word is orthography/no-repeated-words' business
    'ارتفعت الأسعار في في الأسواق.',
    'على\nفي',
  ])('valid: %j', async (text) => {
    await expectValid(stackedPrepositions, text);
  });

  it('free and attached prepositions, clitics, Arabic-Indic digits: two suggestions each', async () => {
    const text = 'ارتفعت الأسعار وعلى في الأسواق، ووصل إلى للمدينة ٣ وفود وفي بالقاهرة.';
    await expectInvalid(stackedPrepositions, {
      text,
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 23,
          messageId: 'stacked',
          message:
            'Two prepositions in a row, “وعلى في”: a preposition cannot govern another preposition; drop one of them.',
          suggestions: [text.replace('وعلى في', 'وفي'), text.replace('وعلى في', 'وعلى')],
        },
        {
          line: 1,
          column: 38,
          endColumn: 49,
          messageId: 'stacked',
          suggestions: [text.replace('إلى للمدينة', 'للمدينة'), text.replace('إلى للمدينة', 'إلى المدينة')],
        },
        {
          line: 1,
          column: 57,
          endColumn: 69,
          messageId: 'stacked',
          suggestions: [text.replace('وفي بالقاهرة', 'وبالقاهرة'), text.replace('وفي بالقاهرة', 'وفي القاهرة')],
        },
      ],
    });
  });

  it('«من» is a second preposition only before a word with the article', async () => {
    const text = 'انطلقت القافلة على من العاصمة.';
    await expectInvalid(stackedPrepositions, {
      text,
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 22,
          messageId: 'stacked',
          suggestions: [text.replace('على من', 'من'), text.replace('على من', 'على')],
        },
      ],
    });
    await expectValid(stackedPrepositions, 'وزعت المساعدات على من يحتاج إليها.');
  });

  it('harakat, quotes and HTML', async () => {
    await expectInvalid(stackedPrepositions, {
      format: 'html',
      text: '<p>«عَنْ فِي الخطة»</p>',
      errors: [
        {
          line: 1,
          column: 5,
          endColumn: 13,
          messageId: 'stacked',
          suggestions: ['<p>«فِي الخطة»</p>', '<p>«عَنْ الخطة»</p>'],
        },
      ],
    });
    const { findings, output } = await checkRule(stackedPrepositions, 'وصل إلى للمدينة.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('حرفا جرّ متتاليان «إلى للمدينة»: لا يدخل حرف جرّ على حرف جرّ آخر، فاحذف أحدهما.');
    expect(output).toBe('وصل إلى للمدينة.');
  });
});

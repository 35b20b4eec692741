import { describe, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { expect } from 'vitest';
import { haythInna } from '../src/hayth-inna.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/hayth-inna', () => {
  it.each([
    'تأجل الاجتماع حيث إن الوفد لم يصل.',
    'تأجل الاجتماع حيثُ إنَّ الوفد لم يصل.',
    'وحيث إنه لم يصل فقد تأجل الاجتماع.',
    'فإنه سيصل غدا حيث إنه في الطريق.',
    'عقد الاجتماع حيث اتفق الطرفان.',
    'من حيث المبدأ وافق المجلس.',
    // «أن» elsewhere is not this rule's business
    'أكد الوزير أن الوفد وصل.',
    // a line break ends the phrase
    'حيث\nأن الوفد',
  ])('valid: %j', async (text) => {
    await expectValid(haythInna, text);
  });

  it('«حيث أن» → «حيث إن», exact range, English message', async () => {
    await expectInvalid(haythInna, {
      text: 'تأجل الاجتماع حيث أن الوفد لم يصل.',
      errors: [
        {
          line: 1,
          column: 19,
          endColumn: 21,
          messageId: 'inna',
          message: '«حيث» is followed by a clause, so the particle takes kasra: “إن”, not “أن”.',
          suggestions: ['تأجل الاجتماع حيث إن الوفد لم يصل.'],
        },
      ],
    });
  });

  it('clitics, harakat, pronoun suffixes and the hamza-less spelling', async () => {
    await expectInvalid(haythInna, {
      text: 'وحيث أنّه لم يصل، فبحيثُ أنَّها ستصل، وحيث انهم غادروا.',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 10,
          messageId: 'inna',
          suggestions: ['وحيث إنّه لم يصل، فبحيثُ أنَّها ستصل، وحيث انهم غادروا.'],
        },
        {
          line: 1,
          column: 26,
          endColumn: 32,
          messageId: 'inna',
          suggestions: ['وحيث أنّه لم يصل، فبحيثُ إنَّها ستصل، وحيث انهم غادروا.'],
        },
        {
          line: 1,
          column: 44,
          endColumn: 48,
          messageId: 'inna',
          suggestions: ['وحيث أنّه لم يصل، فبحيثُ أنَّها ستصل، وحيث إنهم غادروا.'],
        },
      ],
    });
  });

  it('in Markdown and HTML, after Arabic-Indic digits and inside quotes', async () => {
    await expectInvalid(haythInna, {
      format: 'markdown',
      text: '# العنوان\n\nتأجل ٣ اجتماعات «حيث أن الوفد» لم يصل.\n',
      errors: [
        {
          line: 3,
          column: 22,
          endColumn: 24,
          messageId: 'inna',
          suggestions: ['# العنوان\n\nتأجل ٣ اجتماعات «حيث إن الوفد» لم يصل.\n'],
        },
      ],
    });
    await expectInvalid(haythInna, {
      format: 'html',
      text: '<p title="حيث أن">حيث <em>أن</em> الوفد</p>',
      errors: [
        {
          line: 1,
          column: 27,
          endColumn: 29,
          messageId: 'inna',
          suggestions: ['<p title="حيث أن">حيث <em>إن</em> الوفد</p>'],
        },
      ],
    });
  });

  it('speaks Arabic, and never fixes on its own', async () => {
    const { findings, output } = await checkRule(haythInna, 'حيث أن الوفد وصل.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('بعد «حيث» تأتي جملة، فتُكسر همزة «إنّ»: «إن» لا «أن».');
    expect(findings[0]?.fix).toBeUndefined();
    expect(output).toBe('حيث أن الوفد وصل.');
  });
});

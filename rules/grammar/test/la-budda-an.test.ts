import { describe, expect, it } from 'vitest';
import { checkRule } from '@bayan/core';
import { laBuddaAn } from '../src/la-budda-an.js';
import { expectInvalid, expectValid } from './table.js';

describe('grammar/la-budda-an', () => {
  it.each([
    'لا بد أن يتعاون الجميع.',
    'لابدّ أنه وصل.',
    'لا بد من التعاون وأن يعمل الجميع معا.',
    'لا شك وأن الجميع يعرف.',
    'لا بد\nوأن يتعاون الجميع.',
  ])('valid: %j', async (text) => {
    await expectValid(laBuddaAn, text);
  });

  it('«لا بد وأن» → «لا بد أن»: clitics, «لابد», harakat, pronoun suffixes; info severity', async () => {
    const text = 'لا بد وأن يتعاون الجميع، ولابدّ وأنّه وصل، فلا بُدَّ وَأنْ نعمل.';
    await expectInvalid(laBuddaAn, {
      text,
      errors: [
        {
          line: 1,
          column: 7,
          endColumn: 10,
          messageId: 'extraWaw',
          message: '«لا بدّ» takes «أن» directly, so the «و» is superfluous: “أن”, not “وأن”.',
          suggestions: ['لا بد أن يتعاون الجميع، ولابدّ وأنّه وصل، فلا بُدَّ وَأنْ نعمل.'],
        },
        {
          line: 1,
          column: 33,
          endColumn: 38,
          messageId: 'extraWaw',
          suggestions: ['لا بد وأن يتعاون الجميع، ولابدّ أنّه وصل، فلا بُدَّ وَأنْ نعمل.'],
        },
        {
          line: 1,
          column: 54,
          endColumn: 59,
          messageId: 'extraWaw',
          suggestions: ['لا بد وأن يتعاون الجميع، ولابدّ وأنّه وصل، فلا بُدَّ أنْ نعمل.'],
        },
      ],
    });
    expect(laBuddaAn.meta.docs.recommended).toBe('info');
  });

  it('before Arabic-Indic digits', async () => {
    await expectInvalid(laBuddaAn, {
      text: 'لا بد وأن نوزع ٣ آلاف سلة.',
      errors: [
        { line: 1, column: 7, endColumn: 10, messageId: 'extraWaw', suggestions: ['لا بد أن نوزع ٣ آلاف سلة.'] },
      ],
    });
  });

  it('in Markdown, and in Arabic', async () => {
    await expectInvalid(laBuddaAn, {
      format: 'markdown',
      text: '> «لا بد وأن ننجح» قال الوزير.\n',
      errors: [
        { line: 1, column: 10, endColumn: 13, messageId: 'extraWaw', suggestions: ['> «لا بد أن ننجح» قال الوزير.\n'] },
      ],
    });
    const { findings, output } = await checkRule(laBuddaAn, 'لا بد وأن ننجح.', { locale: 'ar' });
    expect(findings[0]?.message).toBe('«لا بدّ» يليها «أنْ» مباشرة، فالواو زائدة: «أن» لا «وأن».');
    expect(output).toBe('لا بد وأن ننجح.');
  });
});

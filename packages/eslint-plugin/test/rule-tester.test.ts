/**
 * A sample of Bayan rules through ESLint's own RuleTester, on the plugin's
 * language: exact locations, messageIds, fixed output and suggestions.
 */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import plugin, { rules } from '../src/index.js';

// RuleTester takes its test functions from these static properties (vitest has no globals here).
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only });

const tester = new RuleTester({ plugins: { bayan: plugin }, language: 'bayan/release' });
type Rule = Parameters<typeof tester.run>[1];
const rule = (id: string) => rules[id] as unknown as Rule;

tester.run('orthography/common-misspellings', rule('orthography/common-misspellings'), {
  valid: [
    { code: 'ذهب الوفد في الصباح.\n', filename: 'release.txt' },
    { code: '```\nقي\n```\n', filename: 'release.md' },
  ],
  invalid: [
    {
      code: 'ذهب الوفد قي الصباح.\r\n𝐀 قي\r\n',
      filename: 'release.txt',
      errors: [
        {
          messageId: 'misspelled',
          data: { actual: 'قي', expected: 'في' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 13,
        },
        { messageId: 'misspelled', line: 2, column: 4, endLine: 2, endColumn: 6 },
      ],
      output: 'ذهب الوفد في الصباح.\r\n𝐀 في\r\n',
    },
    {
      code: '<p>وصل الوفد قي الصباح.</p>\n',
      filename: 'page.html',
      errors: [{ message: '«قي» خطأ إملائي، والصواب «في».', line: 1, column: 14 }],
      output: '<p>وصل الوفد في الصباح.</p>\n',
    },
  ],
});

tester.run('orthography/no-repeated-words', rule('orthography/no-repeated-words'), {
  valid: [{ code: 'ذهب الوفد إلى المدينة.\n', filename: 'release.txt' }],
  invalid: [
    {
      code: 'ذهب الوفد إلى إلى المدينة.\n',
      filename: 'release.txt',
      // A doubled function word is a slip: a safe fix.
      errors: [{ messageId: 'repeated', line: 1, column: 15, endColumn: 18 }],
      output: 'ذهب الوفد إلى المدينة.\n',
    },
    {
      code: 'ذهب الوفد الى الى المدينة.\n',
      filename: 'release.txt',
      // A doubled word the rule is not sure of: only a suggestion.
      errors: [
        {
          messageId: 'repeated',
          line: 1,
          column: 15,
          endColumn: 18,
          suggestions: [{ desc: 'احذف «الى» الثانية.', output: 'ذهب الوفد الى المدينة.\n' }],
        },
      ],
      output: null,
    },
  ],
});

tester.run('punctuation/prefer-arabic-punctuation', rule('punctuation/prefer-arabic-punctuation'), {
  valid: [{ code: 'وصل الوفد، ثم غادر.\n', filename: 'release.md' }],
  invalid: [
    {
      code: 'وصل الوفد, ثم غادر.\n',
      filename: 'release.md',
      errors: [{ messageId: 'latinMark', line: 1, column: 10, endColumn: 11 }],
      output: 'وصل الوفد، ثم غادر.\n',
    },
  ],
});

tester.run('numbers/currency', rule('numbers/currency'), {
  valid: [{ code: 'بكلفة 500 مليون جنيه.\n', filename: 'release.txt' }],
  invalid: [
    {
      code: 'بكلفة 500 مليون جنية.\n',
      filename: 'release.txt',
      errors: [{ messageId: 'pound', line: 1, column: 17, endColumn: 21 }],
      output: 'بكلفة 500 مليون جنيه.\n',
    },
  ],
});

tester.run('rtl/language-of-parts', rule('rtl/language-of-parts'), {
  valid: [
    { code: '<p>قال المدير <span lang="en">Water for Everyone</span> في الافتتاح.</p>\n', filename: 'page.html' },
  ],
  invalid: [
    {
      code: '<p>قال المدير Water for Everyone في الافتتاح.</p>\n',
      filename: 'page.html',
      errors: [
        {
          messageId: 'passage',
          line: 1,
          column: 15,
          endColumn: 33,
          suggestions: [
            {
              desc: 'ضعه في <span lang="en" dir="ltr">…</span>.',
              output: '<p>قال المدير <span lang="en" dir="ltr">Water for Everyone</span> في الافتتاح.</p>\n',
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

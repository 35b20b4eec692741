import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule, { unpresent } from '../src/no-presentation-forms.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

// U+FEDF U+FEE8 U+FEA9 U+FEE6 = «لندن» in presentation forms B; U+FEFB = «لا»; U+FDF2 = «الله».
ruleTable(
  rule,
  // Characters of the block without a decomposition (ligatures new in Unicode 14, noncharacters) have nothing to fix to.
  ['لندن', 'قال \uFD3Eنص\uFD3F', '\uFEFFنص', '۰%جنيه\uFD4E', 'نص \uFDCF و\uFDD0'],
  [
    {
      text: 'مدينة \uFEDF\uFEE8\uFEA9\uFEE6',
      errors: [
        {
          column: 7,
          endColumn: 11,
          message:
            '“\uFEDF\uFEE8\uFEA9\uFEE6” uses presentation forms (U+FEDF…), which break search and checks; write “لندن”.',
        },
      ],
      output: 'مدينة لندن',
    },
    { text: '\uFEFB بد', errors: [{ column: 1, endColumn: 2 }], output: 'لا بد' },
    { text: 'بسم \uFDF2', errors: [{ column: 5, endColumn: 6 }], output: 'بسم الله' },
  ],
);

it('maps Persian letters that NFKC yields and drops the spaces of isolated marks', () => {
  expect(unpresent('\uFB8E')).toBe('ك');
  expect(unpresent('\uFBFC')).toBe('ي');
  expect(unpresent('\uFE70')).toBe('\u064B');
});

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, '\uFEFB', { locale: 'ar' });
  expect(findings[0]!.message).toBe('«\uFEFB» مكتوب بأشكال العرض (U+FEFB…)، وهي تعطل البحث والتدقيق؛ اكتب «لا».');
});

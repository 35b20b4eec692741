import { checkRule } from '@bayan/core';
import { expect, it } from 'vitest';
import rule from '../src/no-repeated-marks.js';
import { ruleTable } from '../../../tests/support/rule-table.js';

ruleTable(
  rule,
  ['قال، ثم غادر.', 'انتظر...', 'حقا؟!', 'بلغ 4.3 مليار', '، ،'],
  [
    {
      text: 'قال،، ثم',
      errors: [{ column: 4, endColumn: 6, message: 'The mark “،” is repeated; “،” is enough.' }],
      output: 'قال، ثم',
    },
    { text: 'هل يعود؟؟؟', errors: [{ column: 8, endColumn: 11 }], output: 'هل يعود؟' },
    { text: 'انتهى..', errors: [{ column: 6, endColumn: 8 }], output: 'انتهى.' },
    { text: 'انتظر....', errors: [{ column: 6, endColumn: 10 }], output: 'انتظر...' },
    { text: 'رائع!!', errors: [{ column: 5, endColumn: 7 }], output: 'رائع!' },
  ],
);

it('speaks Arabic', async () => {
  const { findings } = await checkRule(rule, 'قال،،', { locale: 'ar' });
  expect(findings[0]!.message).toBe('العلامة «،» مكررة؛ تكفي «،».');
});

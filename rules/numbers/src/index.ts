import { definePack } from '@bayan/core';
import { currency } from './currency.js';
import { fileSettings } from './currency-list.js';
import { dateFormat } from './date-format.js';
import { digitSystem } from './digit-system.js';
import { noBidiMarksInNumbers } from './no-bidi-marks-in-numbers.js';
import { percentSign } from './percent-sign.js';
import { separators } from './separators.js';

export { currency, dateFormat, digitSystem, noBidiMarksInNumbers, percentSign, separators };
export { currenciesFileSchema, currencyTables } from './currency-list.js';

export const pack = definePack({
  name: 'numbers',
  description: {
    ar: 'الأرقام والفواصل والنسب المئوية والعملات والتواريخ.',
    en: 'Digits, separators, percentages, currency and dates.',
  },
  rules: [digitSystem, separators, percentSign, noBidiMarksInNumbers, currency, dateFormat],
  styleSchema: {
    digits: { enum: ['western', 'arabic-indic', 'consistent'] },
    billion: { enum: ['milyar', 'any'] },
  },
  fileSettings,
});

export default pack;

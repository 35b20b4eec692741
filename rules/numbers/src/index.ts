import { definePack } from '@bayan/core';
import { currency } from './currency.js';
import { digitSystem } from './digit-system.js';

export { currency, digitSystem };

export const pack = definePack({
  name: 'numbers',
  description: {
    ar: 'الأرقام والفواصل والنسب المئوية والعملات وتمييز العدد والتواريخ.',
    en: 'Digits, separators, percentages, currency, counted nouns and dates.',
  },
  rules: [digitSystem, currency],
  styleSchema: {
    digits: { enum: ['western', 'arabic-indic', 'consistent'] },
    billion: { enum: ['milyar', 'any'] },
  },
});

export default pack;

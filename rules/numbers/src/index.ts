import { definePack } from '@bayan/core';
import { countedNoun } from './counted-noun.js';
import { currency } from './currency.js';
import { digitSystem } from './digit-system.js';

export { countedNoun, currency, digitSystem };

export const pack = definePack({
  name: 'numbers',
  description: {
    ar: 'الأرقام والفواصل والنسب المئوية والعملات وتمييز العدد والتواريخ.',
    en: 'Digits, separators, percentages, currency, counted nouns and dates.',
  },
  rules: [digitSystem, currency, countedNoun],
  styleSchema: {
    digits: { enum: ['western', 'arabic-indic', 'consistent'] },
    billion: { enum: ['milyar', 'any'] },
  },
});

export default pack;

import { definePack } from '@bayan/core';
import { digitSystem } from './digit-system.js';

export { digitSystem };

export const pack = definePack({
  name: 'numbers',
  description: {
    ar: 'الأرقام والفواصل والنسب المئوية والعملات وتمييز العدد والتواريخ.',
    en: 'Digits, separators, percentages, currency, counted nouns and dates.',
  },
  rules: [digitSystem],
  styleSchema: {
    digits: { enum: ['western', 'arabic-indic', 'consistent'] },
  },
});

export default pack;

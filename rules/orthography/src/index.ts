import { definePack } from '@bayan/core';
import commonMisspellings from './common-misspellings.js';
import relativePronounAgreement from './relative-pronoun-agreement.js';

export { commonMisspellings, relativePronounAgreement };

export const pack = definePack({
  name: 'orthography',
  description: {
    ar: 'الأخطاء الإملائية وأشكال الحروف والمحارف الخفية والكلمات المكررة.',
    en: 'Spelling slips, letter forms, invisible characters and repeated words.',
  },
  rules: [commonMisspellings, relativePronounAgreement],
});

export default pack;

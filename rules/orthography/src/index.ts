import { definePack } from '@bayan/core';
import commonMisspellings from './common-misspellings.js';

export { commonMisspellings };

export const pack = definePack({
  name: 'orthography',
  description: {
    ar: 'الأخطاء الإملائية وأشكال الحروف والمحارف الخفية والكلمات المكررة.',
    en: 'Spelling slips, letter forms, invisible characters and repeated words.',
  },
  rules: [commonMisspellings],
});

export default pack;

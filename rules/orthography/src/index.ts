import { definePack } from '@bayan/core';
import commonMisspellings from './common-misspellings.js';
import relativePronounAgreement from './relative-pronoun-agreement.js';
import noPersianLetters from './no-persian-letters.js';
import noPresentationForms from './no-presentation-forms.js';
import noTatweel from './no-tatweel.js';
import noInvisibleCharacters from './no-invisible-characters.js';
import noStrayDiacritics from './no-stray-diacritics.js';

export { commonMisspellings, relativePronounAgreement, noPersianLetters, noPresentationForms, noTatweel, noInvisibleCharacters, noStrayDiacritics };

export const pack = definePack({
  name: 'orthography',
  description: {
    ar: 'الأخطاء الإملائية وأشكال الحروف والمحارف الخفية والكلمات المكررة.',
    en: 'Spelling slips, letter forms, invisible characters and repeated words.',
  },
  rules: [commonMisspellings, relativePronounAgreement, noPersianLetters, noPresentationForms, noTatweel, noInvisibleCharacters, noStrayDiacritics],
});

export default pack;

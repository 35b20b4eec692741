import { definePack } from '@bayan/core';
import commonMisspellings from './common-misspellings.js';
import relativePronounAgreement from './relative-pronoun-agreement.js';
import noPersianLetters from './no-persian-letters.js';
import noPresentationForms from './no-presentation-forms.js';
import noTatweel from './no-tatweel.js';
import noInvisibleCharacters from './no-invisible-characters.js';
import noStrayDiacritics from './no-stray-diacritics.js';
import noRepeatedWords from './no-repeated-words.js';
import noRunTogetherWords from './no-run-together-words.js';
import noDetachedWaw from './no-detached-waw.js';
import hamzaWasl from './hamza-wasl.js';
import consistentVariants, { variantStyleSchema } from './consistent-variants.js';
import spelling from './spelling.js';
import { fileSettings, prepareSettings, settingsSchema } from './settings.js';

export {
  commonMisspellings,
  relativePronounAgreement,
  noPersianLetters,
  noPresentationForms,
  noTatweel,
  noInvisibleCharacters,
  noStrayDiacritics,
  noRepeatedWords,
  noRunTogetherWords,
  noDetachedWaw,
  hamzaWasl,
  consistentVariants,
  spelling,
};
export {
  fileSettings,
  parseWordFile,
  prepareSettings,
  settingsSchema,
  spellingSettings,
  type OrthographySettings,
} from './settings.js';
export { mergedMisspellings, misspellingsFileSchema } from './misspellings-list.js';

export const pack = definePack({
  name: 'orthography',
  description: {
    ar: 'الأخطاء الإملائية وأشكال الحروف والمحارف الخفية والكلمات المكررة.',
    en: 'Spelling slips, letter forms, invisible characters and repeated words.',
  },
  rules: [
    commonMisspellings,
    relativePronounAgreement,
    noPersianLetters,
    noPresentationForms,
    noTatweel,
    noInvisibleCharacters,
    noStrayDiacritics,
    noRepeatedWords,
    noRunTogetherWords,
    noDetachedWaw,
    hamzaWasl,
    consistentVariants,
    spelling,
  ],
  styleSchema: variantStyleSchema,
  settingsSchema,
  fileSettings,
  prepareSettings,
});

export default pack;

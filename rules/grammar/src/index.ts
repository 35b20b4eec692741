import { definePack } from '@bayan/core';
import { fileSettings } from './count-noun-lists.js';
import { countedNoun } from './counted-noun.js';
import { demonstrativeAgreement } from './demonstrative-agreement.js';
import { haythInna } from './hayth-inna.js';
import { innaAfterQawl } from './inna-after-qawl.js';
import { laBuddaAn } from './la-budda-an.js';
import { soundPluralCase } from './sound-plural-case.js';
import { stackedPrepositions } from './stacked-prepositions.js';

export {
  countedNoun,
  demonstrativeAgreement,
  haythInna,
  innaAfterQawl,
  laBuddaAn,
  soundPluralCase,
  stackedPrepositions,
};

export { builtInLists, countNounLists, countNounsFileSchema } from './count-noun-lists.js';

export const pack = definePack({
  name: 'grammar',
  description: {
    ar: 'أخطاء نحوية يغفل عنها المحررون: «إنّ» بعد القول و«حيث»، وحروف الجر المتتالية، وإعراب جمع المذكر السالم والمثنى، واسم الإشارة، وتمييز العدد.',
    en: 'Grammar slips editors miss: «إنّ» after verbs of saying and «حيث», stacked prepositions, case of sound plurals and duals, demonstratives, counted nouns.',
  },
  rules: [
    innaAfterQawl,
    haythInna,
    stackedPrepositions,
    soundPluralCase,
    demonstrativeAgreement,
    countedNoun,
    laBuddaAn,
  ],
  fileSettings,
});

export default pack;

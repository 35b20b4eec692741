import { definePack } from '@bayan/core';
import { consistentTerms } from './consistent-terms.js';
import { consistentTransliteration } from './consistent-transliteration.js';
import { preferredTerms } from './preferred-terms.js';
import { knownWords, prepareSettings, settingsSchema, styleSchema } from './settings.js';

export const pack = definePack({
  name: 'terminology',
  description: {
    ar: 'مصطلحات الدار والاتساق في كتابة المصطلح الواحد، مع مراعاة السوابق واللواحق.',
    en: 'House terms and consistent spelling of one term within a release, clitic-aware.',
  },
  rules: [preferredTerms, consistentTerms, consistentTransliteration],
  presets: {
    // extends: ['recommended', 'terminology/gov-uk']
    'gov-uk': {
      style: { terms: 'gov-uk' },
      rules: { 'terminology/preferred-terms': 'warn', 'terminology/consistent-terms': 'warn' },
    },
  },
  styleSchema,
  settingsSchema,
  // User dictionaries: the host reads them; prepareSettings validates them and runs their examples (settings.ts).
  fileSettings: { dictionaries: {} },
  prepareSettings,
  knownWords,
});

export default pack;
export { consistentTerms, consistentTransliteration, preferredTerms };
export {
  knownWords,
  loadDictionary,
  dictionaryExampleRuns,
  forgetLoadedDictionaries,
  prepareSettings,
  dictionarySchema,
  baseDictionary,
  houseStyles,
  type TerminologySettings,
} from './settings.js';
export type { Dictionary, Entry, Form, Kind } from './dictionary.js';

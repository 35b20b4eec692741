import { definePack } from '@bayan/core';
import htmlLangDir from './html-lang-dir.js';
import validDir from './valid-dir.js';
import preferDirAttribute from './prefer-dir-attribute.js';
import cssLogicalProperties from './css-logical-properties.js';
import noBidiControls from './no-bidi-controls.js';
import languageOfParts from './language-of-parts.js';
import bdiForEmbeddedLtr from './bdi-for-embedded-ltr.js';
import langMatchesContent from './lang-matches-content.js';

/** Loads language identification ahead of a synchronous run (lintSync); `lint` loads it on first need. */
import { loadIdentifier } from './lib/identify.js';

export { loadIdentifier };
export {
  htmlLangDir,
  validDir,
  preferDirAttribute,
  cssLogicalProperties,
  noBidiControls,
  languageOfParts,
  bdiForEmbeddedLtr,
  langMatchesContent,
};

export const pack = definePack({
  name: 'rtl',
  description: {
    ar: 'وسوم الاتجاه واللغة في الصفحات العربية: lang وdir، ومحارف التحكم في الاتجاه، ولغة المقاطع، وخصائص CSS المنطقية.',
    en: 'Direction and language markup of Arabic pages: lang and dir, bidi control characters, language of parts, CSS logical properties.',
  },
  rules: [
    htmlLangDir,
    validDir,
    preferDirAttribute,
    cssLogicalProperties,
    noBidiControls,
    languageOfParts,
    bdiForEmbeddedLtr,
    langMatchesContent,
  ],
  // Language identification (franc) for html-lang-dir and lang-matches-content, for synchronous hosts.
  preload: loadIdentifier,
});

export default pack;

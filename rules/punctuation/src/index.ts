import { definePack } from '@bayan/core';
import balancedBrackets from './balanced-brackets.js';
import consistentQuotes, { QUOTE_STYLES } from './consistent-quotes.js';
import noRepeatedMarks from './no-repeated-marks.js';
import preferArabicPunctuation from './prefer-arabic-punctuation.js';
import spacing from './spacing.js';

export { preferArabicPunctuation, spacing, noRepeatedMarks, balancedBrackets, consistentQuotes };

export const pack = definePack({
  name: 'punctuation',
  description: {
    ar: 'علامات الترقيم العربية والمسافات حولها والأقواس وعلامات التنصيص.',
    en: 'Arabic punctuation marks, spacing around them, brackets and quotation marks.',
  },
  rules: [preferArabicPunctuation, spacing, noRepeatedMarks, balancedBrackets, consistentQuotes],
  styleSchema: { quotes: { enum: [...QUOTE_STYLES], default: 'consistent' } },
});

export default pack;

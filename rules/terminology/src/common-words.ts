/** The common-word list of terminology/consistent-transliteration (data/common-words.yaml). */
import { embeddedDataFile } from '@bayan/core';
import { commonWords, type CommonWords } from './transliteration.js';
import * as commonData from './data/common-words.generated.js';

export interface CommonWordsData {
  name: string;
  description: { ar: string; en: string };
  groups: Array<{ group: string; words: string[] }>;
  examples: Array<{ text: string; reported: string[]; needs?: string[] }>;
}

// Validated against data/common-words.schema.json when the pack was built;
// its examples run in the tests (test/consistent-transliteration.test.ts).
export const commonWordsFile = embeddedDataFile<CommonWordsData>(commonData);

/** Every listed word. */
export const commonWordList: readonly string[] = commonWordsFile.data.groups.flatMap((g) => g.words);

export const defaultCommonWords: CommonWords = commonWords(commonWordList);

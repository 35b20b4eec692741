export {
  TATWEEL,
  isArabicLetter,
  isHaraka,
  isBidiControl,
  isZeroWidth,
  digitSystem,
  type DigitSystem,
} from './chars.js';
export { normalize, normalizeWord, type NormalizeOptions, type Normalized } from './normalize.js';
export { parseNumber, type NumberInfo } from './numbers.js';
export { PROCLITIC_STACKS, ENCLITICS, cliticCandidates, analyzeClitics, type CliticAnalysis } from './clitics.js';
export { detectScript, wordScript, type Script, type ScriptInfo } from './script.js';
export {
  tokenizeInline,
  buildParagraph,
  tokenize,
  type WordData,
  type TokenizeOptions,
  type InlineToken,
} from './tokenize.js';
export {
  compileTerms,
  compileTermLists,
  PROTECTED_WORDS,
  splitSpaces,
  isSingleSpaced,
  type TermInput,
  type TermMatch,
  type TermMatcher,
  type CompileOptions,
  type TermList,
  type PackedTerms,
  type TermListMatcher,
  type TokenMatch,
  type RunOptions,
} from './matcher.js';
export { atLeast, memoize, memoizeWord, memoizeWordInt } from './memo.js';
export { TokenKind, streamToNlcst, streamFromNlcst, wordSerial, type TokenStream, type WordEntry } from './stream.js';
export {
  releaseStream,
  tokenizeStream,
  TokenStreamBuilder,
  type StreamBuilderOptions,
  type TokenizeStreamOptions,
} from './stream-tokenize.js';
export { ArabicParser, retextArabic } from './parser.js';

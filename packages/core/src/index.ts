export type {
  Edit,
  Finding,
  Fix,
  Format,
  Locale,
  Localized,
  Place,
  Point,
  Range,
  Severity,
  SeveritySetting,
  Suggestion,
} from './types.js';
export { LineIndex } from './line-index.js';
export { interpolate, localize, engineMessages } from './messages.js';
export {
  defineRule,
  packOf,
  type JsonSchema,
  type Positioned,
  type ReportDescriptor,
  type RuleContext,
  type RuleDocs,
  type RuleMeta,
  type RuleModule,
  type RuleType,
  type SuggestDescriptor,
  type Visitors,
  type ProseVisitors,
  type ProseParagraph,
} from './rule.js';
export {
  dataFilesSettingSchema,
  textFilesSettingSchema,
  definePack,
  extensionSchema,
  fromDataFiles,
  KNOWN_WORDS,
  knownWordsOf,
  loadedDataFiles,
  RuleRegistry,
  type FileSetting,
  type LoadedDataFile,
  type RulePack,
} from './pack.js';
export {
  parseDocument,
  formatForPath,
  SUPPORTED_EXTENSIONS,
  type ParseResult,
  type SourceDocument,
} from './document.js';
export { parseHtml, tagPositions, type TagPositions } from './formats/html.js';
export { parseDirectives, isSuppressed, type Directive, type DirectiveKind } from './directives.js';
export { defineWordList, useWordList, WordListPass, type WordList, type WordLists } from './word-lists.js';
export { lint, lintSync, mergeEdits, type ActiveRule, type LintOptions } from './runner.js';
export { postProcess, dedupe, sortFindings, compareFindings, filterDirectives } from './pipeline.js';
export { applyFixes, fixUntilStable, MAX_FIX_PASSES, type ApplyResult, type FixLoopResult } from './fixer.js';
export {
  activeRules,
  BUILTIN_PRESETS,
  ConfigError,
  isIgnored,
  normalizeSeverity,
  presetConfig,
  resolveConfig,
  resolveConfigCached,
  configSchema,
  validateConfig,
  type BayanConfig,
  type ConfigOverride,
  type ResolvedConfig,
  type RuleConfig,
  type RuleSetting,
} from './config.js';
export { compileSchema, validateAgainst, pointerToKey, type SchemaProblem } from './schema.js';
export { DataFileError, embeddedDataFile, loadDataFile, type DataFile, type EmbeddedData } from './data.js';
export { contentCache, setContentCache, type ContentCache } from './content-cache.js';
export {
  checkDataExample,
  checkRule,
  dataExamples,
  type CheckOptions,
  type CheckResult,
  type DataExample,
} from './testing.js';
export {
  RuleTester,
  type CaseOptions,
  type ExpectedFinding,
  type InvalidCase,
  type RuleTests,
  type ValidCase,
} from './rule-tester.js';
export { fatalFinding } from './fatal.js';

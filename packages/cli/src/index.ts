export { main, VERSION, AUTO_THREADS_FROM, type Io, type MainOptions } from './cli.js';
export { parseOptions, HELP, FORMATS, type CliOptions, type FormatName } from './args.js';
export { formatters, stylish, json, sarif, github, junit } from './formatters/index.js';
export { toEslintResult, toEslintMessage, type EslintResult, type EslintMessage } from './formatters/json.js';
export type { FileResult, FormatContext, Formatter } from './result.js';
export { ConfigFinder, parseYaml, SEARCH_PLACES, type LoadedConfig } from './config-files.js';
export { listFiles, shard, UsageError } from './files.js';
export { decode, MAX_FILE_BYTES } from './decode.js';
export { STARTER_CONFIG } from './init.js';

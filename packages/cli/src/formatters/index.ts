export { github } from './github.js';
export { json } from './json.js';
export { junit } from './junit.js';
export { sarif } from './sarif.js';
export { stylish } from './stylish.js';
export { FORMATTERS, FORMATS, loadFormatter, isFormatName, type FormatName } from './list.js';

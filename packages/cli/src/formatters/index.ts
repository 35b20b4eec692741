import type { Formatter } from '../result.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, junit };
export { github, json, junit, sarif, stylish };

export { loadFormatter } from './load.js';

/**
 * The browser entry of @bayan/lexicon (package.json `exports.browser`): the
 * same API, with the automaton's edges carried in the bundle as base64
 * (browsers have no file to read). They are decoded on the first look-up.
 */
import { EDGES } from './data/edges.js';
import { provideBase64Edges } from './load.js';

provideBase64Edges(() => EDGES);

export * from './index.js';

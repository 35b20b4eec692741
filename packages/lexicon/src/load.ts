/**
 * Where the compiled automaton's edges come from, read on the first look-up
 * (not when the package is imported: importing it costs no data).
 *
 * - In Node (the command, the language server, ESLint, workers, tests): one
 *   synchronous read of `data/words.bin` (648 KB of little-endian 32-bit
 *   edges, used in place as a Uint32Array), through `process.getBuiltinModule`
 *   so the package imports no Node module and stays loadable in browsers. The
 *   file is looked for beside the package (`../data/words.bin` from `src/` or
 *   `dist/`) and beside a bundle (`./lexicon-words.bin`, copied there by
 *   scripts/bundle.mjs).
 * - In browsers, the package's `browser` entry (index.browser.ts) registers
 *   the same edges as base64 (src/data/edges.ts), decoded on first use.
 */
import { decodeBase64, toUint32 } from './dafsa.js';
import { EDGE_COUNT } from './data/meta.js';

/** The WHATWG URL class (Node and browsers have it; this package's compile has no DOM or Node types). */
interface FileUrl {
  readonly protocol: string;
  readonly pathname: string;
}
declare const URL: new (url: string, base: string) => FileUrl;

interface NodeFs {
  existsSync(path: FileUrl): boolean;
  readFileSync(path: FileUrl): Uint8Array;
}

/** Paths of the edges file, relative to this module: package layout, then bundle layout. */
const FILES = ['../data/words.bin', './lexicon-words.bin'];

let base64Edges: (() => string) | undefined;

/** For the browser entry: the edges as base64 text (decoded on the first look-up). */
export function provideBase64Edges(edges: () => string): void {
  base64Edges = edges;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof proc?.getBuiltinModule === 'function'
    ? (proc.getBuiltinModule('node:fs') as NodeFs | undefined)
    : undefined;
}

/** The edges from data/words.bin, or undefined without file access or without the file. */
export function readEdgesFile(): Uint32Array | undefined {
  const fs = nodeFs();
  if (!fs) return undefined;
  const here = (import.meta as { url?: string }).url;
  if (here === undefined) return undefined;
  for (const file of FILES) {
    const url = new URL(file, here);
    if (url.protocol !== 'file:' || !fs.existsSync(url)) continue;
    const bytes = fs.readFileSync(url);
    if (bytes.length !== EDGE_COUNT * 4)
      throw new Error(
        `${url.pathname}: ${bytes.length} bytes, expected ${EDGE_COUNT * 4} (rebuild with pnpm build:lexicon)`,
      );
    // A view on the bytes read (no copy) when aligned and the platform is little-endian.
    if (littleEndian && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, EDGE_COUNT);
    return toUint32(bytes);
  }
  return undefined;
}

/** The automaton's edges, from the file or the browser entry's base64. */
export function loadEdges(): Uint32Array {
  const fromFile = readEdgesFile();
  if (fromFile) return fromFile;
  if (base64Edges) return toUint32(decodeBase64(base64Edges()));
  throw new Error(
    '@bayan/lexicon: data/words.bin was not found beside the package or the bundle, and no browser build registered the edges.',
  );
}

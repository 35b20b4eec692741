import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../scripts/build-lexicon-dafsa.mjs';
import { decodeBase64 } from '../src/dafsa.js';
import { EDGES } from '../src/data/edges.js';
import { CHECKSUM, EDGE_COUNT } from '../src/data/meta.js';
import { lexiconLoaded, loadLexicon } from '../src/index.js';
import { loadEdges, provideBase64Edges, readEdgesFile } from '../src/load.js';

describe('loading', () => {
  it('importing the package loads no data: the first loadLexicon() reads it, once', () => {
    expect(lexiconLoaded()).toBe(false);
    const lexicon = loadLexicon();
    expect(lexiconLoaded()).toBe(true);
    expect(loadLexicon()).toBe(lexicon);
    expect(lexicon.has('وبالحكومة')).toBe(true);
  });

  it('reads data/words.bin in Node as a view on the bytes read, of the size meta.ts records', () => {
    const edges = readEdgesFile();
    expect(edges).toBeInstanceOf(Uint32Array);
    expect(edges!.length).toBe(EDGE_COUNT);
    expect(fnv1a(new Uint8Array(edges!.buffer, edges!.byteOffset, edges!.byteLength))).toBe(CHECKSUM);
  });

  it('the browser copy (base64 in src/data/edges.ts) holds the same bytes', () => {
    const bytes = decodeBase64(EDGES);
    expect(bytes.length).toBe(EDGE_COUNT * 4);
    expect(fnv1a(bytes)).toBe(CHECKSUM);
  });

  it('without file access (a browser), the edges come from the base64 the browser entry provides', () => {
    const proc = process as { getBuiltinModule?: unknown };
    const original = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      expect(readEdgesFile()).toBeUndefined();
      expect(() => loadEdges()).toThrow(
        '@bayan/lexicon: data/words.bin was not found beside the package or the bundle, and no browser build registered the edges.',
      );
      provideBase64Edges(() => EDGES);
      const edges = loadEdges();
      expect(fnv1a(new Uint8Array(edges.buffer, edges.byteOffset, edges.byteLength))).toBe(CHECKSUM);
    } finally {
      proc.getBuiltinModule = original;
    }
  });
});

// Bundles the compiled command (dist/) into a few files (bundle/): loading
// some 400 small ES modules of unified, remark, rehype, ajv and yaml costs
// more at start-up than the linting of a release. Entries that are loaded by
// URL at run time (the pack registry, the worker) stay entries of their own.
// Libraries that are only needed by some runs, or that locate files of their
// own on disk (jsdom, tinypool), are not bundled.
//
// Start-up reads, decodes and parses every byte of the chunks it loads, so
// the output carries no comments and no indentation, and only ASCII (Arabic
// in strings and regular expressions is written as \u escapes): a file that
// is all ASCII is decoded and scanned by V8 as one-byte text, the fast path.
// Names are kept (no mangling, no compression) so stack traces stay readable.
import { defineConfig } from 'rolldown';

const here = new URL('.', import.meta.url).pathname;

export default defineConfig({
  input: {
    bin: `${here}dist/bin.js`,
    index: `${here}dist/index.js`,
    registry: `${here}dist/registry.js`,
    worker: `${here}dist/worker.js`,
  },
  platform: 'node',
  external: [
    'jsdom',
    'axe-core',
    'tinypool',
    'node-sarif-builder',
    'file-entry-cache',
    'write-file-atomic',
    'diff',
    /^node:/,
  ],
  output: {
    dir: `${here}bundle`,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    minify: { compress: false, mangle: false, codegen: { removeWhitespace: true, asciiOnly: true } },
    comments: { legal: true, annotation: false, jsdoc: false },
  },
});

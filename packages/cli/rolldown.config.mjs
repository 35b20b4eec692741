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
//
// A second build (`cjsConfig`) writes the command itself as CommonJS files
// (cli.cjs and its chunks, beside the others): bin.js compiles them through
// V8's code cache (src/code-cache.ts), which Node 20 offers for scripts, not
// for ES modules. Each `import(...)` left in those files (packages kept
// outside the bundle, tinypool among them) is renamed to a call of
// `__bayanImport`, a parameter the loader passes in: a script compiled from
// cached data cannot run `import()` itself on Node 20.
import { defineConfig } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const here = new URL('.', import.meta.url).pathname;

const external = ['jsdom', 'axe-core', 'tinypool', 'node-sarif-builder', 'write-file-atomic', 'diff', /^node:/];

const output = {
  dir: `${here}bundle`,
  minify: { compress: false, mangle: false, codegen: { removeWhitespace: true, asciiOnly: true } },
  comments: { legal: true, annotation: false, jsdoc: false },
};

export default defineConfig({
  input: {
    bin: `${here}dist/bin.js`,
    index: `${here}dist/index.js`,
    registry: `${here}dist/registry.js`,
    worker: `${here}dist/worker.js`,
    daemon: `${here}dist/daemon.js`,
  },
  platform: 'node',
  external,
  output: { ...output, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});

/** The start positions of every `import(...)` expression in a program (ESTree, as rolldown parses it). */
function importExpressions(node, found = []) {
  if (Array.isArray(node)) {
    for (const child of node) importExpressions(child, found);
  } else if (node && typeof node === 'object') {
    if (node.type === 'ImportExpression') found.push(node.start);
    for (const key of Object.keys(node)) if (key !== 'type') importExpressions(node[key], found);
  }
  return found;
}

/** Renames `import(` to `__bayanImport(` in every chunk (the output is ASCII, so string offsets are the parser's). */
const renameDynamicImports = {
  name: 'bayan-rename-dynamic-imports',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if ([...chunk.code].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error(`${chunk.fileName}: not ASCII`);
      const starts = importExpressions(parseAst(chunk.code)).sort((a, b) => b - a);
      let code = chunk.code;
      for (const start of starts) {
        if (code.slice(start, start + 6) !== 'import') throw new Error(`${chunk.fileName}: no import( at ${start}`);
        code = `${code.slice(0, start)}__bayanImport${code.slice(start + 6)}`;
      }
      chunk.code = code;
    }
  },
};

export const cjsConfig = defineConfig({
  input: { cli: `${here}dist/cli.js` },
  platform: 'node',
  external,
  plugins: [renameDynamicImports],
  output: { ...output, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
});

/**
 * `bayan_d`'s client (src/daemon/client.ts) as one CommonJS file with nothing of the command in it: it runs
 * on every call of a hook, and Node starts a CommonJS file with only Node's own modules faster than an ES
 * module (about 13 ms here).
 */
export const clientConfig = defineConfig({
  input: { 'bayan-d': `${here}dist/daemon/client.js` },
  platform: 'node',
  external: [/^node:/],
  output: { ...output, format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
});

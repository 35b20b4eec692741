import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The a11y pack's axe runner asks for `jsdom`; in the page, a sandboxed iframe stands in for it.
const jsdomInIframe = fileURLToPath(new URL('./src/a11y/jsdom-in-iframe.ts', import.meta.url));
// …and reads axe-core's source text, which it evaluates in that frame: the published file, unbundled.
const axeSource = fileURLToPath(new URL('./src/a11y/axe-source.ts', import.meta.url));

export default defineConfig({
  base: './',
  // 'worker' before 'browser': packages such as decode-named-character-reference pick a DOM-free build for it, which the Web Worker needs.
  resolve: {
    conditions: ['source', 'worker', 'browser', 'module', 'import', 'default'],
    alias: [
      { find: /^jsdom$/, replacement: jsdomInIframe },
      { find: /^axe-core$/, replacement: axeSource },
    ],
  },
  worker: { format: 'es' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 4000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

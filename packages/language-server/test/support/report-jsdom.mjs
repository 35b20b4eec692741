// Loaded with `node --import` into the server under test: on exit, reports
// on stderr whether jsdom was ever loaded (CommonJS modules imported from ES
// modules land in the CommonJS cache).
import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
  const loaded = Object.keys(require.cache).some((path) => /[\\/]jsdom[\\/]lib[\\/]api\.js$/.test(path));
  writeSync(2, `\njsdom-loaded=${loaded}\n`);
});

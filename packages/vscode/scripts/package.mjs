#!/usr/bin/env node
// `pnpm package:vscode`: stages the extension in build/ — the client bundled
// (out/extension.cjs), the language server bundled (server/server.mjs, with
// the engine, the rule packs, jsdom and axe-core inside), the rule docs the
// server shows on hover (rules/<pack>/docs/*.md, the paths the rules'
// meta.docs.url name), the README and a manifest without the workspace's
// dependencies (everything is in the bundles) — and packs it with
// @vscode/vsce into bayan-vscode-<version>.vsix. Needs a built workspace
// (pnpm build) and no network.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { createVSIX } from '@vscode/vsce';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '../..');
const server = join(root, 'packages/language-server/dist/bin.js');
if (!existsSync(server)) {
  console.error('packages/language-server/dist is missing: run pnpm build first.');
  process.exit(2);
}

const stage = join(here, 'build');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage);

const quiet = { logLevel: 'warn' };
await build({
  ...quiet,
  input: join(here, 'src/extension.ts'),
  platform: 'node',
  external: ['vscode'],
  output: { file: join(stage, 'out/extension.cjs'), format: 'cjs' },
});
// Files that libraries find beside their own source, rewritten for one bundle:
// - jsdom reads its default style sheet by path (copied next to server.mjs);
// - jsdom names its synchronous-XHR worker by path (never started: no script
//   of a document runs, so no synchronous XHR is ever made);
// - ES modules that `require` JSON through createRequire(import.meta.url)
//   (css-tree's data) get a plain `require`, which the bundler inlines.
const rewrites = [
  {
    file: /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]css[\\/]helpers[\\/]computed-style\.js$/,
    from: 'path.resolve(__dirname, "../../../browser/default-stylesheet.css")',
    to: 'require("node:url").fileURLToPath(new URL("./default-stylesheet.css", import.meta.url))',
    required: true,
  },
  {
    file: /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/,
    from: 'require.resolve("./xhr-sync-worker.js")',
    to: 'require("node:url").fileURLToPath(new URL("./xhr-sync-worker.js", import.meta.url))',
    required: true,
  },
  { file: /[\\/]css-tree[\\/]lib[\\/][^\\/]+\.js$/, from: 'const require = createRequire(import.meta.url);', to: '' },
];
const bundleRewrites = {
  name: 'bundle-rewrites',
  transform(code, id) {
    let out = code;
    for (const { file, from, to, required } of rewrites) {
      if (!file.test(id)) continue;
      if (required && !code.includes(from))
        throw new Error(`${id} no longer contains ${from}: update scripts/package.mjs.`);
      out = out.replace(from, to);
    }
    return out === code ? null : out;
  },
};
await build({
  ...quiet,
  input: server,
  platform: 'node',
  plugins: [bundleRewrites],
  output: {
    file: join(stage, 'server/server.mjs'),
    format: 'esm',
    codeSplitting: false,
    banner:
      "import { createRequire as __bayanRequire } from 'node:module'; const require = __bayanRequire(import.meta.url);",
  },
});

const require = createRequire(join(root, 'rules/a11y/package.json'));
copyFileSync(
  join(dirname(require.resolve('jsdom/package.json')), 'lib/jsdom/browser/default-stylesheet.css'),
  join(stage, 'server/default-stylesheet.css'),
);
// @bayan/lexicon reads its automaton from a file beside the bundle (packages/lexicon/src/load.ts).
copyFileSync(join(root, 'packages/lexicon/data/words.bin'), join(stage, 'server/lexicon-words.bin'));

for (const pack of readdirSync(join(root, 'rules'))) {
  const docs = join(root, 'rules', pack, 'docs');
  if (!existsSync(docs)) continue;
  cpSync(docs, join(stage, 'rules', pack, 'docs'), { recursive: true });
}

const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
for (const key of ['dependencies', 'devDependencies', 'scripts']) delete manifest[key];
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(here, 'README.md'), join(stage, 'README.md'));

const packagePath = join(here, `bayan-vscode-${manifest.version}.vsix`);
await createVSIX({
  cwd: stage,
  packagePath,
  dependencies: false,
  allowMissingRepository: true,
  skipLicense: true,
  allowStarActivation: false,
});
console.log(`Wrote ${packagePath}`);

#!/usr/bin/env node
// Bundles the compiled command (see packages/cli/rolldown.config.mjs) quietly,
// into a fresh folder so no chunk of an earlier build lingers. Then fills the
// publishable package publish/bayan-lint: the same bundle, the LICENSE, and
// THIRD-PARTY-NOTICES.md with the licence of every package the bundle inlines.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { build } from 'rolldown';
import config, { cjsConfig, clientConfig } from '../packages/cli/rolldown.config.mjs';

const root = resolve(import.meta.dirname, '..');
const publishDir = join(root, 'publish/bayan-lint');

rmSync(config.output.dir, { recursive: true, force: true });
const { output: esm } = await build(config);
// The command itself again as CommonJS, for the code cache of bin.js (see the config); same folder.
const { output: cjs } = await build(cjsConfig);
// bayan_d's client, alone in one file (see the config).
const { output: client } = await build(clientConfig);
const output = [...esm, ...cjs, ...client];
// @bayan/lexicon reads its automaton from a file beside the module that holds it (see packages/lexicon/src/load.ts).
copyFileSync(join(root, 'packages/lexicon/data/words.bin'), join(config.output.dir, 'lexicon-words.bin'));

/** The package.json of the npm package a bundled module comes from (not our own @bayan/* sources). */
function packageOf(moduleId) {
  const at = moduleId.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return null;
  const rest = moduleId.slice(at + '/node_modules/'.length).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  const dir = join(moduleId.slice(0, at), 'node_modules', ...name.split('/'));
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, name: manifest.name, version: manifest.version, license: manifest.license ?? 'see its repository' };
}

const bundled = new Map();
for (const chunk of output) {
  for (const id of chunk.moduleIds ?? []) {
    if (id.startsWith('\0')) continue;
    const pkg = packageOf(id);
    if (pkg && !pkg.name.startsWith('@bayan/')) bundled.set(`${pkg.name}@${pkg.version}`, pkg);
  }
}
const notices = [
  '# Third-party notices',
  '',
  'bayan-lint bundles these packages (their code is inlined in `bundle/`); each is used under its licence, reproduced here.',
  '',
];
for (const key of [...bundled.keys()].sort()) {
  const pkg = bundled.get(key);
  notices.push(`## ${key} (${pkg.license})`, '');
  const file = readdirSync(pkg.dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  notices.push(
    file
      ? readFileSync(join(pkg.dir, file), 'utf8').trim()
      : `Licence: ${pkg.license} (no licence file in the package).`,
    '',
  );
}

if (existsSync(publishDir)) {
  rmSync(join(publishDir, 'bundle'), { recursive: true, force: true });
  mkdirSync(join(publishDir, 'bundle'), { recursive: true });
  cpSync(config.output.dir, join(publishDir, 'bundle'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  copyFileSync(join(root, 'LICENSE'), join(publishDir, 'LICENSE'));
  writeFileSync(join(publishDir, 'THIRD-PARTY-NOTICES.md'), `${notices.join('\n')}\n`);
}

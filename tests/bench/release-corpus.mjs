// A corpus of release files for whole-run benchmarks, written at bench time
// (not committed): every .txt and .md fixture of the repository, each copy
// followed by a seeded paragraph of synthetic release text so no two files
// are the same, cycled until `count` files exist.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arabicCorpus } from './corpus.mjs';

const root = new URL('../..', import.meta.url).pathname;

export function fixtureTexts() {
  const dirs = ['fixtures', ...readdirSync(join(root, 'rules')).map((pack) => `rules/${pack}/test/fixtures`)];
  const files = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(join(root, dir), { recursive: true });
    } catch {
      continue;
    }
    for (const name of names.map(String).sort()) {
      if (!/\.(txt|md)$/.test(name)) continue;
      const text = readFileSync(join(root, dir, name), 'utf8');
      if (text.trim()) files.push({ name: name.replace(/[\\/]/g, '_'), text: text.replace(/^\uFEFF/, '') });
    }
  }
  return files;
}

/** Writes `count` release files under `dir`; returns their total size in bytes. */
export function writeCorpus(dir, count = 1200) {
  mkdirSync(dir, { recursive: true });
  const fixtures = fixtureTexts();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const fixture = fixtures[i % fixtures.length];
    const extra = arabicCorpus(600 + (i % 7) * 300, 1000 + i).trim();
    const text = `${fixture.text.trimEnd()}\n\n${extra}\n`;
    const ext = fixture.name.endsWith('.md') ? 'md' : 'txt';
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${fixture.name.replace(/\.(txt|md)$/, '')}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

// Converts Bayan's own wrong→right word lists into a prh dictionary, so that
// `pnpm bench:peers` runs textlint + textlint-rule-prh with the same pairs:
// orthography's misspellings, hamza-wasl and run-together lists, and the
// substitution entries of the terminology dictionaries (each variant → the
// preferred form). Usage: node scripts/prh-from-bayan.mjs [out.yml]
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const root = new URL('..', import.meta.url);
const read = (path) => parse(readFileSync(new URL(path, root), 'utf8'));

export function prhRules() {
  const pairs = new Map();
  const add = (wrong, right) => {
    const from = String(wrong).trim();
    const to = String(right).trim();
    if (from && to && from !== to && !pairs.has(from)) pairs.set(from, to);
  };
  for (const file of [
    'rules/orthography/data/misspellings.yaml',
    'rules/orthography/data/hamza-wasl.yaml',
    'rules/orthography/data/run-together.yaml',
  ]) {
    for (const entry of read(file).entries) add(entry.wrong, entry.right);
  }
  const words = (form) => {
    const text = typeof form === 'object' && !Array.isArray(form) ? form.text : form;
    return Array.isArray(text) ? text : [text];
  };
  for (const file of ['rules/terminology/data/base.yaml', 'rules/terminology/data/gov-uk.yaml']) {
    for (const entry of read(file).entries) {
      if (entry.kind !== 'substitution') continue;
      const preferred = words(entry.preferred);
      for (const variant of entry.variants) words(variant).forEach((w, i) => add(w, preferred[i] ?? preferred[0]));
    }
  }
  // prh turns a string pattern into a literal regular expression (its own escaping).
  return { version: 1, rules: [...pairs].map(([pattern, expected]) => ({ expected, pattern })) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dictionary = prhRules();
  const out = process.argv[2] ?? 'prh.yml';
  writeFileSync(out, stringify(dictionary));
  console.log(`${out}: ${dictionary.rules.length} wrong→right pairs`);
}

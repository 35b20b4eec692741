#!/usr/bin/env node
// `pnpm eval:spelling`: how well the spelling rules (orthography/spelling,
// hamza-wasl, common-misspellings) find slips, on release prose written for
// this purpose (spelling-corpus.txt, clean). Two measures:
//   1. Clean: the share of sentences with any finding at warning or error
//      level, and errors per 10,000 words (every finding here is false).
//   2. Injected: for each confusion class, one error injected in every
//      sentence that has a word the class applies to (a fixed-seed generator,
//      inject.mjs); recall = the share of injected words reported with the
//      right fix (the fix, or the first suggestion, restores the sentence).
//      The target holds over ALL injected slips; the table also splits them:
//      non-word slips (the lexicon does not know the result) and real-word
//      slips («على» → «علي», «جديدة» → «جديده» = جديد + ه), which only the
//      context can show (rules/orthography/src/real-words.ts and the `when`
//      conditions of data/misspellings.yaml).
// Needs `pnpm build` first (it runs the built packages).
// --verbose lists the clean-prose findings and the missed non-word slips; --misses every missed slip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintSync, parseDocument } from '@bayan/core';
import { loadLexicon } from '@bayan/lexicon';
import { commonMisspellings, hamzaWasl, spelling } from '@bayan/rules-orthography';
import { CLASSES, inject } from './inject.mjs';

// The figures in the README are for this seed; `--seed N` injects other slips (a check that the
// rules do not depend on which words the fixed seed happened to pick).
const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg > 0 ? Number(process.argv[seedArg + 1]) : 20261201;
const here = import.meta.dirname;
const sentences = readFileSync(join(here, 'spelling-corpus.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const wordCount = sentences.reduce((n, s) => n + s.split(/\s+/).length, 0);
const rules = [spelling, hamzaWasl, commonMisspellings].map((rule) => ({ rule, severity: 'error', options: {} }));
const lexicon = loadLexicon();

function lint(text) {
  const parsed = parseDocument(text, { path: 'sentence.txt' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return lintSync(parsed.document, { rules, locale: 'en' }).filter((f) => f.severity !== 'info');
}

function applyEdit(text, edit) {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

const pct = (a, b) => (b === 0 ? '   —  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

// 1. Clean sentences.
let dirty = 0;
let errors = 0;
const falseFindings = [];
for (const sentence of sentences) {
  const findings = lint(sentence);
  if (findings.length > 0) dirty++;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    falseFindings.push(`${f.severity} ${f.ruleId}: ${f.message}`);
  }
}
console.log(
  `Corpus: ${sentences.length} sentences, ${wordCount} words (scripts/eval/spelling-corpus.txt); seed ${SEED}\n`,
);
console.log('Clean prose');
console.log(
  `  sentences with a warning or error  ${dirty} of ${sentences.length} (${pct(dirty, sentences.length).trim()}; target ≤ 3%)`,
);
console.log(
  `  errors per 10,000 words            ${((errors * 10000) / wordCount).toFixed(1)} (${errors} errors; target ≤ 1)`,
);
if (process.argv.includes('--verbose')) for (const line of falseFindings) console.log(`    ${line}`);

// 2. Injected errors.
console.log('\nInjected errors (one per sentence and class)');
console.log(
  '  class            injected  non-word  real-word   found  right fix (all)  right fix (non-word)  right fix (real-word)',
);
const failures = [];
let pass = true;
for (const cls of CLASSES) {
  let injected = 0,
    nonWord = 0,
    found = 0,
    right = 0,
    rightNonWord = 0;
  sentences.forEach((sentence, i) => {
    const slip = inject(sentence, cls, SEED + i, lexicon);
    if (!slip) return;
    injected++;
    const realWord = lexicon.has(slip.wrongWord);
    if (!realWord) nonWord++;
    const slipEnd = slip.start + slip.wrongWord.length;
    const findings = lint(slip.text).filter((f) => f.place.start.offset < slipEnd && f.place.end.offset > slip.start);
    const tag = realWord ? 'real-word' : 'non-word';
    if (findings.length === 0) {
      failures.push({
        realWord,
        line: `${cls} ${tag}: «${slip.wrongWord}» (for «${slip.rightWord}») not found in: ${slip.text}`,
      });
      return;
    }
    found++;
    const ok = findings.some((f) => {
      const edit = f.fix ?? f.suggestions?.[0]?.fix;
      return edit !== undefined && applyEdit(slip.text, edit) === sentence;
    });
    if (ok) {
      right++;
      if (!realWord) rightNonWord++;
    } else
      failures.push({
        realWord,
        line: `${cls} ${tag}: «${slip.wrongWord}» (for «${slip.rightWord}») → ${findings.map((f) => f.message).join(' | ')}`,
      });
  });
  if (right / injected < 0.85) pass = false;
  const realWords = injected - nonWord;
  console.log(
    `  ${cls.padEnd(15)} ${String(injected).padStart(9)} ${String(nonWord).padStart(9)} ${String(realWords).padStart(10)} ${pct(found, injected).padStart(7)} ${pct(right, injected).padStart(16)} ${pct(rightNonWord, nonWord).padStart(21)} ${pct(right - rightNonWord, realWords).padStart(21)}`,
  );
}
if (process.argv.includes('--verbose') || process.argv.includes('--misses'))
  for (const { realWord, line } of failures)
    if (!realWord || process.argv.includes('--misses')) console.log(`    ${line}`);
const cleanOk = dirty / sentences.length <= 0.03 && (errors * 10000) / wordCount <= 1;
console.log(
  `\nTargets (≥ 85% of all injected slips found with the right fix, per class; ≤ 3% noisy clean sentences; ≤ 1 false error / 10k words): ${pass && cleanOk ? 'met' : 'NOT met'}`,
);

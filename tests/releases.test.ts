// A release written for these tests that reproduces every kind of slip found in a real published
// release (the seed beside the repository): «قي» for «في», «جنية» in an amount, «87 عضو الذي
// يشكلون», English curly quotes around Arabic, a Latin line with no language markup and «•» lines
// standing in for a list. It lives in the repository, so a clone on its own tests the same slips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, type Finding } from '@bayan/core';
import { defaultRegistry, lintTask } from '@bayan/cli';

const ROOT = join(import.meta.dirname, '..');
const PATH = join(ROOT, 'fixtures/releases/slips.ar.txt');
const text = readFileSync(PATH, 'utf8');

async function lintRelease(fix = false) {
  return lintTask(
    { path: PATH, text, config: null, configFile: '', relPath: 'slips.ar.txt', cliRules: null, locale: 'ar', fix },
    defaultRegistry(),
  );
}

const at = (f: Finding) => `${f.place.start.line}:${f.place.start.column}-${f.place.end.line}:${f.place.end.column}`;
/** The text with one finding's fix or suggestion applied. */
const withEdit = (f: Finding, which: 'fix' | number) =>
  applyFixes(text, [which === 'fix' ? f.fix! : f.suggestions![which]!.fix]).output;

describe('a release with the seed release’s slips (recommended preset, Arabic messages)', () => {
  it('reports exactly its eight problems, in document order, and nothing in its correct text', async () => {
    const { findings } = await lintRelease();
    expect(findings.map((f) => [f.ruleId, f.severity, at(f)])).toEqual([
      ['a11y/no-fake-lists', 'info', '7:3-7:4'],
      ['grammar/counted-noun', 'warning', '13:27-13:30'],
      ['orthography/relative-pronoun-agreement', 'warning', '13:31-13:35'],
      ['orthography/common-misspellings', 'error', '13:113-13:115'],
      ['punctuation/consistent-quotes', 'info', '15:76-15:93'],
      ['numbers/currency', 'error', '15:122-15:126'],
      ['terminology/consistent-terms', 'warning', '15:122-15:126'],
      ['rtl/language-of-parts', 'info', '17:1-17:21'],
    ]);
  });

  it('fixes «قي المناطق» and «جنية إسترليني»; suggests «87 عضوًا», «الذين يشكلون» and «…»', async () => {
    const { findings } = await lintRelease();
    const by = (id: string) => findings.find((f) => f.ruleId === id)!;
    expect(withEdit(by('orthography/common-misspellings'), 'fix')).toContain('وإعادة التأهيل في المناطق');
    expect(withEdit(by('numbers/currency'), 'fix')).toContain('500 مليون جنيه إسترليني');
    expect(withEdit(by('grammar/counted-noun'), 0)).toContain('عن 87 عضوًا الذي');
    expect(withEdit(by('orthography/relative-pronoun-agreement'), 0)).toContain('عضو الذين يشكلون');
    expect(withEdit(by('punctuation/consistent-quotes'), 0)).toContain('«برنامج الينابيع»');
    expect(by('orthography/common-misspellings').message).toBe('«قي» خطأ إملائي، والصواب «في».');
  });

  it('--fix changes exactly the two slips and no other byte', async () => {
    const { output, fixed } = await lintRelease(true);
    expect(fixed).toBe(2);
    expect(output).toBe(
      text.replace('التأهيل قي المناطق', 'التأهيل في المناطق').replace('500 مليون جنية', '500 مليون جنيه'),
    );
  });
});

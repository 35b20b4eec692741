import { describe, expect, test } from 'vitest';
import { analyzeClitics, cliticCandidates, ENCLITICS, PROCLITIC_STACKS } from '../src/index.js';

const lexicon = new Set(['دولة', 'تنظيم', 'حكومة', 'على', 'كتاب', 'تاب']);
const known = (s: string): boolean => lexicon.has(s);
const brief = (a: { proclitics: string[]; stem: string; enclitic: string | null }): string =>
  `${a.proclitics.join('+')}|${a.stem}|${a.enclitic ?? ''}`;

describe('clitic stacks', () => {
  test('constants', () => {
    expect(PROCLITIC_STACKS.slice(0, 4)).toEqual(['وبال', 'وكال', 'فبال', 'فكال']);
    for (const s of [
      'وبال',
      'فبال',
      'وال',
      'فال',
      'ولل',
      'فلل',
      'لل',
      'وب',
      'ول',
      'فب',
      'فل',
      'وك',
      'كال',
      'وكال',
      'بال',
      'ال',
      'ب',
      'ل',
      'ك',
      'و',
      'ف',
      'س',
      'وس',
      'فس',
    ]) {
      expect(PROCLITIC_STACKS).toContain(s);
    }
    expect(PROCLITIC_STACKS).not.toContain('لال');
    expect(PROCLITIC_STACKS).not.toContain('سال');
    const lengths = PROCLITIC_STACKS.map((s) => s.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect([...ENCLITICS].sort()).toEqual(
      ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا'].sort(),
    );
  });
});

describe('cliticCandidates', () => {
  test('وللدولة', () => {
    expect(cliticCandidates('وللدولة').map(brief)).toEqual(['و+ل+ال|دولة|', 'و+ل|لدولة|', 'و|للدولة|', '|وللدولة|']);
  });

  test('بالتنظيم', () => {
    expect(cliticCandidates('بالتنظيم').map(brief)).toEqual(['ب+ال|تنظيم|', 'ب|التنظيم|', '|بالتنظيم|']);
  });

  test('حكومتها: enclitics with ة restored', () => {
    expect(cliticCandidates('حكومتها').map(brief)).toEqual(['|حكومة|ها', '|حكومت|ها', '|حكومتها|']);
  });

  test('the article takes no enclitic: a definite noun has no possessive pronoun', () => {
    expect(cliticCandidates('المدرسه').map(brief)).toEqual(['ال|مدرسه|', '|المدرس|ه', '|المدرسه|']);
    expect(cliticCandidates('وبالحكومتها').map(brief)).not.toContain('و+ب+ال|حكومة|ها');
    // a lexicon that knows «مدرس» does not confirm ال + مدرس + ه: the word stays unconfirmed
    expect(analyzeClitics('المدرسه', (w) => w === 'مدرس')).toEqual({
      proclitics: ['ال'],
      stem: 'مدرسه',
      enclitic: null,
      confirmed: false,
    });
  });

  test('stacks keep at least two letters', () => {
    expect(cliticCandidates('بلد').map(brief)).toEqual(['ب|لد|', '|بلد|']);
    expect(cliticCandidates('وب').map(brief)).toEqual(['|وب|']);
  });
});

describe('analyzeClitics', () => {
  test('with a lexicon', () => {
    expect(analyzeClitics('وللدولة', known)).toEqual({
      proclitics: ['و', 'ل', 'ال'],
      stem: 'دولة',
      enclitic: null,
      confirmed: true,
    });
    expect(analyzeClitics('بالتنظيم', known)).toEqual({
      proclitics: ['ب', 'ال'],
      stem: 'تنظيم',
      enclitic: null,
      confirmed: true,
    });
    expect(analyzeClitics('حكومتها', known)).toEqual({
      proclitics: [],
      stem: 'حكومة',
      enclitic: 'ها',
      confirmed: true,
    });
    expect(analyzeClitics('عليها', known)).toEqual({ proclitics: [], stem: 'على', enclitic: 'ها', confirmed: true });
    // A word the lexicon knows is never split (كتاب is not ك+تاب).
    expect(analyzeClitics('كتاب', known)).toEqual({ proclitics: [], stem: 'كتاب', enclitic: null, confirmed: true });
  });

  test('without confirmation', () => {
    expect(analyzeClitics('والتنظيم')).toEqual({
      proclitics: ['و', 'ال'],
      stem: 'تنظيم',
      enclitic: null,
      confirmed: false,
    });
    expect(analyzeClitics('وللدولة')).toEqual({
      proclitics: ['و', 'ل', 'ال'],
      stem: 'دولة',
      enclitic: null,
      confirmed: false,
    });
    expect(analyzeClitics('حكومتها')).toEqual({ proclitics: [], stem: 'حكومتها', enclitic: null, confirmed: false });
    expect(analyzeClitics('ولد')).toEqual({ proclitics: [], stem: 'ولد', enclitic: null, confirmed: false });
    // س is never stripped without a lexicon.
    expect(analyzeClitics('سيعقد')).toEqual({ proclitics: [], stem: 'سيعقد', enclitic: null, confirmed: false });
    expect(analyzeClitics('وللدولة', () => false).confirmed).toBe(false);
  });
});

// Measures language identification on short passages written for this test
// (fixtures/language-passages.yaml): every passage is cut to prefixes of a
// growing number of letters, and every language of the list is declared on
// every prefix. A "false alarm" is a correct declaration judged to differ; a
// "catch" is a wrong declaration judged to differ. MEASURE=1 prints the table
// from which MIN_LETTERS and MIN_GAP were chosen.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  gapFor,
  identifierLoaded,
  judgeDeclared,
  languageScores,
  letterCount,
  likeliest,
  loadIdentifier,
  MIN_LETTERS,
  shortTag,
  toIso6393,
} from '../src/lib/identify.js';

const passages = parse(readFileSync(new URL('fixtures/language-passages.yaml', import.meta.url), 'utf8')) as Record<
  string,
  string[]
>;
const languages = Object.keys(passages);
const LENGTHS = [15, 20, 30, 40, 50, 60, 80, 100, 1000];
const GAPS = [0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12, 0.15];

/** The shortest prefix ending at a word boundary with at least `letters` letters. */
function prefix(text: string, letters: number): string {
  const words = text.split(' ');
  let out = '';
  for (const word of words) {
    out = out === '' ? word : `${out} ${word}`;
    if (letterCount(out) >= letters) break;
  }
  return out;
}

const cache = new Map<string, Array<[string, number]>>();

function measure(letters: number, gap: number) {
  let alarms = 0;
  let right = 0;
  let catches = 0;
  let wrong = 0;
  for (const lang of languages) {
    for (const passage of passages[lang]!) {
      const text = prefix(passage, letters);
      let scores = cache.get(text);
      if (!scores) cache.set(text, (scores = languageScores(text)));
      for (const declared of languages) {
        const differs = judgeDeclared(text, declared, { minLetters: 0, minGap: gap, scores }).verdict === 'differs';
        if (declared === lang) {
          right++;
          if (differs) alarms++;
        } else {
          wrong++;
          if (differs) catches++;
        }
      }
    }
  }
  return { alarms, right, catches, wrong };
}

describe('language identification: loading', () => {
  it('loads franc only when asked, and a short passage needs no franc', async () => {
    expect(identifierLoaded()).toBe(false);
    expect(judgeDeclared('Gelukkig nieuwjaar!', 'en')).toEqual({ verdict: 'unsure', reason: 'short' });
    expect(() => languageScores('The ministry announced a programme.')).toThrow(
      'Language identification is not loaded: await loadIdentifier() first.',
    );
    await loadIdentifier();
    expect(identifierLoaded()).toBe(true);
  });
});

describe('language identification (franc) on short passages', () => {
  beforeAll(loadIdentifier);

  it('has eleven languages, four passages each, every passage long enough to cut', () => {
    expect(languages).toHaveLength(11);
    for (const lang of languages) {
      expect(passages[lang]).toHaveLength(4);
      for (const p of passages[lang]!) expect(letterCount(p)).toBeGreaterThanOrEqual(100);
    }
  });

  it('never reports a correct declaration from MIN_LETTERS letters on, and catches most wrong ones', () => {
    if (process.env.MEASURE) {
      const rows = LENGTHS.map(
        (n) =>
          `${String(n).padStart(4)} letters  ${GAPS.map((g) => {
            const m = measure(n, g);
            return `${m.alarms}/${m.right} ${((100 * m.catches) / m.wrong).toFixed(0).padStart(3)}%`;
          }).join('   ')}`,
      );
      console.log(`gap:             ${GAPS.map((g) => g.toFixed(2).padEnd(11)).join(' ')}\n${rows.join('\n')}`);
    }
    for (const n of LENGTHS.filter((l) => l >= MIN_LETTERS)) {
      const m = measure(n, gapFor(n));
      expect(m.alarms, `${n} letters`).toBe(0);
      expect(m.catches / m.wrong, `${n} letters`).toBeGreaterThanOrEqual(n >= 80 ? 0.99 : 0.98);
    }
  });

  it('names the language it found and how far the declared one is', () => {
    const english = passages.en![0]!;
    expect(judgeDeclared(english, 'en')).toEqual({ verdict: 'matches' });
    expect(judgeDeclared(english, 'da')).toMatchObject({ verdict: 'differs', best: 'eng', bestTag: 'en' });
    // franc may rank Scots a hair above English: the language named is then the one with an ISO 639-1 code
    expect(
      likeliest([
        ['sco', 1],
        ['eng', 0.97],
        ['fra', 0.9],
      ]),
    ).toBe('eng');
    expect(
      likeliest([
        ['sco', 1],
        ['eng', 0.9],
      ]),
    ).toBe('sco');
    expect(likeliest([])).toBe('und');
    expect(judgeDeclared(passages.nl![1]!, 'fr')).toMatchObject({ verdict: 'differs', bestTag: 'nl' });
    expect(judgeDeclared(passages.nl![1]!, 'en')).toMatchObject({ verdict: 'differs', bestTag: 'nl' });
  });

  it('does not judge short passages, unknown languages or another script', () => {
    expect(judgeDeclared('Gelukkig nieuwjaar!', 'en')).toEqual({ verdict: 'unsure', reason: 'short' });
    expect(judgeDeclared(passages.nl![0]!, 'no')).toEqual({ verdict: 'unsure', reason: 'unknown-language' });
    expect(judgeDeclared(passages.en![0]!, 'ru')).toEqual({ verdict: 'unsure', reason: 'other-script' });
    expect(judgeDeclared(passages.en![0]!, 'x-klingon')).toEqual({ verdict: 'unsure', reason: 'unknown-language' });
  });

  it('maps tags between ISO 639-1 and 639-3', () => {
    expect([
      toIso6393('en'),
      toIso6393('NL'),
      toIso6393('eng'),
      toIso6393('x'),
      shortTag('nld'),
      shortTag('sco'),
    ]).toEqual(['eng', 'nld', 'eng', undefined, 'nl', 'sco']);
  });
});

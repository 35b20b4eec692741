import { describe, expect, it } from 'vitest';
import { interpolate, localize } from '../src/messages.js';

describe('interpolate', () => {
  it('fills placeholders, with or without spaces inside the braces, as often as they occur', () => {
    expect(interpolate('«{{wrong}}» ← «{{ right }}»، «{{wrong}}»', { wrong: 'قي', right: 'في' })).toBe(
      '«قي» ← «في»، «قي»',
    );
    expect(interpolate('{{a}}{{b}}', { a: 1, b: 22 })).toBe('122');
    expect(interpolate('no placeholder', { a: 1 })).toBe('no placeholder');
    expect(interpolate('', { a: 1 })).toBe('');
  });

  it('keeps a placeholder it has no datum for as written, own keys only', () => {
    expect(interpolate('{{ missing }} and {{constructor}} and {{a}}', { a: 'x' })).toBe(
      '{{ missing }} and {{constructor}} and x',
    );
    expect(interpolate('{{a}}', undefined)).toBe('{{a}}');
  });

  it('writes data literally ($ patterns, braces, a placeholder inside a datum)', () => {
    expect(interpolate('[{{a}}]', { a: "$& $1 $' {{b}}" })).toBe("[$& $1 $' {{b}}]");
    expect(interpolate('{{a}} {{b}}', { a: '{{b}}', b: 'y' })).toBe('{{b}} y');
  });

  it('gives the same answers after many different templates (its bounded cache)', () => {
    for (let i = 0; i < 2500; i++) expect(interpolate(`t${i} {{n}}`, { n: i })).toBe(`t${i} ${i}`);
    expect(interpolate('t3 {{n}}', { n: 'again' })).toBe('t3 again');
  });
});

describe('localize', () => {
  it('picks the locale, then English, then Arabic', () => {
    expect(localize({ ar: 'عربي {{n}}', en: 'English {{n}}' }, 'ar', { n: 3 })).toBe('عربي 3');
    expect(localize({ ar: 'عربي', en: 'English' }, 'en')).toBe('English');
    expect(localize({ ar: 'عربي', en: '' }, 'en')).toBe('عربي');
  });
});

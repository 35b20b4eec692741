/**
 * Is a passage written in the language its `lang` declares?
 *
 * Script first (fast, certain): Arabic letters against Latin ones is decided by
 * the Arabic toolkit's detectScript, and the rules keep that path. Beyond
 * scripts, `franc` (trigram profiles of 187 languages, from the unified
 * ecosystem) ranks the languages of the passage's script; its scores are
 * relative (the best is 1). The declared language "differs" when its score is
 * at least MIN_GAP below the best one (MIN_GAP_LONG from LONG_LETTERS letters
 * on), and only on passages of at least MIN_LETTERS letters: the thresholds
 * were chosen by measurement on short passages in eleven languages (test/identify-language.test.ts, figures in
 * docs/lang-matches-content.md) so that no correct declaration was reported.
 * A declared language that franc does not know (`no`, `ms`, `zh`…: franc
 * knows their individual languages, not the macrolanguage) or that is written
 * in another script than the passage is not judged.
 *
 * franc builds its trigram tables when it is loaded (tens of milliseconds), so
 * it is loaded on first need, not with the pack: a run that never identifies a
 * language (plain text, Arabic pages, short passages) never pays for it. The
 * rules call `identifierLoaded()` and, when a passage needs franc before it is
 * there, return `loadIdentifier()`'s promise (the runner awaits it).
 */
import type { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/** Fewer letters than this and a passage's language is not judged. */
export const MIN_LETTERS = 50;
/** How far below the best language the declared one must score to be called wrong… */
export const MIN_GAP = 0.1;
/** …and from LONG_LETTERS letters on, where franc separates languages better. */
export const MIN_GAP_LONG = 0.08;
export const LONG_LETTERS = 60;

/** The gap that calls a declaration wrong, for a passage of `letters` letters. */
export function gapFor(letters: number): number {
  return letters >= LONG_LETTERS ? MIN_GAP_LONG : MIN_GAP;
}

interface Identifier {
  francAll: typeof francAll;
  /** Every language franc knows, in any script. */
  known: Set<string>;
}

let identifier: Identifier | undefined;
let loading: Promise<void> | undefined;

/** Loads franc (once); judgeDeclared and languageScores need it. */
export function loadIdentifier(): Promise<void> {
  loading ??= Promise.all([import('franc'), import('franc/data.js')]).then(([franc, { data }]) => {
    identifier = {
      francAll: franc.francAll,
      known: new Set(Object.values(data).flatMap((languages) => Object.keys(languages))),
    };
  });
  return loading;
}

export function identifierLoaded(): boolean {
  return identifier !== undefined;
}

function loaded(): Identifier {
  if (!identifier) throw new Error('Language identification is not loaded: await loadIdentifier() first.');
  return identifier;
}
/** Two-letter code → three-letter code, built on the first question (not at start-up: most runs never ask). */
let to3: Map<string, string> | undefined;

export type Verdict =
  | { verdict: 'matches' }
  | { verdict: 'differs'; best: string; bestTag: string; gap: number }
  | { verdict: 'unsure'; reason: 'short' | 'unknown-language' | 'other-script' | 'close' };

/** ISO 639-3 code of a primary language subtag (`en` → `eng`, `eng` → `eng`), or undefined. */
export function toIso6393(primary: string): string | undefined {
  const lower = primary.toLowerCase();
  if (lower.length === 2) {
    to3 ??= new Map(Object.entries(iso6393To1).map(([three, one]) => [one, three]));
    return to3.get(lower);
  }
  return lower.length === 3 ? lower : undefined;
}

/** The shortest tag for an ISO 639-3 code (`eng` → `en`, `sco` → `sco`). */
export function shortTag(iso6393: string): string {
  return (iso6393To1 as Record<string, string | undefined>)[iso6393] ?? iso6393;
}

export function letterCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) n++;
  return n;
}

/** franc's ranking of the passage's languages, best first, scores relative to the best (1). Needs loadIdentifier(). */
export function languageScores(text: string): Array<[string, number]> {
  return loaded()
    .francAll(text, { minLength: 1 })
    .filter(([code]) => code !== 'und');
}

export interface JudgeOptions {
  /** Defaults to MIN_LETTERS (the measurement tries others). */
  minLetters?: number;
  /** Defaults to gapFor(the passage's letters). */
  minGap?: number;
  /** languageScores(text), when the caller has it already. */
  scores?: Array<[string, number]>;
}

/** Judges a declared primary language subtag against a passage. Needs loadIdentifier() unless the passage is short. */
export function judgeDeclared(text: string, primary: string, options: JudgeOptions = {}): Verdict {
  const letters = letterCount(text);
  const { minLetters = MIN_LETTERS, minGap = gapFor(letters) } = options;
  if (letters < minLetters) return { verdict: 'unsure', reason: 'short' };
  const declared = toIso6393(primary);
  if (!declared || !loaded().known.has(declared)) return { verdict: 'unsure', reason: 'unknown-language' };
  const scores = options.scores ?? languageScores(text);
  const best = scores[0];
  if (!best) return { verdict: 'unsure', reason: 'short' };
  const own = scores.find(([code]) => code === declared);
  if (!own) return { verdict: 'unsure', reason: 'other-script' };
  const gap = best[1] - own[1];
  if (gap < minGap) return gap === 0 ? { verdict: 'matches' } : { verdict: 'unsure', reason: 'close' };
  const name = likeliest(scores);
  return { verdict: 'differs', best: name, bestTag: shortTag(name), gap };
}

/**
 * The language to name: the best one, unless a language with an ISO 639-1
 * code (the widely written ones) scores within half of MIN_GAP of it: franc
 * often puts Scots a hair above English, and «use lang="sco"» would be bad advice.
 */
export function likeliest(scores: ReadonlyArray<[string, number]>): string {
  const top = scores[0];
  if (!top) return 'und';
  const major = scores.find(([code, score]) => score >= top[1] - MIN_GAP / 2 && code in iso6393To1);
  return (major ?? top)[0];
}

/** Made on first use: creating them loads ICU's language names, about a tenth of the command's start-up. */
let names: Record<'ar' | 'en', Intl.DisplayNames> | undefined;

/** A language's name in Arabic and English (`nl` → الهولندية, Dutch); the tag itself when unknown. */
export function languageNames(tag: string): Record<'ar' | 'en', string> {
  const name = (locale: 'ar' | 'en') => {
    try {
      names ??= {
        ar: new Intl.DisplayNames(['ar'], { type: 'language', fallback: 'code' }),
        en: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }),
      };
      return names[locale].of(tag) ?? tag;
    } catch {
      return tag;
    }
  };
  return { ar: name('ar'), en: name('en') };
}

/**
 * Script detection: how much of a text is Arabic, where the Latin runs are
 * (for language-of-parts markup), and the script of a single word.
 */
import { digitSystem, isArabicScriptLetter, isLatinLetter, isLetter } from './chars.js';

export type Script = 'arabic' | 'latin' | 'number' | 'mixed' | 'other';

export interface ScriptInfo {
  /** Letter counts by script (marks, digits and punctuation are not counted). */
  arabic: number;
  latin: number;
  other: number;
  /** arabic / (arabic + latin + other), 0 when there are no letters. */
  arabicShare: number;
  /** 'arabic' or 'latin' when that script has ≥ 70 % of the letters. */
  dominant: 'arabic' | 'latin' | 'mixed' | 'none';
  /** rtl/ltr from the dominant script; for mixed text, from the first strong letter. */
  direction: 'rtl' | 'ltr' | 'neutral';
  /** Maximal runs of Latin words joined by spaces, hyphens or apostrophes. */
  latinRuns: { start: number; end: number; text: string }[];
}

const DOMINANCE = 0.7;

function isRunJoiner(cp: number): boolean {
  return cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x2d || cp === 0x27 || cp === 0x2019 || cp === 0x2010;
}

export function detectScript(text: string): ScriptInfo {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  let firstStrong: 'rtl' | 'ltr' | undefined;
  const latinRuns: ScriptInfo['latinRuns'] = [];
  let runStart = -1;
  let runEnd = -1;
  let prevLatinWordChar = false;

  const closeRun = (): void => {
    if (runStart >= 0) latinRuns.push({ start: runStart, end: runEnd, text: text.slice(runStart, runEnd) });
    runStart = -1;
  };

  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (isLatinLetter(cp)) {
      latin++;
      firstStrong ??= 'ltr';
      if (runStart < 0) runStart = i;
      runEnd = i + size;
      prevLatinWordChar = true;
    } else if (digitSystem(cp) === 'latn' && prevLatinWordChar) {
      runEnd = i + size; // «G7»: digits glued to a Latin word
    } else if (isRunJoiner(cp) && runStart >= 0) {
      prevLatinWordChar = false;
    } else if (prevLatinWordChar && /\p{M}/u.test(String.fromCodePoint(cp))) {
      runEnd = i + size;
    } else {
      prevLatinWordChar = false;
      if (isArabicScriptLetter(cp)) {
        arabic++;
        firstStrong ??= 'rtl';
      } else if (isLetter(cp)) {
        other++;
        firstStrong ??= /[\u0590-\u08ff]/u.test(String.fromCodePoint(cp)) ? 'rtl' : 'ltr';
      }
      closeRun();
    }
    i += size;
  }
  closeRun();

  const total = arabic + latin + other;
  const arabicShare = total === 0 ? 0 : arabic / total;
  let dominant: ScriptInfo['dominant'] = 'none';
  if (total > 0) {
    if (arabicShare >= DOMINANCE) dominant = 'arabic';
    else if (latin / total >= DOMINANCE) dominant = 'latin';
    else dominant = 'mixed';
  }
  let direction: ScriptInfo['direction'] = 'neutral';
  if (dominant === 'arabic') direction = 'rtl';
  else if (dominant === 'latin') direction = 'ltr';
  else if (firstStrong) direction = firstStrong;

  return { arabic, latin, other, arabicShare, dominant, direction, latinRuns };
}

/**
 * Script of one word token: 'number' for digits (with separators) only,
 * 'arabic'/'latin'/'other' for letters of one script, 'mixed' for letters of
 * several scripts or letters with digits.
 */
export function wordScript(word: string): Script {
  let arabic = false;
  let latin = false;
  let other = false;
  let digits = false;
  for (let i = 0; i < word.length;) {
    const cp = word.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (digitSystem(cp)) digits = true;
    else if (cp === 0x0640)
      continue; // tatweel is script-neutral
    else if (isArabicScriptLetter(cp)) arabic = true;
    else if (isLatinLetter(cp)) latin = true;
    else if (isLetter(cp)) other = true;
  }
  const scripts = Number(arabic) + Number(latin) + Number(other);
  if (scripts === 0) return digits ? 'number' : 'other';
  if (scripts > 1 || digits) return 'mixed';
  return arabic ? 'arabic' : latin ? 'latin' : 'other';
}

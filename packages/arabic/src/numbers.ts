/**
 * Number recognition details: which digit systems and separators a number
 * token uses, and its value when that is unambiguous.
 */
import { digitSystem, digitValue, type DigitSystem } from './chars.js';

export interface NumberInfo {
  /** Digit systems present, in order of first appearance (two entries = mixed number). */
  digits: DigitSystem[];
  /** Distinct separator characters used inside the number, in order of first appearance. */
  separators: string[];
  /** Numeric value when determinable, else null. */
  value: number | null;
  raw: string;
}

const GROUPING = new Set([',', '\u066c', '\u202f', '\u2009']);
const DECIMAL = new Set(['.', '\u066b', '\u060c']);

/**
 * Read a number token. Value rules (Western style): `,` `٬` and thin spaces
 * group thousands (every group after the first must have 3 digits), `.` `٫`
 * and a lone `،` mark the decimal part. Anything else (two decimal marks, a
 * grouping mark after the decimal mark, short groups) gives `value: null`.
 */
export function parseNumber(raw: string): NumberInfo {
  const digits: DigitSystem[] = [];
  const separators: string[] = [];
  let intPart = '';
  let fracPart = '';
  let inFraction = false;
  let ambiguous = false;
  let groupLen = 0;
  let grouped = false;
  let sawDigit = false;

  for (const ch of raw) {
    const cp = ch.codePointAt(0)!;
    const system = digitSystem(cp);
    if (system) {
      if (!digits.includes(system)) digits.push(system);
      const d = String(digitValue(cp));
      if (inFraction) fracPart += d;
      else intPart += d;
      groupLen++;
      sawDigit = true;
      continue;
    }
    if (!separators.includes(ch)) separators.push(ch);
    if (!sawDigit) {
      ambiguous = true;
    } else if (GROUPING.has(ch)) {
      if (inFraction || (grouped && groupLen !== 3) || (!grouped && groupLen > 3)) ambiguous = true;
      grouped = true;
    } else if (DECIMAL.has(ch)) {
      if (inFraction || (grouped && groupLen !== 3)) ambiguous = true;
      inFraction = true;
      grouped = false;
    } else {
      ambiguous = true;
    }
    groupLen = 0;
  }
  if (grouped && groupLen !== 3) ambiguous = true;

  let value: number | null = null;
  if (!ambiguous && sawDigit) {
    value = Number(fracPart ? `${intPart || '0'}.${fracPart}` : intPart);
    if (!Number.isFinite(value)) value = null;
  }
  return { digits, separators, value, raw };
}

/**
 * Bayan's own table of digits and number signs per digit system (catalog
 * §1.1–1.3). Deliberately not `Intl`: what the runtime's CLDR says for `ar`
 * has changed between versions.
 */
import type { DigitSystem } from '@bayan/arabic';

/** The two systems an Arabic release may use; Persian digits are always converted to one of them. */
export type TargetSystem = 'latn' | 'arab';

export interface SystemSigns {
  zero: number;
  group: string;
  decimal: string;
  percent: string;
  perMille: string;
}

export const SIGNS: Record<TargetSystem, SystemSigns> = {
  latn: { zero: 0x30, group: ',', decimal: '.', percent: '%', perMille: '\u2030' },
  arab: { zero: 0x0660, group: '\u066c', decimal: '\u066b', percent: '\u066a', perMille: '\u0609' },
};

/** The other system's group and decimal marks, to their counterpart in `target`. */
const SEPARATOR_MAP: Record<TargetSystem, Record<string, string>> = {
  latn: { '\u066c': ',', '\u066b': '.' },
  arab: { ',': '\u066c', '.': '\u066b' },
};

export function digitOf(unit: number): { system: DigitSystem; value: number } | undefined {
  if (unit >= 0x30 && unit <= 0x39) return { system: 'latn', value: unit - 0x30 };
  if (unit >= 0x0660 && unit <= 0x0669) return { system: 'arab', value: unit - 0x0660 };
  if (unit >= 0x06f0 && unit <= 0x06f9) return { system: 'arabext', value: unit - 0x06f0 };
  return undefined;
}

/**
 * A number written in `target`: every digit, and the group and decimal
 * marks of the other system («1,234.5» ↔ «١٬٢٣٤٫٥»). The misused Arabic
 * comma and thin spaces are left for the separators rule.
 */
export function convertNumber(raw: string, target: TargetSystem): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    const digit = digitOf(unit);
    if (digit) out += String.fromCharCode(SIGNS[target].zero + digit.value);
    else out += SEPARATOR_MAP[target][raw[i]!] ?? raw[i]!;
  }
  return out;
}

/** Which system a style value names, if any. */
export function styleSystem(value: unknown): TargetSystem | undefined {
  if (value === 'western') return 'latn';
  if (value === 'arabic-indic') return 'arab';
  return undefined;
}

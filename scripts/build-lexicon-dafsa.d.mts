// Types for the automaton builder, so tests can compile a DAFSA from their own word lists.
export declare const FLAG_HI: number;
export declare const FLAG_LO: number;
export declare const LETTER_BASE: number;
export declare function alphabetOf(forms: ReadonlyArray<readonly [string, number]>): string[];
export declare function buildDafsa(
  forms: ReadonlyArray<readonly [string, number]>,
  alphabet: string[],
): { edges: Uint32Array; root: number; nodes: number };
export declare function fnv1a(bytes: Uint8Array): number;

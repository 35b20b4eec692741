/**
 * «أنّ» and «إنّ» as words: the particle, possibly with a pronoun suffix
 * («أنه», «أنّها», «أننا»), written with or without its hamza. Shared by
 * the rules that ask for «إنّ» (after «قال», after «حيث»).
 */
import { memoizeWord, normalize, type TokenStream, type WordEntry } from '@bayan/arabic';

const SUFFIXES = new Set(['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ني', 'نا', 'ي']);

/** The pronoun suffix of an «أنّ» word («أنه» → «ه», «أن» → ''), or undefined when the word is not one. */
export function annaSuffix(normal: string): string | undefined {
  if (!(normal.startsWith('أن') || normal.startsWith('ان'))) return undefined;
  const suffix = normal.slice(2);
  return SUFFIXES.has(suffix) ? suffix : undefined;
}

/** Per-word answer (for `perWord`): 1 when the word is an «أنّ» word with or without a suffix, else 0. */
export const annaOf = (w: WordEntry): number => (annaSuffix(w.normal) === undefined ? 0 : 1);

/** A written word with «إ» for its first letter (once per distinct word per process). */
const kasraForm = memoizeWord((entry: WordEntry): string => {
  const text = entry.value;
  const at = normalize(text).toOriginal(0);
  return `${text.slice(0, at)}إ${text.slice(at + 1)}`;
});

/** Word token `i` as written with «إ» for its first letter: «أنّه» → «إنّه» (marks kept). */
export function withKasraHamza(stream: TokenStream, i: number): string {
  return kasraForm(stream.words[stream.word[i]!]!);
}

/** «إنّ» or «أنّ» in any spelling, with or without a pronoun suffix («إنه», «أنها», «ان»). */
export function isInnaOrAnna(normal: string): boolean {
  return (
    (normal[0] === 'إ' || normal[0] === 'أ' || normal[0] === 'ا') && normal[1] === 'ن' && SUFFIXES.has(normal.slice(2))
  );
}

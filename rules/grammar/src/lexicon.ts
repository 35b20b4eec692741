/**
 * What the grammar rules ask the lexicon (@bayan/lexicon: Ayaspell's word
 * forms, each with the clitic classes the source attests for it). The
 * lexicon knows forms, not parts of speech or gender, so the questions are
 * asked through those clitic classes:
 *
 * - a **noun** takes the article and never the future «س» (only an
 *   imperfect verb does): «تطوير» is a noun, «يكون» is not;
 * - a **sound masculine plural** «Xون» or a **dual** «Xان» is known with the
 *   article, its «Xين» form is known too, and it does not take every class
 *   of pronoun suffix (before a suffix the «ن» drops: «مشاركوه», «طرفاه»),
 *   whereas a singular or broken plural that merely ends in «ون/ان» does
 *   («زيتونه», «برلمانه», «جيرانه»).
 *
 * The lexicon is loaded on the first question (it decodes once per process).
 */
import { FLAG, loadLexicon, type Lexicon } from '@bayan/lexicon';

let instance: Lexicon | undefined;
const lexicon = (): Lexicon => (instance ??= loadLexicon());

const ENCLITICS = FLAG.enclitic1 | FLAG.enclitic2 | FLAG.enclitic3;

/** Is this clitic-free, unvocalised form a noun the lexicon knows? */
export function isKnownNoun(form: string): boolean {
  const flags = lexicon().flags(form);
  return flags >= 0 && (flags & FLAG.article) !== 0 && (flags & FLAG.future) === 0;
}

/** Is this clitic-free form a known word at all? */
export function isKnownForm(form: string): boolean {
  return lexicon().flags(form) >= 0;
}

/**
 * Is `form` («مشاركون», «الطرفان» without the article: «طرفان») a sound
 * masculine plural (ending «ون») or a dual (ending «ان») by the lexicon?
 */
export function isSoundNominative(form: string): boolean {
  if (form.length < 5 || !(form.endsWith('ون') || form.endsWith('ان'))) return false;
  const flags = lexicon().flags(form);
  if (flags < 0 || (flags & FLAG.article) === 0 || (flags & ENCLITICS) === ENCLITICS) return false;
  return lexicon().flags(`${form.slice(0, -2)}ين`) >= 0;
}

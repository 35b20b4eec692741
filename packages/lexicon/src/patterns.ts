/**
 * Derived verb forms that begin with hamzat al-wasl (conventions §3.2): VII
 * انفعل، VIII افتعل، IX افعلّ، X استفعل, in the past, the imperative and the
 * verbal noun (انفعال، افتعال، افعلال، استفعال), on a clitic-free form
 * written with a plain alif. Shapes only: the caller confirms the form with
 * the lexicon (so «استونيا» is not taken for form X).
 */

export type VerbForm = 'VII' | 'VIII' | 'IX' | 'X';

/** Letters that are not root consonants in these shapes' positions. */
const LONG = new Set(['ا', 'و', 'ي', 'ى']);

/** Past-tense and noun endings stripped before matching the stem shape. */
const ENDINGS = ['تما', 'تم', 'تن', 'نا', 'وا', 'ات', 'ان', 'ين', 'ون', 'ية', 'ي', 'ت', 'ة', 'ا', 'ن', 'ى'];

function stems(form: string): string[] {
  const out = [form];
  for (const ending of ENDINGS) {
    if (form.length - ending.length >= 4 && form.endsWith(ending)) out.push(form.slice(0, -ending.length));
  }
  return out;
}

/** Which derived form (VII–X) a clitic-free form starting with «ا» has, if any. */
export function derivedVerbForm(form: string): VerbForm | undefined {
  if (form[0] !== 'ا' || form.length < 4) return undefined;
  for (const stem of stems(form)) {
    // X: است + 3 root letters (استخدم، استمر، استعاد، استدعى), noun استفعال / استفادة.
    if (stem.startsWith('است') && stem.length >= 5 && stem.length <= 8) return 'X';
    // VII: ان + 3 root letters (انطلق، انسحب، انضم), noun انفعال.
    if (stem.startsWith('ان') && stem.length >= 5 && stem.length <= 7 && !LONG.has(stem[2]!)) return 'VII';
    // VIII: ا + C + ت/ط/د + … (افتتح، اضطر، ازدهر، اتصل), noun افتعال.
    if (
      stem.length >= 4 &&
      stem.length <= 7 &&
      !LONG.has(stem[1]!) &&
      (stem[2] === 'ت' || stem[2] === 'ط' || stem[2] === 'د' || stem[1] === 'ت')
    )
      return 'VIII';
    // IX: the verbal noun افعلال with its doubled last root letter (احمرار، اخضرار). The past
    // (احمرّ) is four letters unvocalised, like many a missing-hamza slip («اعلن»): not by shape.
    if (stem.length === 6 && stem[4] === 'ا' && stem[3] === stem[5] && !LONG.has(stem[1]!)) return 'IX';
  }
  return undefined;
}

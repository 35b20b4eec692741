/**
 * A sound masculine plural or a dual left in the nominative (ـون/ـان) where
 * it is genitive: after a preposition («مع المشاركون» → «مع المشاركين»,
 * «بين الطرفان» → «بين الطرفين», «للمتضررون» → «للمتضررين») or as the second
 * term of an idafa («عدد المستفيدون» → «عدد المستفيدين»).
 *
 * Algorithm: each word is split into an optional و/ف, an optional attached
 * preposition (ب/ل/ك), an optional article (لل counts as ل + ال) and a stem.
 * The stem is a plural when it is a listed singular of `pluralNouns` + «ون», a dual when it
 * is a listed singular (ة written ت) + «ان», and not one of `exceptions`
 * («بلدان», «صالون»), or when the lexicon says so (src/lexicon.ts: the form is
 * known with the article, its «ـين» form is known, and it does not take
 * every pronoun suffix as «زيتون», «برلمان» do): never the ending alone. The
 * word is genitive when it carries an attached preposition, when the word
 * right before it (one inline space) is a `governor`, or when that word is
 * an iḍāfa head (an `idafaHeads` word or a broken plural of the pattern
 * أفعال such as «أوضاع», after و/ف and an attached ب/ل) and this one has
 * the article; «بين» followed by noun + «أن» is the verb «بيّن» and is
 * skipped. The suggestion writes «ي»
 * for «و»/«ا» (the harakah before «و» becomes a kasra).
 */
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as pluralsFile from './data/sound-plurals.generated.js';
import { isInnaOrAnna } from './anna.js';
import { isSoundNominative } from './lexicon.js';
import {
  nextWord,
  normalOf,
  occurrences,
  inParagraphs,
  perWord,
  previousWord,
  sourceOffset,
  withoutConjunction,
} from './prose.js';

export interface SoundPlurals {
  pluralNouns: string[];
  dualNouns: string[];
  exceptions: string[];
  governors: string[];
  idafaHeads: string[];
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid: string[] };
}

export const soundPlurals = embeddedDataFile<SoundPlurals>(pluralsFile).data;
const PLURAL_NOUNS = new Set(soundPlurals.pluralNouns);
const DUAL_NOUNS = new Set(soundPlurals.dualNouns);
const EXCEPTIONS = new Set(soundPlurals.exceptions);
const GOVERNORS = new Set(soundPlurals.governors);
const IDAFA_HEADS = new Set(soundPlurals.idafaHeads);

interface Parsed {
  /** Normalised index where the stem starts. */
  stemAt: number;
  stem: string;
  /** The attached preposition (ب، ل، ك), or ''. */
  attached: string;
  definite: boolean;
}

function parse(normal: string): Parsed {
  let at = 0;
  if ((normal[0] === 'و' || normal[0] === 'ف') && normal.length > 5) at = 1;
  let attached = '';
  let definite = false;
  if (normal.startsWith('لل', at)) return { stemAt: at + 2, stem: normal.slice(at + 2), attached: 'ل', definite: true };
  if ('بلك'.includes(normal[at] ?? '-') && normal.startsWith('ال', at + 1)) {
    attached = normal[at]!;
    at += 1;
  }
  if (normal.startsWith('ال', at)) {
    definite = true;
    at += 2;
  }
  return { stemAt: at, stem: normal.slice(at), attached, definite };
}

/** 'plural' or 'dual' when the stem is a sound plural or dual in the nominative, by the lists or the lexicon. */
function nominativeKind(stem: string): 'plural' | 'dual' | undefined {
  if (stem.length < 4 || EXCEPTIONS.has(stem)) return undefined;
  const base = stem.slice(0, -2);
  if (stem.endsWith('ون')) return PLURAL_NOUNS.has(base) || isSoundNominative(stem) ? 'plural' : undefined;
  if (stem.endsWith('ان')) {
    if (DUAL_NOUNS.has(base) || PLURAL_NOUNS.has(base)) return 'dual';
    if (base.endsWith('ت') && DUAL_NOUNS.has(`${base.slice(0, -1)}ة`)) return 'dual';
    if (isSoundNominative(stem)) return 'dual';
  }
  return undefined;
}

/** Broken plurals of the pattern أفعال («أوضاع», «أعمال»): nouns, so the first term of an iḍāfa. */
const AFAAL = /^أ[^ا]{2}ا[^ا]$/u;

/** Is this word (after و/ف and an attached ب/ل) the first term of an iḍāfa? */
function isIdafaHead(normal: string): boolean {
  let word = normal;
  for (let k = 0; k < 2 && word.length > 3; k++) {
    if (IDAFA_HEADS.has(word) || AFAAL.test(word)) return true;
    if (!'وفبل'.includes(word[0]!)) break;
    word = word.slice(1);
  }
  return IDAFA_HEADS.has(word) || AFAAL.test(word);
}

/** Is the word after token `i` «أن/إن» (also «بأن», «وأن»)? */
function anAfter(stream: TokenStream, i: number, start: number, end: number): boolean {
  const j = nextWord(stream, i, start, end);
  if (j === -1) return false;
  const normal = normalOf(stream, j);
  return isInnaOrAnna(normal) || ('بو'.includes(normal[0]!) && isInnaOrAnna(normal.slice(1)));
}

/** The word with «ي» for the «و»/«ا» of its ending. */
function genitiveOf(stream: TokenStream, i: number, kind: 'plural' | 'dual'): string {
  const text = stream.value(i);
  const at = sourceOffset(stream, i, normalOf(stream, i).length - 2) - stream.start[i]!;
  let from = at;
  let before = '';
  if (kind === 'plural') {
    // «المشاركُون»: the damma before «و» becomes a kasra.
    while (from > 0 && /[\u064b-\u0652]/u.test(text[from - 1]!)) from--;
    if (from < at) before = '\u0650';
  }
  return `${text.slice(0, from)}${before}ي${text.slice(at + 1)}`;
}

const PLURAL = 1;
const DUAL = 2;
/** Bits of `caseOf` beside the kind: the word has the article; it carries an attached preposition. */
const DEFINITE = 4;
const ATTACHED = 8;

/** A word as a nominative sound plural or dual, per distinct word: 0 when it is neither, else its kind and bits. */
function caseOf(w: WordEntry): number {
  if (w.script !== 'arabic') return 0;
  const parsed = parse(w.normal);
  const kind = nominativeKind(parsed.stem);
  if (!kind) return 0;
  return (kind === 'plural' ? PLURAL : DUAL) | (parsed.definite ? DEFINITE : 0) | (parsed.attached ? ATTACHED : 0);
}

/** A word before a nominative plural, per distinct word: 1 a governor, 2 «بين» (also a verb), 4 an iḍāfa head. */
const GOVERNOR = 1;
const BAYNA = 2;
const IDAFA_HEAD = 4;
function governorOf(w: WordEntry): number {
  const head = withoutConjunction(w.normal, (v) => GOVERNORS.has(v)).rest;
  return (GOVERNORS.has(head) ? GOVERNOR : 0) | (head === 'بين' ? BAYNA : 0) | (isIdafaHead(w.normal) ? IDAFA_HEAD : 0);
}

export const soundPluralCase = defineRule({
  meta: {
    id: 'grammar/sound-plural-case',
    type: 'problem',
    docs: {
      description: {
        ar: 'جمع المذكر السالم والمثنى بعد حرف جرّ أو مضافًا إليه يُجرّ بالياء («مع المشاركين»، «بين الطرفين»).',
        en: 'A sound masculine plural or a dual after a preposition or as the second term of an idafa is genitive, written with ي («مع المشاركين», «بين الطرفين»).',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/sound-plural-case.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      plural: {
        ar: 'جمع المذكر السالم بعد «{{governor}}» مجرور، وعلامة جرّه الياء: «{{expected}}» لا «{{actual}}».',
        en: 'A sound masculine plural after “{{governor}}” is genitive, written with ي: “{{expected}}”, not “{{actual}}”.',
      },
      dual: {
        ar: 'المثنى بعد «{{governor}}» مجرور، وعلامة جرّه الياء: «{{expected}}» لا «{{actual}}».',
        en: 'A dual after “{{governor}}” is genitive, written with ي: “{{expected}}”, not “{{actual}}”.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without a nominative sound plural or dual.
        const found = occurrences(stream, caseOf);
        const nominative = found && perWord(stream, caseOf);
        if (!found || !nominative) return;
        const governing = perWord(stream, governorOf);
        const word = stream.word;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          const c = nominative[word[i]!]!;
          let governor: string | undefined;
          if ((c & ATTACHED) !== 0) {
            governor = parse(normalOf(stream, i)).attached;
          } else {
            const p = previousWord(stream, i, start, end);
            if (p === -1) return;
            const g = governing === null ? 0 : governing[word[p]!]!;
            if ((g & GOVERNOR) !== 0 || ((c & DEFINITE) !== 0 && (g & IDAFA_HEAD) !== 0)) governor = stream.value(p);
            // «وبين المسؤولان أن…»: «بيّن» (explained), a verb with its subject.
            if ((g & BAYNA) !== 0 && anAfter(stream, i, start, end)) governor = undefined;
          }
          if (governor === undefined) return;
          const kind = (c & PLURAL) !== 0 ? 'plural' : 'dual';
          const actual = stream.value(i);
          const expected = genitiveOf(stream, i, kind);
          const range = [stream.start[i]!, stream.end[i]!] as const;
          context.report({
            range,
            messageId: kind,
            data: { governor, actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        });
      },
    };
  },
});

export default soundPluralCase;

/**
 * «قال الوزير أنّه» → «إنّه»: after a verb of saying the reported clause
 * starts with «إنّ» (kasra), where other verbs take «أنّ» («أكد أنّ»).
 *
 * Algorithm: for each «أن/أنّ/ان» word of a paragraph (with or without a
 * pronoun suffix), look back over at most `window` words of the same
 * sentence for a verb of saying from data/verbs-of-saying.yaml (after an
 * optional و/ف). Commas are crossed; sentence ends and line breaks are not;
 * a colon or an opening quotation mark is crossed only when «أن» is the
 * first word after it («قال: "أن…"»), since words between them make a
 * quoted sentence of its own («قال: "نعلم أن…"»). The search stops at a word of the
 * `stops` list (verbs that take «أنّ», relative pronouns, another
 * «إنّ/أنّ»), and nothing is reported when the word right before «أن» is a
 * `governor` («بعد أن», «إلى أن», «إلا أن»). A bare «أن» is reported only
 * when what follows is not a verb: not a particle of `notNouns` («أن لا»,
 * «أن يكون») and not an imperfect-looking word (ي/ت/ن/أ + three letters, no
 * article) unless the lexicon knows it as a noun («أن تطوير الموانئ»: it
 * takes the article and never the future «س»). The change is a suggestion.
 */
import { TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import { annaOf, annaSuffix, isInnaOrAnna, withKasraHamza } from './anna.js';
import * as verbsFile from './data/verbs-of-saying.generated.js';
import { isKnownNoun } from './lexicon.js';
import { breaks, isWord, occurrences, inParagraphs, perWord, withoutConjunction } from './prose.js';

export interface VerbsOfSaying {
  window: number;
  verbs: string[];
  stops: string[];
  governors: string[];
  notNouns: string[];
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid: string[] };
}

export const verbsOfSaying = embeddedDataFile<VerbsOfSaying>(verbsFile).data;
const VERBS = new Set(verbsOfSaying.verbs);
const STOPS = new Set(verbsOfSaying.stops);
const GOVERNORS = new Set(verbsOfSaying.governors);
const NOT_NOUNS = new Set(verbsOfSaying.notNouns);
const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', ';', '…']);
const OPENERS = new Set([':', '«', '“', '"', '(', '‹', '„']);

const isVerb = (normal: string): boolean => VERBS.has(withoutConjunction(normal, (w) => VERBS.has(w)).rest);
const isStop = (normal: string): boolean => STOPS.has(withoutConjunction(normal, (w) => STOPS.has(w)).rest);

/** What a word is to this rule, as flags (per distinct word, see `perWord`). */
const ANNA = 1; // «أنّ» with a pronoun suffix
const BARE_ANNA = 2; // «أن» with none
const VERB = 4; // a verb of saying
const STOP = 8; // ends the search back: a stop word or another «إنّ/أنّ»
const GOVERNOR = 16; // «بعد»، «إلى»، «إلا»… right before «أن»

function flagsOf(w: WordEntry): number {
  const normal = w.normal;
  let flags = 0;
  const suffix = annaSuffix(normal);
  if (suffix !== undefined) flags |= suffix === '' ? BARE_ANNA : ANNA;
  if (isVerb(normal)) flags |= VERB;
  if (isStop(normal) || isInnaOrAnna(withoutConjunction(normal, isInnaOrAnna).rest)) flags |= STOP;
  if (GOVERNORS.has(withoutConjunction(normal, (rest) => GOVERNORS.has(rest)).rest)) flags |= GOVERNOR;
  return flags;
}

/** After a bare «أن», is this word (or does it look like) a verb? 1 or 0, per distinct word. */
function notANounOf(w: WordEntry): number {
  if (w.script !== 'arabic') return 0;
  const normal = w.normal;
  if (NOT_NOUNS.has(normal)) return 1;
  // «أن يكون» is before a verb; «أن تطوير الموانئ» is before a noun the lexicon knows.
  return /^[يتنأس]/u.test(normal) && !normal.startsWith('ال') && normal.length >= 4 && !isKnownNoun(normal) ? 1 : 0;
}

/** Does the word after a bare «أن» look like a verb (so «أن» is the one before a verb)? */
function verbFollows(stream: TokenStream, i: number, end: number): boolean {
  let j = i + 1;
  const kind = stream.kind;
  while (j < end && (kind[j] === TokenKind.WhiteSpace || kind[j] === TokenKind.Punctuation)) {
    if (kind[j] === TokenKind.WhiteSpace ? breaks(stream, j) : SENTENCE_END.has(stream.value(j))) return true;
    j++;
  }
  if (j >= end || !isWord(stream, j)) return true;
  return perWord(stream, notANounOf)?.[stream.word[j]!] === 1;
}

/** The token index of the verb of saying this «أن» belongs to, searching back; -1 if none. */
function sayingVerb(stream: TokenStream, flags: Int32Array, i: number, start: number, window: number): number {
  const kind = stream.kind;
  let words = 0;
  for (let j = i - 1; j >= start; j--) {
    const k = kind[j];
    if (k === TokenKind.WhiteSpace) {
      if (breaks(stream, j)) return -1;
      continue;
    }
    if (k !== TokenKind.Word && k !== TokenKind.Number) {
      const value = stream.value(j);
      if (SENTENCE_END.has(value)) return -1;
      // Direct speech («قال: "نعلم أن…"») is a sentence of its own: «أن» inside it belongs to
      // the verbs of the quotation, unless it is the quotation's first word.
      if (words > 0 && OPENERS.has(value)) return -1;
      continue;
    }
    const f = flags[stream.word[j]!]!;
    if (words === 0 && (f & GOVERNOR) !== 0) return -1;
    if ((f & VERB) !== 0) return j;
    if ((f & STOP) !== 0) return -1;
    if (++words > window) return -1;
  }
  return -1;
}

export const innaAfterQawl = defineRule({
  meta: {
    id: 'grammar/inna-after-qawl',
    type: 'problem',
    docs: {
      description: {
        ar: '«أنّ» بعد فعل القول («قال الوزير أنّه»)، والصواب «إنّ»: تُكسر همزة «إنّ» في أول الكلام المحكي بالقول.',
        en: '«أنّ» after a verb of saying («قال الوزير أنّه»): the clause reported after «قال» starts with «إنّ» (kasra).',
      },
      recommended: 'warning',
      url: 'rules/grammar/docs/inna-after-qawl.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      inna: {
        ar: 'بعد فعل القول «{{verb}}» تُكسر همزة «إنّ» في أول الكلام المحكي: «{{expected}}» لا «{{actual}}».',
        en: 'After the verb of saying “{{verb}}” the reported clause starts with «إنّ» (kasra): “{{expected}}”, not “{{actual}}”.',
      },
      write: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        // Nothing to look at in a document without an «أنّ» word.
        const found = occurrences(stream, annaOf);
        const flags = found && perWord(stream, flagsOf);
        if (!found || !flags) return;
        const word = stream.word;
        // Each occurrence within its paragraph: the rule looks no further than its bounds.
        inParagraphs(stream, found, (i, start, end) => {
          const f = flags[word[i]!]!;
          if ((f & BARE_ANNA) !== 0 && verbFollows(stream, i, end)) return;
          const verb = sayingVerb(stream, flags, i, start, verbsOfSaying.window);
          if (verb === -1) return;
          const actual = stream.value(i);
          const expected = withKasraHamza(stream, i);
          const range = [stream.start[i]!, stream.end[i]!] as const;
          context.report({
            range,
            messageId: 'inna',
            data: { verb: stream.value(verb), actual, expected },
            actual,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        });
      },
    };
  },
});

export default innaAfterQawl;

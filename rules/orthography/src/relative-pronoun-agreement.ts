/**
 * «الذي»/«التي» directly followed by a verb with a masculine plural suffix
 * («الذي يشكلون», «التي شاركوا») should be «الذين».
 *
 * Algorithm: in each sentence, a singular relative pronoun (optionally after
 * و/ف) followed by whitespace and a word is checked; the word counts as a
 * plural verb when it is an imperfect of at least six letters starting with
 * ي/ت and ending in ون/وا (so «يكون», «يتعاون» are singular), or a past
 * tense of at least five letters ending in وا. The change is a suggestion:
 * the antecedent may be singular and the verb the slip.
 */
import { atLeast, memoizeWordInt, normalize, TokenKind, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { holdsLineBreak } from './prose.js';

const SINGULAR = new Set(['الذي', 'التي']);
const PLURAL = 'الذين';

/** A verb form with a masculine plural suffix, by shape. */
export function isPluralVerb(normal: string): boolean {
  if (normal.startsWith('ال')) return false;
  if (/^[يت][\u0621-\u064a]{3,}(?:ون|وا)$/u.test(normal) && !normal.endsWith('اون')) return true;
  return /^[\u0621-\u064a]{3,}وا$/u.test(normal) && !/^[يت]/u.test(normal);
}

/**
 * A word as «الذي/التي» (optionally after و/ف): 0 when it is not, else 1 + the letters before the pronoun
 * (once per distinct word per process).
 */
const pronounOf = memoizeWordInt((entry: WordEntry): number => {
  const normal = entry.normal;
  const prefix = normal.length === 5 && (normal[0] === 'و' || normal[0] === 'ف') ? 1 : 0;
  return SINGULAR.has(normal.slice(prefix)) ? 1 + prefix : 0;
});

/** Each distinct word's `pronounOf` in the document being read (one buffer for every document). */
let pronounBuffer = new Uint8Array(256);

/** `isPluralVerb` of a word, once per distinct word per process (1 or 0). */
const pluralVerb = memoizeWordInt((entry: WordEntry): number => (isPluralVerb(entry.normal) ? 1 : 0));

export default defineRule({
  meta: {
    id: 'orthography/relative-pronoun-agreement',
    type: 'problem',
    docs: {
      description: {
        ar: 'الاسم الموصول المفرد «الذي/التي» قبل فعل بضمير جمع («الذي يشكلون»)، والصواب «الذين».',
        en: 'A singular relative pronoun (الذي/التي) before a verb with a plural suffix (الذي يشكلون): use الذين.',
      },
      recommended: 'warning',
      url: 'rules/orthography/docs/relative-pronoun-agreement.md',
    },
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      agreement: {
        ar: '«{{pronoun}}» مفرد والفعل «{{verb}}» للجمع؛ الأرجح «{{expected}}».',
        en: '“{{pronoun}}” is singular but the verb “{{verb}}” is plural; probably “{{expected}}”.',
      },
      usePlural: {
        ar: 'اكتب «{{expected}} {{verb}}».',
        en: 'Write “{{expected}} {{verb}}”.',
      },
    },
  },
  create(context) {
    return {
      Prose(stream: TokenStream) {
        const { word, kind, words } = stream;
        // Each distinct word as a pronoun; nothing to look at in a document without «الذي» or «التي».
        const pronouns = (pronounBuffer = atLeast(pronounBuffer, words.length));
        let any = 0;
        for (let id = 0; id < words.length; id++) any |= pronouns[id] = pronounOf(words[id]!);
        if (any === 0) return;
        for (let s = 0; s < stream.sentenceCount; s++) {
          for (let i = stream.sentenceStart[s]!, last = stream.sentenceEnd[s]! - 2; i < last; i++) {
            const id = word[i]!;
            if (id < 0 || pronouns[id] === 0) continue;
            const verb = i + 2;
            if (kind[i + 1] !== TokenKind.WhiteSpace || holdsLineBreak(stream, i + 1) || word[verb]! < 0) continue;
            const verbEntry = words[word[verb]!]!;
            if (pluralVerb(verbEntry) === 0) continue;
            const prefix = pronouns[id]! - 1;
            const start = stream.start[i]! + normalize(stream.value(i)).toOriginal(prefix);
            const end = stream.end[i]!;
            const verbText = verbEntry.value;
            context.report({
              range: [start, end],
              messageId: 'agreement',
              data: { pronoun: context.text.slice(start, end), verb: verbText, expected: PLURAL },
              expected: [PLURAL],
              suggest: [
                {
                  messageId: 'usePlural',
                  data: { expected: PLURAL, verb: verbText },
                  fix: { range: [start, end], text: PLURAL },
                },
              ],
            });
          }
        }
      },
    };
  },
});

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
import type { Paragraph } from 'nlcst';
import { defineRule, embeddedDataFile } from '@bayan/core';
import { annaSuffix, isInnaOrAnna, withKasraHamza } from './anna.js';
import * as verbsFile from './data/verbs-of-saying.generated.js';
import { isKnownNoun } from './lexicon.js';
import { tokensOf, withoutConjunction, type Token } from './prose.js';

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

/** Does the word after a bare «أن» look like a verb (so «أن» is the one before a verb)? */
function verbFollows(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && (tokens[j]!.kind === 'space' || tokens[j]!.kind === 'punctuation')) {
    if (tokens[j]!.breaks || SENTENCE_END.has(tokens[j]!.text)) return true;
    j++;
  }
  const next = tokens[j];
  if (!next || next.kind !== 'word') return true;
  if (next.script !== 'arabic') return false;
  const normal = next.normal;
  if (NOT_NOUNS.has(normal)) return true;
  // «أن يكون» is before a verb; «أن تطوير الموانئ» is before a noun the lexicon knows.
  return /^[يتنأس]/u.test(normal) && !normal.startsWith('ال') && normal.length >= 4 && !isKnownNoun(normal);
}

/** The verb of saying this «أن» belongs to, searching back; undefined if none. */
function sayingVerb(tokens: readonly Token[], i: number, window: number): Token | undefined {
  let words = 0;
  for (let j = i - 1; j >= 0; j--) {
    const token = tokens[j]!;
    if (token.kind === 'space') {
      if (token.breaks) return undefined;
      continue;
    }
    if (token.kind !== 'word') {
      if (SENTENCE_END.has(token.text)) return undefined;
      // Direct speech («قال: "نعلم أن…"») is a sentence of its own: «أن» inside it belongs to
      // the verbs of the quotation, unless it is the quotation's first word.
      if (words > 0 && OPENERS.has(token.text)) return undefined;
      continue;
    }
    if (words === 0 && GOVERNORS.has(withoutConjunction(token.normal, (w) => GOVERNORS.has(w)).rest)) return undefined;
    if (isVerb(token.normal)) return token;
    if (isStop(token.normal) || isInnaOrAnna(withoutConjunction(token.normal, isInnaOrAnna).rest)) return undefined;
    if (++words > window) return undefined;
  }
  return undefined;
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
      ParagraphNode(node: Paragraph) {
        const tokens = tokensOf(node);
        for (let i = 0; i < tokens.length; i++) {
          const anna = tokens[i]!;
          if (anna.kind !== 'word') continue;
          const suffix = annaSuffix(anna.normal);
          if (suffix === undefined) continue;
          if (suffix === '' && verbFollows(tokens, i)) continue;
          const verb = sayingVerb(tokens, i, verbsOfSaying.window);
          if (!verb) continue;
          const expected = withKasraHamza(anna);
          const range = [anna.start, anna.end] as const;
          context.report({
            range,
            messageId: 'inna',
            data: { verb: verb.text, actual: anna.text, expected },
            actual: anna.text,
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          });
        }
      },
    };
  },
});

export default innaAfterQawl;

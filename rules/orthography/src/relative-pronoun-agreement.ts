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
import { normalize } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import type { Sentence } from 'nlcst';
import { wordText } from './prose.js';

const SINGULAR = new Set(['الذي', 'التي']);
const PLURAL = 'الذين';

/** A verb form with a masculine plural suffix, by shape. */
export function isPluralVerb(normal: string): boolean {
  if (normal.startsWith('ال')) return false;
  if (/^[يت][\u0621-\u064a]{3,}(?:ون|وا)$/u.test(normal) && !normal.endsWith('اون')) return true;
  return /^[\u0621-\u064a]{3,}وا$/u.test(normal) && !/^[يت]/u.test(normal);
}

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
      SentenceNode(node: Sentence) {
        const children = node.children;
        for (let i = 0; i + 2 < children.length; i++) {
          const word = children[i]!;
          if (word.type !== 'WordNode') continue;
          const normal = word.data?.normal ?? '';
          const prefix = normal.length === 5 && (normal[0] === 'و' || normal[0] === 'ف') ? 1 : 0;
          const pronoun = normal.slice(prefix);
          if (!SINGULAR.has(pronoun)) continue;
          const space = children[i + 1]!;
          const verb = children[i + 2]!;
          if (space.type !== 'WhiteSpaceNode' || /[\r\n]/u.test(space.value) || verb.type !== 'WordNode') continue;
          const verbNormal = verb.data?.normal ?? '';
          if (!isPluralVerb(verbNormal)) continue;
          const original = wordText(word);
          const wordStart = word.position!.start.offset!;
          const start = wordStart + normalize(original).toOriginal(prefix);
          const end = word.position!.end.offset!;
          const verbText = wordText(verb);
          context.report({
            range: [start, end],
            messageId: 'agreement',
            data: { pronoun: context.text.slice(start, end), verb: verbText, expected: PLURAL },
            expected: [PLURAL],
            suggest: [{ messageId: 'usePlural', data: { expected: PLURAL, verb: verbText }, fix: { range: [start, end], text: PLURAL } }],
          });
        }
      },
    };
  },
});

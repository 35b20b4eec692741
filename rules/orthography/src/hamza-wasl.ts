/**
 * A hamza written on a wasl alif (conventions §3.2 items 44-58).
 *
 * 1. Listed words (data/hamza-wasl.yaml: nouns such as إسم، إبن، إثنان) are fixed.
 * 2. Derived verb forms VII–X (انفعل، افتعل، افعلّ، استفعل) in the past, the
 *    imperative and the verbal noun, with any clitics, by pattern against
 *    @bayan/lexicon: the word with أ/إ is unknown, the same word with ا is
 *    known and its stem has one of those shapes («إفتتح»، «إستمرت»،
 *    «إنسحابهم»، «وبالإرتفاع») → fixed.
 * 3. Words the lexicon does not know either way still get a suggestion when,
 *    after removing proclitics and a final ة or ات, the stem has the shape of
 *    a verbal noun of form VIII (إفتعال: إ.ت.ا.), VII (إن..ا.) or X
 *    (إست..ا.). Form IV nouns (إفعال: إنتاج، إنشاء، إعلان) keep their hamza
 *    (they are known words), and `exceptions` (إسترليني, إستونيا) are never
 *    reported.
 */
import { memoizeWord, normalize, type WordEntry } from '@bayan/arabic';
import { loadLexicon, type Lexicon, type VerbForm } from '@bayan/lexicon';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as data from './data/hamza-wasl.generated.js';
import { wordList, type ListEntry } from './word-list.js';

export interface WaslEntry extends ListEntry {
  right: string;
  examples: { invalid: Array<{ text: string; output: string }>; valid?: string[] };
}

export const waslList = embeddedDataFile<{ exceptions?: string[]; entries: WaslEntry[] }>(data);
const find = wordList('orthography/hamza-wasl', waslList.data.entries);
const exceptions = new Set(waslList.data.exceptions ?? []);

const PREFIXES = [
  'وبال',
  'فبال',
  'وكال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وب',
  'فب',
  'ول',
  'فل',
  'وك',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  '',
];
const SHAPES = [/^إ.ت.ا.$/u, /^إن..ا.$/u, /^إست..ا.$/u];

/** Index of a wrongly hamzated wasl alif in a normal word, by shape, or -1. */
export function waslShapeIndex(normal: string): number {
  const hamza = normal.indexOf('إ');
  if (hamza < 0 || hamza > 4) return -1;
  if (exceptions.has(normal)) return -1;
  for (const prefix of PREFIXES) {
    if (!normal.startsWith(`${prefix}إ`)) continue;
    let stem = normal.slice(prefix.length);
    if (exceptions.has(stem)) return -1;
    if (stem.endsWith('ات')) stem = stem.slice(0, -2);
    else if (stem.endsWith('ة')) stem = stem.slice(0, -1);
    if (SHAPES.some((shape) => shape.test(stem))) return prefix.length;
  }
  return -1;
}

const PATTERNS: Record<VerbForm, { ar: string; pattern: string }> = {
  VII: { ar: 'السابع', pattern: 'انفعل، انفعال' },
  VIII: { ar: 'الثامن', pattern: 'افتعل، افتعال' },
  IX: { ar: 'التاسع', pattern: 'افعلّ، افعلال' },
  X: { ar: 'العاشر', pattern: 'استفعل، استفعال' },
};

/** What a word's normal form says, once per distinct word: not a candidate, a verb form, or a wasl shape. */
type Verdict = null | { form: NonNullable<ReturnType<Lexicon['hamzaWasl']>> } | { shape: number };

/**
 * The verdict on a written word, once per distinct word for the whole process (memoizeWord: word entries
 * are shared across documents, and a verdict depends only on the word and the built-in data). The
 * lexicon is read on the first Arabic word that needs it.
 */
const verdictFor = memoizeWord((entry: WordEntry): Verdict =>
  entry.script !== 'arabic' || entry.normal.length < 4 ? null : verdictOf(loadLexicon(), entry.normal),
);

function verdictOf(lexicon: Lexicon, normal: string): Verdict {
  if (exceptions.has(normal)) return null;
  const form = lexicon.hamzaWasl(normal);
  if (form) return { form };
  if (normal.length < 6 || lexicon.has(normal)) return null;
  const shape = waslShapeIndex(normal);
  return shape < 0 ? null : { shape };
}

export default defineRule({
  meta: {
    id: 'orthography/hamza-wasl',
    type: 'problem',
    docs: {
      description: {
        ar: 'همزة قطع مكتوبة على ألف وصل («إجتماع»، «إستخدام»).',
        en: 'A hamza written on a wasl alif (إجتماع, إستخدام).',
      },
      recommended: true,
      url: 'rules/orthography/docs/hamza-wasl.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      wasl: {
        ar: 'الألف في «{{actual}}» ألف وصل لا تُكتب عليها همزة: «{{expected}}».',
        en: 'The alif in “{{actual}}” is a wasl alif, written without hamza: “{{expected}}”.',
      },
      waslForm: {
        ar: '«{{actual}}» من الوزن {{form}} ({{pattern}}) وألفه ألف وصل لا تُكتب عليها همزة: «{{expected}}».',
        en: '“{{actual}}” is a form {{form}} verb or verbal noun ({{pattern}}): its alif is a wasl alif, written without hamza: “{{expected}}”.',
      },
      waslShape: {
        ar: '«{{actual}}» على وزن مصدر خماسي أو سداسي همزته همزة وصل، فالأرجح «{{expected}}».',
        en: '“{{actual}}” has the shape of a verbal noun (forms VII, VIII, X) that starts with a wasl alif: probably “{{expected}}”.',
      },
      removeHamza: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const listedHits = find(context);
    return {
      Prose(stream) {
        const { text } = context;
        const listed: number[] = [];
        for (const { start, end, candidates } of listedHits()) {
          const actual = text.slice(start, end);
          const expected = candidates[0]!;
          listed.push(start);
          context.report({
            range: [start, end],
            messageId: 'wasl',
            data: { actual, expected },
            expected: [expected],
            fix: { range: [start, end], text: expected },
          });
        }
        // Each distinct word's verdict (per process, see `verdictFor`); most documents have no candidate.
        const { words, word } = stream;
        const verdicts = new Array<Verdict>(words.length);
        let any = false;
        for (let id = 0; id < words.length; id++) if ((verdicts[id] = verdictFor(words[id]!)) !== null) any = true;
        if (!any) return;
        for (let i = 0; i < stream.size; i++) {
          const id = word[i]!;
          if (id < 0) continue;
          const verdict = verdicts[id];
          if (!verdict) continue;
          const offset = stream.start[i]!;
          const value = stream.value(i);
          if (listed.some((s) => s >= offset && s < offset + value.length)) continue;
          if ('form' in verdict) {
            const byForm = verdict.form;
            const at = offset + normalize(value).toOriginal(byForm.index);
            const expected = value.slice(0, at - offset) + 'ا' + value.slice(at - offset + 1);
            const pattern = PATTERNS[byForm.form];
            const data = {
              actual: value,
              expected,
              form: context.locale === 'ar' ? pattern.ar : byForm.form,
              pattern: pattern.pattern,
            };
            context.report({
              range: [offset, offset + value.length],
              messageId: 'waslForm',
              data,
              actual: value,
              expected: [expected],
              fix: { range: [at, at + 1], text: 'ا' },
            });
            continue;
          }
          const at = offset + normalize(value).toOriginal(verdict.shape);
          const actual = value;
          const expected = value.slice(0, at - offset) + 'ا' + value.slice(at - offset + 1);
          context.report({
            range: [offset, offset + value.length],
            messageId: 'waslShape',
            data: { actual, expected },
            expected: [expected],
            severity: 'warning',
            suggest: [{ messageId: 'removeHamza', data: { expected }, fix: { range: [at, at + 1], text: 'ا' } }],
          });
        }
      },
    };
  },
});

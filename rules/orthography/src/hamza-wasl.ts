/**
 * A hamza written on a wasl alif (catalog §3.2 items 44-58).
 *
 * Listed words (data/hamza-wasl.yaml) are fixed. Other words get a
 * suggestion when, after removing proclitics (و ف ب ل ك ال) and a final ة
 * or ات, the stem has the shape of a verbal noun of form VIII (إفتعال:
 * إ.ت.ا.), VII (انفعال: إن..ا.) or X (استفعال: إست..ا.). These are 6-7
 * letters; form IV nouns (إفعال: إنتاج، إنشاء، إعلان) have 5 and keep their
 * hamza, and the data file's `exceptions` (إسترليني, إستونيا) are never
 * reported, so looser tests such as «starts with إست» are avoided.
 */
import { normalize } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import type { Root, Word } from 'nlcst';
import * as data from './data/hamza-wasl.generated.js';
import { startOf, wordText } from './prose.js';
import { compileList, type ListEntry } from './word-list.js';

export interface WaslEntry extends ListEntry {
  right: string;
  examples: { invalid: Array<{ text: string; output: string }>; valid?: string[] };
}

export const waslList = embeddedDataFile<{ exceptions?: string[]; entries: WaslEntry[] }>(data);
const find = compileList(waslList.data.entries);
const exceptions = new Set(waslList.data.exceptions ?? []);

const PREFIXES = ['وبال', 'فبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'فب', 'ول', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك', ''];
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

function* words(node: { type: string; children?: unknown[] }): Generator<Word> {
  if (node.type === 'WordNode') {
    yield node as Word;
    return;
  }
  for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) yield* words(child);
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
    return {
      Document() {
        const { text } = context;
        const listed = new Set<number>();
        for (const { start, end, candidates } of find(context.document.prose, text)) {
          const actual = text.slice(start, end);
          const expected = candidates[0]!;
          listed.add(start);
          context.report({ range: [start, end], messageId: 'wasl', data: { actual, expected }, expected: [expected], fix: { range: [start, end], text: expected } });
        }
        for (const word of words(context.document.prose as Root)) {
          if (word.data?.script !== 'arabic' || word.data.normal === undefined || word.data.normal.length < 6) continue;
          const index = waslShapeIndex(word.data.normal ?? '');
          if (index < 0) continue;
          const value = wordText(word);
          const offset = startOf(word);
          const at = offset + normalize(value).toOriginal(index);
          if ([...listed].some((s) => s >= offset && s < offset + value.length)) continue;
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

/**
 * Spellings that mean the same thing should not vary inside one document
 * (conventions §3.2 items 20-22, 85-88). Five groups, each with a `style` key:
 *   hamzaSeat        مسؤول / مسئول, شؤون / شئون        waw | ya
 *   hundredSpelling  مئة / مائة (and ثلاثمئة, مئتان…)   مئة | مائة
 *   tanweenPosition  كثيرًا / كثيراً                    on-letter | on-alif
 *   finalYa          في، الذي، التي / فى، الذى، التى     dotted | dotless
 *   strategySpelling استراتيجية / إستراتيجية            wasl | hamza
 * Each key also accepts `consistent` (the default): then the form used most
 * often in the document wins, and on a tie the standard form (the first of
 * each pair: the one the catalog prefers). Every other occurrence is reported
 * with a fix to the chosen form; the edit changes only the differing letter
 * or mark, so clitics and harakat stay. A fix never turns the standard form
 * into the other one unless the house style asks for it: when a document
 * mostly uses the non-standard form, its standard occurrences get a
 * suggestion, not a fix.
 */
import { normalize, TokenKind } from '@bayan/arabic';
import { defineRule, type Edit } from '@bayan/core';

interface Occurrence {
  variant: string;
  word: string;
  start: number;
  /** The edit that turns this occurrence into each other variant of its group. */
  to: Record<string, Edit | undefined>;
}

interface Group {
  key: string;
  /** The standard form first. */
  variants: readonly [string, string];
  detect(value: string, normal: string, start: number): Occurrence | undefined;
}

const CLITIC = '(?:وبال|فبال|وال|فال|بال|كال|ولل|فلل|لل|ال|وب|فب|ول|فل|و|ف|ب|ل|ك)?';
const SEAT = /مس([ؤئ])ول|ش([ؤئ])ون/u;
const HUNDRED = new RegExp(`^${CLITIC}(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)?م(ا?)ئ(?:ة|تان|تين|تا|تي)$`, 'u');
const FINAL_YA = /^[وف]?(?:في|فى|الذي|الذى|التي|التى)$/u;
const STRATEGY = new RegExp(`^${CLITIC}([اإ])ستراتيج`, 'u');

/** Original offset of normalised index `i` of a word. */
function at(value: string, start: number, i: number): number {
  return start + normalize(value).toOriginal(i);
}

function replaceAt(offset: number, text: string): Edit {
  return { range: [offset, offset + 1], text };
}

const GROUPS: Group[] = [
  {
    key: 'hamzaSeat',
    variants: ['waw', 'ya'],
    detect(value, normal, start) {
      const m = SEAT.exec(normal);
      if (!m) return undefined;
      const seat = (m[1] ?? m[2])!;
      const offset = at(value, start, m.index + (m[1] ? 2 : 1));
      return {
        variant: seat === 'ؤ' ? 'waw' : 'ya',
        word: value,
        start,
        to: { waw: replaceAt(offset, 'ؤ'), ya: replaceAt(offset, 'ئ') },
      };
    },
  },
  {
    key: 'hundredSpelling',
    variants: ['مئة', 'مائة'],
    detect(value, normal, start) {
      const m = HUNDRED.exec(normal);
      if (!m) return undefined;
      const ya = normal.lastIndexOf('ئ');
      const hasAlif = m[1] === 'ا';
      const offset = at(value, start, hasAlif ? ya - 1 : ya);
      return {
        variant: hasAlif ? 'مائة' : 'مئة',
        word: value,
        start,
        to: hasAlif
          ? { مئة: { range: [offset, offset + 1], text: '' } }
          : { مائة: { range: [offset, offset], text: 'ا' } },
      };
    },
  },
  {
    key: 'tanweenPosition',
    variants: ['on-letter', 'on-alif'],
    detect(value, _normal, start) {
      const end = start + value.length;
      if (value.endsWith('\u064bا') && !value.endsWith('ء\u064bا')) {
        return {
          variant: 'on-letter',
          word: value,
          start,
          to: { 'on-alif': { range: [end - 2, end], text: 'ا\u064b' } },
        };
      }
      if (value.endsWith('ا\u064b') && value.length > 2 && value[value.length - 3] !== 'ء') {
        return {
          variant: 'on-alif',
          word: value,
          start,
          to: { 'on-letter': { range: [end - 2, end], text: '\u064bا' } },
        };
      }
      return undefined;
    },
  },
  {
    key: 'finalYa',
    variants: ['dotted', 'dotless'],
    detect(value, normal, start) {
      if (!FINAL_YA.test(normal)) return undefined;
      const offset = at(value, start, normal.length - 1);
      const dotless = normal.endsWith('ى');
      return {
        variant: dotless ? 'dotless' : 'dotted',
        word: value,
        start,
        to: { dotted: replaceAt(offset, 'ي'), dotless: replaceAt(offset, 'ى') },
      };
    },
  },
  {
    key: 'strategySpelling',
    variants: ['wasl', 'hamza'],
    detect(value, normal, start) {
      const m = STRATEGY.exec(normal);
      if (!m) return undefined;
      const offset = at(value, start, m[0].length - 'ستراتيج'.length - 1);
      return {
        variant: m[1] === 'ا' ? 'wasl' : 'hamza',
        word: value,
        start,
        to: { wasl: replaceAt(offset, 'ا'), hamza: replaceAt(offset, 'إ') },
      };
    },
  },
];

/** An occurrence found at offset 0, moved to `offset`. */
function shift(o: Occurrence, offset: number): Occurrence {
  const to: Record<string, Edit | undefined> = {};
  for (const [variant, edit] of Object.entries(o.to)) {
    to[variant] = edit && { range: [edit.range[0] + offset, edit.range[1] + offset], text: edit.text };
  }
  return { variant: o.variant, word: o.word, start: o.start + offset, to };
}

/** Schemas of the style keys, for the pack's styleSchema. */
export const variantStyleSchema = Object.fromEntries(
  GROUPS.map((group) => [group.key, { enum: ['consistent', ...group.variants], default: 'consistent' }]),
);

export default defineRule({
  meta: {
    id: 'orthography/consistent-variants',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'رسمان صحيحان للكلمة نفسها في بيان واحد (مسؤول/مسئول، مئة/مائة، كثيرًا/كثيراً، في/فى).',
        en: 'Two correct spellings of the same word in one document (مسؤول/مسئول, مئة/مائة, كثيرًا/كثيراً, في/فى).',
      },
      recommended: 'warning',
      url: 'rules/orthography/docs/consistent-variants.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      inconsistent: {
        ar: 'كُتبت «{{actual}}» بغير الرسم الغالب في هذا البيان ({{count}} من {{total}})؛ اكتب «{{expected}}».',
        en: '“{{actual}}” differs from the spelling used most in this document ({{count}} of {{total}}): write “{{expected}}”.',
      },
      houseStyle: {
        ar: '«{{actual}}» يخالف رسم المؤسسة المعتمد؛ اكتب «{{expected}}».',
        en: '“{{actual}}” does not follow the house style: write “{{expected}}”.',
      },
      useVariant: { ar: 'اكتب «{{expected}}».', en: 'Write “{{expected}}”.' },
    },
  },
  create(context) {
    const found = new Map<string, Occurrence[]>(GROUPS.map((g) => [g.key, []]));
    return {
      Prose(stream) {
        const { kind, word, words, start } = stream;
        // What each distinct word is, found once (at offset 0), then placed at each occurrence.
        const detected: Array<Array<{ key: string; occurrence: Occurrence }> | null | undefined> = new Array(
          words.length,
        );
        for (let i = 0; i < stream.size; i++) {
          if (kind[i] !== TokenKind.Word) continue;
          const id = word[i]!;
          let list = detected[id];
          if (list === undefined) {
            const entry = words[id]!;
            list = null;
            if (entry.script === 'arabic') {
              for (const group of GROUPS) {
                const occurrence = group.detect(entry.value, entry.normal ?? entry.value, 0);
                if (occurrence) (list ??= []).push({ key: group.key, occurrence });
              }
            }
            detected[id] = list;
          }
          if (list === null) continue;
          const at = start[i]!;
          for (const { key, occurrence } of list) found.get(key)!.push(shift(occurrence, at));
        }
      },
      'Document:exit'() {
        for (const group of GROUPS) {
          const list = found.get(group.key)!;
          if (list.length === 0) continue;
          const choice = context.style[group.key];
          let target: string;
          let messageId: 'inconsistent' | 'houseStyle' = 'houseStyle';
          if (typeof choice === 'string' && choice !== 'consistent' && group.variants.includes(choice)) {
            target = choice;
          } else {
            const counts = new Map<string, number>();
            for (const o of list) counts.set(o.variant, (counts.get(o.variant) ?? 0) + 1);
            if (counts.size < 2) continue;
            target = group.variants[0];
            for (const [variant, count] of counts) if (count > counts.get(target)!) target = variant;
            messageId = 'inconsistent';
          }
          const count = list.filter((o) => o.variant === target).length;
          for (const o of list) {
            if (o.variant === target) continue;
            const edit = o.to[target]!;
            const local = [edit.range[0] - o.start, edit.range[1] - o.start] as const;
            const expected = o.word.slice(0, local[0]) + edit.text + o.word.slice(local[1]);
            const towardStandard = messageId === 'houseStyle' || target === group.variants[0];
            context.report({
              range: [o.start, o.start + o.word.length],
              messageId,
              data: { actual: o.word, expected, count, total: list.length },
              expected: [expected],
              ...(towardStandard
                ? { fix: edit }
                : { suggest: [{ messageId: 'useVariant', data: { expected }, fix: edit }] }),
            });
          }
        }
      },
    };
  },
});

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
import { memoizeWord, normalize, TokenKind, type WordEntry } from '@bayan/arabic';
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

/** A word's variant in one group, found at offset 0 (`shift` places it at an occurrence). */
interface Detection {
  /** Index of the group in GROUPS. */
  group: number;
  occurrence: Occurrence;
}

/**
 * What a written word is in each group, once per distinct word per process (memoizeWord: it depends
 * only on the word); null for the many words that are in no group.
 */
const detectionsOf = memoizeWord((entry: WordEntry): readonly Detection[] | null => {
  if (entry.script !== 'arabic') return null;
  let list: Detection[] | null = null;
  for (let group = 0; group < GROUPS.length; group++) {
    const occurrence = GROUPS[group]!.detect(entry.value, entry.normal ?? entry.value, 0);
    if (occurrence) (list ??= []).push({ group, occurrence });
  }
  return list;
});

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
    // Per group, the occurrences of the document: the detection at offset 0 and the offset of its token
    // (placed with `shift` only for the occurrences that are reported).
    const found = GROUPS.map(() => ({ detections: [] as Occurrence[], offsets: [] as number[] }));
    return {
      Prose(stream) {
        const { kind, word, words, start } = stream;
        const detected = new Array<readonly Detection[] | null>(words.length);
        let any = false;
        for (let id = 0; id < words.length; id++) if ((detected[id] = detectionsOf(words[id]!)) !== null) any = true;
        if (!any) return;
        for (let i = 0; i < stream.size; i++) {
          if (kind[i] !== TokenKind.Word) continue;
          const list = detected[word[i]!];
          if (!list) continue;
          const at = start[i]!;
          for (const { group, occurrence } of list) {
            found[group]!.detections.push(occurrence);
            found[group]!.offsets.push(at);
          }
        }
      },
      'Document:exit'() {
        for (let g = 0; g < GROUPS.length; g++) {
          const group = GROUPS[g]!;
          const { detections, offsets } = found[g]!;
          if (detections.length === 0) continue;
          const choice = context.style[group.key];
          let target: string;
          let messageId: 'inconsistent' | 'houseStyle' = 'houseStyle';
          if (typeof choice === 'string' && choice !== 'consistent' && group.variants.includes(choice)) {
            target = choice;
          } else {
            const counts = new Map<string, number>();
            for (const o of detections) counts.set(o.variant, (counts.get(o.variant) ?? 0) + 1);
            if (counts.size < 2) continue;
            target = group.variants[0];
            for (const [variant, count] of counts) if (count > counts.get(target)!) target = variant;
            messageId = 'inconsistent';
          }
          const count = detections.filter((o) => o.variant === target).length;
          for (let k = 0; k < detections.length; k++) {
            if (detections[k]!.variant === target) continue;
            const o = shift(detections[k]!, offsets[k]!);
            const edit = o.to[target]!;
            const local = [edit.range[0] - o.start, edit.range[1] - o.start] as const;
            const expected = o.word.slice(0, local[0]) + edit.text + o.word.slice(local[1]);
            const towardStandard = messageId === 'houseStyle' || target === group.variants[0];
            context.report({
              range: [o.start, o.start + o.word.length],
              messageId,
              data: { actual: o.word, expected, count, total: detections.length },
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

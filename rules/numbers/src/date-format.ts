/**
 * One date style per document.
 *
 * Every paragraph is scanned for Gregorian dates:
 *   - named: a day (1–31) and/or a year around a month name from
 *     data/months.yaml («30 سبتمبر 2024», «21 تشرين الثاني 2015»,
 *     «20 نوفمبر/تشرين الثاني 2015», «سبتمبر 2024»);
 *   - numeric: day, month and year joined by one separator («30/9/2024»,
 *     «2024-09-30», «30.9.2024»).
 * Hijri dates (a Hijri year 1300–1500, or «هـ» after the date) are
 * recognised and left alone. At the end of the document the minority style
 * is reported: numeric dates in a document that names its months get a
 * suggestion spelled with the document's month names (ties go to names, the
 * press style); among numeric dates, a separator other than the majority's
 * is fixed. Which month-name system a release uses and the order of
 * «سبتمبر/أيلول» pairs are checked by terminology/consistent-terms, not here.
 */
import type { Paragraph } from 'nlcst';
import { normalizeWord } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as monthsFile from './data/months.generated.js';
import { digitOf, SIGNS } from './digits.js';
import { endOf, nextIndex, numbersIn, paragraphTokens, prevIndex, startOf, wordAt, type NumberSpan, type Token } from './tokens.js';

export interface MonthSystem {
  id: string;
  names: Array<string | string[]>;
  examples: string[];
}

export const monthSystems = embeddedDataFile<{ systems: MonthSystem[] }>(monthsFile).data.systems;

const fold = (word: string): string => normalizeWord(word, { fold: true });

interface MonthName {
  month: number;
  systems: string[];
}

/** Folded month name (two-word names joined by one space) → month and systems. */
const MONTHS = new Map<string, MonthName>();
for (const system of monthSystems) {
  system.names.forEach((entry, index) => {
    for (const name of Array.isArray(entry) ? entry : [entry]) {
      const key = name.split(/\s+/).map(fold).join(' ');
      const known = MONTHS.get(key);
      if (known) known.systems.push(system.id);
      else MONTHS.set(key, { month: index + 1, systems: [system.id] });
    }
  });
}

interface NamedDate {
  kind: 'named';
  systems: string[];
}

interface NumericDate {
  kind: 'numeric';
  start: number;
  end: number;
  separator: string;
  /** Positions of the separators, to fix them. */
  separatorOffsets: number[];
  day?: NumberSpan | { raw: string };
  month?: number;
  year?: { raw: string };
  actual: string;
}

type FoundDate = NamedDate | NumericDate;

const DATE_SEPARATORS = new Set(['/', '-', '.']);

function intOf(span: NumberSpan): number | undefined {
  const v = span.info.value;
  return span.info.separators.length === 0 && v !== null && Number.isInteger(v) ? v : undefined;
}

/** «09» → «9», «٠٩» → «٩». */
function withoutLeadingZero(raw: string): string {
  let i = 0;
  while (i < raw.length - 1 && digitOf(raw.charCodeAt(i))?.value === 0) i++;
  return raw.slice(i);
}

function isHijriYear(value: number): boolean {
  return value >= 1300 && value <= 1500;
}

export const dateFormat = defineRule({
  meta: {
    id: 'numbers/date-format',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'أسلوب واحد للتواريخ في الوثيقة: باسم الشهر أو بالأرقام بفاصل واحد.',
        en: 'One date style per document: with month names, or in digits with one separator.',
      },
      recommended: true,
      url: 'rules/numbers/docs/date-format.md',
    },
    fixable: true,
    hasSuggestions: true,
    messages: {
      preferNamed: {
        ar: 'أغلب تواريخ الوثيقة ({{majority}} من {{total}}) مكتوبة باسم الشهر؛ اكتب «{{actual}}» بالأسلوب نفسه.',
        en: 'Most dates in this document ({{majority}} of {{total}}) name the month; write “{{actual}}” the same way.',
      },
      preferNumeric: {
        ar: 'أغلب تواريخ الوثيقة ({{majority}} من {{total}}) مكتوبة بالأرقام؛ اكتب هذا التاريخ بالأسلوب نفسه.',
        en: 'Most dates in this document ({{majority}} of {{total}}) are written in digits; write this date the same way.',
      },
      separator: {
        ar: 'أغلب التواريخ الرقمية في الوثيقة تفصل بـ«{{expected}}»؛ اكتب «{{fixed}}» بدل «{{actual}}».',
        en: 'Most numeric dates in this document use “{{expected}}”; write “{{fixed}}” instead of “{{actual}}”.',
      },
      write: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const found: Array<FoundDate & { start: number; end: number }> = [];

    /** A month name at `index` (one or two words): its month, systems and last token index. */
    const monthAt = (tokens: readonly Token[], index: number): (MonthName & { last: number }) | undefined => {
      const word = wordAt(tokens, index);
      if (!word || word.data?.script !== 'arabic') return undefined;
      const first = word.data.folded ?? fold(word.data.normal ?? '');
      const k = nextIndex(tokens, index);
      const second = wordAt(tokens, k);
      const two = second ? MONTHS.get(`${first} ${second.data?.folded ?? ''}`) : undefined;
      if (two) return { ...two, last: k };
      const one = MONTHS.get(first);
      return one ? { ...one, last: index } : undefined;
    };

    const isHijriMarker = (tokens: readonly Token[], index: number): boolean => {
      const word = wordAt(tokens, index);
      return word !== undefined && (word.data?.normal === 'ه' || word.data?.normal === 'هـ');
    };

    const scan = (tokens: readonly Token[]): void => {
      const spans = numbersIn(tokens);
      const byFirst = new Map(spans.map((s) => [s.first, s]));
      const used = new Set<number>();

      // Named dates: [day] month [/ month] [year]
      for (let i = 0; i < tokens.length; i++) {
        if (used.has(i)) continue;
        const month = monthAt(tokens, i);
        if (!month) continue;
        const p = prevIndex(tokens, i);
        const daySpan = spans.find((s) => s.last === p);
        const day = daySpan && intOf(daySpan);
        const hasDay = day !== undefined && day >= 1 && day <= 31 && daySpan!.prefix === '';
        let last = month.last;
        const systems = [...month.systems];
        const slash = tokens[last + 1];
        if (slash?.type === 'PunctuationNode' && slash.value === '/') {
          const other = monthAt(tokens, last + 2);
          if (other && other.month === month.month) {
            systems.push(...other.systems);
            last = other.last;
          }
        }
        const yearSpan = byFirst.get(nextIndex(tokens, last));
        const year = yearSpan && intOf(yearSpan);
        const hasYear = year !== undefined && yearSpan!.raw.length === 4;
        if (!hasDay && !hasYear) continue;
        if (hasYear && isHijriYear(year!)) continue;
        for (let k = i; k <= last; k++) used.add(k);
        const start = hasDay ? daySpan!.start : startOf(tokens[i]!);
        const end = hasYear ? yearSpan!.end : endOf(tokens[last]!);
        found.push({ kind: 'named', systems, start, end });
      }

      // Numeric dates
      for (let s = 0; s < spans.length; s++) {
        const a = spans[s]!;
        // «30.9.2024» is one number token for the tokenizer
        const dotted = /^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$/.exec(a.raw) ?? /^([\u0660-\u0669]{1,2})[.\u066b]([\u0660-\u0669]{1,2})[.\u066b]([\u0660-\u0669]{4})$/.exec(a.raw);
        if (dotted) {
          const sep = a.raw[dotted[1]!.length]!;
          const month = Number(convertToLatin(dotted[2]!));
          if (month >= 1 && month <= 12 && !isHijriYear(Number(convertToLatin(dotted[3]!))) && !isHijriMarker(tokens, nextIndex(tokens, a.last))) {
            found.push({
              kind: 'numeric', start: a.start, end: a.end, separator: sep,
              separatorOffsets: [a.start + dotted[1]!.length, a.start + dotted[1]!.length + 1 + dotted[2]!.length],
              day: { raw: dotted[1]! }, month, year: { raw: dotted[3]! }, actual: a.raw,
            });
          }
          continue;
        }
        const sep1 = tokens[a.last + 1];
        const b = spans[s + 1];
        const sep2 = b ? tokens[b.last + 1] : undefined;
        const c = spans[s + 2];
        if (!b || !c || sep1?.type !== 'PunctuationNode' || sep2?.type !== 'PunctuationNode') continue;
        if (!DATE_SEPARATORS.has(sep1.value) || sep1.value !== sep2.value) continue;
        if (b.first !== a.last + 2 || c.first !== b.last + 2 || startOf(sep1) !== a.end || endOf(sep1) !== b.start || startOf(sep2) !== b.end || endOf(sep2) !== c.start) continue;
        const [va, vb, vc] = [intOf(a), intOf(b), intOf(c)];
        if (va === undefined || vb === undefined || vc === undefined) continue;
        let dayRaw: string | undefined;
        let yearRaw: string;
        let month: number | undefined;
        if (a.raw.length === 4 && vb >= 1 && vb <= 12 && vc >= 1 && vc <= 31) {
          if (isHijriYear(va)) continue;
          yearRaw = a.raw;
          month = vb;
          dayRaw = c.raw;
        } else if (c.raw.length === 4 && va >= 1 && va <= 31 && vb >= 1 && vb <= 31) {
          if (isHijriYear(vc)) continue;
          yearRaw = c.raw;
          if (vb <= 12) {
            month = vb;
            dayRaw = a.raw;
          }
        } else {
          continue;
        }
        if (isHijriMarker(tokens, nextIndex(tokens, c.last))) continue;
        found.push({
          kind: 'numeric', start: a.start, end: c.end, separator: sep1.value,
          separatorOffsets: [startOf(sep1), startOf(sep2)],
          ...(dayRaw !== undefined ? { day: { raw: dayRaw } } : {}),
          ...(month !== undefined ? { month } : {}),
          year: { raw: yearRaw }, actual: context.text.slice(a.start, c.end),
        });
        s += 2;
      }
    };

    return {
      ParagraphNode(node: Paragraph) {
        scan(paragraphTokens(node));
      },
      'Document:exit'() {
        const named = found.filter((d): d is NamedDate & { start: number; end: number } => d.kind === 'named');
        const numeric = found.filter((d): d is NumericDate => d.kind === 'numeric');
        const total = named.length + numeric.length;
        if (named.length > 0 && numeric.length > 0 && named.length >= numeric.length) {
          const votes = new Map<string, number>();
          for (const d of named) for (const id of new Set(d.systems)) votes.set(id, (votes.get(id) ?? 0) + 1);
          let best = monthSystems[0]!;
          for (const system of monthSystems) if ((votes.get(system.id) ?? 0) > (votes.get(best.id) ?? 0)) best = system;
          for (const d of numeric) {
            const range = [d.start, d.end] as const;
            const name = d.month !== undefined ? best.names[d.month - 1] : undefined;
            const monthName = Array.isArray(name) ? name[0] : name;
            const expected = d.day && monthName && d.year ? `${withoutLeadingZero(d.day.raw)} ${monthName} ${d.year.raw}` : undefined;
            context.report({
              range,
              messageId: 'preferNamed',
              data: { majority: named.length, total, actual: d.actual },
              ...(expected ? { expected: [expected], suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }] } : {}),
            });
          }
          return;
        }
        if (named.length > 0 && numeric.length > named.length) {
          for (const d of named) context.report({ range: [d.start, d.end], messageId: 'preferNumeric', data: { majority: numeric.length, total } });
        }
        const counts = new Map<string, number>();
        for (const d of numeric) counts.set(d.separator, (counts.get(d.separator) ?? 0) + 1);
        const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
        if (ranked.length < 2 || ranked[0]![1] === ranked[1]![1]) return;
        const majority = ranked[0]![0];
        for (const d of numeric) {
          if (d.separator === majority) continue;
          const edits = d.separatorOffsets.map((o) => ({ range: [o, o + 1] as const, text: majority }));
          let fixed = '';
          for (let k = d.start; k < d.end; k++) fixed += d.separatorOffsets.includes(k) ? majority : context.text[k]!;
          context.report({ range: [d.start, d.end], messageId: 'separator', data: { expected: majority, fixed, actual: d.actual }, expected: [fixed], fix: edits });
        }
      },
    };
  },
});

function convertToLatin(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitOf(raw.charCodeAt(i));
    out += d ? String.fromCharCode(SIGNS.latn.zero + d.value) : raw[i]!;
  }
  return out;
}

export default dateFormat;

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
import { memoizeWordInt, normalizeWord, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule, embeddedDataFile, type RuleContext } from '@bayan/core';
import * as monthsFile from './data/months.generated.js';
import { digitOf, SIGNS } from './digits.js';
import {
  charOf,
  nextIndex,
  numberEndingAt,
  numbersOf,
  numberStartingAt,
  prevIndex,
  PUNCTUATION,
  type Numbers,
} from './tokens.js';

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
/** First words of two-word names («تشرين» of «تشرين الثاني»). */
const FIRST_HALVES = new Set<string>();
for (const system of monthSystems) {
  system.names.forEach((entry, index) => {
    for (const name of Array.isArray(entry) ? entry : [entry]) {
      const words = name.split(/\s+/).map(fold);
      if (words.length > 1) FIRST_HALVES.add(words[0]!);
      const key = words.join(' ');
      const known = MONTHS.get(key);
      if (known) known.systems.push(system.id);
      else MONTHS.set(key, { month: index + 1, systems: [system.id] });
    }
  });
}

/** A date found in the text: its range, and for numeric dates what it takes to rewrite it. */
interface NamedDate {
  kind: 'named';
  start: number;
  end: number;
  systems: string[];
}

interface NumericDate {
  kind: 'numeric';
  start: number;
  end: number;
  separator: string;
  /** Positions of the separators, to fix them. */
  separatorOffsets: number[];
  day?: string;
  month?: number;
  year?: string;
  actual: string;
}

const DATE_SEPARATORS = new Set(['/', '-', '.'].map((c) => c.charCodeAt(0)));
const SLASH = '/'.charCodeAt(0);
const DOTTED = [
  /^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$/,
  /^([\u0660-\u0669]{1,2})[.\u066b]([\u0660-\u0669]{1,2})[.\u066b]([\u0660-\u0669]{4})$/,
];

/** The integer value of number n, when it has no separator. */
function intOf(numbers: Numbers, n: number): number | undefined {
  const { value, separators } = numbers.info[n]!;
  return separators.length === 0 && value !== null && Number.isInteger(value) ? value : undefined;
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

function convertToLatin(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitOf(raw.charCodeAt(i));
    out += d ? String.fromCharCode(SIGNS.latn.zero + d.value) : raw[i]!;
  }
  return out;
}

/** One paragraph of the stream: tokens [from, to), numbers [firstNumber, stopNumber). */
interface Span {
  stream: TokenStream;
  numbers: Numbers;
  /** Per word id: 1 for an Arabic word that is a month name or the first word of one. */
  monthish: readonly number[];
  from: number;
  to: number;
  firstNumber: number;
  stopNumber: number;
}

/** 1 for an Arabic word that is a month name or the first word of one: once per distinct word per process. */
const isMonthish = memoizeWordInt((entry: WordEntry): number =>
  entry.script === 'arabic' && (MONTHS.has(entry.folded) || FIRST_HALVES.has(entry.folded)) ? 1 : 0,
);

function monthishWords(stream: TokenStream): number[] {
  const { words } = stream;
  const out: number[] = [];
  for (let id = 0; id < words.length; id++) out.push(isMonthish(words[id]!));
  return out;
}

/** A month name at token `index` (one or two words): its month, systems and last token index. */
function monthAt(span: Span, index: number): (MonthName & { last: number }) | undefined {
  const { stream } = span;
  if (index < 0 || index >= span.to) return undefined;
  const id = stream.word[index]!;
  if (id < 0 || span.monthish[id] === 0) return undefined;
  const first = stream.words[id]!.folded;
  if (FIRST_HALVES.has(first)) {
    const k = nextIndex(stream, index, span.to);
    const second = k >= 0 ? stream.word[k]! : -1;
    const two = second >= 0 ? MONTHS.get(`${first} ${stream.words[second]!.folded}`) : undefined;
    if (two) return { ...two, last: k };
  }
  const one = MONTHS.get(first);
  return one ? { ...one, last: index } : undefined;
}

/** «هـ» after a date: a Hijri date. */
function isHijriMarker(stream: TokenStream, index: number): boolean {
  const id = index >= 0 ? stream.word[index]! : -1;
  if (id < 0) return false;
  const normal = stream.words[id]!.normal;
  return normal === 'ه' || normal === 'هـ';
}

/** A named date around the month name at token i: [day] month [/ month] [year]. */
function namedDateAt(span: Span, i: number): { date: NamedDate; last: number } | undefined {
  const { stream, numbers } = span;
  const month = monthAt(span, i);
  if (!month) return undefined;
  const dayNumber = numberEndingAt(numbers, prevIndex(stream, i, span.from));
  const day = dayNumber >= 0 ? intOf(numbers, dayNumber) : undefined;
  const hasDay = day !== undefined && day >= 1 && day <= 31 && numbers.prefix[dayNumber] === '';
  let last = month.last;
  const systems = [...month.systems];
  if (last + 1 < span.to && stream.kind[last + 1] === PUNCTUATION && charOf(stream, last + 1) === SLASH) {
    const other = monthAt(span, last + 2);
    if (other && other.month === month.month) {
      systems.push(...other.systems);
      last = other.last;
    }
  }
  const yearNumber = numberStartingAt(numbers, nextIndex(stream, last, span.to));
  const year = yearNumber >= 0 ? intOf(numbers, yearNumber) : undefined;
  const hasYear = year !== undefined && numbers.raw[yearNumber]!.length === 4;
  if (!hasDay && !hasYear) return undefined;
  if (hasYear && isHijriYear(year!)) return undefined;
  const start = hasDay ? numbers.start[dayNumber]! : stream.start[i]!;
  const end = hasYear ? numbers.end[yearNumber]! : stream.end[last]!;
  return { date: { kind: 'named', systems, start, end }, last };
}

/** «30.9.2024» (one number token for the tokenizer): day, month and year, or null. */
function dottedParts(raw: string): RegExpExecArray | null {
  // The shortest is «1.9.2024».
  if (raw.length < 8) return null;
  return DOTTED[0]!.exec(raw) ?? DOTTED[1]!.exec(raw);
}

function dottedDate(span: Span, n: number, dotted: RegExpExecArray): NumericDate | undefined {
  const { stream, numbers } = span;
  const raw = numbers.raw[n]!;
  const start = numbers.start[n]!;
  const [, day, monthRaw, year] = dotted as unknown as [string, string, string, string];
  const month = Number(convertToLatin(monthRaw));
  if (month < 1 || month > 12 || isHijriYear(Number(convertToLatin(year)))) return undefined;
  if (isHijriMarker(stream, nextIndex(stream, numbers.last[n]!, span.to))) return undefined;
  const separatorOffsets = [start + day.length, start + day.length + 1 + monthRaw.length];
  return {
    kind: 'numeric',
    start,
    end: numbers.end[n]!,
    separator: raw[day.length]!,
    separatorOffsets,
    day,
    month,
    year,
    actual: raw,
  };
}

/** «30/9/2024», «2024-09-30»: numbers a, a+1, a+2 joined by one separator that touches them. */
function separatedDate(span: Span, a: number, text: string): NumericDate | undefined {
  const { stream, numbers } = span;
  const { first, last, start, end, raw } = numbers;
  const b = a + 1;
  const c = a + 2;
  if (c >= span.stopNumber) return undefined;
  const sep1 = last[a]! + 1;
  const sep2 = last[b]! + 1;
  const mark = charOf(stream, sep1);
  if (stream.kind[sep1] !== PUNCTUATION || stream.kind[sep2] !== PUNCTUATION) return undefined;
  if (!DATE_SEPARATORS.has(mark) || mark !== charOf(stream, sep2)) return undefined;
  if (first[b] !== sep1 + 1 || first[c] !== sep2 + 1) return undefined;
  if (
    stream.start[sep1] !== end[a] ||
    stream.end[sep1] !== start[b] ||
    stream.start[sep2] !== end[b] ||
    stream.end[sep2] !== start[c]
  )
    return undefined;
  const [va, vb, vc] = [intOf(numbers, a), intOf(numbers, b), intOf(numbers, c)];
  if (va === undefined || vb === undefined || vc === undefined) return undefined;
  let day: string | undefined;
  let year: string;
  let month: number | undefined;
  if (raw[a]!.length === 4 && vb >= 1 && vb <= 12 && vc >= 1 && vc <= 31) {
    if (isHijriYear(va)) return undefined;
    year = raw[a]!;
    month = vb;
    day = raw[c]!;
  } else if (raw[c]!.length === 4 && va >= 1 && va <= 31 && vb >= 1 && vb <= 31) {
    if (isHijriYear(vc)) return undefined;
    year = raw[c]!;
    if (vb <= 12) {
      month = vb;
      day = raw[a]!;
    }
  } else {
    return undefined;
  }
  if (isHijriMarker(stream, nextIndex(stream, last[c]!, span.to))) return undefined;
  return {
    kind: 'numeric',
    start: start[a]!,
    end: end[c]!,
    separator: String.fromCharCode(mark),
    separatorOffsets: [stream.start[sep1]!, stream.start[sep2]!],
    ...(day !== undefined ? { day } : {}),
    ...(month !== undefined ? { month } : {}),
    year,
    actual: text.slice(start[a]!, end[c]!),
  };
}

interface Dates {
  named: NamedDate[];
  numeric: NumericDate[];
}

/** The dates of one paragraph: named dates, then numeric ones. */
function scanParagraph(span: Span, text: string, found: Dates): void {
  const { word } = span.stream;
  for (let i = span.from; i < span.to; i++) {
    const id = word[i]!;
    if (id < 0 || span.monthish[id] === 0) continue;
    const named = namedDateAt(span, i);
    if (!named) continue;
    found.named.push(named.date);
    i = named.last;
  }
  for (let a = span.firstNumber; a < span.stopNumber; a++) {
    const dotted = dottedParts(span.numbers.raw[a]!);
    if (dotted) {
      const date = dottedDate(span, a, dotted);
      if (date) found.numeric.push(date);
      continue;
    }
    const date = separatedDate(span, a, text);
    if (!date) continue;
    found.numeric.push(date);
    a += 2;
  }
}

/** Named dates win (ties too): each numeric date gets a suggestion spelled with the month names most used. */
function reportNumericMinority(context: RuleContext, { named, numeric }: Dates): void {
  const total = named.length + numeric.length;
  const votes = new Map<string, number>();
  for (const d of named) for (const id of new Set(d.systems)) votes.set(id, (votes.get(id) ?? 0) + 1);
  let best = monthSystems[0]!;
  for (const system of monthSystems) if ((votes.get(system.id) ?? 0) > (votes.get(best.id) ?? 0)) best = system;
  for (const d of numeric) {
    const range = [d.start, d.end] as const;
    const name = d.month !== undefined ? best.names[d.month - 1] : undefined;
    const monthName = Array.isArray(name) ? name[0] : name;
    const expected = d.day && monthName && d.year ? `${withoutLeadingZero(d.day)} ${monthName} ${d.year}` : undefined;
    context.report({
      range,
      messageId: 'preferNamed',
      data: { majority: named.length, total, actual: d.actual },
      ...(expected
        ? {
            expected: [expected],
            suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
          }
        : {}),
    });
  }
}

/** Among numeric dates, a separator other than the majority's is fixed (no majority on a tie). */
function reportSeparators(context: RuleContext, numeric: readonly NumericDate[]): void {
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
    context.report({
      range: [d.start, d.end],
      messageId: 'separator',
      data: { expected: majority, fixed, actual: d.actual },
      expected: [fixed],
      fix: edits,
    });
  }
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
    return {
      Prose(stream) {
        const numbers = numbersOf(stream);
        const monthish = monthishWords(stream);
        const found: Dates = { named: [], numeric: [] };
        for (let p = 0; p < stream.paragraphCount; p++) {
          // Every date has a number (its day or its year) in the paragraph.
          if (numbers.byParagraph[p] === numbers.byParagraph[p + 1]) continue;
          const span: Span = {
            stream,
            numbers,
            monthish,
            from: stream.paragraphStart[p]!,
            to: stream.paragraphEnd[p]!,
            firstNumber: numbers.byParagraph[p]!,
            stopNumber: numbers.byParagraph[p + 1]!,
          };
          scanParagraph(span, context.text, found);
        }
        const { named, numeric } = found;
        if (named.length > 0 && numeric.length > 0 && named.length >= numeric.length) {
          reportNumericMinority(context, found);
          return;
        }
        if (named.length > 0 && numeric.length > named.length) {
          const total = named.length + numeric.length;
          for (const d of named)
            context.report({
              range: [d.start, d.end],
              messageId: 'preferNumeric',
              data: { majority: numeric.length, total },
            });
        }
        reportSeparators(context, numeric);
      },
    };
  },
});

export default dateFormat;

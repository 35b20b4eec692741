/**
 * Currency in amounts (conventions §2).
 *
 * Per paragraph, on its span of the token stream (numbers from tokens.ts),
 * five checks, each a named function below:
 *   - «جنية» is «جنيه» when it follows a number or a scale word, or comes
 *     before «إسترليني»/«مصري»: a safe fix of the one letter. Anywhere else it
 *     may be «جنّية» (a female jinn) and is left alone, as is a word written
 *     with a shadda.
 *   - «بليون» (and its forms) after a number or before a currency noun →
 *     «مليار»: a suggestion, a fix when `style.billion` is `milyar`, nothing
 *     when it is `any`.
 *   - a currency symbol or ISO code attached to an amount in Arabic running
 *     text («£5 مليون», «5 مليون GBP») → the word form after the number and
 *     scale word (suggestion). Tables may keep codes.
 *   - a currency noun before its amount («جنيه إسترليني 3 ملايين») → the
 *     order number → scale → currency → adjective (suggestion).
 * At the end of the document, a bare «جنيه» after an amount, in a document
 * that names the pound sterling elsewhere, gets a suggestion to qualify it
 * (alone it reads as the Egyptian pound).
 */
import { cliticCandidates, memoizeWordInt, PROCLITIC_STACKS, type TokenStream, type WordEntry } from '@bayan/arabic';
import { defineRule, type RuleContext } from '@bayan/core';
import { currencyTables, type CurrencyTables } from './currency-list.js';
import {
  inRanges,
  isArabicRun,
  nextIndex,
  numberEndingAt,
  numbersOf,
  numberStartingAt,
  prevIndex,
  SCALE_WORDS,
  SYMBOL,
  tableRanges,
  withoutConjunction,
  wordFlags,
  type Numbers,
} from './tokens.js';

export interface CurrencyEntry {
  code: string;
  symbols: string[];
  word: string;
  sterling?: boolean;
  examples: { invalid: Array<{ text: string; output?: string; suggestions?: string[] }>; valid?: string[] };
}

export interface CurrencyData {
  nouns: string[];
  currencies: CurrencyEntry[];
}

const STACKS = ['', ...PROCLITIC_STACKS];
const BILLION_FORMS = new Set(['بليون', 'بليونا', 'بليونان', 'بليونين', 'بليونات', 'بلايين']);
const POUND_FORMS = new Set(['جنيه', 'جنيها', 'جنيهات', 'جنيهان', 'جنيهين', 'جنية']);
const MISSPELT_POUND = new Set(['جنية']);
const NOT_QUALIFIERS = new Set(['الذي', 'التي']);
const STERLING = ['استرليني'];
const POUND_ADJECTIVES = ['استرليني', 'مصري'];

const STACK_SET: ReadonlySet<string> = new Set(STACKS);

/**
 * The proclitic stack in front of one of `stems` in a normalised word, or
 * undefined. No stem of these sets ends another, so at most one stem fits.
 */
function stackBefore(normal: string, stems: ReadonlySet<string>): string | undefined {
  for (const stem of stems) {
    if (!normal.endsWith(stem)) continue;
    const stack = normal.slice(0, normal.length - stem.length);
    if (STACK_SET.has(stack)) return stack;
  }
  return undefined;
}

/** Bits of `Reading.kinds`: what a word is to the checks. */
const Kind = {
  /** «جنية» after proclitics (not yet a finding: the context decides). */
  MisspeltPound: 1,
  /** A form of «بليون», alone or after proclitics. */
  Billion: 2,
  /** A form of «بليون» with no proclitic. */
  BareBillion: 4,
  /** «جنيه» and its forms. */
  Pound: 8,
  /** A scale word («مليون», «وملايين»). */
  Scale: 16,
  /** A nationality adjective after a currency noun («إسترليني», «مصري», «جنوب سوداني»). */
  Qualifier: 32,
  /** «إسترليني» or «مصري», with or without proclitics («الإسترليني»). */
  PoundAdjective: 64,
  /** «إسترليني», with or without proclitics. */
  SterlingAdjective: 128,
  /** «إسترليني» or «استرليني» exactly: how the document spells it. */
  SterlingSpelling: 256,
  /** A Latin word of three capitals: maybe an ISO code. */
  Code: 512,
  /** A currency noun of the tables (an Arabic word). */
  Noun: 1024,
  /** Any word whose stem after «و»/«ف» is a currency noun of the tables. */
  NamesCurrency: 2048,
} as const;

/** Does the Arabic word name one of these (folded) adjectives, with or without proclitics («الإسترليني»)? */
function isAdjective(form: string, folded: readonly string[]): boolean {
  // Without an enclitic, a candidate's stem is the word less its proclitics: a suffix of it.
  if (!folded.some((a) => form.endsWith(a))) return false;
  return cliticCandidates(form).some((c) => c.enclitic === null && folded.includes(c.stem));
}

/** The `Kind` bits that depend on the word alone: once per distinct word per process. */
const wordKind = memoizeWordInt((entry: WordEntry): number => {
  if (entry.script === 'latin') return /^[A-Z]{3}$/.test(entry.value) ? Kind.Code : 0;
  if (entry.script !== 'arabic') return 0;
  const { normal, folded } = entry;
  let k = 0;
  if (stackBefore(normal, MISSPELT_POUND) !== undefined) k |= Kind.MisspeltPound;
  const billion = stackBefore(normal, BILLION_FORMS);
  if (billion !== undefined) k |= billion === '' ? Kind.Billion | Kind.BareBillion : Kind.Billion;
  if (POUND_FORMS.has(normal)) k |= Kind.Pound;
  if (SCALE_WORDS.has(normal) || SCALE_WORDS.has(withoutConjunction(normal))) k |= Kind.Scale;
  const stem = withoutConjunction(normal);
  const bare = stem.startsWith('ال') ? stem.slice(2) : stem;
  if (!NOT_QUALIFIERS.has(stem) && (bare === 'جنوب' || (bare.length >= 4 && /[يى]$/.test(bare)))) k |= Kind.Qualifier;
  if (isAdjective(folded, POUND_ADJECTIVES)) k |= Kind.PoundAdjective;
  if (isAdjective(folded, STERLING)) k |= Kind.SterlingAdjective;
  if (normal === 'إسترليني' || normal === 'استرليني') k |= Kind.SterlingSpelling;
  return k;
});

/** Every `Kind` bit of a word (those of `wordKind` and those that depend on the currency tables), per table (usually the one built-in table). */
const tableKinds = new WeakMap<CurrencyTables, (entry: WordEntry) => number>();

function tableKind(currencies: CurrencyTables): (entry: WordEntry) => number {
  let kind = tableKinds.get(currencies);
  if (!kind) {
    kind = memoizeWordInt(
      (entry) =>
        wordKind(entry) |
        (entry.script === 'arabic' && currencies.nouns.has(entry.normal) ? Kind.Noun : 0) |
        (currencies.nouns.has(withoutConjunction(entry.normal)) ? Kind.NamesCurrency : 0),
    );
    tableKinds.set(currencies, kind);
  }
  return kind;
}

/** Everything the checks share while reading one document. */
interface Reading {
  context: RuleContext;
  stream: TokenStream;
  numbers: Numbers;
  flags: readonly number[];
  currencies: CurrencyTables;
  /** `Kind` bits per word id. */
  kinds: number[];
  /** Source ranges of tables, where codes and symbols are fine (found on first need). */
  tables: Array<readonly [number, number]> | undefined;
  /** Whether the document names the pound sterling (decided at its end), and how it spells «إسترليني». */
  sterling: boolean;
  sterlingWord: string | undefined;
  /** Token indexes of pounds after an amount with no adjective. */
  barePounds: number[];
}

/** Is token i (-1: none) a word with the `Kind` bit `bit`? */
function is(r: Reading, i: number, bit: number): boolean {
  const id = i >= 0 ? r.stream.word[i]! : -1;
  return id >= 0 && (r.kinds[id]! & bit) !== 0;
}

function startReading(context: RuleContext, stream: TokenStream, currencies: CurrencyTables): Reading {
  const { words } = stream;
  const byTable = tableKind(currencies);
  // A plain array per document (pushed: packed, whatever the length), not a typed array of its own memory.
  const kinds: number[] = [];
  for (let id = 0; id < words.length; id++) kinds.push(byTable(words[id]!));
  return {
    context,
    stream,
    numbers: numbersOf(stream),
    flags: wordFlags(stream),
    currencies,
    kinds,
    tables: undefined,
    sterling: false,
    sterlingWord: undefined,
    barePounds: [],
  };
}

/** One paragraph: tokens [from, to) of the stream. */
interface Paragraph {
  from: number;
  to: number;
}

/** Does an amount (a number, or a scale word) end just before token i? */
function afterAmount(r: Reading, { from }: Paragraph, i: number): boolean {
  const p = prevIndex(r.stream, i, from);
  return p >= 0 && (numberEndingAt(r.numbers, p) >= 0 || is(r, p, Kind.Scale));
}

/** End of the amount that starts with number n: the number and a scale word after it. */
function amountEnd(r: Reading, { to }: Paragraph, n: number): number {
  const k = nextIndex(r.stream, r.numbers.last[n]!, to);
  return is(r, k, Kind.Scale) ? r.stream.end[k]! : r.numbers.end[n]!;
}

/** A currency symbol or ISO code: its tokens, offsets and currency. */
interface Marker {
  start: number;
  end: number;
  first: number;
  last: number;
  entry: CurrencyEntry;
}

/** The currency symbol («£», «UK£», «وUS$» where the proclitic and the prefix are one word) or ISO code at token i. */
function markerAt(r: Reading, { from }: Paragraph, i: number): Marker | undefined {
  const { stream, currencies } = r;
  const { start, end } = stream;
  if (stream.kind[i] === SYMBOL) {
    const value = stream.value(i);
    const prev = i - 1;
    const prefix =
      prev >= from && stream.word[prev]! >= 0 && end[prev] === start[i]
        ? /[A-Z]{1,2}$/.exec(stream.value(prev))?.[0]
        : undefined;
    const combined = prefix ? currencies.byMark.get(prefix + value) : undefined;
    if (combined) return { start: start[i]! - prefix!.length, end: end[i]!, first: prev, last: i, entry: combined };
    const entry = currencies.byMark.get(value);
    return entry ? { start: start[i]!, end: end[i]!, first: i, last: i, entry } : undefined;
  }
  if (!is(r, i, Kind.Code)) return undefined;
  const raw = stream.words[stream.word[i]!]!.value;
  const entry = currencies.byMark.get(raw);
  return entry && entry.code === raw ? { start: start[i]!, end: end[i]!, first: i, last: i, entry } : undefined;
}

/** «جنية» → «جنيه» after an amount or before «إسترليني»/«مصري» (not a voweled «جنّية»): a fix of the one letter. */
function checkPoundSpelling(r: Reading, paragraph: Paragraph, i: number, raw: string): void {
  if (raw.includes('\u0651')) return;
  if (!afterAmount(r, paragraph, i) && !is(r, nextIndex(r.stream, i, paragraph.to), Kind.PoundAdjective)) return;
  const at = raw.lastIndexOf('ة');
  const offset = r.stream.start[i]! + at;
  const expected = `${raw.slice(0, at)}ه${raw.slice(at + 1)}`;
  const range = [r.stream.start[i]!, r.stream.end[i]!] as const;
  r.context.report({
    range,
    messageId: 'pound',
    data: { actual: raw, expected },
    expected: [expected],
    fix: { range: [offset, offset + 1], text: 'ه' },
  });
}

/** «بليون» after a number or before a currency noun → «مليار»: a suggestion, a fix with `style.billion: milyar`. */
function checkBillion(r: Reading, paragraph: Paragraph, i: number, bare: boolean, raw: string): void {
  const { context, stream } = r;
  const billionMode = context.style.billion;
  if (billionMode === 'any') return;
  const afterNumber = bare && numberEndingAt(r.numbers, prevIndex(stream, i, paragraph.from)) >= 0;
  if (!afterNumber && !is(r, nextIndex(stream, i, paragraph.to), Kind.NamesCurrency)) return;
  const range = [stream.start[i]!, stream.end[i]!] as const;
  const from = raw.includes('بلايين') ? 'بلايين' : 'بليون';
  const at = raw.indexOf(from);
  const to = from === 'بلايين' ? 'مليارات' : 'مليار';
  if (at === -1) {
    context.report({ range, messageId: 'billion', data: { actual: raw, expected: to }, severity: 'warning' });
    return;
  }
  const expected = raw.slice(0, at) + to + raw.slice(at + from.length);
  const edit = { range: [range[0] + at, range[0] + at + from.length] as const, text: to };
  context.report({
    range,
    messageId: 'billion',
    data: { actual: raw, expected },
    expected: [expected],
    severity: 'warning',
    ...(billionMode === 'milyar'
      ? { fix: edit }
      : { suggest: [{ messageId: 'write', data: { expected }, fix: edit }] }),
  });
}

/** A currency noun before its amount («جنيه إسترليني 3 ملايين») → number, scale, currency, adjective (suggestion). */
function checkOrder(r: Reading, paragraph: Paragraph, i: number): void {
  const { context, stream, numbers } = r;
  const k = nextIndex(stream, i, paragraph.to);
  const qualified = is(r, k, Kind.Qualifier);
  const phraseEnd = qualified ? stream.end[k]! : stream.end[i]!;
  const n = numberStartingAt(numbers, qualified ? nextIndex(stream, k, paragraph.to) : k);
  if (n < 0 || numbers.prefix[n] !== '' || isYear(numbers, n)) return;
  const end = amountEnd(r, paragraph, n);
  const expected = `${context.text.slice(numbers.wordStart[n]!, end)} ${context.text.slice(stream.start[i]!, phraseEnd)}`;
  const range = [stream.start[i]!, end] as const;
  context.report({
    range,
    messageId: 'order',
    severity: 'warning',
    suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }],
  });
}

function isYear(numbers: Numbers, n: number): boolean {
  const { value, separators } = numbers.info[n]!;
  return separators.length === 0 && value !== null && numbers.raw[n]!.length === 4 && value >= 1900 && value <= 2100;
}

/** A symbol or code attached to an amount in Arabic running text («£5 مليون») → the word after the amount (suggestion). */
function checkMarker(r: Reading, paragraph: Paragraph, marker: Marker): void {
  const { context, stream, numbers } = r;
  let from: number;
  let to: number;
  let amount: string;
  const after = numberStartingAt(numbers, nextIndex(stream, marker.last, paragraph.to));
  if (after >= 0) {
    from = marker.start;
    to = amountEnd(r, paragraph, after);
    amount = context.text.slice(numbers.wordStart[after]!, to);
  } else {
    const p = prevIndex(stream, marker.first, paragraph.from);
    let n = numberEndingAt(numbers, p);
    let amountTo = n >= 0 ? numbers.end[n]! : 0;
    if (n < 0 && is(r, p, Kind.Scale)) {
      n = numberEndingAt(numbers, prevIndex(stream, p, paragraph.from));
      amountTo = stream.end[p]!;
    }
    if (n < 0) return;
    from = numbers.wordStart[n]!;
    to = marker.end;
    amount = context.text.slice(numbers.wordStart[n]!, amountTo);
  }
  const expected = `${amount} ${marker.entry.word}`;
  context.report({
    range: [marker.start, marker.end],
    messageId: 'symbol',
    data: { actual: context.text.slice(marker.start, marker.end) },
    severity: 'warning',
    suggest: [{ messageId: 'write', data: { expected }, fix: { range: [from, to], text: expected } }],
  });
}

/** Bits of a word that start a check in `readParagraph`. */
const STARTS = Kind.MisspeltPound | Kind.Billion | Kind.Pound | Kind.Noun | Kind.SterlingAdjective | Kind.Code;

function readParagraph(r: Reading, paragraph: Paragraph): void {
  const { stream, kinds } = r;
  const { kind: tokenKind, word } = stream;
  let markers: Marker[] | undefined;
  for (let i = paragraph.from; i < paragraph.to; i++) {
    const id = word[i]!;
    // Most tokens are neither a symbol nor a word that starts a check.
    if (tokenKind[i] !== SYMBOL && (id < 0 || (kinds[id]! & STARTS) === 0)) continue;
    const marker = markerAt(r, paragraph, i);
    if (marker) (markers ??= []).push(marker);
    if (id < 0) continue;
    const kind = kinds[id]!;
    if (kind & Kind.SterlingAdjective) {
      r.sterling = true;
      if (r.sterlingWord === undefined && kind & Kind.SterlingSpelling) r.sterlingWord = stream.words[id]!.normal;
    }
    const raw = stream.words[id]!.value;
    if (kind & Kind.MisspeltPound) checkPoundSpelling(r, paragraph, i, raw);
    // A pound after an amount, not qualified: decided at the end of the document.
    if (kind & Kind.Pound && afterAmount(r, paragraph, i) && !is(r, nextIndex(stream, i, paragraph.to), Kind.Qualifier))
      r.barePounds.push(i);
    if (kind & Kind.Billion) checkBillion(r, paragraph, i, (kind & Kind.BareBillion) !== 0, raw);
    if (kind & Kind.Noun && !afterAmount(r, paragraph, i)) checkOrder(r, paragraph, i);
  }
  if (!markers) return;
  const arabicRun = isArabicRun(stream, r.flags, paragraph.from, paragraph.to);
  for (const marker of markers) {
    if (marker.entry.sterling) r.sterling = true;
    if (!arabicRun) continue;
    r.tables ??= tableRanges(r.context.document.markup);
    if (!inRanges(r.tables, marker.start)) checkMarker(r, paragraph, marker);
  }
}

/** In a document that names the pound sterling, a bare «جنيه» after an amount reads as the Egyptian pound (suggestion). */
function reportBarePounds(r: Reading): void {
  if (!r.sterling) return;
  const adjective = r.sterlingWord ?? 'إسترليني';
  const { start, end } = r.stream;
  for (const i of r.barePounds) {
    const raw = r.stream.value(i);
    const expected = `${raw} ${adjective}`;
    r.context.report({
      range: [start[i]!, end[i]!],
      messageId: 'bare',
      data: { actual: raw },
      severity: 'warning',
      suggest: [{ messageId: 'write', data: { expected }, fix: { range: [end[i]!, end[i]!], text: ` ${adjective}` } }],
    });
  }
}

export const currency = defineRule({
  meta: {
    id: 'numbers/currency',
    type: 'problem',
    docs: {
      description: {
        ar: 'أسماء العملات في المبالغ: «جنيه» لا «جنية»، و«مليار» لا «بليون»، والعملة كلمةً بعد العدد.',
        en: 'Currency names in amounts: «جنيه» not «جنية», «مليار» not «بليون», the currency as a word after the number.',
      },
      recommended: true,
      url: 'rules/numbers/docs/currency.md',
    },
    fixable: true,
    hasSuggestions: true,
    messages: {
      pound: {
        ar: '«{{actual}}» في مبلغ خطأ إملائي، والصواب «{{expected}}» (بالهاء).',
        en: '“{{actual}}” in an amount is a misspelling of “{{expected}}” (final ه, not ة).',
      },
      billion: {
        ar: '«{{actual}}» ترجمة حرفية لكلمة billion وقد تُفهم ألف مليار؛ اكتب «{{expected}}».',
        en: '“{{actual}}” is a calque of “billion” that some readers take as 10¹²; write “{{expected}}”.',
      },
      symbol: {
        ar: 'رمز العملة «{{actual}}» في نص عربي: اكتب العملة كلمةً بعد العدد.',
        en: 'Currency symbol or code “{{actual}}” in Arabic running text: spell the currency out after the number.',
      },
      order: {
        ar: 'الترتيب المعتاد في المبالغ: العدد ثم المضاعف ثم العملة ثم صفتها.',
        en: 'Amounts read number → scale word → currency → adjective.',
      },
      bare: {
        ar: '«{{actual}}» وحدها تعني الجنيه المصري، والوثيقة تذكر الجنيه الإسترليني في موضع آخر؛ حدّد العملة.',
        en: '“{{actual}}” alone means the Egyptian pound, and this document is about pounds sterling elsewhere; say which pound.',
      },
      write: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    // The built-in currencies with the project's files (`numbers.currencies`, see currency-list.ts).
    const currencies = currencyTables(context.settings);

    return {
      Prose(stream) {
        const reading = startReading(context, stream, currencies);
        for (let p = 0; p < stream.paragraphCount; p++)
          readParagraph(reading, { from: stream.paragraphStart[p]!, to: stream.paragraphEnd[p]! });
        reportBarePounds(reading);
      },
    };
  },
});

export default currency;

/**
 * Currency in amounts (conventions §2).
 *
 * Per paragraph, on its flat token list (see tokens.ts):
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
import type { Paragraph, Word } from 'nlcst';
import { cliticCandidates, PROCLITIC_STACKS } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { currencyTables } from './currency-list.js';
import {
  endOf,
  inRanges,
  isArabicRun,
  nextIndex,
  normalOf,
  numbersIn,
  paragraphTokens,
  prevIndex,
  SCALE_WORDS,
  startOf,
  tableRanges,
  textOf,
  withoutConjunction,
  wordAt,
  type NumberSpan,
  type Token,
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
const NOT_QUALIFIERS = new Set(['الذي', 'التي']);

/** The proclitic stack in front of one of `stems` in a normalised word, or undefined. */
function stackBefore(normal: string, stems: ReadonlySet<string>): string | undefined {
  for (const stack of STACKS) {
    if (normal.startsWith(stack) && stems.has(normal.slice(stack.length))) return stack;
  }
  return undefined;
}

/** Does a (folded) word name one of these adjectives, with or without clitics («الإسترليني»)? */
function isAdjective(word: Word | undefined, folded: readonly string[]): boolean {
  if (!word || word.data?.script !== 'arabic') return false;
  const form = word.data.folded ?? normalOf(word);
  return cliticCandidates(form).some((c) => c.enclitic === null && folded.includes(c.stem));
}

/** A nationality adjective after a currency noun («إسترليني», «مصري», «جنوب سوداني»). */
function isQualifier(word: Word | undefined): boolean {
  if (!word || word.data?.script !== 'arabic') return false;
  const normal = withoutConjunction(normalOf(word));
  if (NOT_QUALIFIERS.has(normal)) return false;
  const bare = normal.startsWith('ال') ? normal.slice(2) : normal;
  return bare === 'جنوب' || (bare.length >= 4 && /[يى]$/.test(bare));
}

function isScale(word: Word | undefined): boolean {
  if (!word || word.data?.script !== 'arabic') return false;
  const normal = normalOf(word);
  return SCALE_WORDS.has(normal) || SCALE_WORDS.has(withoutConjunction(normal));
}

function isYear(span: NumberSpan): boolean {
  const value = span.info.value;
  return span.info.separators.length === 0 && value !== null && span.raw.length === 4 && value >= 1900 && value <= 2100;
}

interface Marker {
  start: number;
  end: number;
  first: number;
  last: number;
  entry: CurrencyEntry;
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
    const { nouns: NOUNS, byMark: BY_MARK } = currencyTables(context.settings);
    const tables = tableRanges(context.document.markup);
    const billionMode = context.style.billion;
    let sterling = false;
    let sterlingWord: string | undefined;
    const barePounds: Word[] = [];

    const checkParagraph = (tokens: readonly Token[]): void => {
      const spans = numbersIn(tokens);
      const byLast = new Map(spans.map((s) => [s.last, s]));
      const byFirst = new Map(spans.map((s) => [s.first, s]));
      const arabicRun = isArabicRun(tokens);
      const afterAmount = (index: number): boolean => {
        const p = prevIndex(tokens, index);
        return p >= 0 && (byLast.has(p) || isScale(wordAt(tokens, p)));
      };
      /** End of the amount that starts with `span`: the number and a scale word after it. */
      const amountEnd = (span: NumberSpan): number => {
        const k = nextIndex(tokens, span.last);
        return isScale(wordAt(tokens, k)) ? endOf(tokens[k]!) : span.end;
      };
      const markers: Marker[] = [];

      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.type === 'SymbolNode') {
          // «UK£», and «وUS$» where the proclitic and the prefix are one word
          const prev = tokens[i - 1];
          const prefix = prev?.type === 'WordNode' && endOf(prev) === startOf(token) ? /[A-Z]{1,2}$/.exec(textOf(prev))?.[0] : undefined;
          const combined = prefix ? BY_MARK.get(prefix + token.value) : undefined;
          if (combined) markers.push({ start: startOf(token) - prefix!.length, end: endOf(token), first: i - 1, last: i, entry: combined });
          else if (BY_MARK.has(token.value)) markers.push({ start: startOf(token), end: endOf(token), first: i, last: i, entry: BY_MARK.get(token.value)! });
          continue;
        }
        if (token.type !== 'WordNode') continue;
        const raw = textOf(token);
        if (token.data?.script === 'latin') {
          const entry = /^[A-Z]{3}$/.test(raw) ? BY_MARK.get(raw) : undefined;
          if (entry && entry.code === raw) markers.push({ start: startOf(token), end: endOf(token), first: i, last: i, entry });
          continue;
        }
        if (token.data?.script !== 'arabic') continue;
        const normal = normalOf(token);

        if (isAdjective(token, ['استرليني'])) {
          sterling = true;
          if (sterlingWord === undefined && (normal === 'إسترليني' || normal === 'استرليني')) sterlingWord = normal;
        }

        // «جنية» → «جنيه»
        const poundStack = stackBefore(normal, new Set(['جنية']));
        if (poundStack !== undefined && !raw.includes('\u0651')) {
          const next = wordAt(tokens, nextIndex(tokens, i));
          if (afterAmount(i) || isAdjective(next, ['استرليني', 'مصري'])) {
            const at = raw.lastIndexOf('ة');
            const offset = startOf(token) + at;
            const expected = `${raw.slice(0, at)}ه${raw.slice(at + 1)}`;
            context.report({ node: token, messageId: 'pound', data: { actual: raw, expected }, expected: [expected], fix: { range: [offset, offset + 1], text: 'ه' } });
          }
        }

        // A pound after an amount, not qualified: decided at the end of the document.
        if (POUND_FORMS.has(normal) && afterAmount(i) && !isQualifier(wordAt(tokens, nextIndex(tokens, i)))) barePounds.push(token);

        // «بليون» → «مليار»
        const billionStack = billionMode === 'any' ? undefined : stackBefore(normal, BILLION_FORMS);
        if (billionStack !== undefined) {
          const next = wordAt(tokens, nextIndex(tokens, i));
          const prev = prevIndex(tokens, i);
          if ((billionStack === '' && byLast.has(prev)) || (next !== undefined && NOUNS.has(withoutConjunction(normalOf(next))))) {
            const from = raw.includes('بلايين') ? 'بلايين' : 'بليون';
            const at = raw.indexOf(from);
            const to = from === 'بلايين' ? 'مليارات' : 'مليار';
            if (at === -1) {
              context.report({ node: token, messageId: 'billion', data: { actual: raw, expected: to }, severity: 'warning' });
            } else {
              const expected = raw.slice(0, at) + to + raw.slice(at + from.length);
              const edit = { range: [startOf(token) + at, startOf(token) + at + from.length] as const, text: to };
              context.report({
                node: token,
                messageId: 'billion',
                data: { actual: raw, expected },
                expected: [expected],
                severity: 'warning',
                ...(billionMode === 'milyar' ? { fix: edit } : { suggest: [{ messageId: 'write', data: { expected }, fix: edit }] }),
              });
            }
          }
        }

        // Currency noun before its amount.
        if (NOUNS.has(normal) && !afterAmount(i)) {
          const k = nextIndex(tokens, i);
          const qualified = isQualifier(wordAt(tokens, k));
          const phraseEnd = qualified ? endOf(tokens[k]!) : endOf(token);
          const span = byFirst.get(qualified ? nextIndex(tokens, k) : k);
          if (span && span.prefix === '' && !isYear(span)) {
            const end = amountEnd(span);
            const expected = `${context.text.slice(span.wordStart, end)} ${context.text.slice(startOf(token), phraseEnd)}`;
            const range = [startOf(token), end] as const;
            context.report({ range, messageId: 'order', severity: 'warning', suggest: [{ messageId: 'write', data: { expected }, fix: { range, text: expected } }] });
          }
        }
      }

      for (const marker of markers) {
        if (marker.entry.sterling) sterling = true;
        const { start, end } = marker;
        if (!arabicRun || inRanges(tables, start)) continue;
        let from: number;
        let to: number;
        let amount: string;
        const after = byFirst.get(nextIndex(tokens, marker.last));
        if (after) {
          from = start;
          to = amountEnd(after);
          amount = context.text.slice(after.wordStart, to);
        } else {
          const p = prevIndex(tokens, marker.first);
          let span = byLast.get(p);
          let amountTo = span?.end ?? 0;
          if (!span && isScale(wordAt(tokens, p))) {
            span = byLast.get(prevIndex(tokens, p));
            amountTo = endOf(tokens[p]!);
          }
          if (!span) continue;
          from = span.wordStart;
          to = end;
          amount = context.text.slice(span.wordStart, amountTo);
        }
        const expected = `${amount} ${marker.entry.word}`;
        context.report({
          range: [start, end],
          messageId: 'symbol',
          severity: 'warning',
          suggest: [{ messageId: 'write', data: { expected }, fix: { range: [from, to], text: expected } }],
        });
      }
    };

    return {
      ParagraphNode(node: Paragraph) {
        checkParagraph(paragraphTokens(node));
      },
      'Document:exit'() {
        if (!sterling) return;
        const adjective = sterlingWord ?? 'إسترليني';
        for (const word of barePounds) {
          const raw = textOf(word);
          const expected = `${raw} ${adjective}`;
          context.report({
            node: word,
            messageId: 'bare',
            data: { actual: raw },
            severity: 'warning',
            suggest: [{ messageId: 'write', data: { expected }, fix: { range: [endOf(word), endOf(word)], text: ` ${adjective}` } }],
          });
        }
      },
    };
  },
});

export default currency;

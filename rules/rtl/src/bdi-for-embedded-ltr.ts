/**
 * Left-to-right text that the bidi algorithm will show out of order inside
 * right-to-left text, and that `<bdi>` (an isolate) keeps together.
 *
 * Algorithm, per prose paragraph of an HTML or Markdown document, where the
 * paragraph lays out right to left (the `dir` around it, else the page's):
 *   1. A Latin word with neutral characters glued to its end that belong to
 *      the name (`Yahoo!`, `C++`, `C#`, `Bayan™`): when Arabic follows, or
 *      the characters cannot end a sentence (`+ # ™ ® ©`), they take the
 *      paragraph's direction and jump to the other side of the word
 *      («زار موقع !Yahoo أمس»). `!`/`?` at the end of a paragraph are read
 *      as the sentence's own punctuation and left alone.
 *   2. Groups of digits separated by spaces or dashes (`+44 20 7008 1500`,
 *      `10 – 20`, `2019—2024`): the separators are neutral, so the groups
 *      display in reverse order. A hyphen with no spaces between European
 *      digits (`2024-09-30`) keeps them together (rule W4 of the Unicode
 *      Bidirectional Algorithm) and is not reported.
 *   3. A paragraph that starts with a Latin run under `dir="auto"` (or in
 *      Markdown, which most renderers show with `dir="auto"`): the first
 *      strong letter is Latin, so the whole Arabic paragraph is laid out
 *      left to right. `<bdi>` is skipped when the direction is detected.
 * Runs already inside `<bdi>`, `<bdo>` or an inline element with `dir` are
 * isolated and skipped. Each gets a suggestion to wrap the run in `<bdi>` (`dir="ltr"` for
 * digits, which have no direction of their own). Plain text has no markup
 * and is not checked (rtl/no-bidi-controls covers its control characters).
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule, type ProseParagraph, type SourceDocument } from '@bayan/core';
import { documentDirection } from './lib/direction.js';
import { attribute, innermostWith, markupElements } from './lib/markup.js';
import {
  ARABIC,
  ARABIC_DIGITS,
  classOf,
  DIGITS_ONLY,
  HAS_ARABIC,
  HAS_LATIN,
  holds,
  isLatinWord,
  isOneOf,
  isSpace,
  wordClasses,
} from './lib/prose.js';

const NAME_TAIL = new Set(['+', '#', '™', '®', '©']);
const SENTENCE_TAIL = new Set(['!', '?']);
const PLUS = new Set(['+']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const WIDE_DASHES = new Set(['\u2012', '\u2013', '\u2014', '\u2212']);

/** A paragraph of the stream with the class bits of its words (see lib/prose.ts). */
interface Span {
  stream: TokenStream;
  classes: Uint8Array;
  from: number;
  to: number;
}

type Report = (messageId: string, start: number, end: number, open: string, data?: Record<string, string>) => void;

/** Does the paragraph hold an Arabic word? */
function hasArabicWord({ stream, classes, from, to }: Span): boolean {
  for (let i = from; i < to; i++) if ((classOf(stream, classes, i) & HAS_ARABIC) !== 0) return true;
  return false;
}

/** 3. In an auto paragraph, a first strong word in Latin decides the direction: report the Latin run it starts. */
function checkLeadingLatin({ stream, classes, from, to }: Span, report: Report): void {
  let first = from;
  while (first < to && (classOf(stream, classes, first) & (HAS_LATIN | HAS_ARABIC)) === 0) first++;
  if (first === to || !isLatinWord(classOf(stream, classes, first))) return;
  let k = first;
  while (
    k + 2 < to &&
    isSpace(stream, k + 1) &&
    isLatinWord(classOf(stream, classes, k + 2)) &&
    stream.end[k + 1] === stream.start[k + 2]
  )
    k += 2;
  report('leading', stream.start[first]!, stream.end[k]!, '<bdi>');
}

/**
 * 1. The Latin word at token `i` with neutral characters glued to its end
 * (`Yahoo!`, `C++`): reported when Arabic follows or the tail cannot end a
 * sentence. Returns the last token it read.
 */
function checkTail({ stream, to }: Span, i: number, report: Report): number {
  let j = i + 1;
  let tail = '';
  while (
    j < to &&
    stream.start[j] === stream.end[j - 1] &&
    (isOneOf(stream, j, NAME_TAIL) || isOneOf(stream, j, SENTENCE_TAIL))
  ) {
    tail += stream.value(j);
    j++;
  }
  if (!tail) return i;
  let next = j;
  while (next < to && isSpace(stream, next)) next++;
  const arabicFollows = next < to && ARABIC.test(stream.value(next));
  if (arabicFollows || [...tail].some((c) => NAME_TAIL.has(c)))
    report('tail', stream.start[i]!, stream.end[j - 1]!, '<bdi>', { tail });
  return j - 1;
}

/**
 * 2. Digit groups from token `i` separated by spaces or dashes (`+44 20 7008 1500`,
 * `10 – 20`): reported when the bidi algorithm reverses their order. Returns
 * the last token it read.
 */
function checkDigitGroups({ stream, classes, from, to }: Span, i: number, report: Report): number {
  let start = stream.start[i]!;
  const plus = i - 1;
  if (plus >= from && isOneOf(stream, plus, PLUS) && stream.end[plus] === start) start = stream.start[plus]!;
  let j = i;
  let end = stream.end[i]!;
  let groups = 1;
  let reorders = false;
  for (;;) {
    let k = j + 1;
    let spaced = false;
    let dashes = 0;
    let wide = false;
    while (k < to && (isSpace(stream, k) || isOneOf(stream, k, DASHES))) {
      if (isSpace(stream, k)) {
        if (holds(stream, k, 10)) break;
        spaced = true;
      } else {
        dashes++;
        if (isOneOf(stream, k, WIDE_DASHES)) wide = true;
      }
      k++;
    }
    const bits = k < to ? classOf(stream, classes, k) : 0;
    if ((bits & DIGITS_ONLY) === 0 || dashes > 1 || k === j + 1) break;
    // A hyphen with no spaces between European digits keeps them together (rule W4).
    if (spaced || wide || (bits & ARABIC_DIGITS) !== 0) reorders = true;
    groups++;
    j = k;
    end = stream.end[k]!;
  }
  if (groups >= 2 && reorders) report('digits', start, end, '<bdi dir="ltr">');
  return j;
}

/** 1 and 2 over the paragraph's tokens. */
function checkRuns(span: Span, report: Report): void {
  const { stream, classes, from, to } = span;
  for (let i = from; i < to; i++) {
    const bits = classOf(stream, classes, i);
    if (isLatinWord(bits)) i = checkTail(span, i, report);
    else if ((bits & DIGITS_ONLY) !== 0) i = checkDigitGroups(span, i, report);
  }
}

export default defineRule({
  meta: {
    id: 'rtl/bdi-for-embedded-ltr',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'النص اللاتيني والأرقام المتتابعة داخل نص عربي تُعزل بالعنصر <bdi> حتى لا يختل ترتيب عرضها.',
        en: 'Isolate Latin text and digit groups inside Arabic text with <bdi> so they do not display out of order.',
      },
      recommended: true,
      url: 'rules/rtl/docs/bdi-for-embedded-ltr.md',
    },
    hasSuggestions: true,
    formats: ['html', 'markdown'],
    messages: {
      tail: {
        ar: '«{{text}}» سيظهر مقلوبًا في النص العربي: تنتقل «{{tail}}» إلى الجهة الأخرى من الكلمة. اعزله بالعنصر <bdi>.',
        en: '“{{text}}” will display out of order in Arabic text: “{{tail}}” moves to the other side of the word. Isolate it with <bdi>.',
      },
      digits: {
        ar: 'مجموعات الأرقام في «{{text}}» ستظهر بترتيب معكوس في النص العربي (رقم هاتف أو مدى): اعزلها بالعنصر <bdi dir="ltr"> إن كان يجب أن تُقرأ من اليسار.',
        en: 'The digit groups of “{{text}}” will display in reverse order in Arabic text (a phone number or a range): isolate it with <bdi dir="ltr"> if it must read left to right.',
      },
      leading: {
        ar: 'الفقرة تبدأ بالنص اللاتيني «{{text}}» فيُحدَّد اتجاهها كله من اليسار إلى اليمين: اعزله بالعنصر <bdi>.',
        en: 'The paragraph starts with the Latin “{{text}}”, so the whole paragraph is laid out left to right: isolate it with <bdi>.',
      },
      wrap: { ar: 'ضعه في {{open}}…</bdi>.', en: 'Wrap it in {{open}}…</bdi>.' },
    },
  },
  create(context) {
    const document = context.document;
    const text = context.text;

    const directionAt = (start: number, end: number): string => {
      const found = innermostWith(markupElements(document), start, end, 'dir');
      const value = found?.attribute.value.trim().toLowerCase();
      if (value === 'rtl' || value === 'ltr' || value === 'auto') return value;
      return document.format === 'markdown' ? 'auto' : documentDirection(document as SourceDocument);
    };

    let paragraphRange: [number, number] = [0, 0];
    /** Inside `<bdi>`, `<bdo>` or an inline element with `dir` (isolated in HTML): already taken care of. */
    const isolated = (start: number, end: number): boolean =>
      markupElements(document).some(
        (e) =>
          e.tag.end <= start &&
          e.end >= end &&
          (e.tag.name === 'bdi' ||
            e.tag.name === 'bdo' ||
            (attribute(e.tag, 'dir') !== undefined && !(e.start <= paragraphRange[0] && e.end >= paragraphRange[1]))),
      );

    const report = (messageId: string, start: number, end: number, open: string, data: Record<string, string> = {}) => {
      if (isolated(start, end)) return;
      const slice = text.slice(start, end);
      context.report({
        range: [start, end],
        messageId,
        data: { text: slice, ...data },
        suggest: [{ messageId: 'wrap', data: { open }, fix: { range: [start, end], text: `${open}${slice}</bdi>` } }],
      });
    };

    return {
      Paragraph({ stream, start: from, end: to }: ProseParagraph) {
        const span: Span = { stream, classes: wordClasses(stream), from, to };
        if (!hasArabicWord(span)) return;
        paragraphRange = [stream.start[from]!, stream.end[to - 1]!];
        const direction = directionAt(paragraphRange[0], paragraphRange[1]);
        if (direction === 'ltr') return;
        if (direction === 'auto') checkLeadingLatin(span, report);
        checkRuns(span, report);
      },
    };
  },
});

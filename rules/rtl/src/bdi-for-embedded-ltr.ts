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
import type { Paragraph } from 'nlcst';
import { defineRule, type SourceDocument } from '@bayan/core';
import { documentDirection } from './lib/direction.js';
import { attribute, innermostWith, markupElements } from './lib/markup.js';
import { ARABIC, LATIN, endOf, leafText, leaves, startOf, type Leaf } from './lib/prose.js';

const NAME_TAIL = new Set(['+', '#', '™', '®', '©']);
const SENTENCE_TAIL = new Set(['!', '?']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']);
const WIDE_DASHES = new Set(['\u2012', '\u2013', '\u2014', '\u2212']);

const isNumber = (leaf: Leaf) => leaf.type === 'WordNode' && /^[\d\u0660-\u0669\u06f0-\u06f9.,٫٬]+$/.test(leafText(leaf));
const isLatinWord = (leaf: Leaf) => leaf.type === 'WordNode' && LATIN.test(leafText(leaf)) && !ARABIC.test(leafText(leaf));

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
          (e.tag.name === 'bdi' || e.tag.name === 'bdo' || (attribute(e.tag, 'dir') !== undefined && !(e.start <= paragraphRange[0] && e.end >= paragraphRange[1]))),
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
      ParagraphNode(paragraph: Paragraph) {
        const all = leaves(paragraph).filter((l) => startOf(l) >= 0);
        if (!all.some((l) => l.type === 'WordNode' && ARABIC.test(leafText(l)))) return;
        const first = all[0];
        if (!first) return;
        paragraphRange = [startOf(first), endOf(all[all.length - 1]!)];
        const direction = directionAt(paragraphRange[0], paragraphRange[1]);
        if (direction === 'ltr') return;

        // 3. a leading Latin run decides the direction of an auto paragraph
        const firstStrong = all.find((l) => l.type === 'WordNode' && (LATIN.test(leafText(l)) || ARABIC.test(leafText(l))));
        if (direction === 'auto' && firstStrong && isLatinWord(firstStrong)) {
          let k = all.indexOf(firstStrong);
          let end = endOf(firstStrong);
          while (k + 2 < all.length && all[k + 1]!.type === 'WhiteSpaceNode' && isLatinWord(all[k + 2]!) && endOf(all[k + 1]!) === startOf(all[k + 2]!)) {
            k += 2;
            end = endOf(all[k]!);
          }
          report('leading', startOf(firstStrong), end, '<bdi>');
        }

        for (let i = 0; i < all.length; i++) {
          const leaf = all[i]!;
          // 1. a Latin word with a glued tail of neutral characters
          if (isLatinWord(leaf)) {
            let j = i + 1;
            let tail = '';
            while (j < all.length && startOf(all[j]!) === endOf(all[j - 1]!) && (NAME_TAIL.has(leafText(all[j]!)) || SENTENCE_TAIL.has(leafText(all[j]!)))) {
              tail += leafText(all[j]!);
              j++;
            }
            if (tail) {
              const next = all.slice(j).find((l) => l.type !== 'WhiteSpaceNode');
              const arabicFollows = next !== undefined && ARABIC.test(leafText(next));
              if (arabicFollows || [...tail].some((c) => NAME_TAIL.has(c))) report('tail', startOf(leaf), endOf(all[j - 1]!), '<bdi>', { tail });
              i = j - 1;
            }
            continue;
          }
          // 2. digit groups separated by spaces or dashes
          if (isNumber(leaf)) {
            let start = startOf(leaf);
            const plus = all[i - 1];
            if (plus && leafText(plus) === '+' && endOf(plus) === start) start = startOf(plus);
            let j = i;
            let end = endOf(leaf);
            let groups = 1;
            let reorders = false;
            for (;;) {
              let k = j + 1;
              let spaced = false;
              let dashes = 0;
              let wide = false;
              while (k < all.length && (all[k]!.type === 'WhiteSpaceNode' || DASHES.has(leafText(all[k]!)))) {
                const value = leafText(all[k]!);
                if (all[k]!.type === 'WhiteSpaceNode') {
                  if (value.includes('\n')) break;
                  spaced = true;
                } else {
                  dashes++;
                  if (WIDE_DASHES.has(value)) wide = true;
                }
                k++;
              }
              const next = all[k];
              if (!next || !isNumber(next) || dashes > 1 || k === j + 1) break;
              const arabicDigits = /[\u0660-\u0669\u06f0-\u06f9]/.test(leafText(next));
              if (spaced || wide || arabicDigits) reorders = true;
              groups++;
              j = k;
              end = endOf(next);
            }
            if (groups >= 2 && reorders) report('digits', start, end, '<bdi dir="ltr">');
            i = j;
          }
        }
      },
    };
  },
});

/**
 * Invisible bidirectional controls.
 *
 * Algorithm: one pass over the raw text collects every control character,
 * split into bidi paragraphs (line breaks; in HTML also `<` and `>`, since
 * HTML requires an embedding to be closed inside the element that opened
 * it). Within a paragraph a stack pairs them as the Unicode Bidirectional
 * Algorithm does: PDF closes the latest embedding or override opened after
 * the latest isolate, PDI closes the latest isolate and everything opened
 * inside it. Then:
 *   - embeddings and overrides (U+202A–202E) are errors: they reorder what
 *     readers see (Trojan Source); the suggestion removes the pair;
 *   - a character left without its partner is an error;
 *   - isolates (U+2066–2069) and the marks LRM, RLM and ALM are warnings:
 *     in HTML and Markdown text the suggestion replaces an isolate pair with
 *     `<bdi>` and removes a mark. In plain text there is no markup: balanced
 *     isolates are accepted (the catalog allows them for SMS and posts) and
 *     marks get their own wording.
 * The whole file is scanned, code and attribute values included: a reordered
 * URL or figure is as dangerous there.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule, type SourceDocument } from '@bayan/core';

const NAMES: Record<number, string> = {
  0x202a: 'U+202A LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'U+202B RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'U+202C POP DIRECTIONAL FORMATTING',
  0x202d: 'U+202D LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'U+202E RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'U+2066 LEFT-TO-RIGHT ISOLATE',
  0x2067: 'U+2067 RIGHT-TO-LEFT ISOLATE',
  0x2068: 'U+2068 FIRST STRONG ISOLATE',
  0x2069: 'U+2069 POP DIRECTIONAL ISOLATE',
  0x200e: 'U+200E LEFT-TO-RIGHT MARK',
  0x200f: 'U+200F RIGHT-TO-LEFT MARK',
  0x061c: 'U+061C ARABIC LETTER MARK',
};
const BDI: Record<number, string> = { 0x2066: '<bdi dir="ltr">', 0x2067: '<bdi dir="rtl">', 0x2068: '<bdi>' };

const isEmbedding = (cp: number) => cp === 0x202a || cp === 0x202b || cp === 0x202d || cp === 0x202e;
const isIsolate = (cp: number) => cp === 0x2066 || cp === 0x2067 || cp === 0x2068;
const isMark = (cp: number) => cp === 0x200e || cp === 0x200f || cp === 0x061c;
const CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|[\n\r\u2029\u0085]/g;
const CONTROL_HTML = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|[\n\r\u2029\u0085<>]/g;

interface Opened {
  cp: number;
  at: number;
}

/**
 * The ranges of the prose: each paragraph of the token stream (first token to
 * last) and each token between paragraphs, in document order.
 */
function proseRanges(stream: TokenStream): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let t = 0;
  for (let p = 0; p < stream.paragraphCount; p++) {
    const from = stream.paragraphStart[p]!;
    const to = stream.paragraphEnd[p]!;
    for (; t < from; t++) out.push([stream.start[t]!, stream.end[t]!]);
    if (to > from) out.push([stream.start[from]!, stream.end[to - 1]!]);
    t = Math.max(t, to);
  }
  for (; t < stream.size; t++) out.push([stream.start[t]!, stream.end[t]!]);
  return out;
}

export default defineRule({
  meta: {
    id: 'rtl/no-bidi-controls',
    type: 'problem',
    docs: {
      description: {
        ar: 'محارف التحكم الخفية في الاتجاه: التضمين والتجاوز خطأ، والعزل والعلامات تُستبدل بالوسوم.',
        en: 'Invisible bidi controls: embeddings and overrides are errors, isolates and marks should be markup.',
      },
      recommended: true,
      url: 'rules/rtl/docs/no-bidi-controls.md',
    },
    hasSuggestions: true,
    messages: {
      reorder: {
        ar: 'المحرف الخفي {{name}} قد يعرض النص بترتيب غير ترتيبه المكتوب (خدعة «Trojan Source»): احذفه وحدِّد الاتجاه بالسمة dir أو العنصر <bdi>.',
        en: 'The invisible {{name}} can show text in a different order from the one written (the “Trojan Source” trick): remove it and set direction with dir or <bdi>.',
      },
      reorderText: {
        ar: 'المحرف الخفي {{name}} قد يعرض النص بترتيب غير ترتيبه المكتوب (خدعة «Trojan Source»): احذفه من النص.',
        en: 'The invisible {{name}} can show text in a different order from the one written (the “Trojan Source” trick): remove it from the text.',
      },
      unbalanced: {
        ar: 'المحرف الخفي {{name}} بلا نظير يغلقه أو يفتحه في الفقرة نفسها، فيمتد أثره إلى ما بعده أو لا يغلق شيئًا: احذفه.',
        en: 'The invisible {{name}} has no partner in the same paragraph, so its effect runs on into the following text or it closes nothing: remove it.',
      },
      isolate: {
        ar: 'عزل خفي للاتجاه ({{name}} … U+2069) في نص الصفحة: استعمل العنصر <bdi> أو السمة dir، فالوسوم يراها المحرر.',
        en: 'Invisible direction isolate ({{name}} … U+2069) in the page text: use <bdi> or dir markup instead, which editors can see.',
      },
      mark: {
        ar: 'علامة اتجاه خفية {{name}}: ضبط الاتجاه يكون بالسمة dir أو العنصر <bdi> لا بمحرف مخفي.',
        en: 'Invisible direction mark {{name}}: set direction with dir or <bdi> markup rather than a hidden character.',
      },
      markText: {
        ar: 'علامة اتجاه خفية {{name}} في نص عادي: أبقِها فقط إن كانت تضع علامة ترقيم بجانب كلمة لاتينية، فهي تضيع أو تنزاح عند التحرير.',
        en: 'Invisible direction mark {{name}} in plain text: keep it only if it places punctuation next to a Latin word; it gets lost or misplaced when the text is edited.',
      },
      remove: { ar: 'احذف المحرف الخفي.', en: 'Remove the invisible character.' },
      removePair: { ar: 'احذف محرفَي التحكم الخفيين.', en: 'Remove both invisible control characters.' },
      useBdi: { ar: 'استبدل بهما {{markup}}…</bdi>.', en: 'Replace them with {{markup}}…</bdi>.' },
    },
  },
  create(context) {
    const text = context.text;
    const plain = context.document.format === 'text';

    /** Offsets of the prose paragraphs: text content where markup can go. */
    let ranges: Array<readonly [number, number]> | undefined;
    const inProse = (from: number, to: number): boolean => {
      ranges ??= proseRanges(context.document.stream);
      return ranges.some(([s, e]) => s <= from && to <= e);
    };

    const removeEdit = (at: number) => ({ range: [at, at + 1] as const, text: '' });

    const reportUnbalanced = (item: Opened) =>
      context.report({
        range: [item.at, item.at + 1],
        messageId: 'unbalanced',
        data: { name: NAMES[item.cp]! },
        suggest: [{ messageId: 'remove', fix: removeEdit(item.at) }],
      });

    const closePair = (open: Opened, close: number) => {
      const name = NAMES[open.cp]!;
      const pair = [removeEdit(open.at), removeEdit(close)];
      if (isEmbedding(open.cp)) {
        context.report({
          range: [open.at, close + 1],
          messageId: plain ? 'reorderText' : 'reorder',
          data: { name },
          suggest: [{ messageId: 'removePair', fix: pair }],
        });
        return;
      }
      if (plain) return; // balanced isolates are fine in plain text
      const suggest = inProse(open.at, close + 1)
        ? [
            {
              messageId: 'useBdi',
              data: { markup: BDI[open.cp]! },
              fix: [
                { range: [open.at, open.at + 1] as const, text: BDI[open.cp]! },
                { range: [close, close + 1] as const, text: '</bdi>' },
              ],
            },
          ]
        : [{ messageId: 'removePair', fix: pair }];
      context.report({
        range: [open.at, close + 1],
        messageId: 'isolate',
        data: { name },
        severity: 'warning',
        suggest,
      });
    };

    return {
      'Document:exit'(_document: SourceDocument) {
        let stack: Opened[] = [];
        const endParagraph = () => {
          for (const item of stack) reportUnbalanced(item);
          stack = [];
        };
        for (const match of text.matchAll(context.document.format === 'html' ? CONTROL_HTML : CONTROL)) {
          const at = match.index;
          const cp = text.charCodeAt(at);
          if (NAMES[cp] === undefined) {
            endParagraph();
          } else if (isEmbedding(cp) || isIsolate(cp)) {
            stack.push({ cp, at });
          } else if (cp === 0x202c) {
            const top = stack[stack.length - 1];
            if (top && isEmbedding(top.cp)) closePair(stack.pop()!, at);
            else reportUnbalanced({ cp, at });
          } else if (cp === 0x2069) {
            let k = stack.length - 1;
            while (k >= 0 && !isIsolate(stack[k]!.cp)) k--;
            if (k < 0) {
              reportUnbalanced({ cp, at });
            } else {
              for (const inner of stack.slice(k + 1)) reportUnbalanced(inner);
              const open = stack[k]!;
              stack.length = k;
              closePair(open, at);
            }
          } else if (isMark(cp)) {
            context.report({
              range: [at, at + 1],
              messageId: plain ? 'markText' : 'mark',
              data: { name: NAMES[cp]! },
              severity: 'warning',
              suggest: [{ messageId: 'remove', fix: removeEdit(at) }],
            });
          }
        }
        endParagraph();
      },
    };
  },
});

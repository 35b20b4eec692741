/**
 * WCAG 3.1.2 Language of Parts: Latin-script passages in an Arabic document
 * need `lang` markup, or screen readers read them with Arabic rules.
 *
 * Algorithm: per prose paragraph, consecutive Latin-script words joined only
 * by spaces, hyphens, apostrophes or `&` (numbers may sit inside, as in
 * «Windows 11») form a run; a run stops at any other token or at markup
 * between tokens (`**`, a tag), so a wrapping suggestion never cuts through
 * markup. A run inside an element whose nearest `lang` is not Arabic is
 * marked already. The paragraph counts as Arabic text when the document's
 * prose is mostly Arabic letters, or the paragraph has at least as many
 * Arabic words as Latin ones. Then:
 *   - two or more words (HTML, Markdown): warning, suggestion to wrap the run
 *     in `<span lang="en" dir="ltr">…</span>` (the language is an option:
 *     Latin script is not always English);
 *   - a single word is usually a name or an acronym, which WCAG exempts:
 *     info at most (option `singleWords`);
 *   - plain text has no markup: runs of two or more words are info with
 *     their own wording (mark them when the release becomes HTML); single
 *     words are not reported.
 */
import { TokenKind } from '@bayan/arabic';
import { defineRule, type ProseParagraph, type SourceDocument } from '@bayan/core';
import { isArabicDocument, isArabicTag } from './lib/language.js';
import { innermostWith, markupElements } from './lib/markup.js';
import { classOf, HAS_ARABIC, HAS_LATIN, holds, isLatinWord, isOneOf, wordClasses } from './lib/prose.js';

interface Options {
  lang: string;
  singleWords: boolean;
}

const JOINERS = new Set(['-', "'", '’', '&', '\u2010']);

export default defineRule<Options>({
  meta: {
    id: 'rtl/language-of-parts',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'المقاطع المكتوبة بالحروف اللاتينية داخل نص عربي تحتاج سمة lang (معيار WCAG 3.1.2).',
        en: 'Latin-script passages inside Arabic text need a lang attribute (WCAG 3.1.2).',
      },
      recommended: true,
      url: 'rules/rtl/docs/language-of-parts.md',
    },
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: {
        lang: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
        singleWords: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { lang: 'en', singleWords: true },
    messages: {
      passage: {
        ar: 'المقطع اللاتيني «{{text}}» بلا وسم لغة، فتقرؤه برامج قراءة الشاشة بقواعد العربية: ضعه في <span lang="{{lang}}" dir="ltr">.',
        en: 'The Latin-script passage “{{text}}” has no language markup, so screen readers read it with Arabic rules: wrap it in <span lang="{{lang}}" dir="ltr">.',
      },
      passageText: {
        ar: 'المقطع اللاتيني «{{text}}» في نص عادي بلا وسوم: ضع عليه lang="{{lang}}" عند نشر البيان صفحة HTML.',
        en: 'The Latin-script passage “{{text}}” is in plain text, which has no markup: mark it with lang="{{lang}}" when the release is published as HTML.',
      },
      word: {
        ar: '«{{text}}» مكتوبة بالحروف اللاتينية بلا وسم لغة؛ الأسماء والاختصارات مستثناة في WCAG، فضع الوسم إن لم تكن كذلك.',
        en: '“{{text}}” is in Latin script without language markup; names and acronyms are exempt in WCAG, so mark it only if it is neither.',
      },
      wrap: {
        ar: 'ضعه في <span lang="{{lang}}" dir="ltr">…</span>.',
        en: 'Wrap it in <span lang="{{lang}}" dir="ltr">…</span>.',
      },
    },
  },
  create(context) {
    const { lang, singleWords } = context.options;
    const document = context.document;
    const plain = document.format === 'text';
    let arabic: boolean | undefined;

    const marked = (start: number, end: number): boolean => {
      if (plain) return false;
      const found = innermostWith(markupElements(document), start, end, 'lang');
      return found !== undefined && !isArabicTag(found.attribute.value);
    };

    // Where tags are written. The HTML parser moves the white space after `</body>` and `</html>`
    // into the body, as one text node whose position spans those tags: their names are no prose.
    let tags: Array<readonly [number, number]> | undefined;
    const inTag = (offset: number): boolean => {
      if (document.format !== 'html') return false;
      tags ??= markupElements(document).flatMap((e) => [
        [e.tag.start, e.tag.end] as const,
        ...(e.contentEnd < e.end ? [[e.contentEnd, e.end] as const] : []),
      ]);
      return tags.some(([s, e]) => offset >= s && offset < e);
    };

    const report = (words: number, start: number, end: number) => {
      if (marked(start, end)) return;
      const text = context.text.slice(start, end);
      const wrap = {
        messageId: 'wrap',
        data: { lang },
        fix: { range: [start, end] as const, text: `<span lang="${lang}" dir="ltr">${text}</span>` },
      };
      if (words >= 2) {
        if (plain)
          context.report({ range: [start, end], messageId: 'passageText', data: { text, lang }, severity: 'info' });
        else context.report({ range: [start, end], messageId: 'passage', data: { text, lang }, suggest: [wrap] });
      } else if (!plain && singleWords) {
        context.report({ range: [start, end], messageId: 'word', data: { text }, severity: 'info', suggest: [wrap] });
      }
    };

    return {
      Paragraph({ stream, start: from, end: to }: ProseParagraph) {
        arabic ??= isArabicDocument(document as SourceDocument);
        const classes = wordClasses(stream);
        const kind = stream.kind;
        if (!arabic) {
          // A mostly Latin document: only paragraphs that are mostly Arabic words.
          let ar = 0;
          let latin = 0;
          for (let i = from; i < to; i++) {
            const bits = classOf(stream, classes, i);
            if ((bits & HAS_ARABIC) !== 0) ar++;
            else if ((bits & HAS_LATIN) !== 0) latin++;
          }
          if (ar === 0 || ar < latin) return;
        }
        let words = 0;
        let start = -1;
        let end = -1;
        let previousEnd = -1;
        const flush = () => {
          if (words > 0) report(words, start, end);
          words = 0;
          start = -1;
        };
        for (let i = from; i < to; i++) {
          const s = stream.start[i]!;
          const e = stream.end[i]!;
          if (start >= 0 && s !== previousEnd) flush(); // markup between the tokens
          previousEnd = e;
          const isWord = stream.word[i]! >= 0;
          const bits = classOf(stream, classes, i);
          if (isWord && (bits & HAS_LATIN) !== 0 && inTag(s)) {
            flush();
            continue;
          }
          if (isWord && isLatinWord(bits)) {
            if (start < 0) start = s;
            end = e;
            words++;
          } else if (start >= 0 && isWord && (bits & (HAS_ARABIC | HAS_LATIN)) === 0) {
            // a number inside the run: part of it only if more Latin follows
          } else if (
            start >= 0 &&
            ((kind[i] === TokenKind.WhiteSpace && !holds(stream, i, 10)) ||
              (kind[i] === TokenKind.Punctuation && isOneOf(stream, i, JOINERS)))
          ) {
            // joiner
          } else {
            flush();
          }
        }
        flush();
      },
    };
  },
});

/**
 * Lists typed as text: lines or paragraphs that begin with «•», «-», «*»,
 * «١.» or «1)» one after another. Screen readers announce a real list and
 * its length; typed bullets are read as "bullet" or not at all.
 *
 * Algorithm: the prose is split into items — each prose paragraph, and each
 * line inside a paragraph (a soft line break in Markdown or plain text). An
 * item is a list item when its first tokens are a bullet (• ◦ ▪ ‣ - – *) or
 * a number followed by «.» or «)», then a space. Two or more such items in a
 * row make one finding at the first marker. In Markdown, where `-` and `*`
 * already make lists, the suggestion turns bullets into `- `; HTML needs
 * `<ul>`/`<ol>`, which is left to the editor. Plain text has no list markup:
 * it is reported at info level (the seed release's «  •» lines are one).
 */
import { TokenKind, type TokenStream } from '@bayan/arabic';
import { defineRule, type Edit } from '@bayan/core';

const BULLETS = new Set(['•', '◦', '▪', '‣', '-', '–', '*', '·']);
const NUMBER = /^[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}$/;

interface Marker {
  kind: 'bullet' | 'number';
  start: number;
  end: number;
}

/** Is token `i` white space that holds a line feed (where an item of a paragraph ends)? */
function isLineBreak(stream: TokenStream, i: number): boolean {
  if (stream.kind[i] !== TokenKind.WhiteSpace) return false;
  const text = stream.text;
  for (let k = stream.start[i]!, end = stream.end[i]!; k < end; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * The list marker of an item whose first token is `a` (the item runs to the
 * next line break or the paragraph's end `to`), if any.
 */
function markerOf(stream: TokenStream, a: number, to: number): Marker | undefined {
  // The item's second and third tokens, when the item has them.
  const b = a + 1 < to && !isLineBreak(stream, a + 1) ? a + 1 : -1;
  const c = b !== -1 && b + 1 < to && !isLineBreak(stream, b + 1) ? b + 1 : -1;
  const isSpace = (i: number) => i !== -1 && stream.kind[i] === TokenKind.WhiteSpace;
  if (BULLETS.has(stream.value(a)) && isSpace(b))
    return { kind: 'bullet', start: stream.start[a]!, end: stream.end[a]! };
  if (
    stream.word[a]! >= 0 &&
    NUMBER.test(stream.value(a)) &&
    b !== -1 &&
    (stream.value(b) === '.' || stream.value(b) === ')') &&
    isSpace(c)
  ) {
    return { kind: 'number', start: stream.start[a]!, end: stream.end[b]! };
  }
  return undefined;
}

/**
 * The markers (or undefined) of the items of the prose in document order:
 * each paragraph split at white space holding a line break, leading white
 * space of an item skipped.
 */
function itemMarkers(stream: TokenStream, visit: (marker: Marker | undefined) => void): void {
  for (let p = 0; p < stream.paragraphCount; p++) {
    const to = stream.paragraphEnd[p]!;
    let atStart = true;
    for (let i = stream.paragraphStart[p]!; i < to; i++) {
      if (isLineBreak(stream, i)) atStart = true;
      else if (atStart && stream.kind[i] !== TokenKind.WhiteSpace) {
        atStart = false;
        visit(markerOf(stream, i, to));
      }
    }
  }
}

export default defineRule({
  meta: {
    id: 'a11y/no-fake-lists',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'القوائم تُكتب بوسوم القوائم لا بنقاط «•» أو أرقام مكتوبة في أول كل سطر.',
        en: 'Write lists as list markup, not lines that start with typed bullets or numbers.',
      },
      recommended: true,
      url: 'rules/a11y/docs/no-fake-lists.md',
    },
    hasSuggestions: true,
    messages: {
      fakeList: {
        ar: 'أسطر متتالية تبدأ بـ«{{marker}}» (عددها {{count}}) قائمةٌ مكتوبة نصًّا لا يعلن قارئ الشاشة أنها قائمة: استعمل وسم القائمة ({{markup}}).',
        en: '{{count}} lines in a row start with “{{marker}}”: a list typed as text, which screen readers do not announce as a list. Use list markup ({{markup}}).',
      },
      fakeListText: {
        ar: 'أسطر متتالية تبدأ بـ«{{marker}}» (عددها {{count}}): في النص العادي لا بأس بذلك، لكن اجعلها قائمة حقيقية عند نشر البيان صفحة ويب.',
        en: '{{count}} lines in a row start with “{{marker}}”: fine in plain text, but make it a real list when the release is published as a web page.',
      },
      useDash: { ar: 'حوّلها إلى قائمة Markdown تبدأ بـ«- ».', en: 'Turn them into a Markdown list with “- ”.' },
    },
  },
  create(context) {
    const format = context.document.format;
    return {
      Prose(stream: TokenStream) {
        const groups: Marker[][] = [];
        let current: Marker[] = [];
        const close = () => {
          if (current.length >= 2) groups.push(current);
          current = [];
        };
        itemMarkers(stream, (marker) => {
          if (marker && (current.length === 0 || current[0]!.kind === marker.kind)) current.push(marker);
          else {
            close();
            if (marker) current.push(marker);
          }
        });
        close();
        for (const group of groups) {
          const first = group[0]!;
          const data = {
            count: group.length,
            marker: context.text.slice(first.start, first.end),
            markup:
              format === 'markdown'
                ? first.kind === 'bullet'
                  ? '- '
                  : '1. '
                : first.kind === 'bullet'
                  ? '<ul>'
                  : '<ol>',
          };
          if (format === 'text') {
            context.report({ range: [first.start, first.end], messageId: 'fakeListText', data, severity: 'info' });
            continue;
          }
          const suggest =
            format === 'markdown' && first.kind === 'bullet'
              ? [{ messageId: 'useDash', fix: group.map((m): Edit => ({ range: [m.start, m.end], text: '-' })) }]
              : [];
          context.report({ range: [first.start, first.end], messageId: 'fakeList', data, suggest });
        }
      },
    };
  },
});

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
import type { Paragraph, Root } from 'nlcst';
import { defineRule, type Edit, type SourceDocument } from '@bayan/core';

type Leaf = { type: string; value?: string; children?: Leaf[]; position?: { start: { offset?: number }; end: { offset?: number } } };

const BULLETS = new Set(['•', '◦', '▪', '‣', '-', '–', '*', '·']);
const NUMBER = /^[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}$/;

const text = (leaf: Leaf): string => leaf.value ?? (leaf.children ?? []).map(text).join('');
const start = (leaf: Leaf) => leaf.position?.start.offset ?? 0;
const end = (leaf: Leaf) => leaf.position?.end.offset ?? 0;

interface Marker {
  kind: 'bullet' | 'number';
  start: number;
  end: number;
}

/** The list marker at the start of an item, if any. */
function markerOf(tokens: readonly Leaf[]): Marker | undefined {
  const [a, b, c] = tokens;
  if (!a) return undefined;
  if (BULLETS.has(text(a)) && b?.type === 'WhiteSpaceNode') return { kind: 'bullet', start: start(a), end: end(a) };
  if (a.type === 'WordNode' && NUMBER.test(text(a)) && b && (text(b) === '.' || text(b) === ')') && c?.type === 'WhiteSpaceNode') {
    return { kind: 'number', start: start(a), end: end(b) };
  }
  return undefined;
}

/** Items of a paragraph: its tokens split at white space holding a line break. */
function items(paragraph: Paragraph): Leaf[][] {
  const out: Leaf[][] = [[]];
  for (const child of paragraph.children as Leaf[]) {
    const tokens = child.type === 'SentenceNode' ? (child.children ?? []) : [child];
    for (const token of tokens) {
      if (token.type === 'WhiteSpaceNode' && text(token).includes('\n')) out.push([]);
      else if (!(token.type === 'WhiteSpaceNode' && out[out.length - 1]!.length === 0)) out[out.length - 1]!.push(token);
    }
  }
  return out.filter((item) => item.length > 0);
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
      'Document:exit'(document: SourceDocument) {
        const groups: Marker[][] = [];
        let current: Marker[] = [];
        const close = () => {
          if (current.length >= 2) groups.push(current);
          current = [];
        };
        for (const paragraph of (document.prose as Root).children) {
          if (paragraph.type !== 'ParagraphNode') continue;
          for (const item of items(paragraph)) {
            const marker = markerOf(item);
            if (marker && (current.length === 0 || current[0]!.kind === marker.kind)) current.push(marker);
            else {
              close();
              if (marker) current.push(marker);
            }
          }
        }
        close();
        for (const group of groups) {
          const first = group[0]!;
          const data = {
            count: group.length,
            marker: context.text.slice(first.start, first.end),
            markup: format === 'markdown' ? (first.kind === 'bullet' ? '- ' : '1. ') : first.kind === 'bullet' ? '<ul>' : '<ol>',
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

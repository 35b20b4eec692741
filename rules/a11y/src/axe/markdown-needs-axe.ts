/**
 * Does a Markdown draft need the axe run (jsdom and axe-core, the slowest
 * part of a lint and seconds of start-up), or can it be told from its own
 * tree that axe would find nothing?
 *
 * Markdown without raw HTML renders to a small, fixed set of elements:
 * paragraphs, headings, lists, quotes, code, emphasis, links, images, tables,
 * footnotes and task-list check boxes. Plain text, lists, quotes, code and
 * emphasis always render valid markup, and the page-level axe rules do not
 * run on Markdown at all. So axe runs only when the tree holds something an
 * axe rule can object to, judged generously (a false "needs axe" costs time,
 * a false "does not" would lose findings):
 *   - raw HTML, images, tables, footnotes, task-list items, link and image
 *     references: always;
 *   - a link whose text has no letter or digit (link-name), a link to an
 *     anchor on the page (skip-link), two links with the same text and
 *     different destinations (identical-links-same-purpose);
 *   - a heading with no letter or digit (empty-heading), or one more than a
 *     level deeper than the heading before it, counting the first from
 *     level 1 (heading-order).
 * `a11y: {axe: full}` in a config runs axe on every Markdown file regardless.
 */
import type { Nodes, Root } from 'mdast';

const ALWAYS = new Set([
  'html',
  'image',
  'imageReference',
  'linkReference',
  'table',
  'footnoteReference',
  'footnoteDefinition',
  'definition',
]);
const MEANINGFUL = /[\p{L}\p{N}]/u;

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function markdownNeedsAxe(tree: Root): boolean {
  const linkTexts = new Map<string, string>();
  let previousDepth = 1;
  // Depth first, children pushed in reverse: nodes come off the stack in document order.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (ALWAYS.has(node.type)) return true;
    if (node.type === 'listItem' && node.checked !== null && node.checked !== undefined) return true;
    if (node.type === 'link') {
      const text = textOf(node).trim().replace(/\s+/gu, ' ').toLowerCase();
      if (!MEANINGFUL.test(text) || /^\/?#/u.test(node.url)) return true;
      const url = linkTexts.get(text);
      if (url !== undefined && url !== node.url) return true;
      linkTexts.set(text, node.url);
    }
    if (node.type === 'heading') {
      if (!MEANINGFUL.test(textOf(node)) || node.depth > previousDepth + 1) return true;
      previousDepth = node.depth;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return false;
}

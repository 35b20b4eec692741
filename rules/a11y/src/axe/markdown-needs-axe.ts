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
 *   - raw HTML, images, footnotes, task-list items, link and image
 *     references: always;
 *   - a table whose rendering axe could object to: a header cell with no
 *     letter or digit (empty-table-header), no data row, a row with more or
 *     fewer cells than the header (rendered padded or cut), or a data cell
 *     with no letter or digit (th-has-data-cells). A GFM table has every data
 *     cell under a header cell, no caption, span, scope or headers attribute,
 *     so the other table rules have nothing to find;
 *   - a link whose text has no letter or digit (link-name), a link to an
 *     anchor on the page (skip-link), two links with the same text and
 *     different destinations (identical-links-same-purpose);
 *   - a heading with no letter or digit (empty-heading), or one more than a
 *     level deeper than the heading before it, counting the first from
 *     level 1 (heading-order).
 * `a11y: {axe: full}` in a config runs axe on every Markdown file regardless.
 */
import type { Nodes, Root, Table } from 'mdast';

const ALWAYS = new Set([
  'html',
  'image',
  'imageReference',
  'linkReference',
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

/** A table axe could object to (see above). */
function tableNeedsAxe(table: Table): boolean {
  const [header, ...rows] = table.children;
  if (!header || rows.length === 0) return true;
  const columns = header.children.length;
  if (header.children.some((cell) => !MEANINGFUL.test(textOf(cell)))) return true;
  return rows.some(
    (row) => row.children.length !== columns || row.children.some((cell) => !MEANINGFUL.test(textOf(cell))),
  );
}

export function markdownNeedsAxe(tree: Root): boolean {
  const linkTexts = new Map<string, string>();
  let previousDepth = 1;
  // Depth first, children pushed in reverse: nodes come off the stack in document order.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (ALWAYS.has(node.type)) return true;
    if (node.type === 'table' && tableNeedsAxe(node)) return true;
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

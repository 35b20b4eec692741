/**
 * Renders a Markdown tree (mdast) to an HTML page for axe with
 * mdast-util-to-hast and hast-util-to-html. Every element made from a
 * Markdown node carries `data-bayan-at="start:end"` (its source offsets);
 * raw HTML is passed through as written and its first start tag gets the
 * marker of its node. After jsdom parsed the page, the markers become a map
 * from element to source range and are removed (see locate.ts).
 */
import type { Nodes as HastNodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

export const MARKER = 'data-bayan-at';

function rangeOf(node: HastNodes): string | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : `${s}:${e}`;
}

export function renderMarkdown(tree: Root): string {
  const hast = toHast(tree, { allowDangerousHtml: true });
  const stack: HastNodes[] = [hast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = rangeOf(node);
    if (at && node.type === 'element') node.properties = { ...node.properties, dataBayanAt: at };
    if (at && node.type === 'raw') node.value = node.value.replace(/^(\s*<[A-Za-z][^\s/>]*)/, `$1 ${MARKER}="${at}"`);
    if ('children' in node) for (const child of node.children) stack.push(child as HastNodes);
  }
  const body = toHtml(hast, { allowDangerousHtml: true });
  return `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Markdown</title></head><body>\n${body}\n</body></html>`;
}

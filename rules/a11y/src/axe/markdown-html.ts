/**
 * Renders a Markdown tree (mdast) to an HTML page for axe, since
 * mdast-util-to-hast and hast-util-to-html are not installed. Every element
 * made from a Markdown node carries `data-bayan-at="start:end"` (its source
 * offsets); raw HTML is copied as written and its first start tag gets the
 * marker of its node. After parsing, the markers become a map from element
 * to source range and are removed (see locate.ts). Front matter and link
 * definitions render nothing.
 */
import type { Nodes, Root } from 'mdast';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export const MARKER = 'data-bayan-at';

function marker(node: Nodes): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? '' : ` ${MARKER}="${s}:${e}"`;
}

export function renderMarkdown(tree: Root): string {
  const definitions = new Map<string, { url: string; title?: string | null | undefined }>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), { url: node.url, title: node.title });
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }

  const out: string[] = [];
  // Iterative: hostile input can nest thousands of levels deep.
  const work: Array<Nodes | string> = [tree];
  const children = (node: Nodes, open: string, close: string) => {
    work.push(close);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i] as Nodes);
    work.push(open);
  };
  while (work.length > 0) {
    const item = work.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const node = item;
    const at = marker(node);
    switch (node.type) {
      case 'root': children(node, '', ''); break;
      case 'paragraph': children(node, `<p${at}>`, '</p>\n'); break;
      case 'heading': children(node, `<h${node.depth}${at}>`, `</h${node.depth}>\n`); break;
      case 'blockquote': children(node, `<blockquote${at}>\n`, '</blockquote>\n'); break;
      case 'list': {
        const tag = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && node.start !== null && node.start !== undefined && node.start !== 1 ? ` start="${node.start}"` : '';
        children(node, `<${tag}${start}${at}>\n`, `</${tag}>\n`);
        break;
      }
      case 'listItem': children(node, `<li${at}>`, '</li>\n'); break;
      case 'emphasis': children(node, `<em${at}>`, '</em>'); break;
      case 'strong': children(node, `<strong${at}>`, '</strong>'); break;
      case 'delete': children(node, `<del${at}>`, '</del>'); break;
      case 'link': children(node, `<a href="${escapeAttr(node.url)}"${node.title ? ` title="${escapeAttr(node.title)}"` : ''}${at}>`, '</a>'); break;
      case 'linkReference': {
        const def = definitions.get(node.identifier.toLowerCase());
        children(node, def ? `<a href="${escapeAttr(def.url)}"${at}>` : '', def ? '</a>' : '');
        break;
      }
      case 'image':
        out.push(`<img src="${escapeAttr(node.url)}" alt="${escapeAttr(node.alt ?? '')}"${node.title ? ` title="${escapeAttr(node.title)}"` : ''}${at}>`);
        break;
      case 'imageReference': {
        const def = definitions.get(node.identifier.toLowerCase());
        if (def) out.push(`<img src="${escapeAttr(def.url)}" alt="${escapeAttr(node.alt ?? '')}"${at}>`);
        break;
      }
      case 'text': out.push(escapeText(node.value)); break;
      case 'inlineCode': out.push(`<code${at}>${escapeText(node.value)}</code>`); break;
      case 'code': out.push(`<pre${at}><code>${escapeText(node.value)}</code></pre>\n`); break;
      case 'break': out.push(`<br${at}>\n`); break;
      case 'thematicBreak': out.push(`<hr${at}>\n`); break;
      case 'html': out.push(at ? node.value.replace(/^(\s*<[A-Za-z][^\s/>]*)/, `$1${at}`) : node.value); break;
      case 'table': {
        const [head, ...body] = node.children;
        work.push('</table>\n');
        if (body.length > 0) {
          work.push('</tbody>\n');
          for (let i = body.length - 1; i >= 0; i--) work.push(body[i]!);
          work.push('<tbody>\n');
        }
        if (head) work.push('</thead>\n', head, '<thead>\n');
        work.push(`<table${at}>\n`);
        break;
      }
      case 'tableRow': {
        const cell = node.children[0] !== undefined && isHeadRow(tree, node) ? 'th' : 'td';
        work.push('</tr>\n');
        for (let i = node.children.length - 1; i >= 0; i--) work.push(`</${cell}>`, ...rev(node.children[i]!.children as Nodes[]), `<${cell}${marker(node.children[i]!)}>`);
        work.push(`<tr${at}>`);
        break;
      }
      case 'footnoteReference': out.push(`<sup${at}><a href="#fn-${escapeAttr(node.identifier)}">${escapeText(node.label ?? node.identifier)}</a></sup>`); break;
      case 'footnoteDefinition': children(node, `<div id="fn-${escapeAttr(node.identifier)}"${at}>`, '</div>\n'); break;
      default: break; // definition, yaml, toml: nothing to render
    }
  }
  return `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Markdown</title></head><body>\n${out.join('')}</body></html>`;
}

function rev<T>(list: T[]): T[] {
  return [...list].reverse();
}

const headRows = new WeakSet<object>();
function isHeadRow(tree: Root, row: object): boolean {
  if (!headRows.has(tree)) {
    headRows.add(tree);
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'table' && node.children[0]) headRows.add(node.children[0]);
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
  }
  return headRows.has(row);
}

/**
 * Link text that names no destination («اضغط هنا», «المزيد», “read more”):
 * a screen-reader user who lists the links of a page hears only that
 * (WCAG 2.4.4, 2.4.9). The phrases are data (data/link-text.yaml).
 *
 * Links are `<a href>` and `<area href>` (SVG's `<a>` too) and any element
 * with `role="link"`, in HTML and in Markdown's raw HTML, and Markdown links
 * and link references. A link's text is its accessible name as far as markup
 * shows it: the text of the elements named by `aria-labelledby`, else
 * `aria-label`, else its text with images' alt text. It is compared whole,
 * after normalisation (diacritics, tatweel and punctuation removed, alef
 * forms, ى and ة folded, Latin lower-cased). A raw URL as link text is info.
 *
 * Some names are clear only with the words around them (`needsContext` in
 * the data: a format such as «PDF», or «هذا التقرير»). They are reported
 * when the link's context has no words of its own: the context is what ACT
 * calls "programmatically determined link context" — the link's paragraph,
 * its list items, its table cell with that cell's header cells, and the
 * elements named by `aria-describedby` (in Markdown: the paragraph, list
 * items and table cell with its column's header). With the option
 * `linkOnly` (WCAG 2.4.9, Link Only), they are reported whatever surrounds
 * them. No edit is offered: only the editor knows the destination's name.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastRootContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { normalizeWord } from '@bayan/arabic';
import { defineRule, embeddedDataFile, parseHtml, type SourceDocument } from '@bayan/core';
import * as linkTextFile from './data/link-text.generated.js';

export interface LinkTextData {
  phrases: Array<{ text: string; lang: 'ar' | 'en'; needsContext?: boolean; note?: string; examples: string[] }>;
}

interface Options {
  linkOnly: boolean;
}

export const linkTextData = embeddedDataFile<LinkTextData>(linkTextFile);

export function normalizeLinkText(value: string): string {
  return normalizeWord(value, { fold: true })
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The phrases by their normalised text, built on the first link (not at start-up: most runs have no link). */
let phrases: Map<string, LinkTextData['phrases'][number]> | undefined;
const phraseOf = (text: string) =>
  (phrases ??= new Map(linkTextData.data.phrases.map((p) => [normalizeLinkText(p.text), p]))).get(text);
const RAW_URL = /^(?:https?:\/\/|www\.)\S+$/i;
const HAS_WORD = /\p{L}/u;

type Range = readonly [number, number];
interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } } | undefined;
}

/** The text of hast nodes, images by their alt, `skip` (the link itself) left out. */
function hastText(nodes: readonly (ElementContent | HastRootContent)[], skip?: Element): string {
  let out = '';
  for (const node of nodes) {
    if (node === skip) continue;
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'img') out += ` ${String(node.properties.alt ?? '')} `;
      else if (node.tagName !== 'script' && node.tagName !== 'style') out += ` ${hastText(node.children, skip)} `;
    }
  }
  return out;
}

function mdastText(nodes: readonly MdastNodes[], skip?: MdastNodes): string {
  let out = '';
  for (const node of nodes) {
    if (node === skip) continue;
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'image' || node.type === 'imageReference') out += ` ${node.alt ?? ''} `;
    else if ('children' in node) out += ` ${mdastText(node.children as MdastNodes[], skip)} `;
  }
  return out;
}

const tokens = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []).filter(
    (t) => t !== '',
  );

function isLink(el: Element): boolean {
  const role = tokens(el.properties.role)[0];
  if (role !== undefined) return role === 'link';
  return (
    (el.tagName === 'a' || el.tagName === 'area') &&
    (el.properties.href !== undefined || el.properties.xLinkHref !== undefined)
  );
}

/** Header cells of a table cell: `th` in its row, and `th` in other rows over its columns. */
function headerCells(table: Element, cell: Element): Element[] {
  const rows: Element[][] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || child.tagName === 'table') continue;
      if (child.tagName === 'tr')
        rows.push(
          child.children.filter(
            (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
          ),
        );
      else collect(child);
    }
  };
  collect(table);
  const grid = rows.map((cells) => {
    let col = 0;
    return cells.map((c) => {
      const span = Math.max(1, Number(c.properties.colSpan ?? 1) || 1);
      const at = { cell: c, from: col, to: col + span };
      col += span;
      return at;
    });
  });
  const row = grid.findIndex((cells) => cells.some((c) => c.cell === cell));
  const own = grid[row]?.find((c) => c.cell === cell);
  if (!own) return [];
  return grid.flatMap((cells, r) =>
    cells
      .filter((c) => c.cell !== cell && c.cell.tagName === 'th' && (r === row || (c.from < own.to && own.from < c.to)))
      .map((c) => c.cell),
  );
}

export default defineRule<Options>({
  meta: {
    id: 'a11y/descriptive-link-text',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'نص الرابط يسمّي وجهته، لا «اضغط هنا» ولا «المزيد».',
        en: 'Link text names its destination, not “click here” or “read more”.',
      },
      recommended: true,
      url: 'rules/a11y/docs/descriptive-link-text.md',
    },
    formats: ['html', 'markdown'],
    schema: {
      type: 'object',
      properties: {
        linkOnly: {
          type: 'boolean',
          description:
            'Report names that are clear only in context (WCAG 2.4.9) even when their context explains them.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { linkOnly: false },
    messages: {
      vague: {
        ar: 'نص الرابط «{{text}}» لا يدل على وجهته، ومستخدم قارئ الشاشة يسمعه وحده: سمِّ الوجهة، مثل «اقرأ البيان الكامل لوزارة الخارجية».',
        en: 'The link text “{{text}}” does not say where it leads, and screen-reader users may hear it alone: name the destination, e.g. “the ministry’s full statement”.',
      },
      noContext: {
        ar: 'نص الرابط «{{text}}» لا يسمّي ما يفتحه، ولا شيء حوله في فقرته أو بنده أو خليته يوضحه: سمِّ المستند، مثل «التقرير السنوي للوزارة (PDF)».',
        en: 'The link text “{{text}}” does not name what it opens, and nothing around it in its paragraph, list item or table cell does: name the document, e.g. “the ministry’s annual report (PDF)”.',
      },
      linkOnly: {
        ar: 'نص الرابط «{{text}}» لا يُفهم إلا بما حوله، ومستخدم قارئ الشاشة قد يسمع قائمة الروابط وحدها: اجعل الرابط يسمّي وجهته بنفسه.',
        en: 'The link text “{{text}}” is clear only with the words around it, and screen-reader users may hear the list of links alone: make the link name its destination itself.',
      },
      rawUrl: {
        ar: 'نص الرابط عنوان إنترنت خام «{{text}}» يُقرأ حرفًا حرفًا: اكتب اسم الصفحة بدلًا منه.',
        en: 'The link text is a raw web address “{{text}}”, which screen readers spell out: write the page’s name instead.',
      },
    },
  },
  create(context) {
    const { linkOnly } = context.options;
    const check = (value: string, range: Range, hasContext: () => boolean) => {
      const trimmed = value.replace(/\s+/g, ' ').trim();
      if (trimmed === '') return; // an empty link is axe's link-name
      const phrase = phraseOf(normalizeLinkText(trimmed));
      const data = { text: trimmed };
      if (phrase && !phrase.needsContext) context.report({ range, messageId: 'vague', data });
      else if (phrase && !hasContext()) context.report({ range, messageId: 'noContext', data });
      else if (phrase && linkOnly) context.report({ range, messageId: 'linkOnly', data });
      else if (!phrase && RAW_URL.test(trimmed)) context.report({ range, messageId: 'rawUrl', data, severity: 'info' });
    };
    const rangeOf = (children: readonly Positioned[], node: Positioned, shift: number): Range => {
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      if (first !== undefined && last !== undefined) return [first + shift, last + shift];
      return [(node.position?.start.offset ?? 0) + shift, (node.position?.end.offset ?? 0) + shift];
    };

    /** Every link of a hast tree; `shift` maps a fragment's offsets to the document's. */
    const checkHast = (root: HastRoot, shift: number) => {
      const ids = new Map<string, Element>();
      const links: Array<{ link: Element; ancestors: Element[] }> = [];
      const walk = (node: HastRoot | Element, ancestors: Element[]) => {
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          if (typeof child.properties.id === 'string') ids.set(child.properties.id, child);
          if (isLink(child)) links.push({ link: child, ancestors });
          walk(child, [...ancestors, child]);
        }
      };
      walk(root, []);
      const referenced = (value: unknown) =>
        tokens(value)
          .map((id) => ids.get(id))
          .filter((e): e is Element => e !== undefined);
      for (const { link, ancestors } of links) {
        const labelledBy = referenced(link.properties.ariaLabelledBy);
        const label = link.properties.ariaLabel;
        const name =
          labelledBy.length > 0
            ? labelledBy.map((e) => hastText(e.children)).join(' ')
            : typeof label === 'string' && label.trim() !== ''
              ? label
              : hastText(link.children);
        const hasContext = () => {
          const parts = referenced(link.properties.ariaDescribedBy).map((e) => hastText(e.children));
          for (let i = ancestors.length - 1; i >= 0; i--) {
            const a = ancestors[i]!;
            const role = tokens(a.properties.role)[0];
            if (a.tagName === 'p' || a.tagName === 'li' || role === 'listitem' || role === 'paragraph')
              parts.push(hastText(a.children, link));
            if (a.tagName === 'td' || a.tagName === 'th') {
              parts.push(hastText(a.children, link));
              const table = ancestors
                .slice(0, i)
                .reverse()
                .find((t) => t.tagName === 'table');
              if (table) parts.push(...headerCells(table, a).map((h) => hastText(h.children)));
            }
          }
          return parts.some((p) => HAS_WORD.test(p));
        };
        check(name, rangeOf(link.children, link, shift), hasContext);
      }
    };

    /**
     * Markdown: links with their ancestors. The raw HTML of one parent is parsed as one
     * fragment with the plain text between its tags; other Markdown is blanked out, so
     * offsets stay those of the document.
     */
    const checkMdast = (document: SourceDocument) => {
      const text = document.text;
      const walk = (node: MdastNodes, ancestors: MdastNodes[]) => {
        if (node.type === 'link' || node.type === 'linkReference') {
          const hasContext = () => {
            const parts: string[] = [];
            for (let i = ancestors.length - 1; i >= 0; i--) {
              const a = ancestors[i]!;
              if (a.type === 'paragraph' || a.type === 'listItem' || a.type === 'tableCell')
                parts.push(mdastText(a.children as MdastNodes[], node));
              if (a.type === 'tableCell') {
                const row = ancestors[i - 1];
                const table = ancestors[i - 2];
                const column = row && 'children' in row ? (row.children as MdastNodes[]).indexOf(a) : -1;
                const header = table?.type === 'table' ? table.children[0] : undefined;
                if (header && header !== row && column >= 0)
                  parts.push(mdastText((header.children[column]?.children ?? []) as MdastNodes[]));
              }
            }
            return parts.some((p) => HAS_WORD.test(p));
          };
          check(mdastText(node.children as MdastNodes[]), rangeOf(node.children, node, 0), hasContext);
        }
        if (!('children' in node)) return;
        let from: number | undefined;
        let html = '';
        for (const child of node.children as MdastNodes[]) {
          const s = child.position?.start.offset;
          const e = child.position?.end.offset;
          // Raw HTML, and the plain text between its tags (`<a href="…">المزيد</a>` is three nodes).
          if (
            s === undefined ||
            e === undefined ||
            (child.type !== 'html' && (child.type !== 'text' || from === undefined))
          )
            continue;
          from ??= s;
          html += ' '.repeat(s - from - html.length) + text.slice(s, e);
        }
        if (from !== undefined) checkHast(parseHtml(html, { fragment: true }), from);
        for (const child of node.children as MdastNodes[]) walk(child, [...ancestors, node]);
      };
      walk(document.markup as MdastRoot, []);
    };

    return {
      'Document:exit'(document: SourceDocument) {
        if (document.format === 'html') checkHast(document.markup as HastRoot, 0);
        else if (document.format === 'markdown') checkMdast(document);
      },
    };
  },
});

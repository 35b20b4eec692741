/**
 * Link text that names no destination («اضغط هنا», «المزيد», “read more”):
 * a screen-reader user who lists the links of a page hears only that
 * (WCAG 2.4.4, 2.4.9). The phrases are data (data/link-text.yaml). A link's
 * text is its accessible name as far as markup shows it: `aria-label` when
 * present, else its text with images' alt text. It is compared whole, after
 * normalisation (diacritics, tatweel and punctuation removed, alef forms,
 * ى and ة folded, Latin lower-cased). A raw URL as link text is info.
 * No edit is offered: only the editor knows the destination's name.
 */
import type { Element, ElementContent } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import { normalizeWord } from '@bayan/arabic';
import { defineRule, embeddedDataFile } from '@bayan/core';
import * as linkTextFile from './data/link-text.generated.js';

export interface LinkTextData {
  phrases: Array<{ text: string; lang: 'ar' | 'en'; note?: string; examples: string[] }>;
}

export const linkTextData = embeddedDataFile<LinkTextData>(linkTextFile);

export function normalizeLinkText(value: string): string {
  return normalizeWord(value, { fold: true })
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const PHRASES = new Map(linkTextData.data.phrases.map((p) => [normalizeLinkText(p.text), p]));
const RAW_URL = /^(?:https?:\/\/|www\.)\S+$/i;

function hastText(nodes: readonly ElementContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'img') out += ` ${String(node.properties.alt ?? '')} `;
      else out += hastText(node.children);
    }
  }
  return out;
}

function mdastText(nodes: readonly MdastNodes[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'image' || node.type === 'imageReference') out += ` ${node.alt ?? ''} `;
    else if ('children' in node) out += mdastText(node.children as MdastNodes[]);
  }
  return out;
}

export default defineRule({
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
    messages: {
      vague: {
        ar: 'نص الرابط «{{text}}» لا يدل على وجهته، ومستخدم قارئ الشاشة يسمعه وحده: سمِّ الوجهة، مثل «اقرأ البيان الكامل لوزارة الخارجية».',
        en: 'The link text “{{text}}” does not say where it leads, and screen-reader users may hear it alone: name the destination, e.g. “the ministry’s full statement”.',
      },
      rawUrl: {
        ar: 'نص الرابط عنوان إنترنت خام «{{text}}» يُقرأ حرفًا حرفًا: اكتب اسم الصفحة بدلًا منه.',
        en: 'The link text is a raw web address “{{text}}”, which screen readers spell out: write the page’s name instead.',
      },
    },
  },
  create(context) {
    const check = (value: string, range: readonly [number, number]) => {
      const trimmed = value.replace(/\s+/g, ' ').trim();
      if (trimmed === '') return; // an empty link is axe's link-name
      if (PHRASES.has(normalizeLinkText(trimmed))) {
        context.report({ range, messageId: 'vague', data: { text: trimmed } });
      } else if (RAW_URL.test(trimmed)) {
        context.report({ range, messageId: 'rawUrl', data: { text: trimmed }, severity: 'info' });
      }
    };
    const rangeOf = (children: ReadonlyArray<{ position?: { start: { offset?: number }; end: { offset?: number } } | undefined }>, node: { position?: { start: { offset?: number }; end: { offset?: number } } | undefined }) => {
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      if (first !== undefined && last !== undefined) return [first, last] as const;
      return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0] as const;
    };
    return {
      element(node: Element) {
        if (node.tagName !== 'a' || node.properties.href === undefined) return;
        const label = node.properties.ariaLabel;
        check(typeof label === 'string' && label.trim() !== '' ? label : hastText(node.children), rangeOf(node.children, node));
      },
      link(node: MdastNodes) {
        if (node.type !== 'link') return;
        check(mdastText(node.children), rangeOf(node.children, node));
      },
      linkReference(node: MdastNodes) {
        if (node.type !== 'linkReference') return;
        check(mdastText(node.children), rangeOf(node.children, node));
      },
    };
  },
});

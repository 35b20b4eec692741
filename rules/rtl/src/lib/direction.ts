import type { SourceDocument } from '@bayan/core';
import { attribute, markupElements, type MarkupElement } from './markup.js';
import { isArabicDocument } from './language.js';

export type Direction = 'ltr' | 'rtl' | 'auto';

function dirOf(element: MarkupElement): Direction | undefined {
  const value = attribute(element.tag, 'dir')?.value.trim().toLowerCase();
  return value === 'ltr' || value === 'rtl' || value === 'auto' ? value : undefined;
}

/** The page's base direction: the root's `dir`, else rtl for an Arabic page (what rtl/html-lang-dir asks for). */
export function documentDirection(document: SourceDocument): Direction {
  const elements = markupElements(document);
  const top = elements.filter((e) => e.parent === -1);
  const root = top.length === 1 ? top[0] : top.find((e) => e.tag.name === 'html');
  const own = root ? dirOf(root) : undefined;
  return own ?? (isArabicDocument(document) ? 'rtl' : 'ltr');
}

/** The direction an element lays out in: its own valid `dir`, an ancestor's, or the page's. */
export function elementDirection(document: SourceDocument, element: MarkupElement): Direction {
  const elements = markupElements(document);
  for (let e: MarkupElement | undefined = element; e; e = e.parent === -1 ? undefined : elements[e.parent]) {
    const own = dirOf(e);
    if (own) return own;
  }
  return documentDirection(document);
}

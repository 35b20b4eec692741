/**
 * The CSS of a document: `style` attributes and `<style>` elements (in HTML,
 * and in the raw HTML of Markdown), parsed with postcss. Declarations come
 * with the offsets of their property and value in the original text.
 * CSS that postcss cannot parse, and attribute values with character
 * references (whose offsets would not map one to one), are skipped.
 */
import postcss, { type Declaration } from 'postcss';
import type { SourceDocument } from '@bayan/core';
import { attribute, markupElements, type MarkupElement } from './markup.js';

export interface StyleDeclaration {
  decl: Declaration;
  /** Where the CSS came from: an element's style attribute or a `<style>` sheet. */
  kind: 'attribute' | 'sheet';
  element: MarkupElement;
  /** The whole declaration, property to value (without the `;`). */
  start: number;
  end: number;
  propStart: number;
  propEnd: number;
  valueStart: number;
  valueEnd: number;
}

function parse(css: string): postcss.Root | undefined {
  try {
    return postcss.parse(css);
  } catch {
    return undefined;
  }
}

const cache = new WeakMap<SourceDocument, StyleDeclaration[]>();

export function styleDeclarations(document: SourceDocument): StyleDeclaration[] {
  let list = cache.get(document);
  if (list) return list;
  list = [];
  const text = document.text;
  for (const element of markupElements(document)) {
    const sources: Array<{ kind: StyleDeclaration['kind']; offset: number; css: string }> = [];
    const style = attribute(element.tag, 'style');
    if (style && style.value.trim() !== '' && !style.value.includes('&'))
      sources.push({ kind: 'attribute', offset: style.valueStart, css: style.value });
    if (element.tag.name === 'style' && element.contentEnd > element.tag.end) {
      sources.push({ kind: 'sheet', offset: element.tag.end, css: text.slice(element.tag.end, element.contentEnd) });
    }
    for (const source of sources) {
      const root = parse(source.css);
      root?.walkDecls((decl) => {
        const at = decl.source?.start?.offset;
        if (at === undefined) return;
        const start = source.offset + at;
        const between = decl.raws.between ?? ':';
        const raw = (decl.raws.value as { raw?: string } | undefined)?.raw ?? decl.value;
        const valueStart = start + decl.prop.length + between.length;
        const valueEnd = valueStart + raw.length;
        const important = decl.important ? (decl.raws.important ?? '!important') : '';
        list!.push({
          decl,
          kind: source.kind,
          element,
          start,
          end: valueEnd + important.length,
          propStart: start,
          propEnd: start + decl.prop.length,
          valueStart,
          valueEnd,
        });
      });
    }
  }
  cache.set(document, list);
  return list;
}

/**
 * Language tags and the script of a document's prose.
 *
 * BCP 47: the `bcp-47` and `language-subtag-registry` packages are not
 * installed, so a tag is checked for well-formedness only (RFC 5646 §2.1
 * syntax, simplified: language, extlang, script, region, variants,
 * extensions, private use). A well-formed tag whose subtags are not in the
 * IANA registry (`lang="zz"`) is accepted.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { detectScript, type ScriptInfo } from '@bayan/arabic';
import type { SourceDocument } from '@bayan/core';

const WELL_FORMED =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

export function isWellFormedTag(tag: string): boolean {
  return WELL_FORMED.test(tag);
}

/** The primary language subtag, lower-case ('' when the tag is not well-formed). */
export function primarySubtag(tag: string): string {
  const trimmed = tag.trim();
  return isWellFormedTag(trimmed) ? trimmed.split('-')[0]!.toLowerCase() : '';
}

/** `ar` and the ISO 639-3 codes of Arabic varieties most used on the web. */
const ARABIC = new Set(['ar', 'arb', 'arz', 'ary', 'arq', 'apc', 'ajp', 'acm', 'afb', 'aeb', 'ars', 'apd', 'ayl', 'acq', 'ayp', 'shu']);

export function isArabicTag(tag: string): boolean {
  return ARABIC.has(primarySubtag(tag));
}

/** Repairs the usual slips (`ar_EG`, ` AR `) into a well-formed tag, or undefined. */
export function repairTag(tag: string): string | undefined {
  const candidate = tag.trim().replace(/_/g, '-');
  return isWellFormedTag(candidate) ? candidate : undefined;
}

const scriptCache = new WeakMap<SourceDocument, ScriptInfo>();

/** The letters of the prose (never markup, code or URLs) counted by script. */
export function proseScript(document: SourceDocument): ScriptInfo {
  let info = scriptCache.get(document);
  if (!info) {
    info = detectScript(wordsText(document.prose));
    scriptCache.set(document, info);
  }
  return info;
}

/** A document is Arabic when most of its prose letters are Arabic. */
export function isArabicDocument(document: SourceDocument): boolean {
  const info = proseScript(document);
  return info.arabic > 0 && info.arabic >= info.latin + info.other;
}

function wordsText(root: NlcstRoot): string {
  const parts: string[] = [];
  const stack: Array<{ type: string; value?: string; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'TextNode') parts.push(node.value ?? '');
    else if (node.type !== 'SourceNode' && node.children) stack.push(...(node.children as typeof stack));
  }
  return parts.join(' ');
}

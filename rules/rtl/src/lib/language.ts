/**
 * Language tags and the script of a document's prose.
 *
 * BCP 47: a tag is parsed with `bcp-47` (RFC 5646 syntax) and its language,
 * script and region subtags are looked up in the IANA Language Subtag
 * Registry (`language-subtag-registry`), so `lang="zz"` or `lang="ar-XX"` is
 * as wrong as `lang="ar_EG"`.
 */
import { parse } from 'bcp-47';
import languages from 'language-subtag-registry/data/json/language.json' with { type: 'json' };
import regions from 'language-subtag-registry/data/json/region.json' with { type: 'json' };
import scripts from 'language-subtag-registry/data/json/script.json' with { type: 'json' };
import { detectScript } from '@bayan/arabic';
import type { SourceDocument } from '@bayan/core';

const has = (table: object, key: string | null | undefined): boolean =>
  !key || Object.prototype.hasOwnProperty.call(table, key.toLowerCase());
/** qaa–qtz are reserved for private use (RFC 5646 §2.2.1). */
const PRIVATE_LANGUAGE = /^q[a-t][a-z]$/i;

export function isWellFormedTag(tag: string): boolean {
  const schema = parse(tag, { normalize: false });
  return Boolean(schema.language || schema.privateuse.length > 0 || schema.irregular || schema.regular);
}

/** Well-formed, and its language, script and region subtags are in the IANA registry. */
export function isValidTag(tag: string): boolean {
  const schema = parse(tag, { normalize: false });
  if (!schema.language) return schema.privateuse.length > 0 || Boolean(schema.irregular || schema.regular);
  const language = has(languages, schema.language) || PRIVATE_LANGUAGE.test(schema.language);
  return language && has(scripts, schema.script) && has(regions, schema.region);
}

/** The primary language subtag, lower-case ('' when the tag is not well-formed). */
export function primarySubtag(tag: string): string {
  const trimmed = tag.trim();
  return isWellFormedTag(trimmed) ? trimmed.split('-')[0]!.toLowerCase() : '';
}

/** `ar` and the ISO 639-3 codes of Arabic varieties most used on the web. */
const ARABIC = new Set([
  'ar',
  'arb',
  'arz',
  'ary',
  'arq',
  'apc',
  'ajp',
  'acm',
  'afb',
  'aeb',
  'ars',
  'apd',
  'ayl',
  'acq',
  'ayp',
  'shu',
]);

export function isArabicTag(tag: string): boolean {
  return ARABIC.has(primarySubtag(tag));
}

/** Repairs the usual slips (`ar_EG`, ` AR `) into a valid tag, or undefined. */
export function repairTag(tag: string): string | undefined {
  const candidate = tag.trim().replace(/_/g, '-');
  return isValidTag(candidate) ? candidate : undefined;
}

/** Letter counts of a text by script. */
export interface LetterCounts {
  arabic: number;
  latin: number;
  other: number;
}

const letterCache = new WeakMap<SourceDocument, LetterCounts>();

/**
 * The letters of the prose words (never markup, code or URLs) counted by
 * script: each distinct word of the token stream is counted once and
 * weighted by how often it occurs.
 */
function proseLetters(document: SourceDocument): LetterCounts {
  let counts = letterCache.get(document);
  if (!counts) {
    const stream = document.stream;
    const occurrences = new Int32Array(stream.words.length);
    for (let i = 0; i < stream.size; i++) {
      const id = stream.word[i]!;
      if (id >= 0) occurrences[id]!++;
    }
    counts = { arabic: 0, latin: 0, other: 0 };
    for (let id = 0; id < occurrences.length; id++) {
      const info = detectScript(stream.words[id]!.value);
      counts.arabic += info.arabic * occurrences[id]!;
      counts.latin += info.latin * occurrences[id]!;
      counts.other += info.other * occurrences[id]!;
    }
    letterCache.set(document, counts);
  }
  return counts;
}

/** A document is Arabic when most of its prose letters are Arabic. */
export function isArabicDocument(document: SourceDocument): boolean {
  const info = proseLetters(document);
  return info.arabic > 0 && info.arabic >= info.latin + info.other;
}

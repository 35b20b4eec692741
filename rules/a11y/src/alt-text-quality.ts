/**
 * Alt text that is there but says nothing (axe's image-alt only checks that
 * it exists): a file name, a generic word alone («صورة», “image”; list in
 * data/alt-text.yaml), or English on an Arabic page with no `lang` on the
 * image, which screen readers then read with Arabic rules.
 *
 * A file name is: one word with an image extension (`login.png`); a camera
 * or phone name (`IMG_2041`, `DSC01234`, `PXL_20240930_…`: prefixes in
 * data/alt-text.yaml), with or without extension; a checksum (32, 40 or 64
 * hexadecimal digits); or the file name of one of the image's own sources
 * (`src`, `srcset`, a `<picture>`'s `<source>`), whole, or without its
 * extension when the rest is a slug (digits, `_`, `-`, `.`). A plain word
 * that is also the file's name («Paris» for paris.jpg) may well describe the
 * image: only a person who sees it can tell, so it is not reported. Inside a
 * link that downloads that same file (`<a href="x.jpg" download>`), the file
 * name is the right name and is not reported either (ACT rule 9eb3f6).
 *
 * Images are `<img>` and `<input type="image">` in HTML, in Markdown's raw
 * HTML, and Markdown images (`![alt](src)`); what is checked is the image's
 * accessible name: `aria-label` when present, else `alt` (an image named by
 * `aria-labelledby` or hidden with `aria-hidden="true"` is skipped). An empty alt is correct for
 * decorative images and is not reported. The only edit offered is
 * `lang="en"` on an HTML image with an English alt (a suggestion: the alt
 * may be meant to be translated instead).
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { defineRule, embeddedDataFile, parseHtml, type SourceDocument } from '@bayan/core';
import * as altTextFile from './data/alt-text.generated.js';
import { normalizeLinkText } from './descriptive-link-text.js';

interface AltTextData {
  generic: Array<{ text: string; lang: 'ar' | 'en'; examples: string[] }>;
  cameraPrefixes: Array<{ prefix: string; note?: string; examples: string[] }>;
  cameraCounterexamples: string[];
}

export const altTextData = embeddedDataFile<AltTextData>(altTextFile);
const GENERIC = new Set(altTextData.data.generic.map((g) => normalizeLinkText(g.text)));
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic|heif)$/i;
const ONE_WORD_IMAGE_FILE = /^[^\s]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic|heif)$/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]?');
/**
 * A prefix from the data, a separator, a digit, then only digits, separators
 * and short letter groups (`WA`, `at`): `IMG-20240930-WA0012`, not «Photo 2 of
 * the visit». Each step starts with a different kind of character, so the
 * match is linear in the alt's length.
 */
const CAMERA = new RegExp(
  `^(?:${altTextData.data.cameraPrefixes.map((c) => escape(c.prefix)).join('|')})[ _-]?\\d(?:[\\d_.: -]|[A-Za-z]{1,2}(?![A-Za-z]))*$`,
  'i',
);
const CHECKSUM = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i;
const SLUG = /[\d_.-]/;

/** The file name at the end of a URL (no query or fragment), decoded. */
export function fileNameOf(url: string): string {
  const path = url.trim().split(/[?#]/)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Is this alt a file name rather than a description? `sources` are the image's own file names. */
export function isFileName(alt: string, sources: readonly string[]): boolean {
  if (ONE_WORD_IMAGE_FILE.test(alt)) return true;
  const bare = alt.replace(IMAGE_EXTENSION, '');
  if (CAMERA.test(bare) || CHECKSUM.test(bare)) return true;
  const lower = alt.toLowerCase();
  return sources.some((source) => {
    const name = source.toLowerCase();
    const stem = name.replace(/\.[^.]*$/, '');
    if (stem === '' || (lower !== name && lower !== stem)) return false;
    // The whole name with its extension, or a slug («press-photo-03»); a plain word may describe the image.
    return (lower === name && stem !== name) || SLUG.test(stem);
  });
}
const LATIN_WORD = /[A-Za-z]{2,}/g;
const ARABIC = /[\u0600-\u06ff]/;

interface ImageInfo {
  alt: string;
  range: readonly [number, number];
  /** Where ` lang="en"` can be inserted (HTML and raw HTML images), or -1. */
  insertAt: number;
  /** The nearest `lang` around the image, if any. */
  lang: string | undefined;
  /** The file names of the image's sources. */
  sources: string[];
  /** The file names a link around the image downloads (`<a href download>`). */
  downloads: string[];
}

function langAround(ancestors: readonly Element[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const value = ancestors[i]!.properties.lang;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

const srcsetFiles = (value: unknown): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((candidate) => fileNameOf(candidate.trim().split(/\s+/)[0] ?? ''))
        .filter((n) => n !== '')
    : [];

function sourcesOf(image: Element, parent: Element | undefined): string[] {
  const out = typeof image.properties.src === 'string' ? [fileNameOf(image.properties.src)] : [];
  out.push(...srcsetFiles(image.properties.srcSet));
  if (parent?.tagName === 'picture') {
    for (const sibling of parent.children)
      if (sibling.type === 'element' && sibling.tagName === 'source')
        out.push(...srcsetFiles(sibling.properties.srcSet));
  }
  return out;
}

function downloadsAround(ancestors: readonly Element[]): string[] {
  const out: string[] = [];
  for (const a of ancestors) {
    if (a.tagName !== 'a' || a.properties.download === undefined || a.properties.download === false) continue;
    if (typeof a.properties.href === 'string') out.push(fileNameOf(a.properties.href));
    if (typeof a.properties.download === 'string' && a.properties.download !== '') out.push(a.properties.download);
  }
  return out;
}

const isImage = (el: Element) =>
  el.tagName === 'img' || (el.tagName === 'input' && String(el.properties.type ?? '').toLowerCase() === 'image');

function hastImages(root: HastRoot, offset: number, text: string): ImageInfo[] {
  const out: ImageInfo[] = [];
  const walk = (node: HastRoot | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const label =
        typeof child.properties.ariaLabel === 'string' && child.properties.ariaLabel.trim() !== ''
          ? child.properties.ariaLabel
          : undefined;
      // The accessible name: aria-labelledby (text elsewhere: not checked here), aria-label, then alt.
      const named = child.properties.ariaLabelledBy === undefined && child.properties.ariaHidden !== 'true';
      const alt = label ?? child.properties.alt;
      if (isImage(child) && named && typeof alt === 'string') {
        const s = child.position?.start.offset;
        const e = child.position?.end.offset;
        if (s !== undefined && e !== undefined) {
          const start = s + offset;
          const open = `<${child.tagName}`;
          out.push({
            alt,
            range: [start, e + offset],
            insertAt: text.slice(start, start + open.length).toLowerCase() === open ? start + open.length : -1,
            lang: langAround([...ancestors, child]),
            sources: sourcesOf(child, ancestors[ancestors.length - 1]),
            downloads: downloadsAround(ancestors),
          });
        }
      }
      walk(child, [...ancestors, child]);
    }
  };
  walk(root, []);
  return out;
}

function markdownImages(root: MdastRoot, text: string): ImageInfo[] {
  const out: ImageInfo[] = [];
  const stack: MdastNodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if ((node.type === 'image' || node.type === 'imageReference') && s !== undefined && e !== undefined && node.alt) {
      const sources = node.type === 'image' ? [fileNameOf(node.url)] : [];
      out.push({ alt: node.alt, range: [s, e], insertAt: -1, lang: undefined, sources, downloads: [] });
    } else if (node.type === 'html' && s !== undefined && /<(?:img|input)\b/i.test(node.value)) {
      // Raw HTML in Markdown: parse the snippet on its own, offsets shifted to the file.
      out.push(...hastImages(parseHtml(node.value, { fragment: true }), s, text));
    }
    if ('children' in node) stack.push(...(node.children as MdastNodes[]));
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'a11y/alt-text-quality',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'النص البديل للصورة يصفها: لا اسم ملف ولا «صورة» وحدها، ولا إنجليزية بلا lang في صفحة عربية.',
        en: 'Alt text describes the image: no file names, no bare “image”, no English without lang on an Arabic page.',
      },
      recommended: true,
      url: 'rules/a11y/docs/alt-text-quality.md',
    },
    hasSuggestions: true,
    formats: ['html', 'markdown'],
    messages: {
      fileName: {
        ar: 'النص البديل «{{alt}}» اسم ملف لا يصف الصورة: اكتب ما تُظهره الصورة.',
        en: 'The alt text “{{alt}}” is a file name, not a description: say what the image shows.',
      },
      generic: {
        ar: 'النص البديل «{{alt}}» لا يقول شيئًا عن الصورة: صف ما تُظهره، مثل «الوزير يلقي كلمته في الاجتماع».',
        en: 'The alt text “{{alt}}” says nothing about the image: describe what it shows.',
      },
      english: {
        ar: 'النص البديل «{{alt}}» إنجليزي في صفحة عربية وبلا lang، فسيُقرأ بقواعد العربية: ترجمه أو أضف lang="en" إلى الصورة.',
        en: 'The alt text “{{alt}}” is English on an Arabic page without lang, so it will be read with Arabic rules: translate it or add lang="en" to the image.',
      },
      addLang: { ar: 'أضف lang="en" إلى الصورة.', en: 'Add lang="en" to the image.' },
    },
  },
  create(context) {
    return {
      'Document:exit'(document: SourceDocument) {
        const images =
          document.format === 'html'
            ? hastImages(document.markup as HastRoot, 0, context.text)
            : markdownImages(document.markup as MdastRoot, context.text);
        if (images.length === 0) return;
        const pageLang = document.format === 'html' ? undefined : 'ar';
        const arabicPage = countArabic(document) > 0;
        for (const image of images) {
          const alt = image.alt.replace(/\s+/g, ' ').trim();
          if (alt === '') continue;
          const data = { alt };
          if (isFileName(alt, image.sources)) {
            // The name of the very file a link downloads is the right name for it.
            if (image.downloads.some((d) => d.toLowerCase() === alt.toLowerCase())) continue;
            context.report({ range: image.range, messageId: 'fileName', data });
          } else if (GENERIC.has(normalizeLinkText(alt))) {
            context.report({ range: image.range, messageId: 'generic', data });
          } else if (arabicPage && !ARABIC.test(alt) && (alt.match(LATIN_WORD)?.length ?? 0) >= 2) {
            const lang = (image.lang ?? pageLang ?? '').toLowerCase();
            if (lang !== '' && !lang.startsWith('ar')) continue;
            const suggest =
              image.insertAt >= 0
                ? [
                    {
                      messageId: 'addLang',
                      fix: { range: [image.insertAt, image.insertAt] as const, text: ' lang="en"' },
                    },
                  ]
                : [];
            context.report({ range: image.range, messageId: 'english', data, suggest });
          }
        }
      },
    };
  },
});

/**
 * Arabic pages: more Arabic than Latin letters in the prose words. Each
 * distinct word of the token stream is counted once, weighted by how often
 * it occurs.
 */
function countArabic(document: SourceDocument): number {
  const stream = document.stream;
  const occurrences = new Int32Array(stream.words.length);
  for (let i = 0; i < stream.size; i++) {
    const id = stream.word[i]!;
    if (id >= 0) occurrences[id]!++;
  }
  let arabic = 0;
  let latin = 0;
  for (let id = 0; id < occurrences.length; id++) {
    const times = occurrences[id]!;
    if (times === 0) continue;
    for (const ch of stream.words[id]!.value) {
      if (ARABIC.test(ch)) arabic += times;
      else if (/[A-Za-z]/.test(ch)) latin += times;
    }
  }
  return arabic > latin ? 1 : 0;
}

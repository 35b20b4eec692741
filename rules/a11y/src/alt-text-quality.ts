/**
 * Alt text that is there but says nothing (axe's image-alt only checks that
 * it exists): a file name (`IMG_2041.jpg`), a generic word alone («صورة»,
 * “image”; list in data/alt-text.yaml), or English on an Arabic page with no
 * `lang` on the image, which screen readers then read with Arabic rules.
 * An empty alt is correct for decorative images and is not reported.
 * Images in HTML, in Markdown (`![alt](src)`) and in Markdown's raw HTML
 * are checked. The only edit offered is `lang="en"` on an HTML image with an
 * English alt (a suggestion: the alt may be meant to be translated instead).
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { defineRule, embeddedDataFile, parseHtml, type SourceDocument } from '@bayan/core';
import * as altTextFile from './data/alt-text.generated.js';
import { normalizeLinkText } from './descriptive-link-text.js';

interface AltTextData {
  generic: Array<{ text: string; lang: 'ar' | 'en'; examples: string[] }>;
}

export const altTextData = embeddedDataFile<AltTextData>(altTextFile);
const GENERIC = new Set(altTextData.data.generic.map((g) => normalizeLinkText(g.text)));
const FILE_NAME = /^[^\s]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$|^(?:img|dsc|dscn|image|photo|screenshot)[-_ ]?\d+$/i;
const LATIN_WORD = /[A-Za-z]{2,}/g;
const ARABIC = /[\u0600-\u06ff]/;

interface ImageInfo {
  alt: string;
  range: readonly [number, number];
  /** Where ` lang="en"` can be inserted (HTML and raw HTML images), or -1. */
  insertAt: number;
  /** The nearest `lang` around the image, if any. */
  lang: string | undefined;
}

function langAround(ancestors: readonly Element[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const value = ancestors[i]!.properties.lang;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

function hastImages(root: HastRoot, offset: number, text: string): ImageInfo[] {
  const out: ImageInfo[] = [];
  const walk = (node: HastRoot | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'img' && typeof child.properties.alt === 'string') {
        const s = child.position?.start.offset;
        const e = child.position?.end.offset;
        if (s !== undefined && e !== undefined) {
          const start = s + offset;
          out.push({
            alt: child.properties.alt,
            range: [start, e + offset],
            insertAt: text.slice(start, start + 4).toLowerCase() === '<img' ? start + 4 : -1,
            lang: langAround([...ancestors, child]),
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
      out.push({ alt: node.alt, range: [s, e], insertAt: -1, lang: undefined });
    } else if (node.type === 'html' && s !== undefined && /<img\b/i.test(node.value)) {
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
        const images = document.format === 'html' ? hastImages(document.markup as HastRoot, 0, context.text) : markdownImages(document.markup as MdastRoot, context.text);
        if (images.length === 0) return;
        const pageLang = document.format === 'html' ? undefined : 'ar';
        const arabicPage = countArabic(document) > 0;
        for (const image of images) {
          const alt = image.alt.replace(/\s+/g, ' ').trim();
          if (alt === '') continue;
          const data = { alt };
          if (FILE_NAME.test(alt)) {
            context.report({ range: image.range, messageId: 'fileName', data });
          } else if (GENERIC.has(normalizeLinkText(alt))) {
            context.report({ range: image.range, messageId: 'generic', data });
          } else if (arabicPage && !ARABIC.test(alt) && (alt.match(LATIN_WORD)?.length ?? 0) >= 2) {
            const lang = (image.lang ?? pageLang ?? '').toLowerCase();
            if (lang !== '' && !lang.startsWith('ar')) continue;
            const suggest = image.insertAt >= 0 ? [{ messageId: 'addLang', fix: { range: [image.insertAt, image.insertAt] as const, text: ' lang="en"' } }] : [];
            context.report({ range: image.range, messageId: 'english', data, suggest });
          }
        }
      },
    };
  },
});

/** Arabic pages: more Arabic than Latin letters in the prose. */
function countArabic(document: SourceDocument): number {
  let arabic = 0;
  let latin = 0;
  const stack: Array<{ type: string; value?: string; children?: unknown[] }> = [document.prose];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'TextNode') {
      for (const ch of node.value ?? '') {
        if (ARABIC.test(ch)) arabic++;
        else if (/[A-Za-z]/.test(ch)) latin++;
      }
    } else if (node.children) stack.push(...(node.children as typeof stack));
  }
  return arabic > latin ? 1 : 0;
}

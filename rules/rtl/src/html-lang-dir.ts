/**
 * An Arabic page needs `lang` (an Arabic tag) and `dir="rtl"` on its root:
 * the `<html>` element of a full document, or the single top-level element
 * of a fragment (the release's container). A page is Arabic when most of
 * the letters of its prose are Arabic. Adding or correcting the two
 * attributes is a safe fix: it makes the markup say what the text is.
 * An invalid `dir` value is left to `rtl/valid-dir`.
 *
 * A page that is not Arabic is checked for its language too: the text that
 * takes its language from the root (the title, the body's text and the
 * images' alt text, without elements that declare their own `lang`, hidden
 * ones, scripts and styles) is identified with lib/identify.ts. When the
 * declared language scores clearly below the best one on a passage long
 * enough to judge (ACT rule ucwvc8: `lang="da"` on an English page), or the
 * page declares Arabic over Latin-script text, the language found is offered
 * as a suggestion only, in a warning: identification is statistical.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { detectScript } from '@bayan/arabic';
import { defineRule, type SourceDocument } from '@bayan/core';
import { attribute, htmlRoot, setValue, startTag, type StartTag } from './lib/markup.js';
import { isArabicDocument, isArabicTag, isValidTag, primarySubtag, repairTag } from './lib/language.js';
import {
  identifierLoaded,
  judgeDeclared,
  languageNames,
  languageScores,
  letterCount,
  likeliest,
  loadIdentifier,
  MIN_LETTERS,
  shortTag,
} from './lib/identify.js';

const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** The text whose language is the root's: text, alt and aria-label, minus elements with their own lang or hidden. */
function rootText(root: Element): string {
  const parts: string[] = [];
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value);
      if (node.type !== 'element' || NOT_TEXT.has(node.tagName)) continue;
      const p = node.properties;
      if (typeof p.lang === 'string' || p.hidden === true || p.ariaHidden === 'true') continue;
      for (const label of [p.alt, p.ariaLabel]) if (typeof label === 'string') parts.push(label);
      walk(node.children);
    }
  };
  walk(root.children);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function rootTag(document: SourceDocument): StartTag | undefined {
  const html = htmlRoot(document);
  const text = document.text;
  if (html) return startTag(text, html);
  const root = document.markup as HastRoot;
  const top = root.children.filter(
    (c) => c.type !== 'comment' && c.type !== 'doctype' && !(c.type === 'text' && c.value.trim() === ''),
  );
  const only = top[0];
  if (top.length !== 1 || only?.type !== 'element') return undefined;
  return startTag(text, only);
}

export default defineRule({
  meta: {
    id: 'rtl/html-lang-dir',
    type: 'problem',
    docs: {
      description: {
        ar: 'الصفحة العربية تحتاج lang="ar" وdir="rtl" على العنصر <html> أو الحاوية الجذرية للبيان.',
        en: 'An Arabic page needs lang="ar" and dir="rtl" on <html> or on the release’s root container.',
      },
      recommended: true,
      url: 'rules/rtl/docs/html-lang-dir.md',
    },
    fixable: true,
    hasSuggestions: true,
    formats: ['html'],
    messages: {
      missingLangDir: {
        ar: 'نص الصفحة عربي لكن العنصر <{{tag}}> بلا lang ولا dir: أضف lang="ar" dir="rtl" لتُقرأ بصوت عربي وتُعرض من اليمين إلى اليسار.',
        en: 'The page text is Arabic but <{{tag}}> has neither lang nor dir: add lang="ar" dir="rtl" so it is read with an Arabic voice and laid out right to left.',
      },
      missingLang: {
        ar: 'نص الصفحة عربي لكن العنصر <{{tag}}> بلا سمة lang: أضف lang="ar" لتقرأها برامج قراءة الشاشة بصوت عربي.',
        en: 'The page text is Arabic but <{{tag}}> has no lang attribute: add lang="ar" so screen readers use an Arabic voice.',
      },
      missingDir: {
        ar: 'نص الصفحة عربي لكن العنصر <{{tag}}> بلا سمة dir: أضف dir="rtl" لتُعرض الصفحة من اليمين إلى اليسار.',
        en: 'The page text is Arabic but <{{tag}}> has no dir attribute: add dir="rtl" so the page is laid out right to left.',
      },
      wrongLang: {
        ar: 'العنصر <{{tag}}> يعلن اللغة lang="{{value}}" لكن نص الصفحة عربي: استعمل lang="ar".',
        en: '<{{tag}}> declares lang="{{value}}" but the page text is Arabic: use lang="ar".',
      },
      invalidLang: {
        ar: 'lang="{{value}}" ليس وسم لغة صحيحًا (BCP 47): استعمل «{{expected}}».',
        en: 'lang="{{value}}" is not a valid language tag (BCP 47): use “{{expected}}”.',
      },
      wrongDir: {
        ar: 'العنصر <{{tag}}> يحمل dir="{{value}}" لكن نص الصفحة عربي: استعمل dir="rtl".',
        en: '<{{tag}}> has dir="{{value}}" but the page text is Arabic: use dir="rtl".',
      },
      pageLanguage: {
        ar: 'الصفحة تعلن lang="{{value}}" ({{declared}}) لكن نصها يبدو باللغة {{language}}: إن كان كذلك فاستعمل lang="{{expected}}" ليُقرأ بالنطق الصحيح.',
        en: 'The page declares lang="{{value}}" ({{declared}}) but its text reads as {{language}}: if so, use lang="{{expected}}" so it is read with the right pronunciation.',
      },
      setLang: { ar: 'استعمل lang="{{expected}}".', en: 'Use lang="{{expected}}".' },
      noRoot: {
        ar: 'نص الصفحة عربي لكن ليس فيها عنصر <html> ولا حاوية جذرية واحدة تحمل lang="ar" dir="rtl".',
        en: 'The page text is Arabic but it has no <html> element or single root container to carry lang="ar" dir="rtl".',
      },
    },
  },
  create(context) {
    /**
     * A page that is not Arabic: does the root's lang name the language of its text?
     * Returns a promise when franc has to be loaded first (the runner awaits it).
     */
    const checkPageLanguage = (document: SourceDocument): Promise<void> | undefined => {
      const html = htmlRoot(document);
      const tag = html && startTag(document.text, html);
      const lang = tag && attribute(tag, 'lang');
      if (!html || !lang || !isValidTag(lang.value.trim())) return undefined;
      const text = rootText(html);
      const primary = primarySubtag(lang.value);
      const letters = letterCount(text);
      const arabicTag = isArabicTag(lang.value);
      if (arabicTag) {
        // Script decides: Arabic declared over Latin text.
        const script = detectScript(text);
        if (script.dominant !== 'latin' || script.latin < 10) return undefined;
      } else if (letters < MIN_LETTERS) {
        return undefined; // too short to judge: franc is not even loaded
      }
      const judge = () => {
        let expected: string;
        if (arabicTag) {
          // franc names the language when the text is long enough.
          expected = letters >= MIN_LETTERS ? shortTag(likeliest(languageScores(text))) : 'en';
          if (expected === 'und') expected = 'en';
        } else {
          const verdict = judgeDeclared(text, primary);
          if (verdict.verdict !== 'differs' || isArabicTag(verdict.bestTag)) return;
          expected = verdict.bestTag;
        }
        const declared = languageNames(primary);
        const found = languageNames(expected);
        context.report({
          range: [lang.start, lang.end],
          messageId: 'pageLanguage',
          // Identification is statistical: at most a warning, whatever the rule's severity.
          severity: 'warning',
          data: { value: lang.value, declared: declared[context.locale], language: found[context.locale], expected },
          suggest: [{ messageId: 'setLang', data: { expected }, fix: setValue(lang, expected) }],
        });
      };
      if (identifierLoaded() || (arabicTag && letters < MIN_LETTERS)) return void judge();
      return loadIdentifier().then(judge);
    };
    return {
      'Document:exit'(document: SourceDocument) {
        if (!isArabicDocument(document)) return checkPageLanguage(document);
        const tag = rootTag(document);
        if (!tag) {
          const first = (document.markup as HastRoot).children.find((c) => c.type === 'element');
          const open = first?.type === 'element' ? startTag(document.text, first) : undefined;
          const start = open?.start ?? first?.position?.start.offset ?? 0;
          context.report({ range: [start, open?.end ?? start], messageId: 'noRoot' });
          return;
        }
        const data = { tag: tag.name };
        const lang = attribute(tag, 'lang');
        const dir = attribute(tag, 'dir');
        const at: [number, number] = [tag.start, tag.end];
        if (!lang && !dir) {
          context.report({
            range: at,
            messageId: 'missingLangDir',
            data,
            fix: { range: [tag.nameEnd, tag.nameEnd], text: ' lang="ar" dir="rtl"' },
          });
          return;
        }
        if (!lang) {
          context.report({
            range: at,
            messageId: 'missingLang',
            data,
            fix: { range: [tag.nameEnd, tag.nameEnd], text: ' lang="ar"' },
          });
        } else if (!isValidTag(lang.value.trim())) {
          const repaired = repairTag(lang.value);
          const expected = repaired && isArabicTag(repaired) ? repaired : 'ar';
          context.report({
            range: [lang.start, lang.end],
            messageId: 'invalidLang',
            data: { value: lang.value, expected },
            expected: [expected],
            fix: setValue(lang, expected),
          });
        } else if (!isArabicTag(lang.value)) {
          context.report({
            range: [lang.start, lang.end],
            messageId: 'wrongLang',
            data: { ...data, value: lang.value },
            expected: ['ar'],
            fix: setValue(lang, 'ar'),
          });
        }
        if (!dir) {
          context.report({
            range: at,
            messageId: 'missingDir',
            data,
            fix: { range: [tag.nameEnd, tag.nameEnd], text: ' dir="rtl"' },
          });
        } else {
          const value = dir.value.trim().toLowerCase();
          if (value === 'ltr' || value === 'auto') {
            context.report({
              range: [dir.start, dir.end],
              messageId: 'wrongDir',
              data: { ...data, value: dir.value },
              expected: ['rtl'],
              fix: setValue(dir, 'rtl'),
            });
          }
        }
      },
    };
  },
});

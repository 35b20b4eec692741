/**
 * An Arabic page needs `lang` (an Arabic tag) and `dir="rtl"` on its root:
 * the `<html>` element of a full document, or the single top-level element
 * of a fragment (the release's container). A page is Arabic when most of
 * the letters of its prose are Arabic. Adding or correcting the two
 * attributes is a safe fix: it makes the markup say what the text is.
 * An invalid `dir` value is left to `rtl/valid-dir`.
 */
import type { Root as HastRoot } from 'hast';
import { defineRule, type SourceDocument } from '@bayan/core';
import { attribute, htmlRoot, setValue, startTag, type StartTag } from './lib/markup.js';
import { isArabicDocument, isArabicTag, isValidTag, repairTag } from './lib/language.js';

function rootTag(document: SourceDocument): StartTag | undefined {
  const html = htmlRoot(document);
  const text = document.text;
  if (html) return startTag(text, html);
  const root = document.markup as HastRoot;
  const top = root.children.filter((c) => c.type !== 'comment' && c.type !== 'doctype' && !(c.type === 'text' && c.value.trim() === ''));
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
      noRoot: {
        ar: 'نص الصفحة عربي لكن ليس فيها عنصر <html> ولا حاوية جذرية واحدة تحمل lang="ar" dir="rtl".',
        en: 'The page text is Arabic but it has no <html> element or single root container to carry lang="ar" dir="rtl".',
      },
    },
  },
  create(context) {
    return {
      'Document:exit'(document: SourceDocument) {
        if (!isArabicDocument(document)) return;
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
          context.report({ range: at, messageId: 'missingLangDir', data, fix: { range: [tag.nameEnd, tag.nameEnd], text: ' lang="ar" dir="rtl"' } });
          return;
        }
        if (!lang) {
          context.report({ range: at, messageId: 'missingLang', data, fix: { range: [tag.nameEnd, tag.nameEnd], text: ' lang="ar"' } });
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
          context.report({ range: [lang.start, lang.end], messageId: 'wrongLang', data: { ...data, value: lang.value }, expected: ['ar'], fix: setValue(lang, 'ar') });
        }
        if (!dir) {
          context.report({ range: at, messageId: 'missingDir', data, fix: { range: [tag.nameEnd, tag.nameEnd], text: ' dir="rtl"' } });
        } else {
          const value = dir.value.trim().toLowerCase();
          if (value === 'ltr' || value === 'auto') {
            context.report({ range: [dir.start, dir.end], messageId: 'wrongDir', data: { ...data, value: dir.value }, expected: ['rtl'], fix: setValue(dir, 'rtl') });
          }
        }
      },
    };
  },
});

/**
 * A declared `lang` that contradicts the element's own text: `lang="en"` on
 * a mostly Arabic paragraph, or an Arabic tag on an English one. Screen
 * readers pick their voice from `lang`, so the text is read with the wrong
 * pronunciation rules.
 *
 * Algorithm: the prose words inside each element that has `lang` (and not
 * inside a nested element with its own `lang`) are counted by script with
 * the Arabic toolkit's detectScript; a script "dominates" with ≥ 70 % of the
 * letters, and at least two of its words must be there. Arabic-script
 * languages (Persian, Urdu, Pashto…) on Arabic-script text are not a
 * contradiction. The `<html>` element is rtl/html-lang-dir's. Changing
 * `lang` is a suggestion: only an editor knows the language of a Latin
 * passage (the option `latinLang`, default `en`, is what is offered).
 *
 * Beyond scripts: when neither the text nor the tag is Arabic, the text is
 * identified with lib/identify.ts (franc), and an element whose declared
 * language scores clearly below the best one is reported (ACT rule off6ek:
 * `lang="fr"` on Dutch). Only passages of at least MIN_LETTERS letters are
 * judged; the thresholds and their measurement are in the rule's doc. The
 * language found is offered as a suggestion.
 */
import { detectScript, type TokenStream } from '@bayan/arabic';
import { defineRule, type SourceDocument } from '@bayan/core';
import {
  identifierLoaded,
  judgeDeclared,
  languageNames,
  letterCount,
  loadIdentifier,
  MIN_LETTERS,
} from './lib/identify.js';
import { isArabicTag, primarySubtag } from './lib/language.js';
import { attribute, markupElements, setValue } from './lib/markup.js';

interface Options {
  latinLang: string;
}

const ARABIC_SCRIPT_LANGUAGES = new Set(['fa', 'prs', 'ur', 'ps', 'ckb', 'sd', 'ug', 'ks', 'bal', 'pnb', 'skr']);

/** The first token that starts at or after `offset` (binary search; `stream.size` when none). */
function firstTokenFrom(stream: TokenStream, offset: number): number {
  let lo = 0;
  let hi = stream.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stream.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The texts of the prose words inside [from, to), in document order, outside the `nested` ranges. */
function wordsWithin(
  stream: TokenStream,
  from: number,
  to: number,
  nested: ReadonlyArray<{ start: number; end: number }>,
): string[] {
  const out: string[] = [];
  for (let i = firstTokenFrom(stream, from); i < stream.size && stream.end[i]! <= to; i++) {
    const id = stream.word[i]!;
    if (id < 0) continue;
    const start = stream.start[i]!;
    const end = stream.end[i]!;
    if (!nested.some((n) => start >= n.start && end <= n.end)) out.push(stream.words[id]!.value);
  }
  return out;
}

export default defineRule<Options>({
  meta: {
    id: 'rtl/lang-matches-content',
    type: 'problem',
    docs: {
      description: {
        ar: 'سمة lang تطابق لغة نص العنصر: لا lang="en" على فقرة عربية ولا lang="ar" على فقرة إنجليزية.',
        en: 'lang matches the element’s text: no lang="en" on an Arabic paragraph, no lang="ar" on an English one.',
      },
      recommended: 'warning',
      url: 'rules/rtl/docs/lang-matches-content.md',
    },
    hasSuggestions: true,
    formats: ['html', 'markdown'],
    schema: {
      type: 'object',
      properties: { latinLang: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' } },
      additionalProperties: false,
    },
    defaultOptions: { latinLang: 'en' },
    messages: {
      arabicText: {
        ar: 'العنصر <{{tag}}> يعلن lang="{{value}}" لكن نصه عربي، فسيُقرأ بقواعد لغة أخرى.',
        en: '<{{tag}}> declares lang="{{value}}" but its text is Arabic, so it will be read with another language’s rules.',
      },
      latinText: {
        ar: 'العنصر <{{tag}}> يعلن lang="{{value}}" (عربية) لكن نصه بالحروف اللاتينية، فسيُقرأ بقواعد العربية.',
        en: '<{{tag}}> declares lang="{{value}}" (Arabic) but its text is in Latin script, so it will be read with Arabic rules.',
      },
      otherLanguage: {
        ar: 'العنصر <{{tag}}> يعلن lang="{{value}}" ({{declared}}) لكن نصه يبدو باللغة {{language}}: إن كان كذلك فاستعمل lang="{{expected}}".',
        en: '<{{tag}}> declares lang="{{value}}" ({{declared}}) but its text reads as {{language}}: if so, use lang="{{expected}}".',
      },
      setLang: { ar: 'استعمل lang="{{expected}}".', en: 'Use lang="{{expected}}".' },
    },
  },
  create(context) {
    return {
      'Document:exit'(document: SourceDocument) {
        const elements = markupElements(document).filter(
          (e) => e.tag.name !== 'html' && attribute(e.tag, 'lang') !== undefined,
        );
        if (elements.length === 0) return;
        const stream = document.stream;
        const identify: Array<() => void> = [];
        for (const element of elements) {
          const lang = attribute(element.tag, 'lang')!;
          const nested = elements.filter((o) => o !== element && o.start >= element.tag.end && o.end <= element.end);
          const own = wordsWithin(stream, element.tag.end, element.end, nested);
          const info = detectScript(own.join(' '));
          const count = (re: RegExp) => own.filter((w) => re.test(w)).length;
          const primary = primarySubtag(lang.value);
          if (primary === '') continue; // malformed tags are not this rule's
          const data = { tag: element.tag.name, value: lang.value };
          if (
            info.dominant === 'arabic' &&
            count(/[\u0600-\u06ff]/) >= 2 &&
            !isArabicTag(lang.value) &&
            !ARABIC_SCRIPT_LANGUAGES.has(primary)
          ) {
            context.report({
              range: [lang.start, lang.end],
              messageId: 'arabicText',
              data,
              suggest: [{ messageId: 'setLang', data: { expected: 'ar' }, fix: setValue(lang, 'ar') }],
            });
          } else if (info.dominant === 'latin' && count(/[A-Za-z]/) >= 2 && isArabicTag(lang.value)) {
            const expected = context.options.latinLang;
            context.report({
              range: [lang.start, lang.end],
              messageId: 'latinText',
              data,
              suggest: [{ messageId: 'setLang', data: { expected }, fix: setValue(lang, expected) }],
            });
          } else if (info.dominant !== 'arabic' && !isArabicTag(lang.value) && !ARABIC_SCRIPT_LANGUAGES.has(primary)) {
            const text = own.join(' ');
            if (letterCount(text) < MIN_LETTERS) continue; // too short to judge: franc is not even loaded
            identify.push(() => {
              const verdict = judgeDeclared(text, primary);
              if (verdict.verdict !== 'differs' || isArabicTag(verdict.bestTag)) return;
              const expected = verdict.bestTag;
              const declared = languageNames(primary);
              const found = languageNames(expected);
              context.report({
                range: [lang.start, lang.end],
                messageId: 'otherLanguage',
                data: { ...data, declared: declared[context.locale], language: found[context.locale], expected },
                suggest: [{ messageId: 'setLang', data: { expected }, fix: setValue(lang, expected) }],
              });
            });
          }
        }
        if (identify.length === 0) return;
        if (identifierLoaded()) return void identify.forEach((job) => job());
        // franc is loaded on first need; the runner awaits this.
        return loadIdentifier().then(() => identify.forEach((job) => job()));
      },
    };
  },
});

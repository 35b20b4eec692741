/**
 * Persian and Urdu letters that look like Arabic ones (conventions §3.1 U1–U5).
 * ک and ھ have one Arabic counterpart: fix. ی is ي inside a word, but at the
 * end it may be ى (على) or ي: suggestions. ە is usually ة at the end of a
 * word but may be ه, and ۀ is usually ة: suggestions.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule, type SuggestDescriptor } from '@bayan/core';
import { hex, PUNCTUATION, SYMBOLS, charClass, tokensWith, WORDS } from './prose.js';

const SAFE: Record<string, string> = { ک: 'ك', ھ: 'ه' };
const PERSIAN = charClass(/[کھیەۀ]/gu);
const ARABIC_LETTER = /[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ff]/u;

export default defineRule({
  meta: {
    id: 'orthography/no-persian-letters',
    type: 'problem',
    docs: {
      description: {
        ar: 'حروف فارسية أو أردية تشبه الحروف العربية (ی ک ھ ە ۀ).',
        en: 'Persian or Urdu letters that look like Arabic ones (ی ک ھ ە ۀ).',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-persian-letters.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      persian: {
        ar: 'الحرف «{{actual}}» ({{code}}) فارسي، والعربي «{{expected}}».',
        en: 'The letter “{{actual}}” ({{code}}) is Persian; the Arabic letter is “{{expected}}”.',
      },
      persianAmbiguous: {
        ar: 'الحرف «{{actual}}» ({{code}}) فارسي، ويقابله بالعربية «{{expected}}» بحسب الكلمة.',
        en: 'The letter “{{actual}}” ({{code}}) is Persian; in Arabic it is “{{expected}}” depending on the word.',
      },
      useLetter: {
        ar: 'اكتب «{{expected}}».',
        en: 'Write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const check = (text: string, offset: number): void => {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (!'کھیەۀ'.includes(ch)) continue;
        const range: [number, number] = [offset + i, offset + i + 1];
        const code = hex(ch.charCodeAt(0));
        const safe = SAFE[ch];
        const final = !ARABIC_LETTER.test(text[i + 1] ?? '') && !'کھیەۀ'.includes(text[i + 1] ?? ' ');
        if (safe || (ch === 'ی' && !final)) {
          const expected = safe ?? 'ي';
          context.report({
            range,
            messageId: 'persian',
            data: { actual: ch, code, expected },
            expected: [expected],
            fix: { range, text: expected },
          });
          continue;
        }
        const candidates = ch === 'ی' ? ['ى', 'ي'] : ch === 'ە' ? (final ? ['ة', 'ه'] : ['ه']) : ['ة'];
        const suggest: SuggestDescriptor[] = candidates.map((expected) => ({
          messageId: 'useLetter',
          data: { expected },
          fix: { range, text: expected },
        }));
        context.report({
          range,
          messageId: 'persianAmbiguous',
          data: { actual: ch, code, expected: candidates.join(' / ') },
          expected: candidates,
          suggest,
          severity: 'warning',
        });
      }
    };
    return {
      Prose(stream: TokenStream) {
        tokensWith(stream, PERSIAN, WORDS | SYMBOLS | PUNCTUATION, check);
      },
    };
  },
});

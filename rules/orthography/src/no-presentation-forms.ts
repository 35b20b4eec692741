/**
 * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE), typical of text
 * copied from PDFs (conventions §3.1 U7). Each run of them is replaced by its
 * NFKC form (only these characters are normalised), then the Persian map,
 * because NFKC turns some forms into ک or ی. Characters of these blocks
 * without a decomposition (U+FD3E/FD3F ornate parentheses, U+FD40–FD4F,
 * noncharacters) are legitimate or have no better spelling; U+FEFF is the
 * BOM, handled by no-invisible-characters.
 */
import type { TokenStream } from '@bayan/arabic';
import { defineRule } from '@bayan/core';
import { hex, PUNCTUATION, SYMBOLS, charClass, tokensWith, WORDS } from './prose.js';

function isPresentationForm(cp: number): boolean {
  if (cp === 0xfeff || !((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe))) return false;
  // Without a decomposition (ornate parentheses, the ligatures added in Unicode 14, noncharacters)
  // there is nothing to write instead: a "fix" to itself would never end.
  const ch = String.fromCharCode(cp);
  return ch.normalize('NFKC') !== ch;
}

const PRESENTATION = charClass(/[\ufb50-\ufdff\ufe70-\ufefe]/gu);
const PERSIAN: Record<string, string> = { ک: 'ك', ی: 'ي', ھ: 'ه' };

/** NFKC of a run of presentation forms, without the spaces NFKC puts before isolated marks. */
export function unpresent(run: string): string {
  return run
    .normalize('NFKC')
    .replace(/ (?=[\u064b-\u0652])/gu, '')
    .replace(/[کیھ]/gu, (ch) => PERSIAN[ch]!);
}

export default defineRule({
  meta: {
    id: 'orthography/no-presentation-forms',
    type: 'problem',
    docs: {
      description: {
        ar: 'أشكال العرض العربية (من نسخ ملفات PDF) بدلا من الحروف العادية.',
        en: 'Arabic presentation forms (from PDF copy-paste) instead of ordinary letters.',
      },
      recommended: true,
      url: 'rules/orthography/docs/no-presentation-forms.md',
    },
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      presentation: {
        ar: '«{{actual}}» مكتوب بأشكال العرض ({{code}}…)، وهي تعطل البحث والتدقيق؛ اكتب «{{expected}}».',
        en: '“{{actual}}” uses presentation forms ({{code}}…), which break search and checks; write “{{expected}}”.',
      },
    },
  },
  create(context) {
    const check = (text: string, offset: number): void => {
      let i = 0;
      while (i < text.length) {
        if (!isPresentationForm(text.charCodeAt(i))) {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < text.length && isPresentationForm(text.charCodeAt(j))) j++;
        const actual = text.slice(i, j);
        const expected = unpresent(actual);
        const range: [number, number] = [offset + i, offset + j];
        context.report({
          range,
          messageId: 'presentation',
          data: { actual, expected, code: hex(text.charCodeAt(i)) },
          expected: [expected],
          fix: { range, text: expected },
        });
        i = j;
      }
    };
    return {
      Prose(stream: TokenStream) {
        tokensWith(stream, PRESENTATION, WORDS | SYMBOLS | PUNCTUATION, check);
      },
    };
  },
});

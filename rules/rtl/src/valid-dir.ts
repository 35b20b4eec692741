/**
 * `dir` takes only `ltr`, `rtl` or `auto` (ASCII case-insensitive). Any other
 * value is ignored by browsers, so the element silently inherits its
 * parent's direction. Spelled-out slips (`right`, `right-to-left`, `rlt`) get
 * a suggestion; the change alters the layout, so it is never a fix.
 */
import { defineRule, type SourceDocument } from '@bayan/core';
import { attribute, markupElements } from './lib/markup.js';

const GUESSES: Record<string, string> = {
  right: 'rtl',
  'right-to-left': 'rtl',
  rlt: 'rtl',
  'rtl;': 'rtl',
  r: 'rtl',
  left: 'ltr',
  'left-to-right': 'ltr',
  lrt: 'ltr',
  'ltr;': 'ltr',
  l: 'ltr',
};

export default defineRule({
  meta: {
    id: 'rtl/valid-dir',
    type: 'problem',
    docs: {
      description: { ar: 'قيمة dir إحدى ltr أو rtl أو auto فقط.', en: 'dir must be ltr, rtl or auto.' },
      recommended: true,
      url: 'rules/rtl/docs/valid-dir.md',
    },
    hasSuggestions: true,
    formats: ['html', 'markdown'],
    messages: {
      invalid: {
        ar: 'dir="{{value}}" قيمة غير صحيحة فيتجاهلها المتصفح: القيم المقبولة ltr وrtl وauto.',
        en: 'dir="{{value}}" is not a valid direction and browsers ignore it: use ltr, rtl or auto.',
      },
      useValue: { ar: 'استعمل dir="{{expected}}".', en: 'Use dir="{{expected}}".' },
    },
  },
  create(context) {
    return {
      'Document:exit'(document: SourceDocument) {
        for (const element of markupElements(document)) {
          const dir = attribute(element.tag, 'dir');
          if (!dir) continue;
          const value = dir.value.trim().toLowerCase();
          if (value === 'ltr' || value === 'rtl' || value === 'auto') continue;
          const guess = GUESSES[value];
          context.report({
            range: [dir.start, dir.end],
            messageId: 'invalid',
            data: { value: dir.value },
            ...(guess
              ? {
                  expected: [guess],
                  suggest: [
                    {
                      messageId: 'useValue',
                      data: { expected: guess },
                      fix: { range: [dir.valueStart, dir.valueEnd] as const, text: guess },
                    },
                  ],
                }
              : {}),
          });
        }
      },
    };
  },
});

/**
 * Direction belongs in markup (`dir`), not in CSS `direction:`: styles can
 * be dropped (reader modes, e-mail, syndication, copy and paste) and the
 * W3C asks authors to use `dir` for it. For a `style` attribute the
 * suggestion moves the value into `dir` (removing the whole attribute when
 * `direction` was its only declaration); in a `<style>` sheet the finding
 * only points at the declaration, since the elements it reaches are not
 * known here.
 */
import { defineRule, type Edit, type SourceDocument } from '@bayan/core';
import { attribute, setValue } from './lib/markup.js';
import { styleDeclarations } from './lib/styles.js';

export default defineRule({
  meta: {
    id: 'rtl/prefer-dir-attribute',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'يُحدَّد اتجاه النص بالسمة dir لا بخاصية CSS direction.',
        en: 'Set text direction with the dir attribute, not CSS direction.',
      },
      recommended: true,
      url: 'rules/rtl/docs/prefer-dir-attribute.md',
    },
    hasSuggestions: true,
    formats: ['html', 'markdown'],
    messages: {
      direction: {
        ar: '«direction: {{value}}» في CSS يضيع إذا أُسقطت الأنماط: حدِّد الاتجاه بالسمة dir في الوسم.',
        en: '“direction: {{value}}” in CSS is lost when styles are dropped: set the direction with the dir attribute.',
      },
      useDir: { ar: 'انقل الاتجاه إلى dir="{{value}}".', en: 'Move it to dir="{{value}}".' },
    },
  },
  create(context) {
    const text = context.text;
    return {
      'Document:exit'(document: SourceDocument) {
        const all = styleDeclarations(document);
        for (const d of all) {
          if (d.decl.prop.toLowerCase() !== 'direction') continue;
          const value = d.decl.value.trim().toLowerCase();
          const suggest = [];
          if (d.kind === 'attribute' && (value === 'rtl' || value === 'ltr')) {
            const style = attribute(d.element.tag, 'style')!;
            const siblings = all.filter((o) => o.kind === 'attribute' && o.element === d.element);
            const edits: Edit[] = [];
            if (siblings.length === 1) {
              let from = style.start;
              while (from > d.element.tag.nameEnd && /\s/.test(text[from - 1]!)) from--;
              edits.push({ range: [from, style.end], text: '' });
            } else {
              let to = d.end;
              while (to < style.valueEnd && /[\s;]/.test(text[to]!)) to++;
              edits.push({ range: [d.start, to], text: '' });
            }
            const dir = attribute(d.element.tag, 'dir');
            const nameEnd = d.element.tag.nameEnd;
            if (dir) edits.push(setValue(dir, value));
            else if (edits[0]!.range[0] === nameEnd) edits[0] = { range: edits[0]!.range, text: ` dir="${value}"` };
            else edits.push({ range: [nameEnd, nameEnd], text: ` dir="${value}"` });
            suggest.push({ messageId: 'useDir', data: { value }, fix: edits });
          }
          context.report({ range: [d.start, d.end], messageId: 'direction', data: { value: d.decl.value }, suggest });
        }
      },
    };
  },
});

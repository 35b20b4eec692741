/**
 * Physical CSS (left/right) in a right-to-left page → logical properties
 * and values, which follow `dir` and so mirror with the page.
 *
 * The fix keeps what readers see today. In a right-to-left context the left
 * side is the inline end and the right side the inline start, so
 * `margin-right` → `margin-inline-start` and `text-align: left` →
 * `text-align: end`; inside a `dir="ltr"` part left is the start. (The
 * left→start table of LTR style guides would move every box in an Arabic
 * page to the other side.) A `style` attribute takes the direction of its
 * element; a `<style>` sheet the page's. Under `dir="auto"` the side is not
 * known: the finding has no fix. Shorthands with four sides (`margin: 0 1em
 * 0 0`) have no single logical form and are left alone. Only pages whose
 * direction is right to left are checked.
 */
import { defineRule, type SourceDocument } from '@bayan/core';
import { documentDirection, elementDirection, type Direction } from './lib/direction.js';
import { styleDeclarations } from './lib/styles.js';

type Side = 'left' | 'right';

function logical(side: Side, dir: 'ltr' | 'rtl'): 'start' | 'end' {
  return (side === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

function logicalProperty(prop: string, dir: 'ltr' | 'rtl'): string | undefined {
  let m = /^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/.exec(prop);
  if (m) return `${m[1]}-inline-${logical(m[2] as Side, dir)}`;
  m = /^border-(left|right)(-width|-style|-color)?$/.exec(prop);
  if (m) return `border-inline-${logical(m[1] as Side, dir)}${m[2] ?? ''}`;
  m = /^(left|right)$/.exec(prop);
  if (m) return `inset-inline-${logical(m[1] as Side, dir)}`;
  m = /^border-(top|bottom)-(left|right)-radius$/.exec(prop);
  if (m) return `border-${m[1] === 'top' ? 'start' : 'end'}-${logical(m[2] as Side, dir)}-radius`;
  return undefined;
}

function logicalValue(prop: string, value: string, dir: 'ltr' | 'rtl'): string | undefined {
  const side = value.trim().toLowerCase();
  if (side !== 'left' && side !== 'right') return undefined;
  if (prop === 'text-align') return logical(side, dir);
  if (prop === 'float' || prop === 'clear') return `inline-${logical(side, dir)}`;
  return undefined;
}

const PHYSICAL =
  /^(?:(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right)|border-(?:left|right)(?:-width|-style|-color)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)$/;

export default defineRule({
  meta: {
    id: 'rtl/css-logical-properties',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'في الصفحة المكتوبة من اليمين إلى اليسار تُستعمل خصائص CSS المنطقية (margin-inline-start…) بدل اليسار واليمين.',
        en: 'In a right-to-left page, use logical CSS properties (margin-inline-start…) instead of left and right.',
      },
      recommended: true,
      url: 'rules/rtl/docs/css-logical-properties.md',
    },
    fixable: true,
    formats: ['html', 'markdown'],
    messages: {
      property: {
        ar: '«{{actual}}» اتجاه مادي ثابت: استعمل الخاصية المنطقية «{{expected}}» التي تتبع اتجاه الصفحة.',
        en: '“{{actual}}” is a fixed physical side: use the logical “{{expected}}”, which follows the page direction.',
      },
      value: {
        ar: '«{{property}}: {{actual}}» اتجاه مادي ثابت: استعمل «{{property}}: {{expected}}» التي تتبع اتجاه الصفحة.',
        en: '“{{property}}: {{actual}}” is a fixed physical side: use “{{property}}: {{expected}}”, which follows the page direction.',
      },
      propertyAuto: {
        ar: '«{{actual}}» اتجاه مادي ثابت داخل عنصر اتجاهه dir="auto": استعمل خاصية منطقية (inline-start أو inline-end).',
        en: '“{{actual}}” is a fixed physical side inside a dir="auto" element: use a logical property (inline-start or inline-end).',
      },
    },
  },
  create(context) {
    return {
      'Document:exit'(document: SourceDocument) {
        if (documentDirection(document) !== 'rtl') return;
        for (const d of styleDeclarations(document)) {
          const prop = d.decl.prop.toLowerCase();
          const dir: Direction =
            d.kind === 'sheet' ? documentDirection(document) : elementDirection(document, d.element);
          if (dir === 'auto') {
            if (PHYSICAL.test(prop) || logicalValue(prop, d.decl.value, 'rtl')) {
              context.report({
                range: [d.start, d.end],
                messageId: 'propertyAuto',
                data: { actual: context.text.slice(d.start, d.end) },
              });
            }
            continue;
          }
          const property = logicalProperty(prop, dir);
          if (property) {
            context.report({
              range: [d.propStart, d.propEnd],
              messageId: 'property',
              data: { actual: d.decl.prop, expected: property },
              expected: [property],
              fix: { range: [d.propStart, d.propEnd], text: property },
            });
            continue;
          }
          const value = logicalValue(prop, d.decl.value, dir);
          if (value) {
            context.report({
              range: [d.valueStart, d.valueEnd],
              messageId: 'value',
              data: { property: d.decl.prop, actual: d.decl.value, expected: value },
              expected: [value],
              fix: { range: [d.valueStart, d.valueEnd], text: value },
            });
          }
        }
      },
    };
  },
});

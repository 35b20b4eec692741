import { definePack, defineRule, parseDocument, RuleRegistry, type Format, type SourceDocument } from '../src/index.js';

export function doc(text: string, format: Format = 'text'): SourceDocument {
  const parsed = parseDocument(text, { format });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document;
}

/** Reports every word equal to `word`, with a fix to `replacement`. */
export function wordRule(id: string, word: string, replacement: string) {
  return defineRule({
    meta: {
      id,
      type: 'problem',
      docs: { description: { ar: 'كلمة للاختبار', en: 'test word' }, recommended: true },
      fixable: true,
      messages: { found: { ar: '«{{word}}» ← «{{to}}»', en: '“{{word}}” → “{{to}}”' } },
    },
    create(context) {
      return {
        WordNode(node: { position?: { start: { offset?: number }; end: { offset?: number } } }) {
          const text = context.getText(node);
          if (text !== word) return;
          const start = node.position!.start.offset!;
          context.report({
            node,
            messageId: 'found',
            data: { word, to: replacement },
            fix: { range: [start, start + text.length], text: replacement },
          });
        },
      };
    },
  });
}

export const testPack = definePack({
  name: 'test',
  description: { ar: 'حزمة اختبار', en: 'test pack' },
  rules: [
    wordRule('test/qi', 'قي', 'في'),
    defineRule({
      meta: {
        id: 'test/option-rule',
        type: 'suggestion',
        docs: { description: { ar: 'خيارات', en: 'options' } },
        schema: {
          type: 'object',
          properties: { mode: { enum: ['a', 'b'] }, limit: { type: 'integer', minimum: 1 } },
          additionalProperties: false,
        },
        defaultOptions: { mode: 'a', limit: 3 },
        messages: { m: { ar: 'م', en: 'm' } },
      },
      create: () => ({}),
    }),
  ],
  styleSchema: { digits: { enum: ['western', 'arabic-indic', 'consistent'] } },
  presets: { house: { rules: { 'test/option-rule': ['error', { mode: 'b' }] } } },
});

export const registry = new RuleRegistry([testPack]);

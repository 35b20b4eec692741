/**
 * One kind of quotation marks per document (conventions §4): guillemets «…»,
 * curly “…” (either orientation: Arabic texts use both) or straight "…".
 *
 * Algorithm: pairs are collected per paragraph («» with a stack, curly and
 * straight marks two by two) and counted by kind over the document. The
 * kind set in `style.quotes` wins; with `consistent` (the default) the kind
 * used most wins (the first used on a tie). Each pair of another kind is
 * reported once with a fix that replaces both of its marks. Unpaired marks
 * are balanced-brackets' business. With `preferGuillemets` (default on), in
 * `consistent` mode curly or straight quotes around Arabic text also get an
 * info-level suggestion to use «…», the usual Arabic quotation marks.
 */
import { defineRule } from '@bayan/core';
import type { Paragraph } from 'nlcst';
import { neighbour, paragraphLeaves, type Leaf } from './leaves.js';

type Kind = 'guillemets' | 'curly' | 'straight';
const MARKS: Record<Kind, readonly [string, string]> = { guillemets: ['«', '»'], curly: ['“', '”'], straight: ['"', '"'] };
export const QUOTE_STYLES = ['consistent', 'guillemets', 'curly', 'straight'] as const;

interface Pair {
  kind: Kind;
  open: Leaf;
  close: Leaf;
  arabic: boolean;
}

export default defineRule<{ preferGuillemets: boolean }>({
  meta: {
    id: 'punctuation/consistent-quotes',
    type: 'suggestion',
    docs: {
      description: {
        ar: 'نوع واحد من علامات التنصيص في البيان: «…» أو “…” أو "…".',
        en: 'One kind of quotation marks per document: «…», “…” or "…".',
      },
      recommended: 'warning',
      url: 'rules/punctuation/docs/consistent-quotes.md',
    },
    fixable: true,
    hasSuggestions: true,
    schema: { type: 'object', properties: { preferGuillemets: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { preferGuillemets: true },
    messages: {
      inconsistent: {
        ar: 'علامتا التنصيص {{actual}} تخالفان النوع الغالب في هذا البيان {{expected}}.',
        en: 'The quotation marks {{actual}} differ from the kind used most in this document, {{expected}}.',
      },
      houseStyle: {
        ar: 'علامتا التنصيص {{actual}} تخالفان أسلوب المؤسسة {{expected}}.',
        en: 'The quotation marks {{actual}} do not follow the house style, {{expected}}.',
      },
      preferGuillemets: {
        ar: 'علامتا التنصيص {{actual}} حول نص عربي؛ المعتاد في العربية «…».',
        en: 'The quotation marks {{actual}} enclose Arabic text; Arabic usually takes «…».',
      },
      useGuillemets: {
        ar: 'استعمل «…».',
        en: 'Use «…».',
      },
    },
  },
  create(context) {
    const pairs: Pair[] = [];
    const counts = new Map<Kind, number>();
    const add = (kind: Kind, open: Leaf, close: Leaf, leaves: readonly Leaf[], index: number): void => {
      const first = neighbour(leaves, index, 1).leaf;
      pairs.push({ kind, open, close, arabic: first?.type === 'WordNode' && first.script === 'arabic' });
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    };
    return {
      ParagraphNode(paragraph: Paragraph) {
        const leaves = paragraphLeaves(paragraph);
        const guillemets: Array<{ leaf: Leaf; index: number }> = [];
        let curly: { leaf: Leaf; index: number } | undefined;
        let straight: { leaf: Leaf; index: number } | undefined;
        leaves.forEach((leaf, index) => {
          if (leaf.type !== 'PunctuationNode') return;
          if (leaf.text === '«') guillemets.push({ leaf, index });
          else if (leaf.text === '»') {
            const open = guillemets.pop();
            if (open) add('guillemets', open.leaf, leaf, leaves, open.index);
          } else if (leaf.text === '“' || leaf.text === '”') {
            if (curly) {
              add('curly', curly.leaf, leaf, leaves, curly.index);
              curly = undefined;
            } else curly = { leaf, index };
          } else if (leaf.text === '"') {
            if (straight) {
              add('straight', straight.leaf, leaf, leaves, straight.index);
              straight = undefined;
            } else straight = { leaf, index };
          }
        });
      },
      'Document:exit'() {
        if (pairs.length === 0) return;
        const style = context.style.quotes;
        let target: Kind;
        let messageId: 'inconsistent' | 'houseStyle' = 'houseStyle';
        if (style === 'guillemets' || style === 'curly' || style === 'straight') target = style;
        else {
          target = pairs[0]!.kind;
          for (const [kind, count] of counts) if (count > counts.get(target)!) target = kind;
          messageId = 'inconsistent';
        }
        const show = (kind: Kind, pair?: Pair): string => (pair ? `${pair.open.text}…${pair.close.text}` : `${MARKS[kind][0]}…${MARKS[kind][1]}`);
        const replace = (pair: Pair, kind: Kind) => [
          { range: [pair.open.start, pair.open.end] as const, text: MARKS[kind][0] },
          { range: [pair.close.start, pair.close.end] as const, text: MARKS[kind][1] },
        ];
        for (const pair of pairs) {
          const range: [number, number] = [pair.open.start, pair.close.end];
          if (pair.kind !== target) {
            context.report({ range, messageId, data: { actual: show(pair.kind, pair), expected: show(target) }, fix: replace(pair, target) });
          } else if (messageId === 'inconsistent' && context.options.preferGuillemets && pair.kind !== 'guillemets' && pair.arabic) {
            context.report({
              range,
              messageId: 'preferGuillemets',
              data: { actual: show(pair.kind, pair) },
              severity: 'info',
              suggest: [{ messageId: 'useGuillemets', fix: replace(pair, 'guillemets') }],
            });
          }
        }
      },
    };
  },
});

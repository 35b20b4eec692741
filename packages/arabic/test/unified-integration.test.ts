// The tokenizer inside the real unified ecosystem: mdast-util-to-nlcst,
// hast-util-to-nlcst and retext, each with the actual library (not a stand-in).
import remarkParse from 'remark-parse';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toNlcst as mdastToNlcst } from 'mdast-util-to-nlcst';
import { toNlcst as hastToNlcst } from 'hast-util-to-nlcst';
import { retext } from 'retext';
import type { Root, Sentence } from 'nlcst';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ArabicParser, retextArabic } from '../src/index.js';

type Node = {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
};

function leaves(node: Node, out: Node[] = []): Node[] {
  if (node.value !== undefined && node.type !== 'TextNode') out.push(node);
  else if (node.type === 'WordNode') out.push(node);
  for (const child of node.type === 'WordNode' ? [] : (node.children ?? [])) leaves(child, out);
  return out;
}

function sentences(root: Root): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'SentenceNode')
      out.push(
        leaves(node)
          .map((l) => l.value ?? l.children?.[0]?.value)
          .join(''),
      );
    else for (const c of node.children ?? []) visit(c);
  };
  visit(root as unknown as Node);
  return out;
}

describe('ArabicParser with the unified utilities', () => {
  const markdown = '# عنوان البيان\n\nهل حضر الوزير؟ نعم، حضر **اليوم**. انتهى\n';

  it('mdast-util-to-nlcst: sentences split at «؟» and offsets point into the Markdown source', () => {
    const file = new VFile(markdown);
    const tree = mdastToNlcst(unified().use(remarkParse).parse(markdown), file, ArabicParser) as Root;
    expect(sentences(tree)).toEqual(['عنوان البيان', 'هل حضر الوزير؟', 'نعم، حضر اليوم.', 'انتهى']);
    for (const leaf of leaves(tree as unknown as Node)) {
      const text = leaf.value ?? leaf.children?.[0]?.value;
      expect(markdown.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(text);
    }
  });

  it('hast-util-to-nlcst: the same for HTML', () => {
    const html = '<p>هل حضر الوزير؟ نعم <b>حضر</b>.</p>';
    const tree = hastToNlcst(
      unified().use(rehypeParse, { fragment: true }).parse(html),
      new VFile(html),
      ArabicParser,
    ) as Root;
    expect(sentences(tree)).toEqual(['هل حضر الوزير؟', 'نعم حضر.']);
  });

  it('retext: retextArabic replaces the Latin parser', () => {
    const tree = retext().use(retextArabic).parse('أين الاجتماع؟ في لندن.') as Root;
    const paragraph = tree.children[0] as { children: Sentence[] };
    expect(paragraph.children.filter((c) => c.type === 'SentenceNode')).toHaveLength(2);
  });
});

import { describe, expect, test } from 'vitest';
import type { Paragraph, Sentence } from 'nlcst';
import { ArabicParser, retextArabic, tokenize } from '../src/index.js';

describe('ArabicParser', () => {
  test('parse equals tokenize; doc from the constructor', () => {
    const text = 'هل حضر؟ نعم.\n\nفقرة ثانية';
    expect(new ArabicParser().parse(text)).toEqual(tokenize(text));
    expect(new ArabicParser(text).parse()).toEqual(tokenize(text));
    expect(new ArabicParser().parse()).toEqual({
      type: 'RootNode',
      children: [],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    });
  });

  test('ParseLatin-shaped methods', () => {
    const parser = new ArabicParser();
    expect(parser.tokenize('و٣،٨ مليون').map((t) => t.type)).toEqual([
      'WordNode',
      'WordNode',
      'WhiteSpaceNode',
      'WordNode',
    ]);
    expect(parser.tokenizeSentence('نعم.').children.map((t) => t.type)).toEqual(['WordNode', 'PunctuationNode']);
    expect(parser.tokenizeParagraph('أ؟ ب').children.map((t) => t.type)).toEqual([
      'SentenceNode',
      'WhiteSpaceNode',
      'SentenceNode',
    ]);
    expect(parser.tokenizeRoot('أ\n\nب').children.map((t) => t.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
    ]);
    expect(parser.tokenizeSentencePlugins).toEqual([]);
    expect(parser.tokenizeRootPlugins).toEqual([]);
  });

  test('paragraph plugin re-splits sentences at ؟ the way mdast-util-to-nlcst needs', () => {
    // mdast-util-to-nlcst splits at /^[!.?…‽]+$/ only, so «؟» leaves one sentence.
    const parser = new ArabicParser();
    const tokens = parser.tokenize('هل حضر؟ نعم حضر.');
    const sentence: Sentence = { type: 'SentenceNode', children: tokens };
    const paragraph: Paragraph = { type: 'ParagraphNode', children: [sentence] };
    for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph);
    expect(paragraph.children.map((c) => c.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode']);
    expect(paragraph.children[2]!.position!.start.offset).toBe(8);
  });

  test('retextArabic sets a unified parser', () => {
    const processor: { parser?: (doc: string) => unknown } = {};
    retextArabic.call(processor);
    expect(processor.parser!('نص.')).toEqual(tokenize('نص.'));
  });
});

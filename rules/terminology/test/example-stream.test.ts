import { streamFromNlcst, tokenize, type TokenStream } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import { baseDictionary, exampleStream, houseStyles } from '../src/settings.js';

/** Everything the matcher and the occurrence index read from a stream, as plain data. */
function shape(stream: TokenStream) {
  const tokens = [];
  for (let i = 0; i < stream.size; i++) {
    const entry = stream.word[i]! >= 0 ? stream.words[stream.word[i]!]! : undefined;
    tokens.push([
      stream.start[i],
      stream.end[i],
      stream.kind[i],
      stream.value(i),
      entry?.value,
      entry?.normal,
      entry?.folded,
      entry?.script,
      entry?.clitics?.proclitics,
    ]);
  }
  const spans = (count: number, from: ArrayLike<number>, to: ArrayLike<number>) =>
    Array.from({ length: count }, (_, k) => [from[k], to[k]]);
  return {
    tokens,
    paragraphs: spans(stream.paragraphCount, stream.paragraphStart, stream.paragraphEnd),
    sentences: spans(stream.sentenceCount, stream.sentenceStart, stream.sentenceEnd),
  };
}

describe('the stream of a dictionary example', () => {
  it('is the stream of the same text built from its prose tree, token for token', () => {
    const texts = [
      ...[baseDictionary, ...Object.values(houseStyles)].flatMap((d) =>
        d.entries.flatMap((e) => e.examples.flatMap((x) => [x.from, x.to])),
      ),
      'ما يسمى بـ«الدولة الإسلامية» في سوريا. وقال: "داعش"!\n\nفقرة ثانية في 12 نوفمبر/تشرين الثاني 2024 https://example.org',
      '  نص يبدأ بمسافة وينتهي بها  ',
      '',
    ];
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts)
      expect(shape(exampleStream(text)), text).toEqual(shape(streamFromNlcst(tokenize(text), text)));
  });
});

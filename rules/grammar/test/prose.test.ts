import { parseDocument } from '@bayan/core';
import type { TokenStream, WordEntry } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import { occurrences, paragraphFrom, perWord } from '../src/prose.js';

function streamOf(text: string): TokenStream {
  const parsed = parseDocument(text, { path: 'doc.txt' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document.stream;
}

/** 1 for «حيث», 2 for «أن», else 0. */
const roleOf = (w: WordEntry): number => (w.normal === 'حيث' ? 1 : w.normal === 'أن' ? 2 : 0);
const none = (): number => 0;

/** The values of the tokens `occurrences` lists. */
function found(stream: TokenStream, compute: (w: WordEntry) => number): string[] {
  const list = occurrences(stream, compute);
  return list === null ? [] : Array.from(list.tokens.subarray(0, list.count), (i) => stream.value(i));
}

describe('grammar prose view: per-word answers and occurrences', () => {
  it('answers by word id, and null for a document where every answer is 0', () => {
    const stream = streamOf('تأجل الاجتماع حيث أن الوفد لم يصل.');
    const answers = perWord(stream, roleOf)!;
    const byWord = stream.words.map((w, id) => [w.normal, answers[id]]);
    expect(byWord.filter(([, a]) => a !== 0)).toEqual([
      ['حيث', 1],
      ['أن', 2],
    ]);
    expect(perWord(stream, none)).toBeNull();
  });

  it('answers for the document asked, whatever was asked before (documents in any order)', () => {
    const a = streamOf('حيث أن');
    const b = streamOf('كلمة أخرى');
    expect(perWord(a, roleOf)).not.toBeNull();
    expect(perWord(b, roleOf)).toBeNull();
    const again = perWord(a, roleOf)!;
    expect(a.words.map((_, id) => again[id])).toEqual([1, 2]);
  });

  it('lists the occurrences in document order, across paragraphs', () => {
    const stream = streamOf('حيث أن الوفد.\n\nوصل حيث كان.\n\nلا شيء هنا.');
    expect(found(stream, roleOf)).toEqual(['حيث', 'أن', 'حيث']);
    expect(found(stream, none)).toEqual([]);
    expect(found(streamOf('لا شيء'), roleOf)).toEqual([]);
  });

  it('paragraphFrom finds the paragraph of each token, walking forward', () => {
    const stream = streamOf('أ ب.\n\nج د.\n\nه و.');
    expect(stream.paragraphCount).toBe(3);
    let p = 0;
    const paragraphs: number[] = [];
    for (let i = 0; i < stream.size; i++) {
      p = paragraphFrom(stream, p, i);
      if (p !== -1 && i >= stream.paragraphStart[p]!) paragraphs.push(p);
      else if (p === -1) break;
    }
    const expected: number[] = [];
    for (let q = 0; q < 3; q++)
      for (let i = stream.paragraphStart[q]!; i < stream.paragraphEnd[q]!; i++) expected.push(q);
    expect(paragraphs).toEqual(expected);
    expect(paragraphFrom(stream, 0, stream.size)).toBe(-1);
  });
});

import { parseDocument } from '@bayan/core';
import type { TokenStream } from '@bayan/arabic';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, paragraphGate, punctuationTokens, Script, wordScripts } from '../src/tokens.js';

function streamOf(text: string): TokenStream {
  const parsed = parseDocument(text, { path: 'doc.txt' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.document.stream;
}

/** The gate's answer for each paragraph of the stream, asked in order. */
function gated(stream: TokenStream, chars: RegExp): boolean[] {
  const has = paragraphGate(chars);
  const out: boolean[] = [];
  for (let p = 0; p < stream.paragraphCount; p++)
    out.push(has(stream, stream.paragraphStart[p]!, stream.paragraphEnd[p]!));
  return out;
}

describe('punctuation token view', () => {
  it('paragraphGate: true exactly for the paragraphs that hold one of the characters', () => {
    const stream = streamOf('نص بلا علامة\n\nنص, مع فاصلة\n\nنص آخر\n\nسؤال? وفاصلة,');
    expect(gated(stream, /[,?]/g)).toEqual([false, true, false, true]);
    expect(gated(stream, /[;]/g)).toEqual([false, false, false, false]);
    expect(gated(streamOf('a, b'), /[,]/g)).toEqual([true]);
  });

  it('punctuationTokens lists the marks in order; firstAtOrAfter finds the first at or after a token', () => {
    const stream = streamOf('قال: نعم، ثم ذهب.');
    const { tokens, count } = punctuationTokens(stream);
    const marks = Array.from(tokens.subarray(0, count), (i) => stream.value(i));
    expect(marks).toEqual([':', '،', '.']);
    expect(firstAtOrAfter(tokens, count, 0)).toBe(0);
    expect(firstAtOrAfter(tokens, count, tokens[0]! + 1)).toBe(1);
    expect(firstAtOrAfter(tokens, count, tokens[2]!)).toBe(2);
    expect(firstAtOrAfter(tokens, count, stream.size)).toBe(count);
  });

  it('answers for the stream asked, whatever was asked before', () => {
    const a = streamOf('كلمة word 12');
    const b = streamOf('أخرى');
    const scriptsOf = (s: TokenStream) => Array.from(wordScripts(s).subarray(0, s.words.length));
    expect(scriptsOf(a)).toEqual([Script.Arabic, Script.Latin, Script.Number]);
    expect(scriptsOf(b)).toEqual([Script.Arabic]);
    expect(scriptsOf(a)).toEqual([Script.Arabic, Script.Latin, Script.Number]);
    expect(punctuationTokens(b).count).toBe(0);
    expect(punctuationTokens(streamOf('أ. ب.')).count).toBe(2);
  });
});

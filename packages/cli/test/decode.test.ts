import { describe, expect, it } from 'vitest';
import { decode, encode, encodingOf } from '../src/decode.js';

const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(be);
};

describe('decode: UTF-16', () => {
  it('decodes UTF-16 LE and BE with a BOM, keeping the BOM in the text', () => {
    expect(decode(utf16('\uFEFFذهب الوزير\n', 'le'), 'en')).toEqual({ ok: true, text: '\uFEFFذهب الوزير\n' });
    expect(decode(utf16('\uFEFFذهب الوزير\n', 'be'), 'en')).toEqual({ ok: true, text: '\uFEFFذهب الوزير\n' });
    expect(encodingOf(utf16('\uFEFFنص', 'le'))).toBe('utf-16le');
    expect(encodingOf(utf16('\uFEFFنص', 'be'))).toBe('utf-16be');
    expect(encodingOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8');
    expect(encodingOf(new Uint8Array([0x61]))).toBe('utf-8');
  });

  it('encodes a fixed text back in the file’s own encoding, byte for byte', () => {
    for (const order of ['le', 'be'] as const) {
      const bytes = utf16('\uFEFFذهب الوزير 😀\r\n', order);
      const encoding = encodingOf(bytes);
      const decoded = decode(bytes, 'en');
      expect(decoded.ok && Buffer.from(encode(decoded.text, encoding)).equals(Buffer.from(bytes))).toBe(true);
    }
    expect(Buffer.from(encode('\uFEFFنص', 'utf-8'))).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0xd9, 0x86, 0xd8, 0xb5]));
  });

  it('says plainly that a UTF-16 file without a BOM must be saved as UTF-8, in both languages', () => {
    const bytes = utf16('ذهب الوزير إلى الاجتماع\n', 'le');
    expect(decode(bytes, 'en')).toEqual({
      ok: false,
      reason: 'it looks like UTF-16 text without a byte order mark (save it as UTF-8)',
    });
    expect(decode(utf16('The minister left.\n', 'be'), 'ar')).toEqual({
      ok: false,
      reason: 'يبدو أنه نص بترميز UTF-16 بلا علامة ترتيب البايتات (احفظه بترميز UTF-8)',
    });
    // A UTF-16 BOM followed by an odd number of bytes is not UTF-16 text.
    expect(decode(new Uint8Array([0xff, 0xfe, 0x41]), 'en')).toMatchObject({ ok: false });
  });

  it('still calls a file with stray NUL bytes binary', () => {
    expect(
      decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'en'),
    ).toEqual({ ok: false, reason: 'it contains NUL bytes (a binary file?)' });
  });
});

/**
 * Read side of the compiled word list: a minimal DAFSA serialised as one
 * Uint32Array of edges (see scripts/build-lexicon-dafsa.mjs). Each edge: bits
 * 31–25 symbol, bit 24 last edge of its node, bits 23–0 the target node's
 * first edge. After the letters of a form come two value symbols that carry
 * its clitic flags.
 */

export const FLAG_HI = 1;
export const FLAG_LO = 17;
export const LETTER_BASE = 49;

const LAST = 1 << 24;
const TARGET = LAST - 1;

export class Dafsa {
  private readonly symbolOf: Int8Array;

  constructor(
    private readonly edges: Uint32Array,
    private readonly root: number,
    alphabet: string,
  ) {
    // Letters are Arabic (U+0600–U+06FF): a dense table by code unit.
    this.symbolOf = new Int8Array(0x100);
    for (let i = 0; i < alphabet.length; i++) {
      const cp = alphabet.charCodeAt(i);
      if (cp < 0x600 || cp > 0x6ff) throw new Error(`lexicon alphabet outside U+0600–U+06FF: ${alphabet[i]}`);
      this.symbolOf[cp - 0x600] = LETTER_BASE + i;
    }
  }

  /** Edge index of the node reached by `word` from the root, or -1. */
  private walk(word: string): number {
    const edges = this.edges;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const cp = word.charCodeAt(i) - 0x600;
      if (cp < 0 || cp > 0xff) return -1;
      const sym = this.symbolOf[cp]!;
      if (sym === 0) return -1;
      for (;;) {
        const edge = edges[node]!;
        const s = edge >>> 25;
        if (s === sym) {
          node = edge & TARGET;
          break;
        }
        // Edges are sorted by symbol: past it, the letter is not there.
        if (s > sym || (edge & LAST) !== 0) return -1;
        node++;
      }
    }
    return node;
  }

  /** Clitic flags of a known clitic-free form, or -1 if it is not known. */
  flags(word: string): number {
    if (word.length === 0) return -1;
    const node = this.walk(word);
    if (node < 0) return -1;
    // Value symbols (1–48) sort before letters: they come first among the node's edges.
    const edge = this.edges[node]!;
    const hi = edge >>> 25;
    if (hi < FLAG_HI || hi >= FLAG_LO) return -1;
    const lo = this.edges[edge & TARGET]! >>> 25;
    return ((hi - FLAG_HI) << 5) | (lo - FLAG_LO);
  }
}

/** Base64 → bytes, without atob or Buffer (same code in Node and browsers). */
export function decodeBase64(text: string): Uint8Array {
  const table = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length--; // '='
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const n =
      (table[text.charCodeAt(i)]! << 18) |
      (table[text.charCodeAt(i + 1)]! << 12) |
      (table[text.charCodeAt(i + 2)]! << 6) |
      table[text.charCodeAt(i + 3)]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 0xff;
    out[o++] = n & 0xff;
  }
  const rest = length - i;
  if (rest >= 2) {
    const n =
      (table[text.charCodeAt(i)]! << 18) |
      (table[text.charCodeAt(i + 1)]! << 12) |
      (rest === 3 ? table[text.charCodeAt(i + 2)]! << 6 : 0);
    out[o++] = n >> 16;
    if (rest === 3) out[o] = (n >> 8) & 0xff;
  }
  return out;
}

/** Little-endian bytes → Uint32Array (independent of the platform's byte order). */
export function toUint32(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (bytes[j]! | (bytes[j + 1]! << 8) | (bytes[j + 2]! << 16) | (bytes[j + 3]! << 24)) >>> 0;
  }
  return out;
}

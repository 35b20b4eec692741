// Stage 2 of `pnpm build:lexicon`: a minimal deterministic acyclic automaton
// (DAFSA, Daciuk et al. 2000, incremental construction from sorted input)
// over the clitic-free forms, each form followed by two value symbols that
// carry its clitic flags (so forms with equal flags share their suffixes).
//
// Serialised as one Uint32Array of edges, node by node (a node = a run of
// edges, the last one marked): bits 31–25 symbol, bit 24 last-edge, bits
// 23–0 index of the target node's first edge. Symbols: 1–16 high flag
// nibble, 17–48 low five flag bits, 49+ letters (so a form sorts before its
// extensions, as Daciuk's algorithm needs).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLAG_HI = 1;
export const FLAG_LO = 17;
export const LETTER_BASE = 49;

export function alphabetOf(forms) {
  const chars = new Set();
  for (const [w] of forms) for (const ch of w) chars.add(ch);
  const alphabet = [...chars].sort();
  if (alphabet.length + LETTER_BASE > 127) throw new Error(`alphabet too large: ${alphabet.length}`);
  return alphabet;
}

export function buildDafsa(unsorted, alphabet) {
  // Code-unit order = symbol order (letters are numbered in code-unit order).
  const sorted = [...unsorted].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // One entry per form: a form reached twice (with and without harakat) gets both flag sets.
  const forms = [];
  for (const [word, flags] of sorted) {
    const last = forms[forms.length - 1];
    if (last && last[0] === word) last[1] |= flags;
    else forms.push([word, flags]);
  }
  const symbolOf = new Map(alphabet.map((ch, i) => [ch, LETTER_BASE + i]));
  // Node: { edges: number[] (sym, child id pairs), id: -1 until registered }
  const register = new Map();
  const registered = []; // node edge lists in registration order (children first)
  const END = { syms: [], kids: [], id: 0 };
  registered.push(END);
  const root = { syms: [], kids: [], id: -1 };
  let path = [root]; // path[i] = node after i symbols of the previous sequence
  let prev = [];

  const keyOf = (node) => {
    let key = '';
    for (let i = 0; i < node.syms.length; i++) key += `${node.syms[i]}:${node.kids[i].id},`;
    return key;
  };
  const minimise = (downTo) => {
    for (let i = path.length - 1; i > downTo; i--) {
      const node = path[i];
      const key = keyOf(node);
      const found = register.get(key);
      const parent = path[i - 1];
      if (found) parent.kids[parent.kids.length - 1] = found;
      else {
        node.id = registered.length;
        registered.push(node);
        register.set(key, node);
      }
    }
    path.length = downTo + 1;
  };

  for (const [word, flags] of forms) {
    const seq = [];
    for (const ch of word) seq.push(symbolOf.get(ch));
    seq.push(FLAG_HI + (flags >> 5), FLAG_LO + (flags & 31));
    let common = 0;
    while (common < seq.length && common < prev.length && seq[common] === prev[common]) common++;
    if (common === seq.length) continue; // duplicate
    minimise(common);
    for (let i = common; i < seq.length; i++) {
      const last = i === seq.length - 1;
      const child = last ? END : { syms: [], kids: [], id: -1 };
      const node = path[i];
      node.syms.push(seq[i]);
      node.kids.push(child);
      if (!last) path.push(child);
    }
    // the END node is shared, never on the path: keep path aligned to seq length - 1
    prev = seq;
  }
  minimise(0);
  root.id = registered.length;
  registered.push(root);

  // Layout: edge offsets per node.
  const offset = new Int32Array(registered.length);
  let total = 0;
  for (let id = 1; id < registered.length; id++) {
    offset[id] = total;
    total += registered[id].syms.length;
  }
  if (total >= 1 << 24) throw new Error(`too many edges: ${total}`);
  const edges = new Uint32Array(total);
  for (let id = 1; id < registered.length; id++) {
    const node = registered[id];
    for (let e = 0; e < node.syms.length; e++) {
      const kid = node.kids[e];
      const target = kid.id === 0 ? 0 : offset[kid.id];
      const last = e === node.syms.length - 1 ? 1 << 24 : 0;
      edges[offset[id] + e] = ((node.syms[e] << 25) | last | target) >>> 0;
    }
  }
  return { edges, root: offset[root.id], nodes: registered.length };
}

/**
 * Writes the compiled lexicon: `data/words.bin` (the edges as little-endian
 * 32-bit words, read with one file read in Node), `src/data/meta.ts` (source,
 * alphabet, root, size: imported with the package, a few hundred bytes) and
 * `src/data/edges.ts` (the same edges as base64, for browsers, which have no
 * file access). Returns the paths written.
 */
export function writeLexicon(repoRoot, { edges, root, alphabet, source }) {
  const dir = join(repoRoot, 'packages', 'lexicon');
  const bytes = new Uint8Array(edges.length * 4);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    bytes[i * 4] = e & 0xff;
    bytes[i * 4 + 1] = (e >>> 8) & 0xff;
    bytes[i * 4 + 2] = (e >>> 16) & 0xff;
    bytes[i * 4 + 3] = (e >>> 24) & 0xff;
  }
  const checksum = fnv1a(bytes);
  const header = `// Compiled by scripts/build-lexicon.mjs (pnpm build:lexicon; committed, not rebuilt by pnpm build) from ${source.name.replace(/ \(.*/, '')}@${source.version}. Do not edit.
// Word list: Ayaspell, GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1; see packages/lexicon/README.md.
`;
  const meta = `${header}export const SOURCE = ${JSON.stringify(source)};
export const ALPHABET = ${JSON.stringify(alphabet.join(''))};
export const ROOT = ${root};
/** Number of 32-bit edges in data/words.bin and in edges.ts. */
export const EDGE_COUNT = ${edges.length};
/** FNV-1a of the edge bytes: the two copies must agree. */
export const CHECKSUM = ${checksum};
`;
  const browser = `${header}// The edges of data/words.bin as base64, for hosts without file access (browsers).
export const EDGES =
  '${Buffer.from(bytes).toString('base64')}';
`;
  mkdirSync(join(dir, 'data'), { recursive: true });
  const files = [
    join(dir, 'data', 'words.bin'),
    join(dir, 'src', 'data', 'meta.ts'),
    join(dir, 'src', 'data', 'edges.ts'),
  ];
  writeFileSync(files[0], bytes);
  writeFileSync(files[1], meta);
  writeFileSync(files[2], browser);
  return files;
}

/** FNV-1a (32 bits) of a byte array. */
export function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

// Compiled by scripts/build-lexicon.mjs (pnpm build:lexicon; committed, not rebuilt by pnpm build) from @cspell/dict-ar@1.1.7. Do not edit.
// Word list: Ayaspell, GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1; see packages/lexicon/README.md.
export const SOURCE = {"name":"@cspell/dict-ar (Ayaspell)","version":"1.1.7","licence":"GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1 (Ayaspell); LGPL-3.0 (npm packaging)","forms":729117};
export const ALPHABET = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي";
export const ROOT = 162004;
/** Number of 32-bit edges in data/words.bin and in edges.ts. */
export const EDGE_COUNT = 162035;
/** FNV-1a of the edge bytes: the two copies must agree. */
export const CHECKSUM = 1613695225;

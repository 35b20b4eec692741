// Stage 1 of `pnpm build:lexicon`: the word forms of Ayaspell (as packaged in
// @cspell/dict-ar, an expanded trie of ~89 M forms with every proclitic and
// enclitic combination) reduced to clitic-free forms, each with the clitic
// classes Ayaspell attests for it. A form is dropped when a segmentation of
// @bayan/arabic's `cliticCandidates` leaves a stem that Ayaspell also knows and
// the run-time analysis can rebuild the form's own clitic forms from that stem
// (so «وبالحكومة» goes, «حكومة» stays, and «وزارة» stays: «الوزارة» cannot be
// read as clitics on «زارة»). Forms made of the interrogative hamza and another form («أفبالمكافحة»,
// «آلأخطرين») are dropped: release prose does not ask questions that way, and
// as candidates they would turn «الصحي» into «ألصحي».
// The work is split by first letter (build-lexicon.mjs runs letters in parallel workers).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { has as hasWord, importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { ENCLITICS, PROCLITIC_STACKS } from '../packages/arabic/dist/index.js';

export const FLAG = {
  conj: 1, // و ف
  bi: 2, // ب
  li: 4, // ل
  ka: 8, // ك
  future: 16, // س
  article: 32, // ال
  enclitic3: 64, // ه ها هم هما هن
  enclitic2: 128, // ك كم كما كن
  enclitic1: 256, // ي ني نا
};
const ENCLITIC_CLASSES = [
  [FLAG.enclitic3, ['ه', 'ها', 'هم']],
  [FLAG.enclitic2, ['ك', 'كم']],
  [FLAG.enclitic1, ['ي', 'ني', 'نا']],
];

export function sourceInfo() {
  const require = createRequire(join(import.meta.dirname, '..', 'package.json'));
  const dir = dirname(require.resolve('@cspell/dict-ar/cspell-ext.json'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, version: pkg.version, name: pkg.name, licence: pkg.license };
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const HARAKAT = /[\u064B-\u0652\u0670]/g;
const STACKS = new Set(PROCLITIC_STACKS);

/** The source trie (about 2.5 s to import). */
export function loadSource() {
  const { dir } = sourceInfo();
  return importTrie(
    gunzipSync(readFileSync(join(dir, 'ar.trie.gz')))
      .toString('utf8')
      .split('\n'),
  );
}

/** First letters of the source's forms, the busiest (proclitic letters) first, «~» (folded duplicates) left out. */
export function firstLetters(root) {
  const letters = [...Object.keys(root.c ?? {})].filter((ch) => ch !== '~');
  const busy = [...'وفبلكأاسمتين'];
  return [...busy.filter((ch) => letters.includes(ch)), ...letters.filter((ch) => !busy.includes(ch)).sort()];
}

/** Stage 1 for the forms that start with `letter`: [form, flags] pairs, unsorted. */
export function extractLetter(root, letter) {
  const known = (w) => hasWord(root, w);
  const node = root.c[letter];
  const out = [];
  if (!node) return out;
  for (const tail of iteratorTrieWords(node)) {
    // The source is looked up as written; the form is stored without harakat, as the run-time
    // look-up drops them: «بياناً» (with «وبياناً», «لبياناً»…) is the form «بيانا».
    const raw = letter + tail;
    const word = raw.replace(HARAKAT, '');
    if (!ARABIC_WORD.test(word)) continue;
    if (reducible(raw, known) || isInterrogative(raw, known)) continue;
    out.push([word, flagsOf(raw, known)]);
  }
  return out;
}

/**
 * Stage 3 for the forms that start with `letter`: [form, flags] for each source
 * form (harakat dropped, interrogative forms left out as in stage 1) that
 * `has` (the run-time look-up on the compiled automaton) does not know.
 */
export function missingLetter(root, letter, has) {
  const known = (w) => hasWord(root, w);
  const node = root.c[letter];
  const out = [];
  if (!node) return out;
  for (const tail of iteratorTrieWords(node)) {
    const raw = letter + tail;
    const word = raw.replace(HARAKAT, '');
    if (!ARABIC_WORD.test(word) || has(word) || isInterrogative(raw, known)) continue;
    out.push([word, flagsOf(raw, known)]);
  }
  return out;
}

/**
 * Does a segmentation of `cliticCandidates` (same stacks, enclitics and ة/ى
 * restoration as @bayan/arabic) leave a stem the source knows, such that the
 * run-time analysis can still rebuild the word's own clitic forms from that
 * stem? «وبالحكومة» → حكومة: yes. «وزارة» → و + زارة: no, because
 * «الوزارة» and «ووزارة» cannot be read as clitics on «زارة» (ال never
 * follows و, و never doubles): «وزارة» is kept. Likewise a word read as
 * stem + pronoun («وجه» = وج + ه) is kept when it takes the article or a
 * pronoun itself. Written out without candidate objects: it runs on ~60 M forms.
 */
function reducible(word, known) {
  const max = Math.min(4, word.length - 2);
  for (let k = max; k >= 1; k--) {
    const stack = word.slice(0, k);
    if (!STACKS.has(stack)) continue;
    const rest = word.slice(k);
    if (!known(rest) && encliticStem(rest, known) === undefined) continue;
    // The word's own extensions must stay derivable from the stem.
    if (!stack.includes('ال') && !stack.endsWith('لل') && known(`ال${word}`)) return false;
    if ((stack[0] === 'و' || stack[0] === 'ف') && known(`و${word}`)) return false;
    return true;
  }
  const stem = encliticStem(word, known);
  if (stem === undefined) return false;
  // «تنتهي» is not تنته + ي: it takes the future marker, its jussive does not.
  for (const proclitic of ['ال', 'س', 'و', 'ب', 'ل']) {
    if (known(proclitic + word) && !known(proclitic + stem)) return false;
  }
  return !known(`${surface(word)}ها`);
}

/** The first known stem left by removing an enclitic (with ة/ى restored), if any. */
function encliticStem(rest, known) {
  for (const enclitic of ENCLITICS) {
    if (rest.length - enclitic.length < 2 || !rest.endsWith(enclitic)) continue;
    for (const stem of restoreStemEnd(rest.slice(0, -enclitic.length))) if (known(stem)) return stem;
  }
  return undefined;
}

function restoreStemEnd(stem) {
  const last = stem[stem.length - 1];
  if (last === 'ت') return [`${stem.slice(0, -1)}ة`, stem];
  if (last === 'ي') return [`${stem.slice(0, -1)}ى`, stem];
  return [stem];
}

/**
 * A form made of the interrogative hamza and another form of the source
 * («أتجريعاتك», «أفبالمكافحة», «آلأخطرين» = أ + الأخطرين). A real word that
 * starts with أ takes و or the article itself («وأعلن», «الأولياء»); an
 * interrogative form never does, so those are kept.
 */
function isInterrogative(word, known) {
  let rest;
  if (word[0] === 'أ') rest = word.slice(1);
  else if (word[0] === 'آ') rest = `ا${word.slice(1)}`;
  else return false;
  if (rest.length < 2 || !known(rest)) return false;
  return !known(`و${word}`) && !known(`ال${word}`);
}

function surface(base) {
  const last = base[base.length - 1];
  if (last === 'ة') return base.slice(0, -1) + 'ت';
  if (last === 'ى') return base.slice(0, -1) + 'ي';
  return base;
}

function flagsOf(w, known) {
  let f = 0;
  if (known(`و${w}`) || known(`ف${w}`)) f |= FLAG.conj;
  if (known(`ب${w}`)) f |= FLAG.bi;
  if (known(`ل${w}`)) f |= FLAG.li;
  if (known(`ك${w}`)) f |= FLAG.ka;
  if (known(`س${w}`)) f |= FLAG.future;
  if (known(`ال${w}`)) f |= FLAG.article;
  const s = surface(w);
  for (const [bit, list] of ENCLITIC_CLASSES) {
    if (list.some((e) => known(s + e))) f |= bit;
  }
  return f;
}

// Seeded error injector for `pnpm eval:spelling`: one slip of a given class in
// one word of a sentence, chosen by a small deterministic generator
// (mulberry32), so every run measures the same slips.
import { derivedVerbForm } from '@bayan/lexicon';

export const CLASSES = ['ta-marbuta', 'alef-maqsura', 'hamza', 'madda', 'dad-za', 'dal-dhal', 'hamza-wasl'];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAMZA_SWAPS = { أ: ['ا', 'إ'], إ: ['ا', 'أ'], ؤ: ['و', 'ئ'], ئ: ['ي', 'ء'], ء: ['ئ', 'أ'] };

/** Every place in `word` where the class can slip: [index, replacement]. */
function slips(word, cls, lexicon) {
  const out = [];
  const last = word.length - 1;
  switch (cls) {
    case 'ta-marbuta':
      if (word[last] === 'ة') out.push([last, 'ه']);
      break;
    case 'alef-maqsura':
      if (word[last] === 'ى') out.push([last, 'ي']);
      if (word[last] === 'ي' && word.length >= 2) out.push([last, 'ى']);
      break;
    case 'hamza':
      for (let i = 0; i < word.length; i++) for (const to of HAMZA_SWAPS[word[i]] ?? []) out.push([i, to]);
      break;
    case 'madda':
      for (let i = 0; i < word.length; i++) if (word[i] === 'آ') out.push([i, 'ا']);
      break;
    case 'dad-za':
      for (let i = 0; i < word.length; i++) {
        if (word[i] === 'ض') out.push([i, 'ظ']);
        if (word[i] === 'ظ') out.push([i, 'ض']);
      }
      break;
    case 'dal-dhal':
      for (let i = 0; i < word.length; i++) {
        if (word[i] === 'د') out.push([i, 'ذ']);
        if (word[i] === 'ذ') out.push([i, 'د']);
      }
      break;
    case 'hamza-wasl': {
      const analysis = lexicon.analyse(word);
      if (!analysis || analysis.stem[0] !== 'ا' || !derivedVerbForm(analysis.stem)) break;
      const at = word.length - analysis.stem.length - (analysis.enclitic ? analysis.enclitic.length : 0);
      if (word.slice(at).startsWith(analysis.stem.slice(0, 3))) out.push([at, 'إ'], [at, 'أ']);
      break;
    }
  }
  return out;
}

/**
 * One slip of class `cls` in `sentence`, or null if no word allows one:
 * { text, start (offset of the word), wrongWord, rightWord }.
 */
export function inject(sentence, cls, seed, lexicon) {
  const random = mulberry32(seed * 31 + CLASSES.indexOf(cls));
  const places = [];
  const re = /[\u0621-\u064A]+/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    for (const [index, to] of slips(m[0], cls, lexicon)) places.push({ start: m.index, word: m[0], index, to });
  }
  if (places.length === 0) return null;
  const { start, word, index, to } = places[Math.floor(random() * places.length)];
  const wrongWord = word.slice(0, index) + to + word.slice(index + 1);
  return {
    text: sentence.slice(0, start) + wrongWord + sentence.slice(start + word.length),
    start,
    wrongWord,
    rightWord: word,
  };
}

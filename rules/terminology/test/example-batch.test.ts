import { describe, expect, it } from 'vitest';
import { baseDictionary, exampleEdits, exampleEditsAlone, houseStyles } from '../src/settings.js';

// Every shipped entry, and texts that reach for what lies around a term: quotes, qualifiers, dates and
// numbers, slash pairs, Latin names, clitics joined by tatweel or a quote, paragraphs, white space at the ends.
const entries = [...baseDictionary.entries, ...Object.values(houseStyles).flatMap((d) => d.entries)];
const shipped = entries.flatMap((entry) => entry.examples.flatMap((x) => [x.from, x.to]));
const tricky = [
  'ما يسمى بـ«الدولة الإسلامية» في سوريا. وقال: "داعش"!\n\nفقرة ثانية في 12 نوفمبر/تشرين الثاني 2024',
  'تنظيم الدولة المزعوم',
  '«تنظيم الدولة',
  'ISIS',
  'هاجم ISIS القرية',
  'لـداعش ولـ«تنظيم الدولة الإسلامية»',
  'لـداعش ولـتنظيم الدولة الإسلامية',
  'سوريا وسورية والحكومة السورية وأزمة سورية',
  'في شهر سبتمبر وفي 3 أيلول 2024 وسبتمبر/أيلول',
  'أيلول/سبتمبر',
  'مليار دولار وبليون جنيه إسترليني واسترليني وجنية',
  '  المملكة المتحدة وبريطانيا  ',
  'للمملكة المتحدة وللبريطانيين',
  'الدولة\n\nالإسلامية',
  'يونيو ويونيه',
  'دولة الخلافة',
  'أمريكي وأميركية والأمريكيين',
  '',
  'نص بلا مصطلح.',
];
const texts = [...shipped, ...tricky];

describe('dictionary examples checked in one stream', () => {
  it('give every entry, in every text, exactly the edits of the text matched alone', () => {
    const pairs = entries.flatMap((_, entry) => texts.map((text) => ({ entry, text })));
    // Not in entry order either: texts of one entry far apart, another entry in between.
    const order = pairs.map((_, k) => (k * 7919) % pairs.length);
    expect(new Set(order).size).toBe(pairs.length);
    const scrambled = order.map((k) => pairs[k]!);
    for (const batch of [pairs, scrambled]) {
      const edits = exampleEdits(entries, batch);
      const alone = batch.map(({ entry, text }) => exampleEditsAlone(entries, entry, text));
      expect(edits).toEqual(alone);
    }
    // The comparison is not empty: edits are found, with ranges relative to each text.
    const all = exampleEdits(entries, pairs);
    expect(all.filter((e) => e.length > 0).length).toBeGreaterThan(20);
    const daesh = entries.findIndex((e) => e.id === 'daesh');
    const k = pairs.findIndex((p) => p.entry === daesh && p.text === 'لـداعش ولـتنظيم الدولة الإسلامية');
    expect(all[k]).toEqual([{ range: [10, 32], text: 'داعش' }]);
  });
});

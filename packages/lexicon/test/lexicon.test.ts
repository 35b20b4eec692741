import { describe, expect, it } from 'vitest';
import { derivedVerbForm, FLAG, LEXICON_SOURCE, loadLexicon, shaddaVariants } from '../src/index.js';

const lexicon = loadLexicon();

describe('loadLexicon', () => {
  it('is decoded once and shared', () => {
    expect(loadLexicon()).toBe(lexicon);
  });

  it('names its source', () => {
    expect(LEXICON_SOURCE.name).toBe('@cspell/dict-ar (Ayaspell)');
    expect(LEXICON_SOURCE.version).toBe('1.1.7');
    expect(LEXICON_SOURCE.forms).toBeGreaterThan(500_000);
  });
});

describe('look-up', () => {
  it('knows clitic-free forms and their clitic classes', () => {
    expect(lexicon.hasForm('حكومة')).toBe(true);
    const flags = lexicon.flags('حكومة');
    for (const bit of [FLAG.conj, FLAG.bi, FLAG.li, FLAG.article, FLAG.enclitic3]) expect(flags & bit).toBe(bit);
    expect(lexicon.hasForm('وبالحكومة')).toBe(false); // stored without clitics
    expect(lexicon.flags('حكومه')).toBe(-1);
  });

  it('resolves proclitics and enclitics through @bayan/arabic', () => {
    expect(lexicon.analyse('وبالحكومة')).toEqual({
      proclitics: ['و', 'ب', 'ال'],
      stem: 'حكومة',
      enclitic: null,
      flags: lexicon.flags('حكومة'),
    });
    expect(lexicon.analyse('لحكومتهم')).toMatchObject({ proclitics: ['ل'], stem: 'حكومة', enclitic: 'هم' });
    expect(lexicon.analyse('وللمرحلة')).toMatchObject({ proclitics: ['و', 'ل', 'ال'], stem: 'مرحلة' });
    for (const word of [
      'وبالحكومة',
      'لحكومتهم',
      'الوزارة',
      'ذلك',
      'وذلك',
      'المرحلة',
      'مبادرة',
      'سياسة',
      'استمرت',
      'افتتح',
      'انسحابهم',
      'ارتفعت',
      'البرلمان',
    ]) {
      expect(lexicon.has(word), word).toBe(true);
    }
  });

  it('knows the imperfect of a derived defective verb through its past, with و/ف, س and ل (the build loses «تنتهي» to chained reductions)', () => {
    expect(lexicon.hasForm('تنتهي')).toBe(false);
    expect(lexicon.analyse('وستنتهي')).toEqual({
      proclitics: ['و', 'س'],
      stem: 'تنتهي',
      enclitic: null,
      flags: lexicon.flags('انتهى'),
    });
    for (const word of ['تنتهي', 'ينتهي', 'سينتهي', 'ستنتهي', 'لتنتهي', 'فسينتهي'])
      expect(lexicon.has(word), word).toBe(true);
    // never with the article or ب/ك, and only when the past is a known derived form
    for (const word of ['الينتهي', 'بتنتهي', 'ستنتهيي', 'ستمنتهي']) expect(lexicon.has(word), word).toBe(false);
  });

  it('ignores harakat and tatweel', () => {
    expect(lexicon.has('الحُكومَة')).toBe(true);
    expect(lexicon.has('الحكـومة')).toBe(true);
  });

  it('rejects slips, and clitics a stem does not take', () => {
    for (const word of ['المرحله', 'سياسه', 'إستمرت', 'إفتتح', 'إنسحابهم', 'إرتفعت', 'ذلكك', 'البرلمن', 'الحكومتها']) {
      expect(lexicon.has(word), word).toBe(false);
    }
  });

  it('does not know forms the source has only as the interrogative hamza before another word', () => {
    // «أجتماع» is أ + اجتماع (Ayaspell attests it with pronoun suffixes only), «أفبالمكافحة» أ + ف + ب + ال + مكافحة:
    // in prose they are the slip «أجتماع» for «اجتماع».
    for (const word of ['أجتماع', 'أجتماعه', 'أستثمارات', 'ألتزام', 'أنبعاثاتها', 'أفبالمكافحة'])
      expect(lexicon.analyse(word), word).toBeNull();
    // Real words in «أ» take و/ف, the article or another proclitic, and stay known.
    for (const word of ['أفتتح', 'وأختتم', 'أمس', 'أيضا', 'أولئك', 'أنا', 'الأكثر', 'أكثرهم'])
      expect(lexicon.has(word), word).toBe(true);
  });

  it('knows real words that are also slips: «مبادره» is مبادر + ه (a real-word error, for context rules)', () => {
    expect(lexicon.analyse('مبادره')).toMatchObject({ stem: 'مبادر', enclitic: 'ه' });
  });

  it('scores an indefinite accusative as its noun («آفاقا» as «آفاق»), above a rarer verb form', () => {
    expect(lexicon.frequency('آفاقا')).toBe(lexicon.frequency('آفاق'));
    expect(lexicon.frequency('آفاقا')).toBeGreaterThan(
      lexicon.flags('آفاقا') >= 0 ? 1 + [...lexicon.flags('آفاقا').toString(2)].filter((b) => b === '1').length : 0,
    );
  });

  it('scores attested forms above unknown ones', () => {
    expect(lexicon.frequency('المرحله')).toBe(0);
    expect(lexicon.frequency('الحكومة')).toBeGreaterThanOrEqual(8);
  });
});

describe('shadda placement', () => {
  it('finds a shadda where Arabic has none and removes it', () => {
    // تفاعُل has no doubled letter: a shadda on «و» after the long «ا», with «ن» after it
    expect([...shaddaVariants('تعاوّن')]).toEqual([
      { text: 'تعاون', kind: 'shadda', index: 4, actual: '\u0651', expected: '' },
    ]);
    expect(lexicon.candidates('تعاوّن')).toEqual([
      {
        text: 'تعاون',
        kind: 'shadda',
        index: 4,
        actual: '\u0651',
        expected: '',
        frequency: lexicon.frequency('تعاون'),
      },
    ]);
    // harakat elsewhere are kept; the index is in the word as written
    expect([...shaddaVariants('التَّعاوُّن')].map((v) => [v.text, v.index])).toEqual([['التَّعاوُن', 9]]);
    // on the first letter, on alif / alif maqsura / ta marbuta, right after another shadda
    expect([...shaddaVariants('ّمدرسة')]).toEqual([]); // a mark before any letter carries nothing
    expect([...shaddaVariants('مّدرسة')].map((v) => v.text)).toEqual(['مدرسة']);
    expect([...shaddaVariants('كتاّب')].map((v) => v.text)).toEqual(['كتاب']);
    expect([...shaddaVariants('مدرسةّ')].map((v) => v.text)).toEqual(['مدرسة']);
    expect([...shaddaVariants('مصطفىّ')].map((v) => v.text)).toEqual(['مصطفى']);
    expect([...shaddaVariants('شدّّة')].map((v) => v.index)).toEqual([]); // two marks on one letter: the first counts
    expect([...shaddaVariants('مّدّ')].map((v) => v.text)).toEqual(['مدّ', 'مّد']);
  });

  it('leaves shaddas where Arabic has them', () => {
    for (const word of [
      'الشّمس',
      'تعوّد',
      'مدّد',
      'عامّة',
      'خاصّة',
      'مهامّها',
      'الحاجّ',
      'عامّا',
      'مادّتها',
      'استمرّ',
      'تضادّات',
      'كتّاب',
      'الضالّين',
      'تحاجّوا',
      'حاجّت',
      'الّذي',
      'والّذين',
      'فالّتي',
      'اللّه',
      'إلّا',
      'ممّا',
      'كلّ',
      'الدّوليّة',
      'الصّحّة',
    ]) {
      expect([...shaddaVariants(word)], word).toEqual([]);
    }
    expect([...shaddaVariants('تعاون')]).toEqual([]);
  });
});

describe('candidates', () => {
  it('finds the letter-class variant and says which letter changes', () => {
    const [first] = lexicon.candidates('المرحله');
    expect(first).toMatchObject({ text: 'المرحلة', kind: 'ta-marbuta', index: 6, actual: 'ه', expected: 'ة' });
    expect(lexicon.candidates('مستشفي', { edits: false })[0]).toMatchObject({ text: 'مستشفى', kind: 'alef-maqsura' });
    expect(lexicon.candidates('محافضة', { edits: false })[0]).toMatchObject({
      text: 'محافظة',
      kind: 'dad-za',
      actual: 'ض',
      expected: 'ظ',
    });
    expect(lexicon.candidates('تنفيد', { edits: false })[0]).toMatchObject({ text: 'تنفيذ', kind: 'dal-dhal' });
    expect(lexicon.candidates('الاف', { edits: false }).map((c) => c.text)).toContain('آلاف');
    expect(lexicon.candidates('مسؤلية').map((c) => c.text)).toContain('مسؤولية');
  });

  it('finds single-letter edits after the letter classes', () => {
    expect(lexicon.candidates('ذلكك').map((c) => [c.text, c.kind])).toContainEqual(['ذلك', 'extra-letter']);
    expect(lexicon.candidates('البرلمن').map((c) => [c.text, c.kind])).toContainEqual(['البرلمان', 'missing-letter']);
    expect(lexicon.candidates('المرحله', { edits: false }).every((c) => c.kind === 'ta-marbuta')).toBe(true);
  });
});

describe('derived verb forms and hamzat al-wasl', () => {
  it('recognises forms VII–X by shape', () => {
    expect(derivedVerbForm('انطلق')).toBe('VII');
    expect(derivedVerbForm('انسحاب')).toBe('VII');
    expect(derivedVerbForm('افتتح')).toBe('VIII');
    expect(derivedVerbForm('ارتفعت')).toBe('VIII');
    expect(derivedVerbForm('اضطر')).toBe('VIII');
    expect(derivedVerbForm('احمرار')).toBe('IX');
    expect(derivedVerbForm('اعلن')).toBeUndefined(); // four letters: a missing hamza, not IX by shape
    expect(derivedVerbForm('استمرت')).toBe('X');
    expect(derivedVerbForm('استخدام')).toBe('X');
    expect(derivedVerbForm('كتاب')).toBeUndefined();
  });

  it('finds a hamza on the wasl alif of any verb of these forms, with clitics', () => {
    expect(lexicon.hamzaWasl('إستمرت')).toEqual({ text: 'استمرت', form: 'X', index: 0 });
    expect(lexicon.hamzaWasl('إفتتح')).toEqual({ text: 'افتتح', form: 'VIII', index: 0 });
    expect(lexicon.hamzaWasl('إنسحابهم')).toEqual({ text: 'انسحابهم', form: 'VII', index: 0 });
    expect(lexicon.hamzaWasl('أنطلقت')).toMatchObject({ text: 'انطلقت', form: 'VII' });
    expect(lexicon.hamzaWasl('وبالإرتفاع')).toEqual({ text: 'وبالارتفاع', form: 'VIII', index: 4 });
    // with «أ», which the source also has as the interrogative hamza before the word
    expect(lexicon.hamzaWasl('أجتماعه')).toEqual({ text: 'اجتماعه', form: 'VIII', index: 0 });
    expect(lexicon.hamzaWasl('أستثمارات')).toEqual({ text: 'استثمارات', form: 'X', index: 0 });
  });

  it('leaves form IV and other real hamzas alone (names of that shape, إسترليني، إستونيا, are the rule’s exceptions)', () => {
    for (const word of ['إنتاج', 'إنشاء', 'إعلان', 'أكد', 'إيطاليا', 'انتاج', 'إعلن'])
      expect(lexicon.hamzaWasl(word), word).toBeNull();
  });
});

describe('numberForms', () => {
  it('lists the known sound dual and plural of a noun, and the singular of a plural', () => {
    const forms = lexicon.numberForms('مدرسة');
    expect(forms.dual).toEqual(expect.arrayContaining(['مدرستان', 'مدرستين']));
    expect(forms.plural).toContain('مدرسات');
    expect(lexicon.numberForms('مهندسون').singular).toContain('مهندس');
  });
});

describe('segmentation', () => {
  it('matches @bayan/arabic’s clitic candidates', async () => {
    const { cliticCandidates } = await import('@bayan/arabic');
    // every stack of @bayan/arabic reads the same here: compare on words whose stem is known
    for (const word of ['وبالحكومة', 'فللمرحلة', 'وكالمرحلة', 'سيستمر', 'وسيستمر', 'لحكومتهم', 'وبحكومتها', 'عليها']) {
      const analysis = lexicon.analyse(word)!;
      const same = cliticCandidates(word).some(
        (c) =>
          c.stem === analysis.stem &&
          c.enclitic === analysis.enclitic &&
          c.proclitics.join() === analysis.proclitics.join(),
      );
      expect(same, word).toBe(true);
    }
  });
});

// Synthetic Arabic press-release text for benchmarks: sentences assembled
// from a handwritten vocabulary with a seeded generator, so every run (and
// every machine) measures the same input. Mixes clitics, numbers of all three
// digit systems, Latin names, URLs, quotes and punctuation like real releases.
const openers = [
  'أعلنت الوزارة',
  'قال المتحدث باسم الحكومة',
  'وأكد الوزير',
  'وأشار البيان',
  'ورحبت السفارة',
  'وقدمت المملكة المتحدة',
  'وشارك الوفد',
];
const middles = [
  'دعما جديدا لجهود الاستقرار في المنطقة',
  'أن التحالف الدولي ضد داعش حقق تقدما كبيرا',
  'مبلغ 4.3 مليار جنيه إسترليني للمساعدات الإنسانية',
  'تمويلا قدره ١٢٠٬٠٠٠ دولار أمريكي لدعم المجتمعات المتضررة',
  'برنامجا تدريبيا بعنوان «Global Coalition Summit» في العاصمة',
  'أن 87 عضوا يشكلون التحالف، وأن الاجتماع سيعقد في سبتمبر 2024',
  'بالتعاون مع منظمة UNICEF ومكتب الأمم المتحدة',
  'أن نسبة المشاركة بلغت 45% من إجمالي المسجلين',
  'خطة عمل للأعوام ۲۰۲۴ و2025 لتعزيز الأمن والاستقرار',
  'أن التفاصيل متاحة على https://example.org/ar/news و #بيان_صحفي',
];
const closers = ['.', '.', '؟', '!', '…', '.'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function arabicCorpus(bytes, seed = 42) {
  const next = rng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = [];
  let size = 0;
  let sentences = 0;
  while (size < bytes) {
    const s = `${pick(openers)} ${pick(middles)}${pick(closers)}`;
    sentences++;
    const piece = sentences % 6 === 0 ? `${s}\n\n` : `${s} `;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** n distinct made-up terms (one to three words), plus the real ones the corpus contains. */
export function syntheticTerms(n, seed = 7) {
  const next = rng(seed);
  const word = () =>
    Array.from({ length: 3 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join('');
  const real = [
    'داعش',
    'التحالف الدولي',
    'المملكة المتحدة',
    'جنيه إسترليني',
    'الأمم المتحدة',
    'دولار أمريكي',
    'الاستقرار',
    'سبتمبر',
  ];
  const terms = real.slice(0, Math.min(n, real.length)).map((text, i) => ({ id: `real-${i}`, text }));
  const seen = new Set(terms.map((t) => t.text));
  while (terms.length < n) {
    const words = Array.from({ length: 1 + Math.floor(next() * 3) }, word).join(' ');
    if (seen.has(words)) continue;
    seen.add(words);
    terms.push({ id: `t-${terms.length}`, text: words });
  }
  return terms;
}

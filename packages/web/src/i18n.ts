/** The page's own words, in Arabic (default) and English. Findings come localised from the engine. */
import type { Locale, Severity } from '@bayan/core';
import { AR, arCount, enCount } from './plural.js';

const ar = {
  title: 'بيان: مدقق البيانات الصحفية',
  skip: 'انتقل إلى نص المسودة',
  intro:
    'الصق مسودة البيان أو افتح ملفًا (txt أو md أو html أو docx). يجري الفحص كله في متصفحك، ولا يُرسل النص إلى أي مكان.',
  language: 'English',
  languageLabel: 'Switch the interface to English',
  options: 'الخيارات',
  preset: 'مجموعة القواعد',
  presetNames: { recommended: 'الموصى بها', strict: 'الصارمة' } as Record<string, string>,
  styleDefault: '(كما في المجموعة)',
  dictionary: (pack: string) => `قاموس الدار (${pack})، ملف YAML`,
  dictionaryLoaded: (file: string) => `القاموس المحمّل: ${file}`,
  dictionaryRemove: 'إزالة القاموس',
  format: 'نوع المسودة',
  formats: { text: 'نص عادي', markdown: 'Markdown', html: 'HTML' } as Record<string, string>,
  draft: 'نص المسودة',
  open: 'فتح ملف',
  openHint: 'txt أو md أو html أو docx',
  docxNote: 'ملف Word: يظهر نصه هنا ويُفحص بصيغة HTML. يُحمَّل النص المصحح بصيغة txt، لأن بيان لا يكتب ملفات docx.',
  problems: 'المشكلات',
  noProblems: 'لا مشكلات. أحسنت!',
  checking: 'جارٍ الفحص…',
  checked: (ms: number) => `فُحص في ${Math.round(ms)} ملّي ثانية`,
  summary: 'الملخص حسب مجموعة القواعد',
  fixAll: 'تطبيق كل الإصلاحات الآمنة',
  fixAllDone: (n: number) => `طُبِّق ${arCount(n, AR.fixes)}.`,
  copy: 'نسخ النص المصحح',
  copied: 'نُسخ النص.',
  copyFailed: 'تعذّر النسخ إلى الحافظة؛ حدّد النص وانسخه يدويًّا.',
  download: 'تنزيل النص',
  fix: 'إصلاح',
  suggestion: 'اقتراح',
  doc: 'شرح القاعدة',
  closeDoc: 'إغلاق الشرح',
  at: (line: number, column: number) => `السطر ${line}، العمود ${column}`,
  severity: { error: 'خطأ', warning: 'تنبيه', info: 'ملاحظة' } as Record<Severity, string>,
  inMarkup: 'في وسوم المستند',
  delete: '(حذف)',
  insert: '(إدراج)',
  count: (n: number) => arCount(n, AR.problems),
  breakdown: (e: number, w: number, i: number) =>
    [arCount(e, AR.errors), arCount(w, AR.warnings), ...(i > 0 ? [arCount(i, AR.infos)] : [])].join('، '),
  error: (message: string) => `خطأ: ${message}`,
  fileError: (name: string, message: string) => `تعذّر فتح الملف «${name}»: ${message}`,
  unsupported: 'نوع الملف غير مدعوم. الأنواع المدعومة: txt وmd وhtml وdocx.',
  a11yLoading: 'جارٍ فحص إتاحة HTML…',
  packNames: {
    orthography: 'الإملاء',
    punctuation: 'الترقيم',
    terminology: 'المصطلحات',
    numbers: 'الأعداد',
    rtl: 'الاتجاه من اليمين إلى اليسار',
    a11y: 'الإتاحة',
    grammar: 'النحو',
    bayan: 'بيان',
  } as Record<string, string>,
};

type Words = typeof ar;

const en: Words = {
  title: 'Bayan: press release checker',
  skip: 'Skip to the draft text',
  intro:
    'Paste a draft or open a file (txt, md, html or docx). Everything is checked in your browser; the text is sent nowhere.',
  language: 'العربية',
  languageLabel: 'التبديل إلى الواجهة العربية',
  options: 'Options',
  preset: 'Rule set',
  presetNames: { recommended: 'recommended', strict: 'strict' },
  styleDefault: '(as in the rule set)',
  dictionary: (pack) => `House dictionary (${pack}), a YAML file`,
  dictionaryLoaded: (file) => `Dictionary loaded: ${file}`,
  dictionaryRemove: 'Remove the dictionary',
  format: 'Draft format',
  formats: { text: 'Plain text', markdown: 'Markdown', html: 'HTML' },
  draft: 'Draft text',
  open: 'Open a file',
  openHint: 'txt, md, html or docx',
  docxNote:
    'Word file: its text is shown here and checked as HTML. The fixed text downloads as .txt: Bayan does not write .docx files.',
  problems: 'Problems',
  noProblems: 'No problems. Well done!',
  checking: 'Checking…',
  checked: (ms) => `Checked in ${Math.round(ms)} ms`,
  summary: 'Summary by rule pack',
  fixAll: 'Apply all safe fixes',
  fixAllDone: (n) => `Applied ${enCount(n, 'fix', 'fixes')}.`,
  copy: 'Copy the fixed text',
  copied: 'Text copied.',
  copyFailed: 'Could not copy to the clipboard; select the text and copy it by hand.',
  download: 'Download the text',
  fix: 'Fix',
  suggestion: 'Suggestion',
  doc: 'Rule documentation',
  closeDoc: 'Close the documentation',
  at: (line, column) => `line ${line}, column ${column}`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  inMarkup: 'in the document’s markup',
  delete: '(delete)',
  insert: '(insert)',
  count: (n) => enCount(n, 'problem', 'problems'),
  breakdown: (e, w, i) =>
    [enCount(e, 'error', 'errors'), enCount(w, 'warning', 'warnings'), ...(i > 0 ? [`${i} info`] : [])].join(', '),
  error: (message) => `Error: ${message}`,
  fileError: (name, message) => `Could not open “${name}”: ${message}`,
  unsupported: 'Unsupported file type. Supported: txt, md, html, docx.',
  a11yLoading: 'Checking HTML accessibility…',
  packNames: {},
};

export const WORDS: Record<Locale, Words> = { ar, en };
export type { Words };

/** A pack's name for people: Arabic names for the packs Bayan ships, the id for any other. */
export function packLabel(pack: string, locale: Locale): string {
  return WORDS[locale].packNames[pack] ?? pack;
}

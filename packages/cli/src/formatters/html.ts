/**
 * `--format html`: one self-contained, right-to-left HTML report that an
 * editor opens in any browser and a CI job keeps as an artifact. Each file's
 * text is shown with its problems underlined by severity and listed beside it
 * in document order (the web checker's view), with no script at all: the
 * links between a problem and its place in the text are plain anchors.
 *
 * Nothing from a release is ever live markup: every character of text,
 * message, path and replacement goes through `escapeHtml`, and invisible
 * direction controls are shown as visible labels instead of being echoed raw
 * (they would reorder the report around them). A doc link is a link only when
 * it is an http(s) URL; a repository path is shown as text.
 */
import type { Finding, Locale, Severity } from '@bayan/core';
import { count, type Counts, type FileResult, type FormatContext, type Formatter } from '../result.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value: markup characters escaped, characters HTML cannot carry dropped. */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CONTROL_NAMES: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Escaped text with each bidi control shown as a visible label (never echoed raw). */
function showText(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(CONTROLS)) {
    out += escapeHtml(text.slice(at, m.index));
    const name = CONTROL_NAMES[m[0]]!;
    out += `<span class="ctl" title="U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}">${name}</span>`;
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

type PluralForms = Record<Intl.LDMLPluralRule, (n: string) => string>;

const AR_PLURALS = new Intl.PluralRules('ar');
/** A count with its noun in the form Arabic grammar asks for (zero, one, two, 3–10, 11–99, 100+). */
function arCount(n: number, forms: PluralForms): string {
  return forms[AR_PLURALS.select(n)](n.toLocaleString('ar-u-nu-latn'));
}

const PROBLEMS_AR: PluralForms = {
  zero: () => 'لا مشكلات',
  one: () => 'مشكلة واحدة',
  two: () => 'مشكلتان',
  few: (n) => `${n} مشكلات`,
  many: (n) => `${n} مشكلةً`,
  other: (n) => `${n} مشكلة`,
};
const ERRORS_AR: PluralForms = {
  zero: () => 'لا أخطاء',
  one: () => 'خطأ واحد',
  two: () => 'خطآن',
  few: (n) => `${n} أخطاء`,
  many: (n) => `${n} خطأً`,
  other: (n) => `${n} خطأ`,
};
const WARNINGS_AR: PluralForms = {
  zero: () => 'لا تنبيهات',
  one: () => 'تنبيه واحد',
  two: () => 'تنبيهان',
  few: (n) => `${n} تنبيهات`,
  many: (n) => `${n} تنبيهًا`,
  other: (n) => `${n} تنبيه`,
};
const FILES_AR: PluralForms = {
  zero: () => 'لا ملفات',
  one: () => 'ملف واحد',
  two: () => 'ملفان',
  few: (n) => `${n} ملفات`,
  many: (n) => `${n} ملفًا`,
  other: (n) => `${n} ملف`,
};

const en = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  ar: {
    title: 'تقرير بيان',
    error: 'خطأ',
    warning: 'تنبيه',
    info: 'ملاحظة',
    fix: 'الإصلاح',
    suggestion: 'اقتراح',
    delete: '(حذف)',
    insert: '(إدراج)',
    // Read right to left: what was written, then what replaces it.
    arrow: '←',
    doc: 'شرح القاعدة',
    problems: (n: number) => arCount(n, PROBLEMS_AR),
    errors: (n: number) => arCount(n, ERRORS_AR),
    warnings: (n: number) => arCount(n, WARNINGS_AR),
    files: (n: number) => arCount(n, FILES_AR),
    clean: 'لا مشكلات في هذا الملف.',
    unreadable: 'تعذرت قراءة الملف.',
    checked: (files: string, problems: string) => `فُحص ${files}، وفيها ${problems}.`,
    byPack: 'حسب مجموعة القواعد',
    list: 'المشكلات بترتيب ورودها في النص',
    text: 'النص',
    at: (line: number, column: number) => `السطر ${line}، العمود ${column}`,
    generated: (version: string) => `أنشأه بيان ${version}. التقرير لا يحتاج إلى أي برنامج نصي.`,
  },
  en: {
    title: 'Bayan report',
    error: 'error',
    warning: 'warning',
    info: 'info',
    fix: 'fix',
    suggestion: 'suggestion',
    delete: '(delete)',
    insert: '(insert)',
    arrow: '→',
    doc: 'rule documentation',
    problems: (n: number) => en(n, 'problem', 'problems'),
    errors: (n: number) => en(n, 'error', 'errors'),
    warnings: (n: number) => en(n, 'warning', 'warnings'),
    files: (n: number) => en(n, 'file', 'files'),
    clean: 'No problems in this file.',
    unreadable: 'The file could not be read.',
    checked: (files: string, problems: string) => `Checked ${files}: ${problems}.`,
    byPack: 'By rule pack',
    list: 'Problems in the order they appear in the text',
    text: 'Text',
    at: (line: number, column: number) => `line ${line}, column ${column}`,
    generated: (version: string) => `Made by Bayan ${version}. The report needs no script.`,
  },
} satisfies Record<Locale, unknown>;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The text cut at every start and end of a finding; each piece knows the
 * findings that cover it (its underline takes the most severe one). Empty
 * findings (an insertion point) become a marker before the piece at that offset.
 */
export interface Piece {
  start: number;
  end: number;
  /** Indexes of the findings covering the piece. */
  covering: number[];
  /** Indexes of the findings that start here (anchors for the list's links). */
  starting: number[];
}

export function pieces(text: string, findings: readonly Finding[]): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const starts = findings.map((f) => clamp(f.place.start.offset));
  const ends = findings.map((f) => clamp(f.place.end.offset));
  const sorted = [...new Set<number>([0, text.length, ...starts, ...ends])].sort((a, b) => a - b);
  // One sweep over the cuts (a finding's start and end are cuts, so it covers a piece exactly when it
  // starts at or before it and ends at or after it): linear in cuts and findings while few overlap,
  // where checking every finding at every cut took minutes on the 158,716 findings of a 50 MB text.
  const byStart = findings.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]! || a - b);
  let next = 0;
  let active: number[] = [];
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1] ?? start;
    const starting: number[] = [];
    while (next < byStart.length && starts[byStart[next]!] === start) starting.push(byStart[next++]!);
    active = active.filter((index) => ends[index]! > start);
    for (const index of starting) if (ends[index]! > start) active.push(index);
    const covering = active.length > 1 ? [...active].sort((a, b) => a - b) : [...active];
    if (end > start || starting.length > 0) out.push({ start, end, covering, starting });
  }
  return out;
}

/** The anchor of finding `i` in the text (and its marker when it is an insertion point). */
function anchor(fileIndex: number, f: Finding, i: number): string {
  return (
    `<a class="anchor" id="p${fileIndex}-${i}" href="#l${fileIndex}-${i}" aria-label="${escapeHtml(`${f.line}:${f.column}`)}">` +
    (f.place.start.offset === f.place.end.offset ? `<span class="insert sev-${f.severity}">▾</span>` : '') +
    '</a>'
  );
}

/** The opening of an underline over text that `covering` (in their order) cover. */
function markOpen(covering: readonly Finding[]): string {
  let sev: Severity = 'info';
  for (const f of covering) if (RANK[f.severity] > RANK[sev]) sev = f.severity;
  const titles = covering.map((f) => f.message).join('\n');
  return `<mark class="sev-${sev}" title="${escapeHtml(titles)}">`;
}

function renderText(fileIndex: number, text: string, findings: readonly Finding[]): string {
  let out = '';
  for (const piece of pieces(text, findings)) {
    for (const i of piece.starting) out += anchor(fileIndex, findings[i]!, i);
    const body = showText(text.slice(piece.start, piece.end));
    if (piece.covering.length === 0) out += body;
    else out += `${markOpen(piece.covering.map((i) => findings[i]!))}${body}</mark>`;
  }
  return out;
}

/** The text between two offsets, as String.prototype.slice gives it. */
export type Slicer = (start: number, end: number) => string;

function replacement(
  slice: Slicer,
  f: Finding,
  edit: { range: readonly [number, number]; text: string },
  w: (typeof WORDS)[Locale],
): string {
  const start = Math.min(f.place.start.offset, edit.range[0]);
  const end = Math.max(f.place.end.offset, edit.range[1]);
  const before = slice(start, end);
  const after = slice(start, edit.range[0]) + edit.text + slice(edit.range[1], end);
  const shownBefore = before === '' ? w.insert : showText(before);
  const shownAfter = after === '' ? w.delete : showText(after);
  return `<del><bdi>${shownBefore}</bdi></del> ${w.arrow} <ins><bdi>${shownAfter}</bdi></ins>`;
}

function docLink(url: string | undefined, w: (typeof WORDS)[Locale]): string {
  if (!url) return '';
  if (/^https?:\/\//i.test(url)) return ` <a class="doc" href="${escapeHtml(url)}">${w.doc}</a>`;
  return ` <span class="doc">${w.doc}: <code dir="ltr">${escapeHtml(url)}</code></span>`;
}

/** Finding `i` in the list beside the text. */
function listItem(fileIndex: number, slice: Slicer, f: Finding, i: number, w: (typeof WORDS)[Locale]): string {
  const edits: string[] = [];
  if (f.fix) edits.push(`<li><span class="kind">${w.fix}</span> ${replacement(slice, f, f.fix, w)}</li>`);
  for (const s of f.suggestions ?? [])
    edits.push(
      `<li><span class="kind">${w.suggestion}</span> ${replacement(slice, f, s.fix, w)} <span class="why">${showText(s.message)}</span></li>`,
    );
  return [
    `<li id="l${fileIndex}-${i}" class="problem sev-${f.severity}">`,
    `<a href="#p${fileIndex}-${i}" class="where">${w.at(f.line, f.column)}</a> `,
    `<span class="severity">${w[f.severity]}</span> `,
    `<span class="message">${showText(f.message)}</span> `,
    `<code class="rule" dir="ltr">${escapeHtml(f.ruleId)}</code>`,
    docLink(f.url, w),
    edits.length > 0 ? `<ul class="edits">${edits.join('')}</ul>` : '',
    '</li>',
  ].join('');
}

/** Each rule pack's findings: how many, and how many errors and warnings (first the pack seen first). */
export type PackCounts = Map<string, { total: number; counts: Counts }>;

/** Adds a finding to its pack's counts. */
export function countPack(packs: PackCounts, f: Finding): void {
  let entry = packs.get(f.source);
  if (!entry) packs.set(f.source, (entry = { total: 0, counts: count([]) }));
  entry.total++;
  const one = count([f]);
  for (const key of Object.keys(one) as (keyof Counts)[]) entry.counts[key] += one[key];
}

function packSummary(packs: PackCounts, w: (typeof WORDS)[Locale]): string {
  const rows = [...packs].map(
    ([pack, { total, counts: n }]) =>
      `<li><code dir="ltr">${escapeHtml(pack)}</code>: ${w.problems(total)} (${w.errors(n.errors)}، ${w.warnings(n.warnings)})</li>`,
  );
  return `<ul class="packs" aria-label="${w.byPack}">${rows.join('')}</ul>`;
}

const STYLE = `
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Segoe UI",Tahoma,sans-serif;margin:0 auto;max-width:80rem;padding:1rem;line-height:1.9;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-block-end:1px solid #bbb}
.file{margin-block:2rem}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem}
@media (max-width:50rem){.columns{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #ccc;padding:1rem;margin:0;font:inherit;background:#fcfcfc}
mark{background:none;color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.35em}
mark.sev-error{text-decoration-color:#c00;text-decoration-style:wavy}
mark.sev-warning{text-decoration-color:#b36b00;text-decoration-style:wavy}
mark.sev-info{text-decoration-color:#1f5fbf;text-decoration-style:dotted}
.insert.sev-error{color:#c00}.insert.sev-warning{color:#b36b00}.insert.sev-info{color:#1f5fbf}
.anchor{text-decoration:none}
.ctl{font:0.75em monospace;border:1px solid #888;padding:0 .2em;color:#555}
.problems{padding-inline-start:1.5rem}.problem{margin-block-end:.8rem}
.severity{font-weight:bold}.sev-error .severity{color:#c00}.sev-warning .severity{color:#8a5200}.sev-info .severity{color:#1f5fbf}
.rule{font-size:.85em;color:#444}
del{color:#a00}ins{color:#060;text-decoration:none;font-weight:bold}
.why{color:#444;font-size:.9em}
a:focus,a:target,li:target{outline:3px solid #1f5fbf;outline-offset:2px}
footer{color:#555;font-size:.9em;margin-block-start:2rem}
`;

/** The parts of the report (`html` joins them; phases/report-stream.ts writes them as it goes). */
export function htmlPieces(ctx: FormatContext) {
  const w = WORDS[ctx.locale];
  const dir = ctx.locale === 'ar' ? 'rtl' : 'ltr';
  const heading = (displayPath: string, fileIndex: number) =>
    `<h2 id="f${fileIndex}"><bdi>${showText(displayPath)}</bdi></h2>`;
  return {
    /** Up to the first file's section (`files` files, `problems` problems in all). */
    head: (files: number, problems: number) =>
      [
        '<!doctype html>',
        `<html lang="${ctx.locale}" dir="${dir}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // The report is static: no script may run and nothing may be fetched, whatever a release contains.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>${w.title}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        `<header><h1>${w.title}</h1><p>${w.checked(w.files(files), w.problems(problems))}</p></header>`,
        '<main>',
        '',
      ].join('\n'),
    /** After the last file's section. */
    tail: ['</main>', `<footer>${escapeHtml(w.generated(ctx.version))}</footer>`, '</body>', '</html>', ''].join('\n'),
    /** A file's whole section (its findings and text in memory). */
    section(r: FileResult, fileIndex: number): string {
      const text = r.output ?? r.source;
      if (r.findings.length === 0) return this.clean(r.displayPath, fileIndex, text === '');
      const packs: PackCounts = new Map();
      for (const f of r.findings) countPack(packs, f);
      const slice: Slicer = (start, end) => text.slice(start, end);
      return [
        this.open(r.displayPath, fileIndex, r.findings.length, packs),
        renderText(fileIndex, text, r.findings),
        this.between,
        r.findings.map((f, i) => listItem(fileIndex, slice, f, i, w)).join('\n'),
        this.close,
      ].join('');
    },
    /** The section of a file without findings (`empty`: the file could not be read). */
    clean: (displayPath: string, fileIndex: number, empty: boolean) =>
      `<section class="file" aria-labelledby="f${fileIndex}">${heading(displayPath, fileIndex)}<p>${empty ? w.unreadable : w.clean}</p></section>`,
    /** A section with findings up to its text: then the text, `between`, the list, `close`. */
    open: (displayPath: string, fileIndex: number, problems: number, packs: PackCounts) =>
      [
        `<section class="file" aria-labelledby="f${fileIndex}">`,
        heading(displayPath, fileIndex),
        `<p>${w.problems(problems)}</p>`,
        packSummary(packs, w),
        '<div class="columns">',
        `<div><h3>${w.text}</h3><pre class="text" dir="auto">`,
      ].join('\n'),
    /** Between a section's text and its list's items (each item after the first on a line of its own). */
    between: `</pre></div>\n<div><h3>${w.list}</h3><ol class="problems" aria-label="${w.list}">`,
    close: '</ol></div>\n</div></section>',
    anchor,
    markOpen,
    showText,
    listItem: (fileIndex: number, slice: Slicer, f: Finding, i: number) => listItem(fileIndex, slice, f, i, w),
  };
}

export type HtmlPieces = ReturnType<typeof htmlPieces>;

export const html: Formatter = (results: readonly FileResult[], ctx: FormatContext) => {
  const parts = htmlPieces(ctx);
  const problems = results.reduce((n, r) => n + r.findings.length, 0);
  return `${parts.head(results.length, problems)}${results.map((r, k) => `${parts.section(r, k)}\n`).join('')}${parts.tail}`;
};

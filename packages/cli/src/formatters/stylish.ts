/**
 * The default report: problems grouped by file, each on one line
 * (`line:column  severity  message  rule id`), then the offending text and
 * the replacement on the line below, then a summary.
 *
 * Arabic stays logical text. With `isolate` (the command sets it for every
 * stylish report: terminal, pipe or file), each field holding right-to-left
 * text is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, and each
 * «wrong → right» pair in LEFT-TO-RIGHT ISOLATE … PDI, so that a terminal or a
 * log viewer that applies the bidi algorithm keeps the columns in place and
 * shows the arrow pointing from the wrong text to the right one.
 */
import { createColors } from 'picocolors';
import type { Finding, Locale } from '@bayan/core';
import { arabicCount, NOUNS } from '../plural.js';
import { count, type FileResult, type FormatContext, type Formatter } from '../result.js';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const WORDS = {
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    fix: 'fix',
    suggestion: 'suggestion',
    delete: '(delete)',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    breakdown: (e: number, w: number, i: number) =>
      `(${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}${i > 0 ? `, ${i} info` : ''})`,
    fixable: (e: number, w: number) =>
      `${e} ${e === 1 ? 'error' : 'errors'} and ${w} ${w === 1 ? 'warning' : 'warnings'} potentially fixable with the \`--fix\` option.`,
  },
  ar: {
    error: 'خطأ',
    warning: 'تنبيه',
    info: 'ملاحظة',
    fix: 'إصلاح',
    suggestion: 'اقتراح',
    delete: '(حذف)',
    problems: (n: number) => arabicCount(n, NOUNS.problem),
    breakdown: (e: number, w: number, i: number) =>
      `(${arabicCount(e, NOUNS.error)}، ${arabicCount(w, NOUNS.warning)}${i > 0 ? `، ${arabicCount(i, NOUNS.info)}` : ''})`,
    fixable: (e: number, w: number) =>
      `يمكن إصلاح ${[e > 0 ? arabicCount(e, NOUNS.error) : '', w > 0 ? arabicCount(w, NOUNS.warning) : ''].filter(Boolean).join(' و')} تلقائيًّا بالخيار \`--fix\`.`,
  },
} satisfies Record<Locale, unknown>;

function isolate(text: string, on: boolean): string {
  return on && RTL.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * The report's own words and the messages are in the report's language: isolated in that direction
 * (a first-strong isolate would turn “قي” should be “في”. right to left because its first letter is Arabic).
 */
function isolateIn(text: string, on: boolean, locale: Locale): string {
  return on && RTL.test(text) ? `${locale === 'ar' ? '\u2067' : '\u2066'}${text}\u2069` : text;
}

/** A «before → after» pair, kept left to right as a whole around its isolated parts. */
function pair(text: string, on: boolean): string {
  return on && RTL.test(text) ? `\u2066${text}\u2069` : text;
}

/**
 * Bidi controls, invisible characters and other control characters from a
 * document (or a file name) would reorder or hide the report's own text on
 * screen: they are shown as visible escapes such as `<U+202E>`.
 */
const HIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

export function escapeHidden(text: string): string {
  return text.replace(HIDDEN, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Line breaks and tabs inside a shown excerpt would break the layout; hidden characters are escaped. */
function visible(text: string): string {
  return escapeHidden(text.replace(/\r?\n/g, '⏎').replace(/\t/g, '→'));
}

/** The stretch of text a finding covers, before and after an edit that overlaps it. */
function beforeAfter(
  source: string,
  f: Finding,
  edit: { range: readonly [number, number]; text: string },
): [string, string] {
  const start = Math.min(f.place.start.offset, edit.range[0]);
  const end = Math.max(f.place.end.offset, edit.range[1]);
  const before = source.slice(start, end);
  const after = source.slice(start, edit.range[0]) + edit.text + source.slice(edit.range[1], end);
  return [before, after];
}

export const stylish: Formatter = (results: readonly FileResult[], ctx: FormatContext) => {
  const c = createColors(ctx.color);
  const w = WORDS[ctx.locale];
  const iso = (s: string) => isolate(s, ctx.isolate);
  const own = (s: string) => isolateIn(s, ctx.isolate, ctx.locale);
  const out: string[] = [];
  const all: Finding[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    all.push(...r.findings);
    out.push('', c.underline(iso(visible(r.displayPath))));
    const width = Math.max(...r.findings.map((f) => `${f.line}:${f.column}`.length));
    const sevWidth = Math.max(...r.findings.map((f) => w[f.severity].length));
    for (const f of r.findings) {
      const where = c.dim(`${f.line}:${f.column}`.padEnd(width));
      const label = own(w[f.severity]) + ' '.repeat(sevWidth - w[f.severity].length);
      const sev = f.severity === 'error' ? c.red(label) : f.severity === 'warning' ? c.yellow(label) : c.blue(label);
      out.push(`  ${where}  ${sev}  ${own(visible(f.message))}  ${c.dim(f.ruleId)}`);
      const indent = ' '.repeat(width + 4);
      const edits: Array<[string, { range: readonly [number, number]; text: string }]> = [];
      if (f.fix) edits.push([w.fix, f.fix]);
      for (const s of f.suggestions ?? []) edits.push([w.suggestion, s.fix]);
      const text = r.output ?? r.source;
      if (edits.length > 0 && text) {
        for (const [kind, edit] of edits) {
          const [before, after] = beforeAfter(text, f, edit);
          const shown = after === '' ? w.delete : iso(visible(after));
          out.push(
            `${indent}${pair(`${c.red(iso(visible(before)))} → ${c.green(shown)}`, ctx.isolate)}  ${c.dim(`(${own(kind)})`)}`,
          );
        }
      } else if (f.actual) {
        const expected =
          f.expected === undefined
            ? ''
            : ` → ${f.expected.length === 0 ? w.delete : c.green(f.expected.map((e) => iso(visible(e))).join(' | '))}`;
        out.push(`${indent}${pair(`${c.red(iso(visible(f.actual)))}${expected}`, ctx.isolate)}`);
      }
    }
  }
  if (all.length === 0) return '';
  const n = count(all);
  const mark = n.errors > 0 ? c.red('✖') : c.yellow('⚠');
  out.push('', `${mark} ${c.bold(own(`${w.problems(all.length)} ${w.breakdown(n.errors, n.warnings, n.infos)}`))}`);
  if (n.fixableErrors + n.fixableWarnings > 0) out.push(`  ${own(w.fixable(n.fixableErrors, n.fixableWarnings))}`);
  return `${out.join('\n')}\n`;
};

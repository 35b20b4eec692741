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
import { count, type Counts, type FileResult, type FormatContext, type Formatter } from '../result.js';

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

/** An edit of a finding as the report shows it: its kind (fix or suggestion), the text before and after. */
export type Excerpt = [kind: 'fix' | 'suggestion', before: string, after: string];

/** The excerpts of a finding's fix and suggestions, taken from the text its offsets point into. */
export function excerptsOf(f: Finding, text: string): Excerpt[] {
  const out: Excerpt[] = [];
  if (f.fix) out.push(['fix', ...beforeAfter(text, f, f.fix)]);
  for (const s of f.suggestions ?? []) out.push(['suggestion', ...beforeAfter(text, f, s.fix)]);
  return out;
}

/**
 * The pieces of the report, each a list of lines: a file's heading, a finding's lines (`width` and
 * `sevWidth`: the widest place and severity label of the file), the summary. The report of a file
 * streamed from disk (big-file.ts) is written from the same pieces.
 */
export function stylishPieces(ctx: FormatContext) {
  const c = createColors(ctx.color);
  const w = WORDS[ctx.locale];
  const iso = (s: string) => isolate(s, ctx.isolate);
  const own = (s: string) => isolateIn(s, ctx.isolate, ctx.locale);
  return {
    heading: (displayPath: string): string[] => ['', c.underline(iso(visible(displayPath)))],
    placeWidth: (f: Finding): number => `${f.line}:${f.column}`.length,
    severityWidth: (severity: Finding['severity']): number => w[severity].length,
    finding(f: Finding, width: number, sevWidth: number, excerpts: readonly Excerpt[] | null): string[] {
      const out: string[] = [];
      const where = c.dim(`${f.line}:${f.column}`.padEnd(width));
      const label = own(w[f.severity]) + ' '.repeat(sevWidth - w[f.severity].length);
      const sev = f.severity === 'error' ? c.red(label) : f.severity === 'warning' ? c.yellow(label) : c.blue(label);
      out.push(`  ${where}  ${sev}  ${own(visible(f.message))}  ${c.dim(f.ruleId)}`);
      const indent = ' '.repeat(width + 4);
      if (excerpts && excerpts.length > 0) {
        for (const [kind, before, after] of excerpts) {
          const shown = after === '' ? w.delete : iso(visible(after));
          out.push(
            `${indent}${pair(`${c.red(iso(visible(before)))} → ${c.green(shown)}`, ctx.isolate)}  ${c.dim(`(${own(w[kind])})`)}`,
          );
        }
      } else if (f.actual) {
        const expected =
          f.expected === undefined
            ? ''
            : ` → ${f.expected.length === 0 ? w.delete : c.green(f.expected.map((e) => iso(visible(e))).join(' | '))}`;
        out.push(`${indent}${pair(`${c.red(iso(visible(f.actual)))}${expected}`, ctx.isolate)}`);
      }
      return out;
    },
    summary(n: Counts, total: number): string[] {
      const mark = n.errors > 0 ? c.red('✖') : c.yellow('⚠');
      const out = ['', `${mark} ${c.bold(own(`${w.problems(total)} ${w.breakdown(n.errors, n.warnings, n.infos)}`))}`];
      if (n.fixableErrors + n.fixableWarnings > 0) out.push(`  ${own(w.fixable(n.fixableErrors, n.fixableWarnings))}`);
      return out;
    },
  };
}

/** The lines of one file's findings (none for a file without findings). */
export function fileLines(r: FileResult, pieces: ReturnType<typeof stylishPieces>): string[] {
  if (r.findings.length === 0) return [];
  const out = pieces.heading(r.displayPath);
  const width = Math.max(...r.findings.map(pieces.placeWidth));
  const sevWidth = Math.max(...r.findings.map((f) => pieces.severityWidth(f.severity)));
  const text = r.output ?? r.source;
  for (const f of r.findings) out.push(...pieces.finding(f, width, sevWidth, text ? excerptsOf(f, text) : null));
  return out;
}

export const stylish: Formatter = (results: readonly FileResult[], ctx: FormatContext) => {
  const pieces = stylishPieces(ctx);
  const out: string[] = [];
  const all: Finding[] = [];
  for (const r of results) {
    all.push(...r.findings);
    out.push(...fileLines(r, pieces));
  }
  if (all.length === 0) return '';
  out.push(...pieces.summary(count(all), all.length));
  return `${out.join('\n')}\n`;
};

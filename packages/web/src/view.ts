/**
 * The page's view logic, pure and tested without a browser: where the
 * underlines go, the problem list in document order, the summary by pack,
 * and what a fix or "apply all safe fixes" does to the text.
 */
import { applyFixes, compareFindings, type Edit, type Finding, type Locale, type Severity } from '@bayan/core';
import { packLabel, WORDS } from './i18n.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A stretch of the draft between two finding boundaries, with the most severe finding covering it (or none). */
export interface Piece {
  start: number;
  end: number;
  severity?: Severity;
  /** Indexes (into the sorted findings) of the findings covering this piece. */
  covering: number[];
}

/** The draft cut at every finding boundary, for the underline layer. Empty findings cover the character after them. */
export function underlinePieces(textLength: number, findings: readonly Pick<Finding, 'place' | 'severity'>[]): Piece[] {
  const clamp = (n: number) => Math.max(0, Math.min(textLength, n));
  const spans = findings.map((f) => {
    const start = clamp(f.place.start.offset);
    let end = clamp(f.place.end.offset);
    if (end === start) end = clamp(start + 1);
    return { start, end, severity: f.severity };
  });
  const cuts = new Set<number>([0, textLength]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering: number[] = [];
    let severity: Severity | undefined;
    spans.forEach((s, index) => {
      if (s.start < end && s.end > start) {
        covering.push(index);
        if (!severity || RANK[s.severity] > RANK[severity]) severity = s.severity;
      }
    });
    const last = out[out.length - 1];
    // Neighbouring pieces with the same findings are one piece.
    if (last && last.covering.join() === covering.join()) last.end = end;
    else out.push({ start, end, covering, ...(severity ? { severity } : {}) });
  }
  return out;
}

/** The problems in document order (position, then rule id). */
export function inDocumentOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export interface PackRow {
  pack: string;
  label: string;
  errors: number;
  warnings: number;
  infos: number;
  /** The counts in words (Arabic plural forms in Arabic). */
  text: string;
}

/** Counts by pack, in the order the packs first appear in the draft. */
export function summaryByPack(findings: readonly Finding[], locale: Locale): PackRow[] {
  const w = WORDS[locale];
  const rows = new Map<string, PackRow>();
  for (const f of findings) {
    let row = rows.get(f.source);
    if (!row)
      rows.set(
        f.source,
        (row = { pack: f.source, label: packLabel(f.source, locale), errors: 0, warnings: 0, infos: 0, text: '' }),
      );
    if (f.severity === 'error') row.errors++;
    else if (f.severity === 'warning') row.warnings++;
    else row.infos++;
  }
  for (const row of rows.values())
    row.text = `${w.count(row.errors + row.warnings + row.infos)} (${w.breakdown(row.errors, row.warnings, row.infos)})`;
  return [...rows.values()];
}

/** The text with one edit made. */
export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

/** Every safe fix that does not overlap an earlier one (the CLI's --fix, one pass; the page re-lints after). */
export function applySafeFixes(text: string, findings: readonly Finding[]): { output: string; applied: number } {
  const { output, applied } = applyFixes(
    text,
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  );
  return { output, applied: applied.length };
}

/** What an edit changes around a finding: the text before and after, for a button's label. */
export function beforeAfter(text: string, f: Pick<Finding, 'place'>, edit: Edit): { before: string; after: string } {
  const start = Math.min(f.place.start.offset, edit.range[0]);
  const end = Math.max(f.place.end.offset, edit.range[1]);
  return {
    before: text.slice(start, end),
    after: text.slice(start, edit.range[0]) + edit.text + text.slice(edit.range[1], end),
  };
}

const CONTROL_NAMES: Record<string, string> = {
  '\u061C': 'ALM',
  '\u200B': 'ZWSP',
  '\u200C': 'ZWNJ',
  '\u200D': 'ZWJ',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2060': 'WJ',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\uFEFF': 'BOM',
};

/** A short stretch of draft for a label: invisible controls named, line breaks shown. Never echoes a bidi control raw. */
export function visible(text: string): string {
  return text
    .replace(/[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, (c) => `⟨${CONTROL_NAMES[c]}⟩`)
    .replace(/\r?\n/g, '⏎')
    .replace(/\t/g, '→');
}

/** Whether a doc URL may be a live link in the page (http or https only); others are shown through the doc panel. */
export function isWebUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** A repository doc path (`rules/<pack>/docs/<id>.md`) → the key of the bundled doc. */
export function docKey(url: string | undefined): string | undefined {
  const m = /^rules\/([a-z0-9-]+)\/docs\/([a-z0-9-]+)\.md$/.exec(url ?? '');
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** The file name to download the fixed text under. */
export function downloadName(name: string | undefined, format: string, fromDocx: boolean): string {
  const base = (name ?? 'bayan-draft').replace(/\.[^.]+$/, '') || 'bayan-draft';
  if (fromDocx) return `${base}.txt`;
  return `${base}.${format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt'}`;
}

/**
 * Findings as LSP diagnostics. Positions come from the LSP's own view of the
 * text (vscode-languageserver-textdocument): UTF-16 code units, lines ended
 * by `\n`, `\r\n` or `\r`, whatever the finding's 1-based columns say.
 */
import type { Finding, Severity } from '@bayan/core';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleDocs } from './docs.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function findingRange(document: TextDocument, finding: Finding): Range {
  return rangeOf(document, finding.place.start.offset, finding.place.end.offset);
}

/**
 * A finding whose fix deletes exactly what it points at (an invisible
 * character, tatweel) marks text that is only noise: editors fade it.
 */
export function isUnnecessary(finding: Finding): boolean {
  const { fix, place } = finding;
  return (
    !!fix &&
    fix.text === '' &&
    fix.range[0] === place.start.offset &&
    fix.range[1] === place.end.offset &&
    fix.range[1] > fix.range[0]
  );
}

export function toDiagnostic(document: TextDocument, finding: Finding, docs: RuleDocs): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(document, finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'bayan',
    message: finding.message,
  };
  const href = docs.href(finding.url);
  if (href) diagnostic.codeDescription = { href };
  if (isUnnecessary(finding)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

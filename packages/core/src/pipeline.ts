/**
 * What happens to findings after the rules ran, as a chain of small pure
 * steps: inline directives, de-duplication, ordering by position.
 */
import { isSuppressed } from './directives.js';
import type { SourceDocument } from './document.js';
import type { Finding } from './types.js';

export function filterDirectives(findings: readonly Finding[], document: SourceDocument): Finding[] {
  if (document.directives.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(f, document.directives));
}

/** Two findings of one rule on one range with one message are one finding. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.place.start.offset}\u0000${f.place.end.offset}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.place.start.offset - b.place.start.offset ||
    a.place.end.offset - b.place.end.offset ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function postProcess(findings: readonly Finding[], document: SourceDocument): Finding[] {
  return sortFindings(dedupe(filterDirectives(findings, document)));
}

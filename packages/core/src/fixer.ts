/**
 * Applies fixes. Fixes are taken in order of their start; one that overlaps
 * a fix already taken waits for the next pass (after a re-lint its finding is
 * either gone or reported again against the new text). Everything outside the
 * edits is copied byte for byte, so BOM, line endings and markup survive.
 */
import type { Finding, Fix } from './types.js';

export interface ApplyResult {
  output: string;
  applied: Fix[];
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let out = '';
  let at = 0;
  let lastWasInsertAt = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    const invalid = start < 0 || end > text.length || end < start;
    // Two insertions at one point would have an arbitrary order: keep the first.
    const overlaps = start < at || (start === end && start === lastWasInsertAt);
    if (invalid || overlaps) {
      skipped.push(fix);
      continue;
    }
    out += text.slice(at, start) + fix.text;
    at = end;
    lastWasInsertAt = start === end ? start : -1;
    applied.push(fix);
  }
  out += text.slice(at);
  return { output: out, applied, skipped };
}

export interface FixLoopResult {
  output: string;
  /** Passes that changed the text. */
  passes: number;
  /** Fixes applied over all passes. */
  fixed: number;
  /** Findings of the final text. */
  findings: Finding[];
}

export const MAX_FIX_PASSES = 10;

/** One pass: the findings' fixes applied to the text, or null when there is nothing (more) to change. */
function fixPass(current: string, findings: readonly Finding[]): { output: string; count: number } | null {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  if (fixes.length === 0) return null;
  const { output, applied } = applyFixes(current, fixes);
  return output === current ? null : { output, count: applied.length };
}

/** Lint, apply the fixes, re-lint, until nothing changes (at most 10 passes). */
export async function fixUntilStable(
  text: string,
  lintText: (text: string) => Finding[] | Promise<Finding[]>,
  maxPasses = MAX_FIX_PASSES,
): Promise<FixLoopResult> {
  const result: FixLoopResult = { output: text, passes: 0, fixed: 0, findings: await lintText(text) };
  for (
    let pass = fixPass(text, result.findings);
    pass && result.passes < maxPasses;
    pass = fixPass(result.output, result.findings)
  ) {
    result.output = pass.output;
    result.fixed += pass.count;
    result.passes++;
    result.findings = await lintText(result.output);
  }
  return result;
}

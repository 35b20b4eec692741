/**
 * Phase 6, exit code: 2 when a file of a pack setting was left out (a
 * project's list with a mistake, said on standard error when its config was
 * found: the run went on without it); else 1 for any error-level finding, or
 * for more warnings than --max-warnings allows (said on standard error); else 0.
 */
import type { FileResult } from '../result.js';
import type { Session } from '../session.js';

export function exitCode(results: readonly FileResult[], session: Session): number {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.spill?.counts.errors ?? 0;
    warnings += r.spill?.counts.warnings ?? 0;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  if (session.leftOut > 0) return 2;
  if (errors > 0) return 1;
  const max = session.opts.maxWarnings;
  if (max >= 0 && warnings > max) {
    session.io.stderr.write(`bayan: too many warnings (${warnings}); the maximum is ${max}\n`);
    return 1;
  }
  return 0;
}

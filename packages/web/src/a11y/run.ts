/**
 * The a11y pack in the page: loaded on demand (its own chunk with axe-core),
 * on the main thread because axe needs a DOM. Its axe rules run in the
 * sandboxed frame of jsdom-in-iframe.ts; its Arabic link-text and alt-text
 * rules run as in the CLI.
 */
import type { Finding } from '@bayan/core';
import { pack } from '@bayan/rules-a11y';
import { PageEngine, type LintRequest } from '../engine.js';

const engine = new PageEngine([pack]);

export function a11yLint(request: LintRequest, skip: ReadonlySet<string>): Promise<Finding[]> {
  // Pack presets of other packs are not known here; the page's preset choice is applied to a11y as recommended/strict.
  const preset = request.options.preset === 'strict' ? 'strict' : 'recommended';
  return engine.lint({ ...request, options: { ...request.options, preset, dictionaries: {} } }, skip);
}

/** Rules about a whole page, which make no sense on a Word file's body. */
export { PAGE_RULES } from '@bayan/rules-a11y';

/**
 * Which rules ESLint can run. ESLint calls rules synchronously; a rule whose
 * visitors are `async` functions (the a11y pack's axe-core rules, which wait
 * for jsdom) cannot report in time. A rule is asked for its visitors once, on
 * an empty document of each format it applies to, and is asynchronous when
 * one of them is an async function. Nothing is linted and no visitor is
 * called. A rule whose `create` throws on an empty document counts as
 * synchronous (the engine reports its crash per file, as for the CLI).
 */
import { parseDocument, type Format, type RuleContext, type RuleModule, type SourceDocument } from '@bayan/core';

const FORMATS: readonly Format[] = ['text', 'markdown', 'html'];

function probeContext(rule: RuleModule, document: SourceDocument): RuleContext {
  return {
    id: rule.meta.id,
    options: { ...(rule.meta.defaultOptions ?? {}) },
    style: {},
    settings: {},
    locale: 'ar',
    document,
    text: document.text,
    getText: () => '',
    pointAt: (offset) => document.lines.pointAt(offset),
    report: () => undefined,
  };
}

const isAsyncFunction = (fn: unknown) => typeof fn === 'function' && fn.constructor.name === 'AsyncFunction';

export function isAsynchronous(rule: RuleModule): boolean {
  for (const format of rule.meta.formats ?? FORMATS) {
    const parsed = parseDocument('', { format });
    if (!parsed.ok) continue;
    let visitors: Record<string, unknown>;
    try {
      visitors = rule.create(probeContext(rule, parsed.document));
    } catch {
      continue;
    }
    if (Object.values(visitors).some(isAsyncFunction)) return true;
  }
  return false;
}

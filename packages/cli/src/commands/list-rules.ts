/** `bayan --list-rules`: every loaded rule with its pack, fix kind and description (text, or JSON with --format json). */
import { localize, type Locale, type RuleRegistry, type Severity } from '@bayan/core';
import type { Session } from '../session.js';

export interface RuleRow {
  id: string;
  pack: string;
  type: string;
  fixable: boolean;
  hasSuggestions: boolean;
  recommended: boolean | Severity;
  description: string;
  url: string | null;
}

export function ruleRows(registry: RuleRegistry, locale: Locale): RuleRow[] {
  return registry.ids().map((id) => {
    const rule = registry.get(id)!;
    return {
      id,
      pack: id.split('/')[0]!,
      type: rule.meta.type,
      fixable: rule.meta.fixable === true,
      hasSuggestions: rule.meta.hasSuggestions === true,
      recommended: rule.meta.docs.recommended ?? false,
      description: localize(rule.meta.docs.description, locale),
      url: rule.meta.docs.url ?? null,
    };
  });
}

export function listRules(session: Session): number {
  const { io, opts } = session;
  const locale = session.uiLocale;
  const rows = ruleRows(session.registry, locale);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const labels =
    locale === 'ar' ? { fix: 'إصلاح', suggest: 'اقتراح', none: '-' } : { fix: 'fix', suggest: 'suggest', none: '-' };
  const idWidth = Math.max(0, ...rows.map((r) => r.id.length));
  const packWidth = Math.max(0, ...rows.map((r) => r.pack.length));
  const fixWidth = Math.max(labels.fix.length, labels.suggest.length, 1);
  for (const r of rows) {
    const fix = r.fixable ? labels.fix : r.hasSuggestions ? labels.suggest : labels.none;
    io.stdout.write(
      `${r.id.padEnd(idWidth)}  ${r.pack.padEnd(packWidth)}  ${fix.padEnd(fixWidth)}  ${r.description}\n`,
    );
  }
  if (rows.length === 0) io.stdout.write(locale === 'ar' ? 'لا توجد قواعد محمّلة.\n' : 'No rules are loaded.\n');
  return 0;
}

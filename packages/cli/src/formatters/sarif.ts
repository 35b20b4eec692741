/**
 * SARIF 2.1.0 for code scanning (node-sarif-builder). Each rule that reports
 * carries its description as help text and its documentation link; fixes
 * and suggestions become SARIF `fixes` (replacements by character offset).
 * Columns are UTF-16 code units, SARIF's default `columnKind`.
 */
import { createHash } from 'node:crypto';
import sarifBuilder from 'node-sarif-builder';
import type { Finding } from '@bayan/core';
import { localize } from '@bayan/core';
import type { FileResult, FormatContext, Formatter } from '../result.js';

const { SarifBuilder, SarifRunBuilder, SarifRuleBuilder, SarifResultBuilder } = sarifBuilder;

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const ENGINE_RULES: Record<string, { en: string; ar: string }> = {
  'bayan/parse-error': { en: 'The file could not be read or parsed.', ar: 'تعذّرت قراءة الملف أو تحليله.' },
  'bayan/rule-error': { en: 'A rule crashed while checking the file.', ar: 'تعطلت قاعدة أثناء فحص الملف.' },
};

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/** Where Bayan is described (the driver's informationUri). */
export const INFORMATION_URI = 'https://github.com/bayan-lint/bayan';
/** Rule docs are written as paths in the repository (rules/<pack>/docs/<id>.md); this makes them absolute. */
export const DEFAULT_DOCS_BASE = 'https://github.com/bayan-lint/bayan/blob/main/';

/** A rule's documentation as an absolute URL (relative paths resolved against the docs base). */
export function absoluteDocsUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  if (ABSOLUTE_URL.test(url)) return url;
  return new URL(url, base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * A fingerprint that survives edits elsewhere in the file (no line numbers):
 * the rule, the file, the offending text and which occurrence of that text
 * for that rule it is.
 */
function fingerprint(ruleId: string, uri: string, actual: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${uri}\0${actual}\0${occurrence}`).digest('hex').slice(0, 32);
}

function uriOf(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

function fixesOf(f: Finding, uri: string, ctx: FormatContext) {
  const edits = [
    ...(f.fix ? [{ text: ctx.locale === 'ar' ? 'إصلاح آمن' : 'Safe fix', edit: f.fix }] : []),
    ...(f.suggestions ?? []).map((s) => ({ text: s.message, edit: s.fix })),
  ];
  return edits.map(({ text, edit }) => ({
    description: { text },
    artifactChanges: [
      {
        artifactLocation: { uri },
        replacements: [
          {
            deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
            insertedContent: { text: edit.text },
          },
        ],
      },
    ],
  }));
}

export const sarif: Formatter = (results: readonly FileResult[], ctx: FormatContext) => {
  const builder = new SarifBuilder();
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'bayan',
    toolDriverVersion: ctx.version,
    url: INFORMATION_URI,
  });
  run.run.tool.driver.informationUri = INFORMATION_URI;
  const base = ctx.docsBase ?? DEFAULT_DOCS_BASE;
  run.run.columnKind = 'utf16CodeUnits';
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  for (const id of used) {
    const rule = ctx.registry.get(id);
    const description = rule
      ? localize(rule.meta.docs.description, ctx.locale)
      : localize(ENGINE_RULES[id] ?? { en: id, ar: id }, ctx.locale);
    const url = absoluteDocsUrl(rule?.meta.docs.url, base);
    const builderRule = new SarifRuleBuilder().initSimple({
      ruleId: id,
      shortDescriptionText: description,
      ...(url ? { helpUri: url } : {}),
    });
    const docs = url ? (ctx.locale === 'ar' ? `\nالتوثيق: ${url}` : `\nDocumentation: ${url}`) : '';
    builderRule.rule.help = {
      text: `${description}${docs}`,
      ...(url ? { markdown: `${description}\n\n[${ctx.locale === 'ar' ? 'التوثيق' : 'Documentation'}](${url})` } : {}),
    };
    builderRule.rule.properties = { pack: id.split('/')[0] ?? id, fixable: rule?.meta.fixable === true };
    run.addRule(builderRule);
  }
  for (const r of results) {
    const uri = uriOf(r.displayPath);
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const actual = f.actual ?? r.source.slice(f.place.start.offset, f.place.end.offset);
      const key = `${f.ruleId}\0${actual}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const result = new SarifResultBuilder().initSimple({
        level: LEVEL[f.severity],
        messageText: f.message,
        ruleId: f.ruleId,
        fileUri: uri,
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      });
      result.result.partialFingerprints = { 'bayan/v1': fingerprint(f.ruleId, uri, actual, occurrence) };
      const fixes = fixesOf(f, uri, ctx);
      if (fixes.length > 0) result.result.fixes = fixes;
      run.addResult(result);
    }
  }
  builder.addRun(run);
  return `${builder.buildSarifJsonString({ indent: true })}\n`;
};

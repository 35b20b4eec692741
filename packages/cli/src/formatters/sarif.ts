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

/** A display path as the log's artifact URI. */
export function uriOf(displayPath: string): string {
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

function newRun(ctx: FormatContext): InstanceType<typeof SarifRunBuilder> {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'bayan',
    toolDriverVersion: ctx.version,
    url: INFORMATION_URI,
  });
  run.run.tool.driver.informationUri = INFORMATION_URI;
  run.run.columnKind = 'utf16CodeUnits';
  return run;
}

function addRules(run: InstanceType<typeof SarifRunBuilder>, used: readonly string[], ctx: FormatContext): void {
  const base = ctx.docsBase ?? DEFAULT_DOCS_BASE;
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
}

/** One finding as a SARIF result, before the log's indexes (ruleIndex, artifact index) are filled in. */
function resultOf(f: Finding, uri: string, actual: string, occurrence: number, ctx: FormatContext) {
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
  return result;
}

/** What node-sarif-builder refuses to write (a required field it was never given). */
const INVALID = 'SARIF_BUILDER_INVALID';

/** Counts the occurrences of each rule's offending text in one file, in order (for the fingerprints). */
export class Occurrences {
  private readonly seen = new Map<string, number>();
  next(ruleId: string, actual: string): number {
    const key = `${ruleId}\0${actual}`;
    const occurrence = this.seen.get(key) ?? 0;
    this.seen.set(key, occurrence + 1);
    return occurrence;
  }
}

/**
 * The SARIF log written as it goes (phases/report-stream.ts), the same bytes as `sarif`: made from a
 * first pass over the findings (the rules used, in order, and the files with findings), `head` and
 * `tail` are the log around its results, and `result` one result, each as JSON.stringify indents it
 * inside the whole log (results are items of an array at depth 4, so 8 spaces). With no results at
 * all, `empty` is the whole log.
 */
export function sarifPieces(ctx: FormatContext, used: readonly string[], uris: readonly string[]) {
  const builder = new SarifBuilder();
  const run = newRun(ctx);
  addRules(run, used, ctx);
  // The artifacts as the builder lists them: one per file with results, in order, by its uri.
  for (const uri of uris)
    run.addResult(new SarifResultBuilder().initSimple({ level: 'note', messageText: '', ruleId: '', fileUri: uri }));
  builder.addRun(run);
  const log = builder.buildSarifOutput();
  // Each id and URI to its first index, as indexOf finds it.
  const firstIndexes = (list: ReadonlyArray<string | undefined>) => {
    const map = new Map<string | undefined, number>();
    list.forEach((key, index) => {
      if (!map.has(key)) map.set(key, index);
    });
    return map;
  };
  const artifacts = firstIndexes((run.run.artifacts ?? []).map((a) => a.location?.uri));
  const rules = firstIndexes((run.run.tool.driver.rules ?? []).map((r) => r.id));
  const check = (s: string) => {
    if (s.includes(INVALID)) throw new Error('Your SARIF log is invalid, please solve SARIF_BUILDER_INVALID messages');
    return s;
  };
  run.run.results = [];
  const empty = `${check(JSON.stringify(log, null, 2))}\n`;
  // Where the results go: a string no rule or tool field holds (it has a NUL).
  const marker = '\u0000bayan-results\u0000';
  run.run.results = [marker as never];
  const whole = check(JSON.stringify(log, null, 2));
  const at = whole.indexOf(JSON.stringify(marker));
  const head = whole.slice(0, at);
  const tail = `${whole.slice(at + JSON.stringify(marker).length)}\n`;
  return {
    empty,
    head,
    tail,
    /** One result, indented for its place (`,\n` and the indent go between two). */
    result(f: Finding, uri: string, actual: string, occurrence: number): string {
      const { result } = resultOf(f, uri, actual, occurrence, ctx);
      // As the builder completes a run: the rule's index, the artifact's index.
      const ruleIndex = rules.get(result.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      for (const location of result.locations ?? []) {
        const artifact = location.physicalLocation?.artifactLocation;
        const index = artifact?.uri ? artifacts.get(artifact.uri) : undefined;
        if (index !== undefined) artifact!.index = index;
      }
      return check(JSON.stringify(result, null, 2).replace(/\n/g, '\n        '));
    },
    separator: ',\n        ',
  };
}

export const sarif: Formatter = (results: readonly FileResult[], ctx: FormatContext) => {
  const builder = new SarifBuilder();
  const run = newRun(ctx);
  const used = [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  addRules(run, used, ctx);
  for (const r of results) {
    const uri = uriOf(r.displayPath);
    const seen = new Occurrences();
    for (const f of r.findings) {
      const actual = f.actual ?? r.source.slice(f.place.start.offset, f.place.end.offset);
      run.addResult(resultOf(f, uri, actual, seen.next(f.ruleId, actual), ctx));
    }
  }
  builder.addRun(run);
  return `${builder.buildSarifJsonString({ indent: true })}\n`;
};

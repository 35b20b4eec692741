/**
 * ESLint-compatible JSON, so tools that read ESLint's (reviewdog, SonarQube,
 * editors) read Bayan's. Severity: error → 2, warning → 1, info → 1 (ESLint
 * has no info level); `level` tells the three apart ("error", "warning",
 * "info"), and `infoCount` counts the info messages that `warningCount` also
 * counts. Extra fields: level, messageId, source (the rule pack), actual,
 * expected, url, fatal.
 */
import type { Finding } from '@bayan/core';
import { count, type FileResult, type Formatter } from '../result.js';

export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  /** Bayan's own level: ESLint's severity 1 is a warning or an info. */
  level: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; messageId: string; fix: { range: [number, number]; text: string } }>;
  fatal?: boolean;
  source: string;
  actual?: string;
  expected?: string[];
  url?: string;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  /** Info messages (counted in warningCount too, as ESLint has no info level). */
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  source?: string;
  output?: string;
  usedDeprecatedRules: [];
}

export function toEslintMessage(f: Finding): EslintMessage {
  const m: EslintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    level: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    messageId: f.messageId,
    source: f.source,
  };
  if (f.fix) m.fix = { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text };
  if (f.suggestions && f.suggestions.length > 0) {
    m.suggestions = f.suggestions.map((s) => ({
      desc: s.message,
      messageId: s.messageId,
      fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text },
    }));
  }
  if (f.fatal) m.fatal = true;
  if (f.actual !== undefined) m.actual = f.actual;
  if (f.expected) m.expected = [...f.expected];
  if (f.url) m.url = f.url;
  return m;
}

export function toEslintResult(r: FileResult): EslintResult {
  const c = count(r.findings);
  const result: EslintResult = {
    filePath: r.filePath,
    messages: r.findings.map(toEslintMessage),
    suppressedMessages: [],
    errorCount: c.errors,
    fatalErrorCount: c.fatal,
    warningCount: c.warnings + c.infos,
    infoCount: c.infos,
    fixableErrorCount: c.fixableErrors,
    fixableWarningCount: c.fixableWarnings,
    usedDeprecatedRules: [],
  };
  if (r.output !== undefined && r.output !== r.source) result.output = r.output;
  else if (r.findings.length > 0) result.source = r.source;
  return result;
}

export const json: Formatter = (results) => `${JSON.stringify(results.map(toEslintResult))}\n`;

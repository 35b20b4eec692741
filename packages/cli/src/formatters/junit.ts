/**
 * JUnit XML (the shape of ESLint's junit formatter): one test suite per file,
 * one failing test case per problem, one passing case for a clean file.
 */
import type { Formatter } from '../result.js';

function xml(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; markup characters escaped.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const junit: Formatter = (results) => {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const r of results) {
    const name = xml(r.displayPath);
    const classname = xml(r.displayPath.replace(/\.[^./]+$/, ''));
    const failures = r.findings.filter((f) => f.severity === 'error').length;
    const tests = Math.max(r.findings.length, 1);
    lines.push(`<testsuite package="org.bayan" time="0" tests="${tests}" errors="${failures}" failures="${r.findings.length}" name="${name}">`);
    if (r.findings.length === 0) lines.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
    for (const f of r.findings) {
      const message = xml(f.message);
      const detail = xml(`line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${f.message} (${f.ruleId})`);
      lines.push(`<testcase time="0" name="${xml(f.ruleId)}" classname="${classname}">`);
      lines.push(`<failure message="${message}" type="${f.severity}">${detail}</failure>`);
      lines.push('</testcase>');
    }
    lines.push('</testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

/**
 * JUnit XML (the shape of ESLint's junit formatter): one test suite per file,
 * one test case per problem, one passing case for a clean file. An error is a
 * <failure> (a file that could not be read: an <error>); a warning or an info
 * is a passing case with the problem in <system-out>, unless the warnings are
 * over --max-warnings, when warnings fail too. The suite's tests, failures and
 * errors attributes count those elements.
 */
import type { Finding } from '@bayan/core';
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

export const junit: Formatter = (results, ctx) => {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  const fails = (f: Finding) =>
    f.severity === 'error' || (f.severity === 'warning' && ctx.maxWarningsExceeded === true);
  for (const r of results) {
    const name = xml(r.displayPath);
    const classname = xml(r.displayPath.replace(/\.[^./]+$/, ''));
    const errors = r.findings.filter((f) => f.fatal).length;
    const failures = r.findings.filter((f) => !f.fatal && fails(f)).length;
    const tests = Math.max(r.findings.length, 1);
    lines.push(
      `<testsuite package="org.bayan" time="0" tests="${tests}" errors="${errors}" failures="${failures}" name="${name}">`,
    );
    if (r.findings.length === 0) lines.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
    for (const f of r.findings) {
      const message = xml(f.message);
      const detail = xml(`line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${f.message} (${f.ruleId})`);
      lines.push(`<testcase time="0" name="${xml(f.ruleId)}" classname="${classname}">`);
      if (f.fatal) lines.push(`<error message="${message}" type="${f.severity}">${detail}</error>`);
      else if (fails(f)) lines.push(`<failure message="${message}" type="${f.severity}">${detail}</failure>`);
      else lines.push(`<system-out>${detail}</system-out>`);
      lines.push('</testcase>');
    }
    lines.push('</testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};

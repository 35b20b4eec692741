/**
 * JUnit XML (the shape of ESLint's junit formatter): one test suite per file,
 * one test case per problem, one passing case for a clean file. An error is a
 * <failure> (a file that could not be read: an <error>); a warning or an info
 * is a passing case with the problem in <system-out>, unless the warnings are
 * over --max-warnings, when warnings fail too. The suite's tests, failures and
 * errors attributes count those elements.
 */
import type { Finding } from '@bayan/core';
import type { FormatContext, Formatter } from '../result.js';

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

/**
 * The lines of the report, in pieces: the head and tail of the whole, and per file a suite (its opening
 * lines need the file's counts, so its findings are gone through once for them), each finding's test
 * case and the suite's closing line. The streamed report (phases/report-stream.ts) writes the same pieces.
 */
export function junitPieces(ctx: Pick<FormatContext, 'maxWarningsExceeded'>) {
  const fails = (f: Finding) =>
    f.severity === 'error' || (f.severity === 'warning' && ctx.maxWarningsExceeded === true);
  return {
    head: ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'],
    tail: ['</testsuites>'],
    suite(displayPath: string, findings: Iterable<Finding>) {
      const name = xml(displayPath);
      const classname = xml(displayPath.replace(/\.[^./]+$/, ''));
      let n = 0;
      let errors = 0;
      let failures = 0;
      for (const f of findings) {
        n++;
        if (f.fatal) errors++;
        else if (fails(f)) failures++;
      }
      const head = [
        `<testsuite package="org.bayan" time="0" tests="${Math.max(n, 1)}" errors="${errors}" failures="${failures}" name="${name}">`,
      ];
      if (n === 0) head.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
      return {
        head,
        testCase(f: Finding): string[] {
          const message = xml(f.message);
          const detail = xml(`line ${f.line}, col ${f.column}, ${LABEL[f.severity]} - ${f.message} (${f.ruleId})`);
          const verdict = f.fatal
            ? `<error message="${message}" type="${f.severity}">${detail}</error>`
            : fails(f)
              ? `<failure message="${message}" type="${f.severity}">${detail}</failure>`
              : `<system-out>${detail}</system-out>`;
          return [`<testcase time="0" name="${xml(f.ruleId)}" classname="${classname}">`, verdict, '</testcase>'];
        },
        tail: ['</testsuite>'],
      };
    },
  };
}

export const junit: Formatter = (results, ctx) => {
  const pieces = junitPieces(ctx);
  const lines = [...pieces.head];
  for (const r of results) {
    const suite = pieces.suite(r.displayPath, r.findings);
    lines.push(...suite.head);
    for (const f of r.findings) lines.push(...suite.testCase(f));
    lines.push(...suite.tail);
  }
  lines.push(...pieces.tail);
  return `${lines.join('\n')}\n`;
};

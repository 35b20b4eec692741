import { describe, expect, it } from 'vitest';
import { RuleRegistry, type Finding } from '@bayan/core';
import { github } from '../src/formatters/github.js';
import { stylish } from '../src/formatters/stylish.js';
import { junit } from '../src/formatters/junit.js';
import { toEslintMessage } from '../src/formatters/json.js';
import type { FileResult, FormatContext } from '../src/result.js';

function finding(over: Partial<Finding> = {}): Finding {
  const start = { line: 1, column: 5, offset: 4 };
  const end = { line: 1, column: 7, offset: 6 };
  return {
    ruleId: 'x/y',
    source: 'x',
    severity: 'warning',
    messageId: 'm',
    message: '“قي” should be “في”.',
    place: { start, end },
    line: 1,
    column: 5,
    endLine: 1,
    endColumn: 7,
    actual: 'قي',
    ...over,
  };
}

const ctx: FormatContext = {
  locale: 'en',
  registry: new RuleRegistry([]),
  version: '0.0.0',
  color: false,
  isolate: false,
};
const result = (findings: Finding[], over: Partial<FileResult> = {}): FileResult => ({
  filePath: '/r/a.txt',
  displayPath: 'a.txt',
  findings,
  source: 'نص  قي هنا',
  ...over,
});

describe('github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const out = github(
      [result([finding({ message: '100% a\r\nb', ruleId: 'a:b,c' })], { displayPath: 'dir,x/a:b.txt' })],
      ctx,
    );
    expect(out).toBe(
      '::warning file=dir%2Cx/a%3Ab.txt,line=1,col=5,endLine=1,endColumn=7,title=a%3Ab%2Cc::100%25 a%0D%0Ab\n',
    );
  });
});

describe('stylish', () => {
  it('isolates right-to-left runs when asked (the command always asks), and only then', () => {
    const plain = stylish([result([finding({ fix: { range: [4, 6], text: 'في' } })])], ctx);
    expect(plain).not.toMatch(/[\u2066-\u2069]/);
    const tty = stylish([result([finding({ fix: { range: [4, 6], text: 'في' } })])], { ...ctx, isolate: true });
    expect(tty).toContain('  1:5  warning  \u2066“قي” should be “في”.\u2069  x/y\n');
    expect(tty).toContain('\u2066\u2068قي\u2069 → \u2068في\u2069\u2069  (fix)');
    // Latin-only text is left alone.
    expect(tty).toContain('\na.txt\n');
  });

  it('shows a deletion, line breaks and expected values without a fix', () => {
    const out = stylish(
      [
        result([
          finding({
            fix: { range: [2, 4], text: '' },
            place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 5, offset: 4 } },
          }),
          finding({ severity: 'info', actual: 'a\nb', expected: ['c', 'd'] }),
          finding({ severity: 'error', actual: 'x', expected: [] }),
        ]),
      ],
      ctx,
    );
    expect(out).toContain('         → (delete)  (fix)');
    expect(out).toContain('       a⏎b → c | d');
    expect(out).toContain('       x → (delete)');
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info)');
  });

  it('colours only when asked', () => {
    expect(stylish([result([finding({ severity: 'error' })])], { ...ctx, color: true })).toContain(
      '\u001b[31merror\u001b[39m',
    );
  });
});

describe('json', () => {
  it('maps info to severity 1 and error to 2', () => {
    expect(toEslintMessage(finding({ severity: 'info' })).severity).toBe(1);
    expect(toEslintMessage(finding({ severity: 'error' })).severity).toBe(2);
  });
});

describe('junit', () => {
  it('escapes XML and drops characters XML cannot carry', () => {
    // A warning over --max-warnings is a failure.
    const out = junit([result([finding({ message: 'a <b> & "c" \u0001' })], { displayPath: 'a&b.txt' })], {
      ...ctx,
      maxWarningsExceeded: true,
    });
    expect(out).toContain(
      '<testsuite package="org.bayan" time="0" tests="1" errors="0" failures="1" name="a&amp;b.txt">',
    );
    expect(out).toContain('<failure message="a &lt;b&gt; &amp; &quot;c&quot; " type="warning">');
  });

  it('warnings and info are passing cases unless --max-warnings is exceeded; the counts match the elements', () => {
    const findings = [
      finding({ severity: 'error', message: 'E' }),
      finding({ severity: 'warning', message: 'W' }),
      finding({ severity: 'info', message: 'I' }),
    ];
    const out = junit([result(findings, { displayPath: 'r.md' })], ctx);
    expect(out).toContain('<testsuite package="org.bayan" time="0" tests="3" errors="0" failures="1" name="r.md">');
    expect(out.match(/<testcase /g)).toHaveLength(3);
    expect(out.match(/<failure /g)).toHaveLength(1);
    expect(out).toContain('<failure message="E" type="error">');
    expect(out).toContain('<system-out>line 1, col 5, Warning - W (x/y)</system-out>');
    expect(out).toContain('<system-out>line 1, col 5, Info - I (x/y)</system-out>');
    const over = junit([result(findings, { displayPath: 'r.md' })], { ...ctx, maxWarningsExceeded: true });
    expect(over).toContain('tests="3" errors="0" failures="2"');
    expect(over.match(/<failure /g)).toHaveLength(2);
  });
});

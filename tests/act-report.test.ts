// The ACT implementation report (scripts/act-report): the test-case reader and
// the EARL writer on a tiny sample written for these tests (tests/act-report/_rules,
// two made-up rule pages in the ACT Rules Community's layout), and the command end to end.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import * as casesModule from '../scripts/act-report/cases.mjs';
// @ts-expect-error: a plain JavaScript script without type declarations
import * as earlModule from '../scripts/act-report/earl.mjs';
// @ts-expect-error: a plain JavaScript script without type declarations
import * as rulesModule from '../scripts/act-report/rules.mjs';
import { testTempDir } from './helpers/temp.js';

interface TestCase {
  ruleId: string;
  title: string;
  expected: string;
  language: string;
  code: string;
  testcaseId: string;
  url: string;
}
interface Row {
  actRule: string;
  name: string;
  cases: number;
  agree: number;
  cantTell: number;
  disagree: number;
}
const cases = casesModule as {
  extractTestCases(markdown: string): TestCase[];
  frontMatter(markdown: string): { id: string; name: string; deprecated: boolean };
  testPage(code: string, language: string, title: string): string;
  testcaseHash(code: string): string;
};
const earl = earlModule as {
  earlReport(
    tool: { name: string; version: string; date: string },
    assertions: Array<{ url: string; actRule: string; procedure: string; outcome: string; info?: string }>,
  ): { '@context': Record<string, unknown>; '@graph': Array<Record<string, unknown>> };
  ruleOutcome(outcomes: string[]): string;
  agrees(expected: string, actual: string): boolean;
  agreementByRule(cases: Array<{ actRule: string; name?: string; expected: string; actual: string }>): Row[];
  formatAgreement(rows: Row[]): string;
};

interface Procedure {
  rule: string;
  messages?: string[];
  options?: Record<string, unknown>;
  judgement?: boolean;
}
const rules = rulesModule as {
  ACT_RULES: Array<{ id: string; procedures: Procedure[] }>;
  procedureOutcome(
    procedure: Procedure,
    input: {
      html: boolean;
      page: string;
      findings: Array<{ ruleId: string; messageId: string; message: string }>;
      cantTell?: boolean;
    },
  ): { outcome: string; info?: string };
};

const root = new URL('..', import.meta.url);
const sample = readFileSync(new URL('tests/act-report/_rules/sample-link-name-c487ae.md', root), 'utf8');

describe('act-report: test cases from a rule page', () => {
  it('reads the front matter and every example with its expected outcome', () => {
    expect(cases.frontMatter(sample)).toEqual({
      id: 'c487ae',
      name: 'Sample of a link-name rule (written for Bayan’s tests)'.replace('’', "'"),
      deprecated: false,
    });
    const list = cases.extractTestCases(sample);
    expect(list.map((c) => [c.title, c.expected, c.language])).toEqual([
      ['Passed Example 1', 'passed', 'html'],
      ['Failed Example 1', 'failed', 'html'],
      ['Failed Example 2', 'failed', 'html'],
      ['Inapplicable Example 1', 'inapplicable', 'html'],
      ['Inapplicable Example 2', 'inapplicable', 'svg'],
    ]);
    expect(list[1]).toMatchObject({
      ruleId: 'c487ae',
      code: '<a href="/report"></a>',
      testcaseId: '5f7bad4ee3ffb386a3e90a3ab782e16af7a8d283',
      url: 'https://act-rules.github.io/testcases/c487ae/5f7bad4ee3ffb386a3e90a3ab782e16af7a8d283.html',
    });
  });

  it('hashes a snippet whatever its whitespace, as the Community does', () => {
    expect(cases.testcaseHash('  <a href="/report">\n\t</a>\n')).toBe(cases.testcaseHash('<a href="/report"> </a>'));
    expect(cases.testcaseHash('<a href="/report"></a>')).toBe('5f7bad4ee3ffb386a3e90a3ab782e16af7a8d283');
  });

  it('puts a snippet in a page the way the Community publishes it', () => {
    expect(cases.testPage('<p>Hi</p>', 'html', 'Passed Example 1')).toBe(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n\t<title>Passed Example 1</title>\n</head>\n<body>\n\t<p>Hi</p>\n</body>\n</html>',
    );
    expect(cases.testPage('<html lang="nl"><p>Hoi</p></html>', 'html', 'x')).toBe(
      '<!DOCTYPE html>\n<html lang="nl"><p>Hoi</p></html>',
    );
    expect(cases.testPage('<!doctype html><html></html>', 'html', 'x')).toBe('<!doctype html><html></html>');
    expect(cases.testPage('<svg></svg>', 'svg', 'x')).toBe('<svg></svg>');
  });
});

describe('act-report: the EARL writer', () => {
  const tool = { name: 'Bayan', version: '9.9.9', date: '2026-12-01T00:00:00.000Z' };

  it('writes one assertion per test case and procedure, with the test case URL as subject', () => {
    const report = earl.earlReport(tool, [
      {
        url: 'https://act-rules.github.io/testcases/c487ae/abc.html',
        actRule: 'c487ae',
        procedure: 'a11y/link-name',
        outcome: 'failed',
        info: 'Links must have discernible text',
      },
      {
        url: 'https://act-rules.github.io/testcases/c487ae/def.html',
        actRule: 'c487ae',
        procedure: 'a11y/link-name',
        outcome: 'cantTell',
      },
    ]);
    expect(report['@context']).toMatchObject({
      '@vocab': 'http://www.w3.org/ns/earl#',
      source: { '@id': 'dct:source', '@type': '@id' },
      title: { '@id': 'dct:title' },
    });
    const [assertor, first, second] = report['@graph'];
    expect(assertor).toEqual({
      '@id': '_:bayan',
      '@type': ['earl:Assertor', 'doap:Project'],
      'doap:name': 'Bayan',
      'doap:release': { 'doap:revision': '9.9.9' },
    });
    expect(first).toEqual({
      '@type': 'earl:Assertion',
      assertedBy: '_:bayan',
      mode: 'earl:automatic',
      subject: {
        '@type': ['earl:TestSubject', 'sch:WebPage'],
        source: 'https://act-rules.github.io/testcases/c487ae/abc.html',
      },
      test: {
        '@type': 'earl:TestCase',
        title: 'a11y/link-name',
        isPartOf: ['https://act-rules.github.io/rules/c487ae'],
      },
      result: {
        '@type': 'earl:TestResult',
        outcome: 'earl:failed',
        date: '2026-12-01T00:00:00.000Z',
        description: 'Links must have discernible text',
      },
    });
    expect((second!.result as { outcome: string }).outcome).toBe('earl:cantTell');
    expect(() => earl.earlReport(tool, [{ url: 'u', actRule: 'x', procedure: 'p', outcome: 'maybe' }])).toThrow(
      'Unknown outcome “maybe” for u',
    );
  });

  it('combines procedures and counts agreement as ACT does', () => {
    expect([
      earl.ruleOutcome(['passed', 'failed']),
      earl.ruleOutcome(['passed', 'cantTell']),
      earl.ruleOutcome(['inapplicable', 'passed']),
      earl.ruleOutcome([]),
    ]).toEqual(['failed', 'cantTell', 'passed', 'inapplicable']);
    expect([
      earl.agrees('failed', 'failed'),
      earl.agrees('failed', 'cantTell'),
      earl.agrees('passed', 'inapplicable'),
      earl.agrees('inapplicable', 'passed'),
      earl.agrees('passed', 'failed'),
    ]).toEqual([true, false, true, true, false]);
    const rows = earl.agreementByRule([
      { actRule: 'c487ae', name: 'Link has a name', expected: 'failed', actual: 'failed' },
      { actRule: 'c487ae', name: 'Link has a name', expected: 'passed', actual: 'failed' },
      { actRule: 'aizyf1', name: 'Link is descriptive', expected: 'failed', actual: 'cantTell' },
    ]);
    expect(rows).toEqual([
      { actRule: 'c487ae', name: 'Link has a name', cases: 2, agree: 1, cantTell: 0, disagree: 1 },
      { actRule: 'aizyf1', name: 'Link is descriptive', cases: 1, agree: 0, cantTell: 1, disagree: 0 },
    ]);
    expect(earl.formatAgreement(rows)).toBe(
      [
        'rule    name                agree / of   cantTell disagree',
        'c487ae  Link has a name         1 / 2           0        1',
        'aizyf1  Link is descriptive     0 / 1           1        0',
        'total                           1 / 3           1        1',
      ].join('\n'),
    );
  });
});

describe('act-report: procedures', () => {
  const byId = (id: string) => rules.ACT_RULES.find((r) => r.id === id)!;

  it('covers the 13 ACT rules, each with Bayan rules that exist', () => {
    expect(rules.ACT_RULES.map((r) => r.id)).toEqual([
      'b5c3f8',
      'bf051a',
      'ucwvc8',
      'off6ek',
      'de46e4',
      '5b7ae0',
      '23a2a8',
      '9eb3f6',
      'qt1vmo',
      '59796f',
      'c487ae',
      'aizyf1',
      '5effbb',
    ]);
  });

  it('fails on a finding of its rule (and message), else passes where it applies, else is inapplicable', () => {
    const [fileName] = byId('9eb3f6').procedures;
    const page = '<!DOCTYPE html><html lang="en"><body><img src="a.png" alt="a.png"></body></html>';
    const finding = {
      ruleId: 'a11y/alt-text-quality',
      messageId: 'fileName',
      message: 'The alt text “a.png” is a file name.',
    };
    expect(rules.procedureOutcome(fileName!, { html: true, page, findings: [finding] })).toEqual({
      outcome: 'failed',
      info: 'The alt text “a.png” is a file name.',
    });
    expect(
      rules.procedureOutcome(fileName!, { html: true, page, findings: [{ ...finding, messageId: 'generic' }] }),
    ).toEqual({ outcome: 'passed' });
    expect(rules.procedureOutcome(fileName!, { html: true, page: '<p>No image</p>', findings: [] })).toEqual({
      outcome: 'inapplicable',
    });
    expect(rules.procedureOutcome(fileName!, { html: false, page: '<svg/>', findings: [] })).toEqual({
      outcome: 'inapplicable',
      info: 'Bayan lints HTML pages only.',
    });
  });

  it('with --cant-tell, says cantTell where a person must judge and nothing was found', () => {
    const [descriptive] = byId('5effbb').procedures;
    const [linkName] = byId('c487ae').procedures;
    const page = '<p><a href="/w">Workshop</a></p>';
    expect(rules.procedureOutcome(descriptive!, { html: true, page, findings: [], cantTell: true })).toEqual({
      outcome: 'cantTell',
      info: 'Nothing found; whether it passes needs a person.',
    });
    expect(rules.procedureOutcome(linkName!, { html: true, page, findings: [], cantTell: true })).toEqual({
      outcome: 'passed',
    });
    expect(rules.procedureOutcome(descriptive!, { html: true, page, findings: [] })).toEqual({ outcome: 'passed' });
  });
});

describe('pnpm act-report', () => {
  it('runs Bayan on the sample checkout, prints agreement per rule and writes the report', () => {
    const out = join(testTempDir('bayan-act-'), 'report.json');
    const stdout = execFileSync(
      process.execPath,
      ['scripts/act-report/index.mjs', 'tests/act-report', '--output', out],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'rule    name                                                      agree / of   cantTell disagree',
      "c487ae  Sample of a link-name rule (written for Bayan's tests)        5 / 5           0        0",
      "aizyf1  Sample of a link-purpose rule (written for Bayan's tests)     3 / 4           0        1",
      'total                                                                 8 / 9           0        1',
    ]);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      '@graph': Array<{ test?: { title: string }; result?: { outcome: string }; subject?: { source: string } }>;
    };
    const outcomes = report['@graph'].filter((a) => a.test).map((a) => `${a.test!.title} ${a.result!.outcome}`);
    expect(outcomes).toEqual([
      'a11y/link-name earl:passed',
      'a11y/area-alt earl:inapplicable',
      'a11y/link-name earl:failed',
      'a11y/area-alt earl:inapplicable',
      'a11y/link-name earl:failed',
      'a11y/area-alt earl:inapplicable',
      'a11y/link-name earl:inapplicable',
      'a11y/area-alt earl:inapplicable',
      'a11y/link-name earl:inapplicable',
      'a11y/area-alt earl:inapplicable',
      'a11y/descriptive-link-text earl:passed',
      'a11y/descriptive-link-text earl:failed',
      'a11y/descriptive-link-text earl:failed',
      'a11y/descriptive-link-text earl:passed',
    ]);
    expect(stdout).toContain(`EARL report (14 assertions) written to ${out}`);
  });

  it('explains what it needs', () => {
    let message = '';
    try {
      execFileSync(process.execPath, ['scripts/act-report/index.mjs', 'tests'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      message = String((error as { stderr: string; status: number }).stderr);
      expect((error as { status: number }).status).toBe(2);
    }
    expect(message).toContain('No _rules folder in tests: is it a checkout of act-rules.github.io?');
  });
});

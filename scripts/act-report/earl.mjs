// The implementation report: EARL in JSON-LD, one assertion per test case and
// Bayan rule (a "procedure" in ACT's words), in the shape the ACT Rules
// Community's implementation mapper reads (as axe-core and Alfa publish it):
// the subject's `source` is the test case URL, the test's `title` is the
// procedure's id, and the outcome is one of earl:passed, earl:failed,
// earl:inapplicable, earl:cantTell. Pure: no files, no clock (the date is passed in).

export const EARL_CONTEXT = {
  '@vocab': 'http://www.w3.org/ns/earl#',
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  doap: 'http://usefulinc.com/ns/doap#',
  sch: 'https://schema.org/',
  source: { '@id': 'dct:source', '@type': '@id' },
  title: { '@id': 'dct:title' },
  isPartOf: { '@id': 'dct:isPartOf', '@type': '@id' },
  assertedBy: { '@type': '@id' },
  outcome: { '@type': '@id' },
  mode: { '@type': '@id' },
  date: { '@id': 'dct:date' },
  description: { '@id': 'dct:description' },
};

export const OUTCOMES = ['passed', 'failed', 'inapplicable', 'cantTell'];

/**
 * @param {{ name: string, version: string, homepage?: string, date: string }} tool
 * @param {Array<{ url: string, actRule: string, procedure: string, outcome: string, info?: string }>} assertions
 */
export function earlReport(tool, assertions) {
  const assertor = {
    '@id': '_:bayan',
    '@type': ['earl:Assertor', 'doap:Project'],
    'doap:name': tool.name,
    'doap:release': { 'doap:revision': tool.version },
    ...(tool.homepage ? { 'doap:homepage': tool.homepage } : {}),
  };
  const graph = [assertor];
  for (const a of assertions) {
    if (!OUTCOMES.includes(a.outcome)) throw new Error(`Unknown outcome “${a.outcome}” for ${a.url}`);
    graph.push({
      '@type': 'earl:Assertion',
      assertedBy: '_:bayan',
      mode: 'earl:automatic',
      subject: { '@type': ['earl:TestSubject', 'sch:WebPage'], source: a.url },
      test: {
        '@type': 'earl:TestCase',
        title: a.procedure,
        isPartOf: [`https://act-rules.github.io/rules/${a.actRule}`],
      },
      result: {
        '@type': 'earl:TestResult',
        outcome: `earl:${a.outcome}`,
        date: tool.date,
        ...(a.info ? { description: a.info } : {}),
      },
    });
  }
  return { '@context': EARL_CONTEXT, '@graph': graph };
}

/**
 * The outcome of an ACT rule on one test case from its procedures' outcomes:
 * failed if any failed, else cantTell if any could not tell, else passed if any
 * passed, else inapplicable.
 */
export function ruleOutcome(outcomes) {
  for (const o of ['failed', 'cantTell', 'passed']) if (outcomes.includes(o)) return o;
  return 'inapplicable';
}

/**
 * ACT's consistency, case by case: a failed example must be failed; a passed or
 * inapplicable example must be passed or inapplicable; cantTell agrees with neither
 * (it is counted apart, as "partially consistent").
 */
export function agrees(expected, actual) {
  if (expected === 'failed') return actual === 'failed';
  return actual === 'passed' || actual === 'inapplicable';
}

/**
 * @param {Array<{ actRule: string, name?: string, expected: string, actual: string }>} cases
 * @returns {Array<{ actRule: string, name: string, cases: number, agree: number, cantTell: number, disagree: number }>}
 */
export function agreementByRule(cases) {
  const rows = new Map();
  for (const c of cases) {
    let row = rows.get(c.actRule);
    if (!row)
      rows.set(
        c.actRule,
        (row = { actRule: c.actRule, name: c.name ?? '', cases: 0, agree: 0, cantTell: 0, disagree: 0 }),
      );
    row.cases++;
    if (agrees(c.expected, c.actual)) row.agree++;
    else if (c.actual === 'cantTell') row.cantTell++;
    else row.disagree++;
  }
  return [...rows.values()];
}

/** A plain-text table of the agreement rows, with a total line. */
export function formatAgreement(rows) {
  const total = rows.reduce(
    (t, r) => ({
      cases: t.cases + r.cases,
      agree: t.agree + r.agree,
      cantTell: t.cantTell + r.cantTell,
      disagree: t.disagree + r.disagree,
    }),
    { cases: 0, agree: 0, cantTell: 0, disagree: 0 },
  );
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  const line = (id, name, r) =>
    `${id.padEnd(7)} ${name.padEnd(width)} ${String(r.agree).padStart(5)} / ${String(r.cases).padEnd(4)} ${String(r.cantTell).padStart(8)} ${String(r.disagree).padStart(8)}`;
  return [
    `${'rule'.padEnd(7)} ${'name'.padEnd(width)} ${'agree'.padStart(5)} / ${'of'.padEnd(4)} ${'cantTell'.padStart(8)} ${'disagree'.padStart(8)}`,
    ...rows.map((r) => line(r.actRule, r.name, r)),
    line('total', '', total),
  ].join('\n');
}

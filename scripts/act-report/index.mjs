#!/usr/bin/env node
// pnpm act-report <path to a local checkout of act-rules/act-rules.github.io> [--output report.json] [--cant-tell] [--verbose]
//
// --cant-tell: the procedures that need a person's judgement to pass a case
// (rules.mjs, `judgement`) report cantTell instead of passed when they find nothing.
// Runs Bayan on every test case of the ACT rules it implements, writes an EARL
// implementation report (JSON-LD) and prints how often Bayan agrees with the
// expected outcome, rule by rule. The test cases are the W3C's and are read from
// the checkout; nothing of them is committed here.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTestCases, frontMatter, testPage } from './cases.mjs';
import { agreementByRule, agrees, earlReport, formatAgreement, ruleOutcome } from './earl.mjs';
import { ACT_RULES, procedureOutcome } from './rules.mjs';

function usage(message) {
  if (message) console.error(message);
  console.error(
    'Usage: pnpm act-report <path to a checkout of act-rules.github.io> [--output <file>] [--cant-tell] [--verbose]',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
let output = 'act-report.json';
let verbose = false;
let cantTell = false;
const paths = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--output' || args[i] === '-o') output = args[++i] ?? usage('--output needs a file name');
  else if (args[i] === '--verbose') verbose = true;
  else if (args[i] === '--cant-tell') cantTell = true;
  else if (args[i] === '--help' || args[i] === '-h') usage();
  else paths.push(args[i]);
}
if (paths.length !== 1) usage();
const rulesDir = join(resolve(paths[0]), '_rules');
let files;
try {
  files = readdirSync(rulesDir).filter((f) => f.endsWith('.md'));
} catch {
  usage(`No _rules folder in ${paths[0]}: is it a checkout of act-rules.github.io?`);
}

const { defaultRegistry, lintTask, VERSION } = await import('@bayan/cli');
const registry = defaultRegistry();

const cases = [];
const assertions = [];
for (const act of ACT_RULES) {
  const file = files.find((f) => f.endsWith(`-${act.id}.md`));
  if (!file) {
    console.error(`ACT rule ${act.id} is not in this checkout; skipped.`);
    continue;
  }
  const markdown = readFileSync(join(rulesDir, file), 'utf8');
  const { name } = frontMatter(markdown);
  const rules = Object.fromEntries(act.procedures.map((p) => [p.rule, p.options ? ['warn', p.options] : 'warn']));
  for (const testcase of extractTestCases(markdown)) {
    const page = testPage(testcase.code, testcase.language, testcase.title);
    const html = testcase.language === 'html' || testcase.language === 'xhtml';
    let findings = [];
    if (html) {
      const task = {
        path: `${testcase.testcaseId}.html`,
        text: page,
        config: { extends: [], rules },
        configFile: 'act-report.yaml',
        relPath: `${testcase.testcaseId}.html`,
        cliRules: null,
        locale: 'en',
        fix: false,
      };
      findings = (await lintTask(task, registry)).findings;
    }
    const outcomes = [];
    for (const procedure of act.procedures) {
      const result = procedureOutcome(procedure, { html, page, findings, cantTell });
      outcomes.push(result.outcome);
      assertions.push({
        url: testcase.url,
        actRule: act.id,
        procedure: procedure.rule,
        outcome: result.outcome,
        ...(result.info ? { info: result.info } : {}),
      });
    }
    const actual = ruleOutcome(outcomes);
    cases.push({ actRule: act.id, name, expected: testcase.expected, actual });
    if (verbose && !agrees(testcase.expected, actual)) {
      console.log(
        `${act.id} ${testcase.title}: expected ${testcase.expected}, Bayan ${actual}\n  ${findings.map((f) => `${f.ruleId} ${f.message}`).join('\n  ') || '(no findings)'}`,
      );
    }
  }
}

const report = earlReport({ name: 'Bayan', version: VERSION, date: new Date().toISOString() }, assertions);
writeFileSync(output, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatAgreement(agreementByRule(cases)));
console.log(`\nEARL report (${assertions.length} assertions) written to ${output}`);

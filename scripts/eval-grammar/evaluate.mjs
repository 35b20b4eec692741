// The grammar pack's evaluation (issue 13): recall per rule on an injected-error set, and false
// warnings per 10,000 words of clean release prose. Both sets are text written for Bayan and live
// beside this file. Pure apart from reading those files: the caller passes the pack and the engine,
// so the same code runs from `pnpm eval:grammar` (compiled packages) and from vitest (sources).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = new URL('.', import.meta.url).pathname;
const MARK = /\{([^{}|]*)\|([^{}|]*)\}/u;

/** The injected cases: `{ruleId, right, wrong, start, end}` (start/end: the injected span in `wrong`). */
export function readCases(text = readFileSync(join(HERE, 'injected.txt'), 'utf8')) {
  const cases = [];
  let ruleId;
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('## ')) ruleId = line.slice(3).trim();
    if (line.startsWith('#') || line.trim() === '') return;
    const m = MARK.exec(line);
    if (!ruleId || !m)
      throw new Error(`injected.txt:${i + 1}: a case needs a "## rule-id" heading above it and one {right|wrong} mark`);
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + m[0].length);
    cases.push({
      ruleId,
      line: i + 1,
      right: before + m[1] + after,
      wrong: before + m[2] + after,
      start: before.length,
      end: before.length + m[2].length,
    });
  });
  return cases;
}

/** The clean prose: `{name, text}` for every .txt file of clean/. */
export function readClean() {
  const dir = join(HERE, 'clean');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Words of running text: white-space separated runs that hold a letter or a digit. */
export function countWords(text) {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export async function evaluate({ pack, core }) {
  const rules = pack.rules.map((rule) => ({
    rule,
    severity: rule.meta.docs.recommended === 'info' ? 'info' : 'warning',
    options: { ...(rule.meta.defaultOptions ?? {}) },
  }));
  const lintText = async (text) => {
    const parsed = core.parseDocument(text, { format: 'text', path: 'eval.txt' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const findings = await core.lint(parsed.document, { rules, locale: 'en', style: {}, settings: {} });
    const crash = findings.find((f) => f.ruleId === 'bayan/rule-error');
    if (crash) throw new Error(crash.message);
    return findings;
  };
  const outputsOf = (text, finding) => [
    ...(finding.fix ? [core.applyFixes(text, [finding.fix]).output] : []),
    ...(finding.suggestions ?? []).map((s) => core.applyFixes(text, [s.fix]).output),
  ];

  const perRule = new Map(pack.rules.map((r) => [r.meta.id, { id: r.meta.id, cases: 0, hits: 0, misses: [] }]));
  const rightFindings = [];
  for (const c of readCases()) {
    const entry = perRule.get(c.ruleId);
    if (!entry) throw new Error(`injected.txt:${c.line}: no rule ${c.ruleId} in the pack`);
    entry.cases++;
    const findings = await lintText(c.wrong);
    const over = findings.filter(
      (f) =>
        f.ruleId === c.ruleId && f.place.start.offset < Math.max(c.end, c.start + 1) && f.place.end.offset >= c.start,
    );
    if (over.some((f) => outputsOf(c.wrong, f).includes(c.right))) entry.hits++;
    else entry.misses.push({ line: c.line, wrong: c.wrong, got: over.map((f) => outputsOf(c.wrong, f)).flat() });
    for (const f of await lintText(c.right))
      rightFindings.push({ line: c.line, ruleId: f.ruleId, actual: f.actual, message: f.message });
  }

  const clean = { files: 0, words: 0, findings: [] };
  for (const { name, text } of readClean()) {
    clean.files++;
    clean.words += countWords(text);
    for (const f of await lintText(text))
      clean.findings.push({
        file: name,
        line: f.line,
        column: f.column,
        ruleId: f.ruleId,
        actual: f.actual,
        message: f.message,
      });
  }
  clean.per10k = (clean.findings.length * 10_000) / clean.words;

  const rulesOut = [...perRule.values()].map((r) => ({ ...r, recall: r.cases === 0 ? 0 : r.hits / r.cases }));
  return { rules: rulesOut, clean, rightFindings };
}

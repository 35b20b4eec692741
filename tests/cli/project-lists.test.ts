// A project's additions to the built-in lists, named in its config and read by the command through
// the file settings each pack declares (RulePack.fileSettings): orthography.misspellings,
// numbers.currencies and grammar.countNouns. Each file is checked against the built-in list's own
// schema and its examples run; a broken one is said with file:line and left out, the run goes on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { tempDir } from './helpers/run.js';

const MISSPELLINGS = `# The house's own slips.
entries:
  - wrong: الإنترنيت
    right: الإنترنت
    severity: safe
    class: letters
    examples:
      invalid:
        - text: التسجيل عبر الإنترنيت.
          output: التسجيل عبر الإنترنت.
      valid: [التسجيل عبر الإنترنت.]
`;

const CURRENCIES = `currencies:
  - code: QAR
    symbols: []
    word: ريال قطري
    examples:
      invalid:
        - { text: دفع 90 QAR رسومًا., suggestions: [دفع 90 ريال قطري رسومًا.] }
`;

const COUNT_NOUNS = `# Units the house leaves invariant, and a broken plural the lexicon does not give.
units: [كيلوواط]
nouns:
  - singular: زائر
    plurals: [زوار]
    examples:
      invalid:
        - { text: استقبل 3 زائر اليوم., suggestions: [استقبل 3 زوار اليوم.] }
      valid: [استقبل 3 زوار اليوم.]
`;

const RELEASE = [
  'أتيح التسجيل عبر الإنترنيت.',
  'دفع 90 QAR رسومًا.',
  'بلغ 20 كيلوواط فقط.',
  'استقبل 3 زائر اليوم.',
  '',
].join('\n');

function project(files: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'release.txt'), RELEASE);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endColumn: number;
  messageId: string;
  fix?: { text: string };
  suggestions?: Array<{ fix: { text: string } }>;
}

/** Each finding of a JSON report: place, rule, message id, and the text of its fix or suggestions. */
function findings(stdout: string): string[] {
  const [result] = JSON.parse(stdout) as Array<{ messages: JsonMessage[] }>;
  return result!.messages.map(
    (m) =>
      `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.messageId} ${m.fix ? `fix «${m.fix.text}»` : `suggest ${(m.suggestions ?? []).map((x) => `«${x.fix.text}»`).join(' ')}`}`,
  );
}

const CONFIG =
  'orthography:\n  misspellings: [./misspellings.yaml]\nnumbers:\n  currencies: [./currencies.yaml]\ngrammar:\n  countNouns: [./count-nouns.yaml]\n';

describe("a project's additions to the built-in lists", () => {
  it('without them: the built-in lists only', async () => {
    const run = await bayanIn(['--format', 'github', 'release.txt'], { cwd: project({}), real: true });
    expect(run.stdout).toBe(
      [
        '::warning file=release.txt,line=3,col=8,endLine=3,endColumn=15,title=grammar/counted-noun::After a number from 11 to 99 the noun is singular and accusative: “كيلوواطًا”, not “كيلوواط”.',
        '::warning file=release.txt,line=4,col=10,endLine=4,endColumn=14,title=grammar/counted-noun::After a number from 3 to 10 the noun is plural: “زائرين”, not “زائر”.',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(0);
  });

  it('with them: a house misspelling (fixed), a currency code, a unit left alone and a plural from the list', async () => {
    const dir = project({
      'bayan.config.yaml': CONFIG,
      'misspellings.yaml': MISSPELLINGS,
      'currencies.yaml': CURRENCIES,
      'count-nouns.yaml': COUNT_NOUNS,
    });
    const run = await bayanIn(['--format', 'json', 'release.txt'], { cwd: dir, real: true });
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toEqual([
      '1:18-27 orthography/common-misspellings misspelled fix «الإنترنت»',
      '2:8-11 numbers/currency symbol suggest «90 ريال قطري»',
      '4:10-14 grammar/counted-noun plural suggest «زوار»',
    ]);
    expect(run.status).toBe(1);
    const fixed = await bayanIn(['--fix-dry-run', '--format', 'json', 'release.txt'], { cwd: dir, real: true });
    expect((JSON.parse(fixed.stdout) as Array<{ output: string }>)[0]!.output.split('\n')[0]).toBe(
      'أتيح التسجيل عبر الإنترنت.',
    );
  });

  it('--print-config shows the files by path', async () => {
    const dir = project({
      'bayan.config.yaml': CONFIG,
      'misspellings.yaml': MISSPELLINGS,
      'currencies.yaml': CURRENCIES,
      'count-nouns.yaml': COUNT_NOUNS,
    });
    const shown = JSON.parse((await bayanIn(['--print-config', 'release.txt'], { cwd: dir, real: true })).stdout) as {
      settings: unknown;
    };
    expect(shown.settings).toEqual({
      orthography: { misspellings: [join(dir, 'misspellings.yaml')] },
      numbers: { currencies: [join(dir, 'currencies.yaml')] },
      grammar: { countNouns: [join(dir, 'count-nouns.yaml')] },
    });
  });

  it('a file that breaks the schema is said with file:line and left out; the run goes on and exits 2', async () => {
    const broken = MISSPELLINGS.replace('    severity: safe\n', '    severity: sure\n');
    const dir = project({
      'bayan.config.yaml': CONFIG,
      'misspellings.yaml': broken,
      'currencies.yaml': CURRENCIES,
      'count-nouns.yaml': COUNT_NOUNS,
    });
    const run = await bayanIn(['--format', 'json', 'release.txt'], { cwd: dir, real: true });
    expect(run.stderr).toBe(
      'bayan: config error: misspellings.yaml:5: entries[0].severity must be one of: "safe", "warn", "ctx" (orthography.misspellings[0] in bayan.config.yaml: this file is left out)\n',
    );
    // The other lists still apply; the house misspelling is not reported.
    expect(findings(run.stdout)).toEqual([
      '2:8-11 numbers/currency symbol suggest «90 ريال قطري»',
      '4:10-14 grammar/counted-noun plural suggest «زوار»',
    ]);
    expect(run.status).toBe(2);
  });

  it('a YAML syntax error and an example that does not hold are said with file:line too', async () => {
    const wrongExample = COUNT_NOUNS.replace(
      'suggestions: [استقبل 3 زوار اليوم.]',
      'suggestions: [استقبل 3 زائرين اليوم.]',
    );
    const dir = project({
      'bayan.config.yaml': CONFIG,
      'misspellings.yaml': 'entries: [\n',
      'currencies.yaml': CURRENCIES,
      'count-nouns.yaml': wrongExample,
    });
    const run = await bayanIn(['--format', 'github', 'release.txt'], { cwd: dir, real: true });
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^bayan: config error: misspellings\.yaml:2: YAML: .+ \(orthography\.misspellings\[0\] in bayan\.config\.yaml: this file is left out\)$/,
      ),
      'bayan: config error: count-nouns.yaml:8: grammar/counted-noun: «استقبل 3 زائر اليوم.»: the suggestions give ["استقبل 3 زوار اليوم."], not ["استقبل 3 زائرين اليوم."] (grammar.countNouns[0] in bayan.config.yaml: this file is left out)',
      '',
    ]);
    expect(run.status).toBe(2);
  });

  it('a missing file is a config error that stops the run, as for every file setting', async () => {
    const dir = project({ 'bayan.config.yaml': 'numbers:\n  currencies: [./nope.yaml]\n' });
    const run = await bayanIn(['release.txt'], { cwd: dir, real: true });
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'bayan: config error: bayan.config.yaml: numbers.currencies[0] names a file that does not exist: ./nope.yaml (looked for nope.yaml)\n',
    });
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayanIn } from './helpers/in-process.js';
import { FIXTURES, tempDir } from './helpers/run.js';

const CONFIG = join(FIXTURES, 'config');
const ERRORS = join(FIXTURES, 'errors');

function github(args: string[], cwd = CONFIG) {
  return bayanIn(['--format', 'github', ...args], { cwd });
}

describe('config discovery', () => {
  it('finds the nearest config walking up from each file, with presets, style, options, dictionaries, overrides and ignores', async () => {
    const run = await github([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        // bayan.config.yaml: demo/house makes latin-comma an error; the dictionary lists الوزارة (info).
        '::error file=a.txt,line=1,col=13,endLine=1,endColumn=15,title=demo/no-qi::“قي” should be “في”.',
        '::error file=a.txt,line=1,col=23,endLine=1,endColumn=24,title=demo/latin-comma::Use the Arabic comma “،”.',
        '::notice file=a.txt,line=1,col=28,endLine=1,endColumn=35,title=demo/terms::“الوزارة” is on the house list.',
        // overrides: drafts/** turn no-qi into a warning; archive/** is ignored.
        '::warning file=drafts/b.txt,line=1,col=7,endLine=1,endColumn=9,title=demo/no-qi::“قي” should be “في”.',
        // nested/.bayanrc.json: comma style latin, no-qi off; the recommended preset otherwise.
        '::warning file=nested/d.txt,line=1,col=24,endLine=1,endColumn=28,title=demo/currency::“جنية” is spelled “جنيه”.',
        // pkg/package.json "bayan" key: locale ar.
        '::error file=pkg/e.txt,line=1,col=7,endLine=1,endColumn=9,title=demo/no-qi::«قي» خطأ، والصواب «في».',
        '',
      ].join('\n'),
    );
  });

  it('--config uses one file for every file', async () => {
    const run = await github(['--config', 'nested/.bayanrc.json', 'a.txt', 'pkg/e.txt']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('--no-config applies the recommended preset', async () => {
    const run = await github(['--no-config', 'nested/d.txt']);
    expect(run.stdout).toBe(
      [
        '::error file=nested/d.txt,line=1,col=4,endLine=1,endColumn=6,title=demo/no-qi::“قي” should be “في”.',
        '::warning file=nested/d.txt,line=1,col=14,endLine=1,endColumn=15,title=demo/latin-comma::Use the Arabic comma “،”.',
        '::warning file=nested/d.txt,line=1,col=24,endLine=1,endColumn=28,title=demo/currency::“جنية” is spelled “جنيه”.',
        '',
      ].join('\n'),
    );
  });

  it('--rule sets severities and options over the config (YAML)', async () => {
    const run = await bayanIn(
      [
        '--format',
        'json',
        '--no-config',
        '--rule',
        'demo/no-qi: off',
        '--rule',
        'demo/currency: [error, {word: جنيهًا}]',
        'nested/d.txt',
      ],
      { cwd: CONFIG },
    );
    const [result] = JSON.parse(run.stdout) as Array<{
      messages: Array<{ ruleId: string; severity: number; message: string }>;
    }>;
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ['demo/latin-comma', 1, 'Use the Arabic comma “،”.'],
      ['demo/currency', 2, '“جنية” is spelled “جنيهًا”.'],
    ]);
    expect(run.status).toBe(1);
  });

  it('--rule wins over a config override', async () => {
    const run = await github(['--rule', 'demo/no-qi: error', 'drafts/b.txt']);
    expect(run.stdout).toBe(
      '::error file=drafts/b.txt,line=1,col=7,endLine=1,endColumn=9,title=demo/no-qi::“قي” should be “في”.\n',
    );
  });

  it('extends: strict turns every rule on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.bayanrc.yaml'), 'extends: strict\n');
    writeFileSync(join(dir, 'x.txt'), 'الوزارة\n');
    const run = await bayanIn(['--print-config', 'x.txt'], { cwd: dir });
    const shown = JSON.parse(run.stdout) as { rules: Record<string, { severity: string }> };
    expect(Object.values(shown.rules).map((r) => r.severity)).not.toContain('off');
    expect(shown.rules['demo/terms']!.severity).toBe('warning');
  });

  it('--print-config prints the resolved config for a file', async () => {
    const run = await bayanIn(['--print-config', 'drafts/b.txt'], { cwd: CONFIG });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      configFile: 'bayan.config.yaml',
      ignored: false,
      locale: 'en',
      style: { comma: 'arabic' },
      settings: { demo: { dictionaries: [join(CONFIG, 'terms.yaml')] } },
      rules: {
        'demo/log': { severity: 'info', options: {} },
        'demo/no-qi': { severity: 'warning', options: {} },
        'demo/latin-comma': { severity: 'error', options: {} },
        'demo/currency': { severity: 'warning', options: { word: 'جنيه' } },
        'demo/terms': { severity: 'info', options: {} },
      },
      ignores: ['archive/**'],
    });
    expect(JSON.parse((await bayanIn(['--print-config', 'archive/c.txt'], { cwd: CONFIG })).stdout).ignored).toBe(true);
  });
});

describe('config errors exit 2 with file, key and what is wrong', () => {
  const cases: Array<[string, string]> = [
    [
      'yaml-syntax',
      'bayan: config error: bayan.config.yaml: line 3, column 1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]\n',
    ],
    [
      'unknown-rule',
      'bayan: config error: .bayanrc.yaml: rules.demo/no-such-rule is not a known rule (rules of demo: demo/currency, demo/latin-comma, demo/log, demo/no-qi, demo/terms)\n',
    ],
    ['bad-options', 'bayan: config error: .bayanrc.json: rules.demo/currency[1] unknown key "colour"\n'],
    [
      'missing-dictionary',
      'bayan: config error: bayan.config.yaml: demo.dictionaries[0] names a file that does not exist: ./missing.yaml (looked for missing.yaml)\n',
    ],
    ['bad-dictionary', 'bayan: config error: bayan.config.yaml: demo terms.yaml:2: terms must be array\n'],
    [
      'unknown-key',
      'bayan: config error: bayan.config.yaml: (top level) unknown key "colour" (allowed: $schema, extends, locale, style, rules, ignores, overrides, demo)\n',
    ],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const run = await bayanIn([], { cwd: join(ERRORS, name) });
      expect(run).toEqual({ status: 2, stdout: '', stderr: message });
    });
  }

  it('never loads a JavaScript config: found configs are YAML/JSON only, and --config refuses code', async () => {
    const dir = join(ERRORS, 'js-config');
    expect(await bayanIn([], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const run = await bayanIn(['--config', 'bayan.config.js'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'bayan: config error: bayan.config.js: (file) is not a config file Bayan reads: use YAML (.yaml, .yml) or JSON (.json); a config can never be code\n',
    );
  });

  it('an unknown --rule id or bad --rule options name --rule', async () => {
    expect(await bayanIn(['--rule', 'demo/nope: error', 'basic/clean.txt'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'bayan: config error: --rule: rules.demo/nope is not a known rule (rules of demo: demo/currency, demo/latin-comma, demo/log, demo/no-qi, demo/terms)\n',
    });
    const bad = await bayanIn(['--rule', 'demo/currency: [warn, {word: 3}]', 'basic/clean.txt']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('bayan: config error: --rule: rules.demo/currency[1].word must be string\n');
    expect((await bayanIn(['--rule', 'just-text', 'basic/clean.txt'])).stderr).toBe(
      "bayan: --rule 'just-text': expected 'rule-id: severity' or 'rule-id: [severity, {options}]'\n",
    );
  });

  it('an unknown preset is a config error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bayan.config.yaml'), 'extends: house\n');
    writeFileSync(join(dir, 'x.txt'), 'نص.\n');
    const run = await bayanIn([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'bayan: config error: bayan.config.yaml: extends names an unknown preset "house" (allowed: recommended, strict, demo/house)\n',
    );
  });
});

describe('--init', () => {
  it('writes a commented starter config that Bayan reads, and never overwrites one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), 'قي\n');
    const run = await bayanIn(['--init'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: 'Wrote bayan.config.yaml\n', stderr: '' });
    const text = readFileSync(join(dir, 'bayan.config.yaml'), 'utf8');
    expect(text).toMatch(/^# Bayan configuration/);
    expect(text).toContain('extends: recommended');
    // The starter config is valid and in effect (locale: ar).
    const lint = await bayanIn(['--format', 'github'], { cwd: dir });
    expect(lint.stdout).toBe(
      '::error file=x.txt,line=1,col=1,endLine=1,endColumn=3,title=demo/no-qi::«قي» خطأ، والصواب «في».\n',
    );
    const again = await bayanIn(['--init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('bayan: bayan.config.yaml already exists here; --init leaves it as it is\n');
    expect(readFileSync(join(dir, 'bayan.config.yaml'), 'utf8')).toBe(text);
    expect(existsSync(join(dir, 'bayan.config.yaml'))).toBe(true);
  });
});

describe('locale of messages', () => {
  const file = ['--format', 'github', '--no-config', 'basic/page.html'];
  const arabic =
    '::error file=basic/page.html,line=1,col=14,endLine=1,endColumn=16,title=demo/no-qi::«قي» خطأ، والصواب «في».\n';
  const english =
    '::error file=basic/page.html,line=1,col=14,endLine=1,endColumn=16,title=demo/no-qi::“قي” should be “في”.\n';
  it('is English by default', async () => expect((await bayanIn(file)).stdout).toBe(english));
  it('is Arabic when LANG starts with ar', async () =>
    expect((await bayanIn(file, { env: { LANG: 'ar_EG.UTF-8' } })).stdout).toBe(arabic));
  it('LC_ALL wins over LANG', async () =>
    expect((await bayanIn(file, { env: { LANG: 'ar_EG.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout).toBe(english));
  it('--locale wins over the environment', async () =>
    expect((await bayanIn(['--locale', 'en', ...file], { env: { LC_ALL: 'ar_SA.UTF-8' } })).stdout).toBe(english));
  it('the config locale wins over the environment', async () => {
    expect(
      (await bayanIn(['--format', 'github', 'pkg/e.txt'], { cwd: CONFIG, env: { LC_ALL: 'en_US.UTF-8' } })).stdout,
    ).toContain('«قي» خطأ');
  });
  it('an unknown --locale is a usage error', async () => {
    expect(await bayanIn(['--locale', 'fr', 'basic'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'bayan: --locale fr: use ar or en\n',
    });
  });
});

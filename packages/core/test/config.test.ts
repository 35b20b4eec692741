import { describe, expect, it } from 'vitest';
import {
  activeRules,
  ConfigError,
  dataFilesSettingSchema,
  definePack,
  isIgnored,
  knownWordsOf,
  resolveConfig,
  RuleRegistry,
  validateConfig,
} from '../src/index.js';
import { registry, testPack } from './helpers.js';

describe('resolveConfig', () => {
  it('uses the recommended preset when there is no config', () => {
    const resolved = resolveConfig(null, 'a.md', registry);
    expect(resolved.rules).toEqual({
      'test/qi': { severity: 'error', options: {} },
      'test/option-rule': { severity: 'off', options: { mode: 'a', limit: 3 } },
    });
    expect(activeRules(resolved, registry).map((r) => r.rule.meta.id)).toEqual(['test/qi']);
  });

  it('a config without extends builds on recommended; extends: [] starts from nothing', () => {
    expect(resolveConfig({ locale: 'en' }, 'a.md', registry).rules['test/qi']!.severity).toBe('error');
    expect(resolveConfig({ extends: [] }, 'a.md', registry).rules).toEqual({});
    expect(
      activeRules(resolveConfig({ extends: [], rules: { 'test/qi': 'warn' } }, 'a.md', registry), registry).map((r) => [
        r.rule.meta.id,
        r.severity,
      ]),
    ).toEqual([['test/qi', 'warning']]);
  });

  it('strict turns every rule on, with severity from the rule type', () => {
    const resolved = resolveConfig({ extends: 'strict' }, 'a.md', registry);
    expect(resolved.rules['test/option-rule']!.severity).toBe('warning');
  });

  it('merges presets, rules, options defaults and overrides by glob', () => {
    const config = validateConfig(
      {
        extends: ['recommended', 'test/house'],
        locale: 'en',
        style: { digits: 'western' },
        rules: { 'test/qi': 'warn' },
        overrides: [
          { files: ['drafts/**/*.md'], rules: { 'test/qi': 'off', 'test/option-rule': ['warn', { limit: 9 }] } },
        ],
        ignores: ['archive/**'],
      },
      'bayan.config.yaml',
      registry,
    );
    const main = resolveConfig(config, 'releases/a.md', registry, 'bayan.config.yaml');
    expect(main.locale).toBe('en');
    expect(main.style).toEqual({ digits: 'western' });
    expect(main.rules['test/qi']).toEqual({ severity: 'warning', options: {} });
    expect(main.rules['test/option-rule']).toEqual({ severity: 'error', options: { mode: 'b', limit: 3 } });
    const draft = resolveConfig(config, 'drafts/x/b.md', registry, 'bayan.config.yaml');
    expect(draft.rules['test/qi']!.severity).toBe('off');
    expect(draft.rules['test/option-rule']).toEqual({ severity: 'warning', options: { mode: 'a', limit: 9 } });
    expect(isIgnored(main, 'archive/old.md')).toBe(true);
    expect(isIgnored(main, 'releases/a.md')).toBe(false);
  });

  it('a bare severity keeps the options set by an earlier layer (ESLint semantics)', () => {
    const resolved = resolveConfig(
      { extends: ['test/house'], rules: { 'test/option-rule': 'warn' } },
      'a.md',
      registry,
    );
    expect(resolved.rules['test/option-rule']).toEqual({ severity: 'warning', options: { mode: 'b', limit: 3 } });
  });

  it.each([
    [
      { rulez: {} },
      'c.yaml: (top level) unknown key "rulez" (allowed: $schema, extends, locale, style, rules, ignores, overrides)',
    ],
    [{ locale: 'fr' }, 'c.yaml: locale must be one of: "ar", "en"'],
    [
      { rules: { 'test/qi': 'loud' } },
      'c.yaml: rules.test/qi must be one of: "off", "info", "warn", "warning", "error", 0, 1, 2, or a list [that, {options}]',
    ],
    [{ extends: 3 }, 'c.yaml: extends must be string or array'],
    [{ style: { digits: 'roman' } }, 'c.yaml: style.digits must be one of: "western", "arabic-indic", "consistent"'],
    [{ style: { colour: 'red' } }, 'c.yaml: style unknown key "colour"'],
    [{ overrides: [{ rules: {} }] }, 'c.yaml: overrides[0] is missing the required key "files"'],
    [[1, 2], 'c.yaml: (top level) must be a mapping of keys (extends, locale, style, rules, overrides, ignores)'],
  ])('rejects %j with a message naming the key', (raw, message) => {
    expect(() => validateConfig(raw, 'c.yaml', registry)).toThrow(ConfigError);
    expect(() => validateConfig(raw, 'c.yaml', registry)).toThrow(message);
  });

  it.each([
    [
      { rules: { 'test/nope': 'error' } },
      'c.yaml: rules.test/nope is not a known rule (rules of test: test/option-rule, test/qi)',
    ],
    [
      { rules: { 'test/option-rule': ['error', { mode: 'z' }] } },
      'c.yaml: rules.test/option-rule[1].mode must be one of: "a", "b"',
    ],
    [
      { rules: { 'test/option-rule': ['error', { extra: 1 }] } },
      'c.yaml: rules.test/option-rule[1] unknown key "extra"',
    ],
    [
      { rules: { 'test/qi': ['error', { x: 1 }] } },
      'c.yaml: rules.test/qi[1] is not allowed: this rule has no options',
    ],
    [{ extends: 'nope' }, 'c.yaml: extends names an unknown preset "nope" (allowed: recommended, strict, test/house)'],
  ])('rejects %j when resolving', (raw, message) => {
    expect(() => resolveConfig(raw as never, 'a.md', registry, 'c.yaml')).toThrow(message);
  });
});

describe('known words (RulePack.knownWords)', () => {
  const shipped = new Set(['داعش']);
  const sections: unknown[] = [];
  const words = definePack({
    name: 'words',
    description: { ar: 'ك', en: 'w' },
    rules: [],
    settingsSchema: { type: 'object', properties: { extra: { type: 'array', items: { type: 'string' } } } },
    prepareSettings: (section) => ({ prepared: (section as { extra: string[] }).extra }),
    knownWords(section) {
      sections.push(section);
      return section === undefined ? shipped : new Set([...shipped, ...(section as { prepared: string[] }).prepared]);
    },
  });
  const both = new RuleRegistry([testPack, words]);

  it('gathers each pack’s set, from its prepared section or with none, into settings.knownWords', () => {
    const plain = resolveConfig(null, 'a.md', both);
    expect(knownWordsOf(plain.settings)).toEqual([shipped]);
    expect(knownWordsOf(plain.settings)[0]).toBe(shipped);
    const configured = resolveConfig({ words: { extra: ['كوفاكس'] } } as never, 'a.md', both);
    expect(knownWordsOf(configured.settings).map((s) => [...s])).toEqual([['داعش', 'كوفاكس']]);
    expect(sections).toEqual([undefined, { prepared: ['كوفاكس'] }]);
  });

  it('is absent when no pack contributes, and knownWordsOf ignores anything but sets', () => {
    expect(resolveConfig(null, 'a.md', registry).settings).toEqual({});
    expect(knownWordsOf({})).toEqual([]);
    expect(knownWordsOf({ knownWords: ['داعش', new Set(['كوفاكس'])] }).map((s) => [...s])).toEqual([['كوفاكس']]);
  });

  it('no pack may take the key’s name', () => {
    expect(
      () => new RuleRegistry([definePack({ name: 'knownWords', description: { ar: 'ك', en: 'k' }, rules: [] })]),
    ).toThrow("A pack may not be named knownWords: settings.knownWords holds the packs' known words.");
  });
});

describe('RuleRegistry', () => {
  it('rejects two packs declaring the same style key', () => {
    const other = definePack({
      name: 'other',
      description: { ar: 'أ', en: 'o' },
      rules: [],
      styleSchema: { digits: { enum: ['x'] } },
    });
    expect(() => new RuleRegistry([testPack, other])).toThrow('Style key "digits" is declared by both test and other.');
  });

  it('rejects a rule whose id is outside its pack', () => {
    expect(() => definePack({ name: 'p', description: { ar: 'أ', en: 'p' }, rules: testPack.rules })).toThrow(
      'Rule test/qi does not belong to pack p',
    );
  });

  it('derives the settings schema of a pack whose section holds only file settings', () => {
    const lists = definePack({
      name: 'lists',
      description: { ar: 'ق', en: 'l' },
      rules: [],
      fileSettings: { terms: { schema: { type: 'object' } } },
    });
    expect(lists.settingsSchema).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: { terms: dataFilesSettingSchema },
    });
    const reg = new RuleRegistry([lists]);
    expect(() => validateConfig({ lists: { terms: ['./a.yaml'] } }, 'c.yaml', reg)).not.toThrow();
    expect(() => validateConfig({ lists: { other: ['./a.yaml'] } }, 'c.yaml', reg)).toThrow(ConfigError);
  });
});

describe('validateConfig', () => {
  it('returns a copy and never changes the caller’s object', () => {
    const raw = { rules: { 'test/qi': 'warn' } };
    const frozen = JSON.stringify(raw);
    const config = validateConfig(raw, 'c.yaml', registry);
    expect(config).toEqual(raw);
    expect(config).not.toBe(raw);
    expect(JSON.stringify(raw)).toBe(frozen);
  });
});

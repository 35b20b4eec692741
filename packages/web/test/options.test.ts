import { describe, expect, it } from 'vitest';
import { configOf, PageEngine } from '../src/engine.js';
import { choices, packInfo } from '../src/pack-info.js';
import { textPacks } from '../src/packs.js';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, STORAGE_KEY } from '../src/storage.js';

describe('the packs in the page', () => {
  it('are every rule pack of the repository but a11y, found at build time', () => {
    const names = textPacks.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['numbers', 'orthography', 'punctuation', 'rtl', 'terminology']));
    expect(names).not.toContain('a11y');
  });

  it('offer their enum style keys, presets and dictionaries to the options panel', () => {
    const infos = Object.fromEntries(textPacks.map((p) => [p.name, packInfo(p)]));
    expect(infos.numbers!.style).toContainEqual({ key: 'digits', values: ['western', 'arabic-indic', 'consistent'] });
    expect(infos.terminology!.presets).toContain('terminology/gov-uk');
    expect(infos.terminology!.dictionaries).toBe(true);
    expect(infos.numbers!.dictionaries).toBe(false);
    expect(choices({ anyOf: [{ enum: ['a', 'b'] }, { type: 'array' }] })).toEqual(['a', 'b']);
    expect(choices({ type: 'object' })).toEqual([]);
  });
});

describe('options → config → findings', () => {
  const engine = new PageEngine(textPacks);
  const run = (text: string, options: Parameters<typeof configOf>[0]) =>
    engine.lint({ text, format: 'text', locale: 'en', options });

  it('builds the config a bayan.config.yaml with the same choices would hold', () => {
    expect(
      configOf(
        {
          preset: 'terminology/gov-uk',
          style: { digits: 'arabic-indic' },
          dictionaries: { terminology: [{ file: 'd.yaml', text: 'x' }] },
        },
        engine.registry,
      ),
    ).toEqual({
      extends: ['recommended', 'terminology/gov-uk'],
      style: { digits: 'arabic-indic' },
      terminology: { dictionaries: [{ file: 'd.yaml', text: 'x' }] },
    });
  });

  it('applies a style choice: digits', async () => {
    const text = 'بلغ العدد 25 شخصًا.\n';
    expect(await run(text, { preset: 'recommended', style: {}, dictionaries: {} })).toEqual([]);
    const arabicIndic = await run(text, { preset: 'recommended', style: { digits: 'arabic-indic' }, dictionaries: {} });
    expect(arabicIndic.map((f) => [f.ruleId, f.fix?.text])).toEqual([['numbers/digit-system', '٢٥']]);
  });

  it('applies a house dictionary, and names the file of a broken one', async () => {
    const dictionary = [
      'name: house',
      'entries:',
      '  - id: smartphone',
      '    kind: substitution',
      '    preferred: الهاتف الذكي',
      '    variants: [الموبايل]',
      '    note: {ar: نكتب «الهاتف الذكي»., en: We write “الهاتف الذكي”.}',
      '    source: [house style]',
      '    examples:',
      '      - {from: اشترى الموبايل, to: اشترى الهاتف الذكي}',
      '',
    ].join('\n');
    const options = {
      preset: 'recommended',
      style: {},
      dictionaries: { terminology: [{ file: 'house.yaml', text: dictionary }] },
    };
    const findings = await run('اشترى الموبايل أمس.\n', options);
    expect(findings.map((f) => [f.ruleId, f.fix?.text])).toEqual([['terminology/preferred-terms', 'الهاتف الذكي']]);
    await expect(
      run('نص.\n', { ...options, dictionaries: { terminology: [{ file: 'bad.yaml', text: 'terms: [' }] } }),
    ).rejects.toThrow(/bad\.yaml/);
  });
});

describe('remembered settings', () => {
  it('round-trip through storage and reject malformed data field by field', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    const settings = {
      locale: 'en' as const,
      format: 'markdown' as const,
      options: { preset: 'strict', style: { quotes: 'guillemets' }, dictionaries: {} },
    };
    saveSettings(storage, settings);
    expect(JSON.parse(store.get(STORAGE_KEY)!)).toEqual(settings);
    expect(loadSettings(storage)).toEqual(settings);
    expect(
      parseSettings(
        '{"locale":"fr","format":"exe","options":{"preset":7,"style":{"digits":1,"quotes":"x"},"dictionaries":{"terminology":[{"file":"a"}]}}}',
      ),
    ).toEqual({
      locale: 'ar',
      format: 'text',
      options: { preset: 'recommended', style: { quotes: 'x' }, dictionaries: {} },
    });
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
  });
});

/**
 * eslint-plugin-bayan: the `bayan/release` language and every Bayan rule,
 * from the same registry as the `bayan` command, so a rule added to a pack
 * appears here without a change to this package. The asynchronous rules (the
 * a11y pack's axe-core checks) run in a worker behind synckit.
 */
import { defaultRegistry, VERSION } from '@bayan/cli';
import { normalizeSeverity, presetConfig, type RuleSetting } from '@bayan/core';
import type { ConfigObject, Language, Plugin, RuleDefinition } from '@eslint/core';
import { isAsynchronous } from './classify.js';
import { createLanguage } from './language.js';
import { toEslintRule } from './rules.js';

export type { BayanLanguageOptions } from './options.js';
export { BayanSourceCode } from './source-code.js';

const registry = defaultRegistry();
const all = registry.ids().map((id) => registry.get(id)!);
// ESLint runs rules synchronously: what packs load lazily on first use is loaded once, here.
await Promise.all([...registry.packs.values()].map((pack) => pack.preload?.()));

/** Rules whose visitors are async (they run in the synckit worker). */
export const asynchronousRules: readonly string[] = all.filter(isAsynchronous).map((r) => r.meta.id);

export const rules: Record<string, RuleDefinition> = Object.fromEntries(all.map((r) => [r.meta.id, toEslintRule(r)]));

export const language: Language = createLanguage(registry, new Set(asynchronousRules)) as unknown as Language;

/** The files the recommended config lints. */
export const FILES = ['**/*.md', '**/*.markdown', '**/*.txt', '**/*.html', '**/*.htm'];

function eslintSeverity(setting: RuleSetting): 'error' | 'warn' | 'off' {
  const severity = normalizeSeverity(
    (Array.isArray(setting) ? setting[0] : setting) as Parameters<typeof normalizeSeverity>[0],
  );
  return severity === 'error' ? 'error' : severity === 'off' ? 'off' : 'warn';
}

/** Bayan's `recommended` preset, for the rules ESLint runs. */
const recommendedRules: Record<string, 'error' | 'warn'> = {};
for (const [id, setting] of Object.entries(presetConfig('recommended', registry).rules ?? {})) {
  const severity = eslintSeverity(setting);
  if (severity !== 'off') recommendedRules[`bayan/${id}`] = severity;
}

const plugin = {
  meta: { name: 'eslint-plugin-bayan', version: VERSION, namespace: 'bayan' },
  languages: { release: language },
  rules,
  configs: {} as Record<string, ConfigObject>,
} satisfies Plugin;

plugin.configs.recommended = {
  name: 'bayan/recommended',
  files: FILES,
  plugins: { bayan: plugin },
  language: 'bayan/release',
  rules: recommendedRules,
};

export default plugin;

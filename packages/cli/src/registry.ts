/**
 * The rule packs the `bayan` command runs. Each pack's index exports `pack`;
 * a pack that does not (yet) export one is left out instead of breaking the
 * command, and `missingPacks()` names it so `--list-rules` can say so.
 */
import type { RulePack } from '@bayan/core';
import { RuleRegistry } from '@bayan/core';
import * as a11y from '@bayan/rules-a11y';
import * as grammar from '@bayan/rules-grammar';
import * as numbers from '@bayan/rules-numbers';
import * as orthography from '@bayan/rules-orthography';
import * as punctuation from '@bayan/rules-punctuation';
import * as rtl from '@bayan/rules-rtl';
import * as terminology from '@bayan/rules-terminology';

const MODULES: Record<string, object> = { orthography, grammar, punctuation, terminology, numbers, rtl, a11y };

function packOfModule(module: object): RulePack | undefined {
  const candidate = (module as { pack?: unknown }).pack;
  return candidate && typeof candidate === 'object' && 'rules' in candidate ? (candidate as RulePack) : undefined;
}

/** The packs that load, in a fixed order. */
export const packs: RulePack[] = Object.values(MODULES).flatMap((m) => {
  const pack = packOfModule(m);
  return pack ? [pack] : [];
});

/** Names of packs whose module exports no `pack`. */
export function missingPacks(): string[] {
  return Object.entries(MODULES)
    .filter(([, m]) => !packOfModule(m))
    .map(([name]) => name);
}

export function defaultRegistry(): RuleRegistry {
  return new RuleRegistry(packs);
}

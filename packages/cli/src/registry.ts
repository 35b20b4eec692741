/**
 * The rule packs the `bayan` command runs: each pack's index exports `pack`
 * (a pack without one is a type error here, not a pack silently left out).
 */
import type { RulePack } from '@bayan/core';
import { RuleRegistry } from '@bayan/core';
import { pack as a11y } from '@bayan/rules-a11y';
import { pack as grammar } from '@bayan/rules-grammar';
import { pack as numbers } from '@bayan/rules-numbers';
import { pack as orthography } from '@bayan/rules-orthography';
import { pack as punctuation } from '@bayan/rules-punctuation';
import { pack as rtl } from '@bayan/rules-rtl';
import { pack as terminology } from '@bayan/rules-terminology';

/** The packs, in a fixed order. */
export const packs: RulePack[] = [orthography, grammar, punctuation, terminology, numbers, rtl, a11y];

export function defaultRegistry(): RuleRegistry {
  return new RuleRegistry(packs);
}

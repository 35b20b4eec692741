/// <reference types="vite/client" />
/**
 * The rule packs the page runs, found at build time: every `rules/<pack>`
 * whose index exports `pack` is bundled, so a pack or rule added to the
 * repository appears in the page without a change here. The a11y pack is the
 * exception: it needs a DOM for axe-core, so it runs on the main thread and is
 * loaded only when an HTML or Markdown draft asks for it (see a11y.ts).
 */
import type { RulePack } from '@bayan/core';

const modules = import.meta.glob<{ pack?: unknown }>(
  ['../../../rules/*/src/index.ts', '!../../../rules/a11y/src/index.ts'],
  { eager: true },
);

export function isPack(candidate: unknown): candidate is RulePack {
  return typeof candidate === 'object' && candidate !== null && 'name' in candidate && 'rules' in candidate;
}

/** The text packs (everything but a11y), in a stable order. */
export const textPacks: RulePack[] = Object.keys(modules)
  .sort()
  .flatMap((key) => {
    const pack = modules[key]!.pack;
    return isPack(pack) ? [pack] : [];
  });

import { existsSync, readFileSync } from 'node:fs';

/**
 * Path of the seed release (a real published release with real slips), beside the repository
 * (`../shared/seeds/`). A clone of the repository on its own does not have it: the tests that read it
 * are skipped there (`HAS_SEED`), and fixtures/releases/slips.ar.txt, a release written for Bayan with
 * the same slips, is tested everywhere (tests/releases.test.ts).
 */
export const SEED_PATH = new URL('../../../shared/seeds/press-release-2024-09-30.ar.txt', import.meta.url).pathname;

export const HAS_SEED = existsSync(SEED_PATH);

if (!HAS_SEED) {
  console.warn(`Seed release not found at ${SEED_PATH} (a clone without ../shared): its tests are skipped; fixtures/releases/slips.ar.txt covers the same slips.`);
}

/** The seed release's text, read as it is (it must stay readable; never copy it into fixtures). */
export function readSeed(): string {
  return HAS_SEED ? readFileSync(SEED_PATH, 'utf8') : '';
}

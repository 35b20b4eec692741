import { existsSync, readFileSync } from 'node:fs';

/**
 * The seed release (a real published release with real slips) is not part of the repository: a host
 * that has it names its path in BAYAN_SEED (`.ci/run` does, from the folder beside the checkout). Without
 * it the tests that read it are skipped with a printed reason, and fixtures/releases/slips.ar.txt, a
 * release written for Bayan with the same slips, is tested everywhere (tests/releases.test.ts).
 */
export const SEED_PATH = process.env.BAYAN_SEED ?? '';

export const HAS_SEED = SEED_PATH !== '' && existsSync(SEED_PATH);

if (!HAS_SEED) {
  console.warn(
    `Seed release not available (BAYAN_SEED ${SEED_PATH ? `names ${SEED_PATH}, which does not exist` : 'is not set'}): its tests are skipped; fixtures/releases/slips.ar.txt covers the same slips.`,
  );
}

/** The seed release's text, read as it is (it must stay readable; never copy it into fixtures). */
export function readSeed(): string {
  return HAS_SEED ? readFileSync(SEED_PATH, 'utf8') : '';
}

import { readFileSync } from 'node:fs';

/** Path of the seed release (a real published release with real slips), beside the repository. */
export const SEED_PATH = new URL('../../../shared/seeds/press-release-2024-09-30.ar.txt', import.meta.url).pathname;

/** The seed release's text, read as it is (it must stay readable; never copy it into fixtures). */
export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

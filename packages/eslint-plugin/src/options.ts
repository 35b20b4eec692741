import type { Locale } from '@bayan/core';

/** `languageOptions` of the `bayan/release` language. */
export interface BayanLanguageOptions {
  /** Language of the messages (default `ar`). */
  locale?: Locale;
  /** House-style choices, as in a Bayan config's `style` block. */
  style?: Record<string, unknown>;
  /** Pack sections, as in a Bayan config (e.g. `{ terminology: { preferred: … } }`). */
  settings?: Record<string, unknown>;
  [key: string]: unknown;
}

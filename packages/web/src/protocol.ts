import type { Finding, Format, Locale } from '@bayan/core';
import type { PageOptions } from './engine.js';

/** Main thread → worker. */
export interface LintMessage {
  seq: number;
  text: string;
  format: Format;
  locale: Locale;
  options: PageOptions;
  /** Rules not to run (the page-level a11y rules on a Word file, for one). */
  skip?: string[];
}

/** Worker → main thread. */
export type WorkerReply =
  | { seq: number; ok: true; findings: Finding[]; ms: number }
  | { seq: number; ok: false; error: string }
  | { ready: true; packs: PackInfo[] }
  /** The worker has linted a sample once: its first real lint runs at full speed. */
  | { warm: true };

/** What the options panel needs to know about each pack (plain data: it crosses the worker boundary). */
export interface PackInfo {
  name: string;
  description: { ar: string; en: string };
  presets: string[];
  /** Style keys with the values allowed (enums only; other keys are for config files). */
  style: Array<{ key: string; values: string[] }>;
  /** Whether the pack takes house dictionaries (`<pack>: { dictionaries: [...] }`). */
  dictionaries: boolean;
  rules: number;
}

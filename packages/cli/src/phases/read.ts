/**
 * Phase 2, read and decode: each planned file's bytes become text. A file
 * that cannot be read or decoded becomes a finding here (the run goes on);
 * with --cache, a file whose content and config did not change gets its
 * findings from the cache here and skips the lint phase.
 */
import { statSync } from 'node:fs';
import { fatalFinding, type Finding, type RuleRegistry } from '@bayan/core';
import { ResultCache } from '../cache.js';
import { CHUNK_CHARS, decode, MAX_FILE_BYTES, maxBytesFor, unreadableReason, WHOLE_DOCUMENT_BYTES } from '../decode.js';
import { readRegularFileSync } from '../regular-file.js';
import { withCliRules } from '../lint-file.js';
import type { FileResult } from '../result.js';
import { VERSION } from '../version.js';
import type { Session } from '../session.js';
import type { PlannedFile } from './plan.js';

/** A file that still has to be linted (its text decoded). */
export interface PendingFile extends PlannedFile {
  bytes: Uint8Array;
  cacheKey?: string;
}

export interface ReadOutcome {
  /** Results so far, by report position (files still to lint are holes). */
  results: FileResult[];
  /** The files to lint, in report order. */
  pending: PendingFile[];
  /** Plain text over WHOLE_DOCUMENT_BYTES, not read here: linted as a stream (big-file.ts). */
  big: PlannedFile[];
}

/** Whether a run may stream its big files: not standard input, nor a cache or a diff that need the whole text. */
export function streamsBigFiles(session: Session, cache: ResultCache | null): boolean {
  return !session.opts.stdin && !cache && !session.opts.fixDryRun;
}

/** Plain text on disk over WHOLE_DOCUMENT_BYTES (a file that cannot be stat'ed is read as usual, and says why). */
function isBig(file: PlannedFile): boolean {
  if (!file.absolute || file.bytes || (file.task.format ?? 'text') !== 'text') return false;
  const size = file.size ?? statSync(file.absolute, { throwIfNoEntry: false })?.size ?? 0;
  return size > WHOLE_DOCUMENT_BYTES && size <= MAX_FILE_BYTES;
}

/** What decides a file's findings besides its text: format, locale, rules, style and the packs' settings. */
function configKey(file: PlannedFile, registry: RuleRegistry): string {
  const effective = withCliRules(file.task.config, file.task.cliRules);
  const sections = [...registry.packs.keys()].map((name) => effective?.[name] ?? null);
  const { format, locale, inlineConfig, unusedDirectives } = file.task;
  return JSON.stringify([
    format,
    locale,
    inlineConfig,
    unusedDirectives,
    registry.ids(),
    file.config.resolved.rules,
    file.config.resolved.style,
    sections,
  ]);
}

/** A config digest already computed for a resolved config, with the task settings it was computed for. */
interface DigestOf {
  config: unknown;
  cliRules: unknown;
  settings: string;
  digest: string;
}
const digests = new WeakMap<object, DigestOf[]>();

/**
 * The config part of a file's cache key, hashed: computed once per resolved config and task settings (the
 * files of one folder share them), not once per file.
 */
function configDigest(file: PlannedFile, registry: RuleRegistry): string {
  const { config, cliRules, format, locale, inlineConfig, unusedDirectives } = file.task;
  const settings = JSON.stringify([format, locale, inlineConfig, unusedDirectives]);
  let known = digests.get(file.config.resolved);
  if (!known) digests.set(file.config.resolved, (known = []));
  const same = known.find((k) => k.config === config && k.cliRules === cliRules && k.settings === settings);
  if (same) return same.digest;
  const digest = ResultCache.configDigest(configKey(file, registry), VERSION);
  known.push({ config, cliRules, settings, digest });
  return digest;
}

function failed(file: PlannedFile, finding: Finding): FileResult {
  return { filePath: file.filePath, displayPath: file.displayPath, findings: [finding], source: '' };
}

/** One file: its result when it is settled here (unreadable, or in the cache), else the file to lint. */
function readOne(
  file: PlannedFile,
  session: Session,
  cache: { results: ResultCache; key: typeof ResultCache.key } | null,
): FileResult | PendingFile {
  const locale = file.task.locale;
  const maxBytes = maxBytesFor(file.task.format);
  let bytes = file.bytes;
  if (!bytes) {
    try {
      bytes = readRegularFileSync(file.absolute!, maxBytes);
    } catch (error) {
      return failed(file, fatalFinding(unreadableReason(error, locale), locale));
    }
  }
  const decoded = decode(bytes, locale, maxBytes);
  if (!decoded.ok) {
    const finding = fatalFinding(decoded.reason, locale);
    if (decoded.empty) finding.severity = 'warning';
    return failed(file, finding);
  }
  file.task.text = decoded.text;
  // Plain text over the whole-document size is linted paragraph by paragraph (lint-file.ts).
  if (bytes.length > WHOLE_DOCUMENT_BYTES) file.task.chunkChars = CHUNK_CHARS;
  const ready: PendingFile = { ...file, bytes };
  if (cache && file.absolute) {
    ready.cacheKey = cache.key(decoded.text, configDigest(file, session.registry));
    const hit = cache.results.get(file.absolute, ready.cacheKey);
    if (hit) return { filePath: file.filePath, displayPath: file.displayPath, findings: hit, source: decoded.text };
  }
  return ready;
}

/**
 * Reads every planned file, in order, synchronously: a release is a few KB, and one read call after
 * one fstat costs less than the promise machinery around four asynchronous calls per file.
 */
export async function readAll(
  files: readonly PlannedFile[],
  session: Session,
  cache: ResultCache | null,
): Promise<ReadOutcome> {
  const results: FileResult[] = new Array<FileResult>(files.length);
  const pending: PendingFile[] = [];
  const big: PlannedFile[] = [];
  const keyed = cache ? { results: cache, key: ResultCache.key } : null;
  const streams = streamsBigFiles(session, cache);
  for (const file of files) {
    if (streams && isBig(file)) {
      big.push(file);
      continue;
    }
    const outcome = readOne(file, session, keyed);
    if ('task' in outcome) pending.push(outcome);
    else results[file.index] = outcome;
  }
  return { results, pending, big };
}

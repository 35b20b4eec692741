/**
 * Phase 1, plan: which files this run lints, each with its config found and
 * resolved once (the later phases use that one result), in sorted order;
 * files the config ignores are dropped here, and --shard picks its part.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatForPath, isIgnored } from '@bayan/core';
import { listFiles, shard } from '../files.js';
import type { LintTask } from '../lint-file.js';
import type { FileConfig, Session } from '../session.js';

export interface PlannedFile {
  /** Position in the report. */
  index: number;
  /** The file on disk (null for standard input). */
  absolute: string | null;
  /** `filePath` in reports: absolute; for standard input the resolved --stdin-filename or `<stdin>`. */
  filePath: string;
  displayPath: string;
  config: FileConfig;
  /** What the lint phase needs (the text is filled in by the read phase). */
  task: LintTask;
  /** The bytes read (standard input: read while planning). */
  bytes?: Uint8Array;
  /** Size on disk when planned (for the number of threads; unset with --concurrency 1). */
  size?: number;
}

export interface Plan {
  files: PlannedFile[];
  /** Messages for the user (patterns that matched nothing, files skipped by an ignore file). */
  notes: string[];
}

function taskFor(path: string, format: LintTask['format'], config: FileConfig, session: Session): LintTask {
  const task: LintTask = {
    path,
    text: '',
    config: config.loaded.config,
    configFile: config.loaded.file ?? '<no config>',
    relPath: config.relPath,
    cliRules: session.opts.rules,
    locale: config.locale,
    fix: session.opts.fix || session.opts.fixDryRun,
    inlineConfig: session.opts.inlineConfig,
    unusedDirectives: session.opts.unusedDirectives,
    fixTypes: session.opts.fixTypes,
  };
  if (format) task.format = format;
  if (session.timing) task.timing = session.timing;
  return task;
}

async function planStdin(session: Session): Promise<Plan> {
  const name = session.opts.stdinFilename;
  const absolute = name ? resolve(session.cwd, name) : null;
  const config = await session.fileConfig(absolute);
  const format = name ? (formatForPath(name) ?? 'text') : 'text';
  const path = absolute ?? '<stdin>';
  return {
    files: [
      {
        index: 0,
        absolute: null,
        filePath: path,
        displayPath: name ?? '<stdin>',
        config,
        bytes: await session.io.readStdin(),
        task: taskFor(path, format, config, session),
      },
    ],
    notes: [],
  };
}

/** Size on disk, 0 when it cannot be known here (the read phase says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export async function plan(session: Session): Promise<Plan> {
  if (session.opts.stdin) return planStdin(session);
  const { opts } = session;
  const list = await listFiles(opts.paths, session.cwd, {
    ignore: opts.ignore,
    ignorePatterns: opts.ignorePatterns,
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    followLinks: opts.followSymlinks,
  });
  let kept: Array<{ absolute: string; config: FileConfig }> = [];
  for (const absolute of list.files) {
    const config = await session.fileConfig(absolute);
    if (opts.ignore && isIgnored(config.resolved, config.relPath)) continue;
    kept.push({ absolute, config });
  }
  if (session.opts.shard) kept = shard(kept, session.opts.shard.index, session.opts.shard.count);
  const measure = opts.concurrency !== 1 && kept.length > 1;
  const files = kept.map(({ absolute, config }, index): PlannedFile => {
    const file: PlannedFile = {
      index,
      absolute,
      filePath: absolute,
      displayPath: session.displayPath(absolute),
      config,
      task: taskFor(absolute, formatForPath(absolute) ?? 'text', config, session),
    };
    if (measure) file.size = sizeOf(absolute);
    return file;
  });
  return { files, notes: list.notes };
}

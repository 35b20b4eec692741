/** `bayan --init`: a commented starter config in the working folder. */
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../files.js';
import { toPosix, type Session } from '../session.js';

export const STARTER_CONFIG = `# Bayan configuration. Data only (YAML): a config never runs code.
# Every key is explained in the bayan README (packages/cli/README.md).
# To use an example, delete the "# " in front of its lines: the indentation is already right.

# Presets: recommended (the default) or strict, and the house styles of rule packs
# (<pack>/<preset>). Later entries win.
extends: recommended

# Language of the messages: ar or en (the --locale option wins over this).
locale: ar

# House-style choices that several rules share (each pack's README lists its keys).
# style:
#   digits: western        # numbers: western, arabic-indic or consistent
#   quotes: consistent     # punctuation

# Severity (off, info, warn, error) and options per rule; see bayan --list-rules.
rules:
  # orthography/common-misspellings: error
  # rtl/language-of-parts: info
  # numbers/currency: [warn, {}]

# Settings for some files only (globs relative to this file).
# overrides:
#   - files: ['archive/**']
#     rules: {}

# House dictionaries for the terminology pack (paths relative to this file).
# terminology:
#   dictionaries: [./house-terms.yaml]

# Files never checked (globs relative to this file).
ignores:
  # - drafts/old/**
`;

export const INIT_FILE = 'bayan.config.yaml';

export function writeStarterConfig(cwd: string): string {
  const path = resolve(cwd, INIT_FILE);
  if (existsSync(path)) throw new UsageError(`${INIT_FILE} already exists here; --init leaves it as it is`);
  writeFileSync(path, STARTER_CONFIG, { flag: 'wx' });
  return path;
}

export function init(session: Session): number {
  const path = writeStarterConfig(session.cwd);
  session.io.stdout.write(`Wrote ${toPosix(relative(session.cwd, path))}\n`);
  return 0;
}

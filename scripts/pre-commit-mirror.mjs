#!/usr/bin/env node
// Commits the publishable package (publish/bayan-lint, built by `pnpm build`) as the root of a
// commit on its own, for the pre-commit framework: a hook repository with `language: node` must
// hold an npm-installable package.json at its root, which this pnpm workspace's root is not.
//
//   node scripts/pre-commit-mirror.mjs [--git-dir DIR] [--branch NAME]
//
// DIR (default: this repository's .git) receives the commit on branch NAME (default pre-commit),
// on top of that branch's previous commit; the working tree and index are not touched. Prints the
// commit's id: release repositories use it (or a tag on it) as `rev` in .pre-commit-config.yaml.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'publish/bayan-lint');
/** What the mirror holds: the npm package's files plus the hooks file. */
export const MIRROR_FILES = [
  'package.json',
  'README.md',
  'LICENSE',
  'THIRD-PARTY-NOTICES.md',
  '.pre-commit-hooks.yaml',
  'bundle',
];

const { values } = parseArgs({ options: { 'git-dir': { type: 'string' }, branch: { type: 'string' } } });
const gitDir = resolve(
  values['git-dir'] ?? execFileSync('git', ['rev-parse', '--git-common-dir'], { cwd: root, encoding: 'utf8' }).trim(),
);
const branch = values.branch ?? 'pre-commit';
for (const f of MIRROR_FILES)
  if (!existsSync(join(source, f))) throw new Error(`publish/bayan-lint/${f} is missing: run pnpm build first`);

const stage = mkdtempSync(join(tmpdir(), 'bayan-mirror-'));
const index = join(stage, '.index');
const tree = join(stage, 'tree');
try {
  for (const f of MIRROR_FILES)
    cpSync(join(source, f), join(tree, f), { recursive: true, filter: (p) => !p.endsWith('.map') });
  const env = { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: tree, GIT_INDEX_FILE: index };
  const git = (...args) => execFileSync('git', args, { env, encoding: 'utf8' }).trim();
  git('add', '--all', '--force', '.');
  const treeId = git('write-tree');
  let parent = null;
  try {
    parent = git('rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
  } catch {
    parent = null;
  }
  const version = JSON.parse(
    execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").version)'], {
      cwd: source,
      encoding: 'utf8',
    }),
  );
  const commitEnv = {
    GIT_AUTHOR_NAME: 'bayan',
    GIT_AUTHOR_EMAIL: 'bayan@localhost',
    GIT_COMMITTER_NAME: 'bayan',
    GIT_COMMITTER_EMAIL: 'bayan@localhost',
    ...process.env,
  };
  const commit = execFileSync(
    'git',
    ['commit-tree', treeId, ...(parent ? ['-p', parent] : []), '-m', `bayan-lint ${version} for pre-commit`],
    {
      env: { ...env, ...commitEnv },
      encoding: 'utf8',
    },
  ).trim();
  git('update-ref', `refs/heads/${branch}`, commit);
  process.stdout.write(`${commit}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

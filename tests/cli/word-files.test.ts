// The orthography pack's accepted words from the config: `orthography.words` and
// `orthography.wordFiles` (read by the command relative to the config file).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bayan, tempDir } from './helpers/run.js';

const RELEASE = 'أعلنت الحكومه خطة جديدة.\n';

describe('orthography word lists in the config', () => {
  it('without them, the slip is an error (recommended preset)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'release.txt'), RELEASE);
    const run = bayan(['--format', 'github', 'release.txt'], { cwd: dir, real: true });
    expect(run.stdout).toBe(
      '::error file=release.txt,line=1,col=7,endLine=1,endColumn=14,title=orthography/spelling::“الحكومه” is misspelled: “الحكومة”, with ta marbuta (ة), not ha (ه).\n',
    );
    expect(run.status).toBe(1);
  });

  it('a word file accepts the word, with clitics', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'release.txt'), RELEASE);
    writeFileSync(join(dir, 'words.txt'), '# house spellings\nالحكومه\n');
    writeFileSync(join(dir, 'bayan.config.yaml'), 'orthography:\n  wordFiles: [./words.txt]\n');
    const run = bayan(['--format', 'github', 'release.txt'], { cwd: dir, real: true });
    expect(run).toMatchObject({ status: 0, stdout: '' });
  });

  it('a missing word file is a config error naming the key', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'release.txt'), RELEASE);
    writeFileSync(join(dir, 'bayan.config.yaml'), 'orthography:\n  wordFiles: [./nope.txt]\n');
    const run = bayan(['release.txt'], { cwd: dir, real: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'bayan: config error: bayan.config.yaml: orthography.wordFiles[0] names a file that does not exist: ./nope.txt (looked for nope.txt)\n',
    );
  });
});

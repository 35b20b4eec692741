/**
 * A real editor as the client: Debian's Neovim 0.7 (`.ci/run` installs it),
 * headless, with its built-in LSP client (support/neovim-client.lua).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_BIN } from './support/lsp-client.js';

const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const SCRIPT = fileURLToPath(new URL('./support/neovim-client.lua', import.meta.url));

describe.skipIf(!hasNeovim)('Neovim (vim.lsp.start_client) against bayan-language-server', () => {
  it('shows the diagnostics, applies the quick fix and writes the buffer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-nvim-'));
    try {
      const file = join(dir, 'release.txt');
      const report = join(dir, 'report.json');
      // An astral character before «قي»: Neovim's byte columns and the server's UTF-16 ones must agree.
      writeFileSync(file, '𝐀 خطة قي المحافظات.\nوزارة قي ثانية.\n');
      const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${SCRIPT}`], {
        env: { ...process.env, BAYAN_SERVER: SERVER_BIN, BAYAN_FILE: file, BAYAN_REPORT: report },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.stderr).not.toContain('neovim-client.lua:');
      expect(run.status).toBe(0);
      const seen = JSON.parse(readFileSync(report, 'utf8')) as {
        before: Array<Record<string, unknown>>;
        title: string;
        settled: boolean;
        after: Array<Record<string, unknown>>;
      };
      const message = '“قي” is a misspelling of “في”.';
      expect(seen.before).toEqual([
        // Byte columns: 𝐀 is 4 bytes, each Arabic letter 2.
        {
          lnum: 0,
          col: 12,
          end_lnum: 0,
          end_col: 16,
          severity: 1,
          message,
          source: 'bayan',
          code: 'orthography/common-misspellings',
        },
        {
          lnum: 1,
          col: 11,
          end_lnum: 1,
          end_col: 15,
          severity: 1,
          message,
          source: 'bayan',
          code: 'orthography/common-misspellings',
        },
      ]);
      expect(seen.title).toBe(`Fix: ${message}`);
      expect(seen.settled).toBe(true);
      expect(seen.after).toEqual([seen.before[1]]);
      expect(readFileSync(file, 'utf8')).toBe('𝐀 خطة في المحافظات.\nوزارة قي ثانية.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

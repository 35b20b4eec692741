// The real `bayan` command, run with the test pack instead of the six Bayan packs.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { URL } from 'node:url';
import { main } from '../../../packages/cli/bundle/index.js';

process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
  },
  { packsModule: new URL('./test-pack.mjs', import.meta.url).href },
);

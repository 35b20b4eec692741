#!/usr/bin/env node
import { drained } from './drain.js';
import { loadCli } from './load-cli.js';

const { main } = await loadCli();

/**
 * A reader that went away (`bayan … | head`) closes the pipe: what is left to
 * write is dropped quietly, with no stack trace, and the run ends as usual. A
 * slow reader makes the report wait (`drained`) instead of its text piling up
 * in memory.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream) {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    isTTY: stream.isTTY,
    write(s: string | Uint8Array) {
      if (closed) return true;
      return stream.write(s);
    },
    /** Settles when the stream drains, or closes or fails (then nothing waits for a reader that is gone). */
    drained: () => (closed ? Promise.resolve() : drained(stream)),
  };
}

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: quietOnClosedPipe(process.stdout),
  stderr: quietOnClosedPipe(process.stderr),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
});

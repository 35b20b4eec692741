#!/usr/bin/env node
import { main } from './cli.js';

/**
 * A reader that went away (`bayan … | head`) closes the pipe: what is left to
 * write is dropped quietly, with no stack trace, and the run ends as usual.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream) {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    isTTY: stream.isTTY,
    write(s: string) {
      if (closed) return true;
      return stream.write(s);
    },
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

#!/usr/bin/env node
import * as nodeModule from 'node:module';

// Node 22.1 and later keep the compiled code of the modules loaded here in a cache on disk (in the
// temporary folder), so the next start skips most of the parsing; older Nodes have no such cache.
// It has to be on before the command's modules load, hence their dynamic import below.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli.js');

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

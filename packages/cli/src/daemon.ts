/**
 * The warm server's process (bundle/daemon.js), started by `bayan_d` (daemon/client.ts) in the background with
 * the client's environment: it finds its socket the way the client does (daemon/place.ts), loads the command,
 * listens, and then writes one line to its standard output — `ready`, or `error: …` — for the client that
 * started it, which stops reading there. Its standard error goes to the log beside the socket.
 */
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { warmWorkerCount } from './cores.js';
import { placeOf } from './daemon/place.js';
import { serve } from './daemon/server.js';
import { loadCli } from './load-cli.js';

/** Minutes without a run before the server stops (BAYAN_D_IDLE_MINUTES; 0: never). */
function idleMs(env: NodeJS.ProcessEnv): number {
  const value = env.BAYAN_D_IDLE_MINUTES;
  const minutes = value !== undefined && /^\d+(\.\d+)?$/.test(value) ? Number(value) : 15;
  return minutes * 60_000;
}

let told = false;
const tell = (line: string) => {
  if (told) return;
  told = true;
  process.stdout.write(`${line}\n`);
  process.stdout.end();
};

try {
  const place = placeOf(dirname(fileURLToPath(import.meta.url)), process.env);
  // The code cache is read, never written, by the server (see requireCached).
  const cli = await loadCli({ writeCache: false });
  await serve({
    place,
    cli,
    workers: warmWorkerCount(availableParallelism(), process.env),
    idleMs: idleMs(process.env),
    onListening: () => tell('ready'),
  });
  // Stopped: the process ends once the last replies are flushed; something left running cannot keep it.
  setTimeout(() => process.exit(0), 2000).unref();
} catch (error) {
  tell(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

#!/usr/bin/env node
/**
 * `bayan_d`: the bayan command through a warm server, for hooks and editors
 * that run Bayan again and again (as eslint_d is for ESLint). The arguments
 * are bayan's own; the first run starts the server in the background
 * (daemon.ts), later runs find it ready: the command loaded, its code
 * compiled and optimised, its worker threads running. Output, files written
 * by --fix and the exit code are those of `bayan` itself.
 *
 *   bayan_d [bayan's options] [files…]
 *   bayan_d start | stop | restart | status
 *
 * (A file named like one of those four words: `bayan_d ./stop`.) When no
 * server can be used (the user's runtime folder cannot be trusted, the
 * server cannot start), the run happens in this process, with a note on
 * standard error.
 *
 * This file loads only Node's own modules: a run through the server costs
 * one small process, not the command's start.
 */
import { closeSync, openSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { drained } from '../drain.js';
import { placeOf, type Place } from './place.js';
import {
  EXIT,
  FrameReader,
  REQUEST,
  STDERR,
  STDIN,
  STDIN_END,
  STDOUT,
  WANT_STDIN,
  frame,
  type Request,
} from './protocol.js';
import { STATUS_ARG, STOP_ARG } from './control.js';

const bundleDir = dirname(fileURLToPath(import.meta.url));
const COMMANDS = new Set(['start', 'stop', 'restart', 'status']);

function connectTo(place: Place): Promise<Socket | null> {
  return new Promise((resolve) => {
    const socket = connect(place.socket);
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', () => resolve(null));
  });
}

/** Starts a server in the background and waits for its one line; null when it is ready, else why not. */
async function startServer(place: Place): Promise<string | null> {
  // Loaded only here: a run that finds its server ready does not pay for it.
  const { spawn } = await import('node:child_process');
  let log: number | 'ignore' = 'ignore';
  try {
    log = openSync(place.log, 'a', 0o600);
  } catch {
    // No log: the server's errors are lost, not its runs.
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(bundleDir, 'daemon.js')], {
      detached: true,
      stdio: ['ignore', 'pipe', log],
      env: process.env,
      windowsHide: true,
    });
    if (typeof log === 'number') closeSync(log); // the server has its own
    let line = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      line += chunk;
    });
    child.stdout!.on('end', () => {
      const first = line.split('\n')[0] ?? '';
      resolve(first === 'ready' ? null : first.replace(/^error: /, '') || `the server stopped (see ${place.log})`);
    });
    child.on('error', (error) => resolve(error.message));
    child.unref();
  });
}

/** A connection to a running server, started when none answers; or why there is none. */
async function server(place: Place, start: boolean): Promise<Socket | string> {
  const running = await connectTo(place);
  if (running || !start) return running ?? 'no server is running';
  const why = await startServer(place);
  if (why) return why;
  return (await connectTo(place)) ?? `the server started but cannot be reached (see ${place.log})`;
}

/** Sends one request and plays the server's answer on this process's streams; resolves to the exit code. */
function exchange(socket: Socket, argv: string[]): Promise<number> {
  const request: Request = {
    argv,
    cwd: process.cwd(),
    env: process.env,
    ...(process.platform === 'win32' ? {} : { umask: process.umask() }),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  };
  return new Promise((resolve) => {
    let code: number | null = null;
    // A reader that went away (`bayan_d … | head`): what is left for that stream is dropped quietly and the
    // run ends as usual, as with bayan.
    const closed = new Set<NodeJS.WriteStream>();
    for (const stream of [process.stdout, process.stderr])
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed.add(stream);
        socket.resume();
      });
    const out = (stream: NodeJS.WriteStream, payload: Buffer) => {
      if (closed.has(stream)) return;
      if (!stream.write(payload)) {
        // A slow reader of our output slows the server's report, as it would slow the command's.
        socket.pause();
        void drained(stream).then(() => socket.resume());
      }
    };
    const reader = new FrameReader((kind, payload) => {
      if (kind === STDOUT) out(process.stdout, payload);
      else if (kind === STDERR) out(process.stderr, payload);
      else if (kind === WANT_STDIN) {
        process.stdin.on('data', (chunk: Buffer) => socket.write(frame(STDIN, chunk)));
        process.stdin.on('end', () => socket.write(frame(STDIN_END)));
      } else if (kind === EXIT) code = (JSON.parse(payload.toString('utf8')) as { code: number }).code;
    });
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (code === null) process.stderr.write('bayan_d: the server stopped before the run ended\n');
      resolve(code ?? 2);
    });
    socket.write(frame(REQUEST, JSON.stringify(request)));
  });
}

/** The command in this process, as `bayan` would run it. */
async function inProcess(why: string): Promise<void> {
  process.stderr.write(`bayan_d: ${why}; running in this process\n`);
  // bin.js beside this file in the bundle; by its path, so the bundler leaves the command out of this file.
  await import(pathToFileURL(join(bundleDir, 'bin.js')).href);
}

async function control(command: string, place: Place): Promise<number> {
  if (command === 'status' || command === 'stop') {
    const socket = await server(place, false);
    if (typeof socket === 'string') {
      process.stdout.write(`bayan_d: not running\n`);
      return command === 'status' ? 3 : 0;
    }
    return exchange(socket, [command === 'status' ? STATUS_ARG : STOP_ARG]);
  }
  if (command === 'restart') await control('stop', place);
  const socket = await server(place, true);
  if (typeof socket === 'string') {
    process.stderr.write(`bayan_d: ${socket}\n`);
    return 1;
  }
  return exchange(socket, [STATUS_ARG]);
}

async function main(argv: string[]): Promise<void> {
  let place: Place;
  try {
    place = placeOf(bundleDir, process.env);
  } catch (error) {
    if (argv.length === 1 && COMMANDS.has(argv[0]!)) {
      process.stderr.write(`bayan_d: ${(error as Error).message}\n`);
      process.exitCode = 1;
    } else await inProcess((error as Error).message);
    return;
  }
  if (argv.length === 1 && COMMANDS.has(argv[0]!)) process.exitCode = await control(argv[0]!, place);
  else {
    const socket = await server(place, true);
    if (typeof socket === 'string') await inProcess(socket);
    else process.exitCode = await exchange(socket, argv);
  }
}

void main(process.argv.slice(2));

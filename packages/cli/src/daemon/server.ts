/**
 * The warm server behind `bayan_d` (client.ts): one process that keeps the
 * command loaded, its code compiled and optimised by V8, and its worker
 * threads running, and lints for any client of this user that connects to
 * its socket (place.ts). Each run is the command's own `main` with the
 * client's arguments, working folder, environment and terminals, its output
 * sent back as it is written (with the client's back-pressure), so a run
 * through the server prints, writes and exits exactly as the command would.
 *
 * Runs take turns (one at a time, in the order they came): a run's config,
 * ignore files, dictionaries and files are read afresh, as in a new process;
 * what stays between runs is code, the packs, the worker threads and the
 * caches that are keyed by content (a dictionary is compiled once per
 * content). The server stops after BAYAN_D_IDLE_MINUTES (default 15) without
 * a run, on `bayan_d stop`, or when its socket is taken away.
 */
import { existsSync, rmSync, watch } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import type * as CliModule from '../cli.js';
import { drained } from '../drain.js';
import { JOINED_TEXT_CHARS } from '../joined-text.js';
import type { Io } from '../session.js';
import {
  EXIT,
  FrameReader,
  MAX_FRAME,
  REQUEST,
  STDERR,
  STDIN,
  STDIN_END,
  STDOUT,
  WANT_STDIN,
  frame,
  type Request,
} from './protocol.js';
import type { Place } from './place.js';
import { STATUS_ARG, STOP_ARG } from './control.js';

export interface ServerOptions {
  place: Place;
  cli: Pick<typeof CliModule, 'main' | 'warmThreads' | 'VERSION'>;
  /** Worker threads kept beside the server's own thread. */
  workers: number;
  idleMs: number;
  /** Called once the socket listens (the entry then tells the client that started it). */
  onListening(): void;
}

/** What a run writes goes out in frames of up to this many characters (see JOINED_TEXT_CHARS). */
const FRAME_CHARS = JOINED_TEXT_CHARS;

/**
 * A run's standard output and error on the socket: what is written is gathered and sent in frames of up
 * to FRAME_CHARS, at the latest once the run's current turn of the event loop ends, in the order written
 * across both streams; dropped once the client has gone. `write` returns false while the socket is full,
 * so the run waits for a slow client (its `drained`).
 */
class Output {
  #kind = STDOUT;
  #parts: string[] = [];
  #size = 0;
  #scheduled = false;

  constructor(private readonly socket: Socket) {}

  get #open(): boolean {
    return !this.socket.destroyed && this.socket.writable;
  }

  flush = (): void => {
    this.#scheduled = false;
    if (this.#size === 0) return;
    const text = this.#parts.length === 1 ? this.#parts[0]! : this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    if (this.#open) this.socket.write(frame(this.#kind, text));
  };

  stream(kind: number, isTTY: boolean): Io['stdout'] {
    return {
      isTTY,
      write: (s: string | Uint8Array) => {
        if (!this.#open) return true;
        if (kind !== this.#kind) {
          this.flush();
          this.#kind = kind;
        }
        if (typeof s !== 'string') {
          // Bytes as they are (standard input's fixed text, in its own encoding): after the text before them.
          this.flush();
          for (let at = 0; at < s.length; at += MAX_FRAME)
            this.socket.write(frame(kind, s.subarray(at, at + MAX_FRAME)));
          return !this.socket.writableNeedDrain;
        }
        this.#parts.push(s);
        this.#size += s.length;
        if (this.#size >= FRAME_CHARS) this.flush();
        else if (!this.#scheduled) {
          this.#scheduled = true;
          setImmediate(this.flush);
        }
        return !this.socket.writableNeedDrain;
      },
      drained: () => {
        this.flush();
        return this.#open ? drained(this.socket) : Promise.resolve();
      },
    };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether a decoded request has the shape of one (a client of another version, or no client at all, may send anything). */
function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Array.isArray(r.argv) &&
    r.argv.every((a) => typeof a === 'string') &&
    typeof r.cwd === 'string' &&
    typeof r.env === 'object' &&
    r.env !== null &&
    Object.values(r.env).every((v) => typeof v === 'string' || v === undefined) &&
    (r.umask === undefined || typeof r.umask === 'number') &&
    typeof r.stdoutIsTTY === 'boolean' &&
    typeof r.stderrIsTTY === 'boolean'
  );
}

export function serve(options: ServerOptions): Promise<void> {
  const { place, cli } = options;
  const threads = cli.warmThreads(options.workers);
  const started = Date.now();
  let runs = 0;
  let queue: Promise<void> = Promise.resolve();
  let idle: NodeJS.Timeout | null = null;
  let stopping = false;
  let finished!: () => void;
  let failed!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });

  const server = createServer({ allowHalfOpen: true });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (idle) clearTimeout(idle);
    server.close();
    await threads.close();
    finished();
  };
  /** Requests received and not answered yet: the server is idle only when there is none. */
  let waiting = 0;
  const resetIdle = () => {
    if (idle) clearTimeout(idle);
    idle = null;
    if (options.idleMs > 0 && waiting === 0 && !stopping) idle = setTimeout(() => void stop(), options.idleMs);
  };

  const handle = async (socket: Socket, request: Request, stdin: () => Promise<Uint8Array>) => {
    if (request.argv.length === 1 && request.argv[0] === STATUS_ARG) {
      const minutes = Math.round((Date.now() - started) / 60000);
      socket.write(
        frame(
          STDOUT,
          `bayan_d: running (pid ${process.pid}, Bayan ${cli.VERSION}, up ${minutes} min, ${plural(runs, 'run')}, ${plural(options.workers, 'warm worker')})\n`,
        ),
      );
      socket.end(frame(EXIT, JSON.stringify({ code: 0 })));
      return;
    }
    if (request.argv.length === 1 && request.argv[0] === STOP_ARG) {
      // The socket is closed (and its file gone) before the answer: a client that starts a server right after
      // (`bayan_d restart`) never reaches this one.
      const stopped = stop();
      socket.write(frame(STDOUT, 'bayan_d: stopped\n'));
      socket.end(frame(EXIT, JSON.stringify({ code: 0 })));
      await stopped;
      return;
    }
    runs++;
    // Files the run creates (-o, a cache) get the client's permissions; runs take turns, so this is the run's own.
    if (typeof request.umask === 'number' && process.platform !== 'win32') process.umask(request.umask);
    const output = new Output(socket);
    const io: Io = {
      cwd: request.cwd,
      env: request.env,
      stdout: output.stream(STDOUT, request.stdoutIsTTY),
      stderr: output.stream(STDERR, request.stderrIsTTY),
      readStdin: () => {
        output.flush();
        return stdin();
      },
    };
    const code = await cli.main(request.argv, io, { threads });
    output.flush();
    if (!socket.destroyed) socket.end(frame(EXIT, JSON.stringify({ code })));
  };

  server.on('connection', (socket) => {
    let request: Request | null = null;
    const input: Buffer[] = [];
    let inputEnded = false;
    let inputWaiter: (() => void) | null = null;
    const stdin = async (): Promise<Uint8Array> => {
      socket.write(frame(WANT_STDIN));
      if (!inputEnded) await new Promise<void>((resolve) => (inputWaiter = resolve));
      return Buffer.concat(input);
    };
    const endInput = () => {
      inputEnded = true;
      inputWaiter?.();
      inputWaiter = null;
    };
    const reader = new FrameReader((kind, payload) => {
      if (kind === REQUEST && !request) {
        const decoded: unknown = JSON.parse(payload.toString('utf8'));
        if (!isRequest(decoded)) {
          socket.end(frame(STDERR, 'bayan_d: the server cannot read this request (a client of another version?)\n'));
          return;
        }
        request = decoded;
        const accepted = request;
        waiting++;
        resetIdle();
        queue = queue.then(() =>
          stopping
            ? void socket.end(frame(STDERR, 'bayan_d: the server is stopping\n'))
            : handle(socket, accepted, stdin).catch((error: unknown) => {
                if (!socket.destroyed)
                  socket.end(frame(STDERR, `bayan_d: internal error: ${String((error as Error)?.stack ?? error)}\n`));
              }),
        );
        void queue.then(() => {
          waiting--;
          resetIdle();
        });
      } else if (kind === STDIN) input.push(Buffer.from(payload));
      else if (kind === STDIN_END) endInput();
      else socket.destroy();
    });
    socket.on('data', (chunk: Buffer) => {
      try {
        reader.push(chunk);
      } catch {
        socket.destroy();
      }
    });
    // A client that goes away mid-run: its standard input ends, its output is dropped, the run finishes.
    socket.on('close', endInput);
    socket.on('error', () => undefined);
  });

  const listen = (retry: boolean) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' || !retry) {
        failed(error);
        return;
      }
      // A socket file is there: a live server (started by another client a moment ago) or one left by a crash.
      const client = connect(place.socket);
      client.on('connect', () => {
        client.destroy();
        // Another server of the same identity is running: the client uses it, and this one is not needed.
        options.onListening();
        finished();
      });
      client.on('error', () => {
        rmSync(place.socket, { force: true });
        listen(false);
      });
    });
    server.listen(place.socket, () => {
      options.onListening();
      resetIdle();
      // The socket taken away (a cleaned temporary folder): nobody can reach this server any more.
      if (process.platform !== 'win32') {
        const watcher = watch(place.folder, () => {
          if (!existsSync(place.socket)) {
            watcher.close();
            void stop();
          }
        });
        watcher.unref();
        void done.then(() => watcher.close());
      }
    });
  };
  listen(true);
  return done;
}

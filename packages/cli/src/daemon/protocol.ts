/**
 * How `bayan_d` (client.ts) and the warm server (server.ts) talk over the
 * server's Unix socket (a named pipe on Windows): frames of one kind byte,
 * a 4-byte big-endian length and that many bytes. Nothing else crosses the
 * socket, and nothing in a frame is ever run: the request is JSON.
 *
 * client → server
 *   REQUEST  the run: JSON {@link Request}
 *   STDIN    bytes of standard input (sent only after the server asks)
 *   STDIN_END standard input is finished
 * server → client
 *   STDOUT, STDERR  bytes for the client's standard output and error
 *   WANT_STDIN      the run reads standard input (`--stdin`)
 *   EXIT            the run is over: JSON {code}
 */

export const REQUEST = 0x52; // R
export const STDIN = 0x69; // i
export const STDIN_END = 0x65; // e
export const STDOUT = 0x4f; // O
export const STDERR = 0x45; // E
export const WANT_STDIN = 0x49; // I
export const EXIT = 0x58; // X

/** The largest frame either side accepts (a request carries the argv and the environment). */
export const MAX_FRAME = 64 * 1024 * 1024;

export interface Request {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** The client's file mode creation mask (none on Windows). */
  umask?: number;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function frame(kind: number, payload: Uint8Array | string = ''): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const head = Buffer.allocUnsafe(5);
  head[0] = kind;
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** Reassembles frames from a stream's chunks; throws on a frame over MAX_FRAME. */
export class FrameReader {
  #buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly onFrame: (kind: number, payload: Buffer) => void) {}

  push(chunk: Buffer): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    while (this.#buffer.length >= 5) {
      const length = this.#buffer.readUInt32BE(1);
      if (length > MAX_FRAME) throw new Error(`a frame of ${length} bytes is over the limit`);
      if (this.#buffer.length < 5 + length) return;
      const kind = this.#buffer[0]!;
      const payload = this.#buffer.subarray(5, 5 + length);
      this.#buffer = this.#buffer.subarray(5 + length);
      this.onFrame(kind, payload);
    }
  }
}

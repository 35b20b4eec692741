/**
 * A standard output or error for `main(argv, io)` run in the test's process: it keeps what is written as text.
 * Bytes (standard input's fixed text, in the encoding it came in) are read as UTF-8, as a terminal shows them.
 */
export class Collected {
  text = '';
  readonly write = (s: string | Uint8Array): void => {
    this.text += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
  };
}

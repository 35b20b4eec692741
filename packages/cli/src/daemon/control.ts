/** Control requests: argv of one of these, sent by `bayan_d status` / `bayan_d stop` (no file or option starts with NUL). */
export const STATUS_ARG = '\u0000status';
export const STOP_ARG = '\u0000stop';

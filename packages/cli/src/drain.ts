import type { EventEmitter } from 'node:events';

/**
 * Settles once a writable stream whose last write returned false can take more: when it drains, or when it
 * closes or fails (then nothing waits for a reader that is gone). At once when it is not full.
 */
export function drained(stream: EventEmitter & { writableNeedDrain: boolean }): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
